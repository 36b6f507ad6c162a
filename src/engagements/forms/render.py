"""Render the fillable request form (one A4 page, AcroForm) for one partner.

The service gathers the facts as of export and signs the identity; this module only
draws. Field names are the contract's (see ``fields``); the identity fields are read only
and the signature is a hidden field, so any PDF reader keeps them when saving.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import cast

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from engagements.forms import fields as F
from engagements.forms.fonts import (
    FIELD_FONT,
    add_field_font,
    field_characters,
    is_chinese,
    register_print_font,
    subset_font_data,
)

INK, MUTED, ACCENT = HexColor("#1F2A37"), HexColor("#5B6675"), HexColor("#0B5C7A")
PANEL, FIELD_FILL, LINE = HexColor("#EEF4F7"), HexColor("#FBFCFD"), HexColor("#9AA8B5")
WIDTH, HEIGHT = A4
MARGIN = 40
FIELD_DA = f"{FIELD_FONT} 10 Tf 0 g"


@dataclass(frozen=True)
class FormFacts:
    """What the printed form tells the partner, as of the export date."""

    plan_name: str
    partner_id: str
    partner_name: str
    edition: str  # label, e.g. "Enterprise"
    issued_on: date
    expires: date
    allowance_lines: tuple[str, ...]  # e.g. "IEM: 6 of 8 natural days left (...)"
    lead_time_line: str  # earliest start meeting the lead time, or why it is unknown
    asm: str | None = None


@dataclass(frozen=True)
class IssuedIdentity:
    """The signed identity printed into the form's read-only fields."""

    identity: F.FormIdentity
    signature: str


def render_form(facts: FormFacts, issued: IssuedIdentity) -> bytes:
    """The fillable PDF, as bytes."""
    font = register_print_font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{facts.plan_name} request form {issued.identity.form_id}")
    canvas.setAuthor(facts.plan_name)
    canvas.setSubject(f"Request form for {facts.partner_name} ({facts.partner_id})")
    page = _Page(canvas, font)
    page.header(facts, issued)
    y = page.partner_panel(facts, HEIGHT - 122)
    y = page.instructions(facts, y - 14)
    y = page.request_sections(y - 10)
    page.footer(facts, issued)
    canvas.showPage()
    canvas.save()
    printed = "".join(page.printed) + "".join("".join(c) for c in F.CHOICE_FIELDS.values())
    chinese = is_chinese(facts.partner_name + (facts.asm or ""))
    return _with_field_font(buffer.getvalue(), field_characters(printed, chinese))


def _with_field_font(pdf: bytes, characters: frozenset[int]) -> bytes:
    """Point every field at the embedded composite font, so typed Chinese displays."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    form = cast(DictionaryObject, writer._root_object["/AcroForm"].get_object())
    resources = cast(
        DictionaryObject, form.setdefault(NameObject("/DR"), DictionaryObject()).get_object()
    )
    fonts = cast(
        DictionaryObject, resources.setdefault(NameObject("/Font"), DictionaryObject()).get_object()
    )
    fonts[NameObject(FIELD_FONT)] = add_field_font(writer, subset_font_data(characters))
    form[NameObject("/DA")] = TextStringObject(FIELD_DA)
    for field in cast(ArrayObject, form["/Fields"]):
        field.get_object()[NameObject("/DA")] = TextStringObject(FIELD_DA)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


class _Page:
    """Drawing helpers that keep the layout in one place."""

    def __init__(self, canvas: Canvas, font: str) -> None:
        self.c, self.font = canvas, font
        self.printed: list[str] = []  # every text drawn: the field font holds its glyphs

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float = 9,
        color: Color = INK,
        right: bool = False,
    ) -> None:
        self.printed.append(value)
        self.c.setFont(self.font, size)
        self.c.setFillColor(color)
        (self.c.drawRightString if right else self.c.drawString)(x, y, value)

    def header(self, facts: FormFacts, issued: IssuedIdentity) -> None:
        self.c.setFillColor(ACCENT)
        self.c.rect(0, HEIGHT - 92, WIDTH, 92, stroke=0, fill=1)
        self.text(MARGIN, HEIGHT - 34, facts.plan_name.upper(), 9, white)
        self.text(MARGIN, HEIGHT - 62, "Support request form", 22, white)
        self.text(MARGIN, HEIGHT - 80, "服务请求表 · IEM support and expert sessions", 10, white)
        right = WIDTH - MARGIN
        self.text(right, HEIGHT - 34, "Form", 8, white, right=True)
        self._identity_field("form_id", issued.identity.form_id, right - 150, HEIGHT - 58, 150)
        self.text(
            right,
            HEIGHT - 72,
            f"Valid until {issued.identity.expires.isoformat()}",
            9,
            white,
            right=True,
        )
        self.c.acroForm.textfield(
            name="signature",
            value=issued.signature,
            x=MARGIN,
            y=10,
            width=10,
            height=10,
            fieldFlags="readOnly",
            annotationFlags="hidden",
            borderWidth=0,
            maxlen=64,
        )

    def _identity_field(self, name: str, value: str, x: float, y: float, width: float) -> None:
        self.c.acroForm.textfield(
            name=name,
            value=value,
            x=x,
            y=y,
            width=width,
            height=16,
            fontSize=10,
            fieldFlags="readOnly",
            borderWidth=0,
            fillColor=None,
            borderColor=None,
            textColor=white if name == "form_id" else INK,
            maxlen=64,
            tooltip=f"{name} (set by the provider; do not change)",
        )

    def partner_panel(self, facts: FormFacts, top: float) -> float:
        self.c.setFillColor(PANEL)
        self.c.roundRect(MARGIN, top - 78, WIDTH - 2 * MARGIN, 88, 6, stroke=0, fill=1)
        self.text(MARGIN + 12, top - 8, "ISSUED TO  签发对象", 7.5, MUTED)
        self.text(MARGIN + 12, top - 26, facts.partner_name, 14)
        self.text(MARGIN + 12, top - 42, f"{facts.edition} edition", 9, MUTED)
        self.text(MARGIN + 12, top - 60, "Partner ID", 8, MUTED)
        self._identity_field("partner_id", facts.partner_id, MARGIN + 60, top - 65, 110)
        self.text(MARGIN + 12, top - 74, "Expires", 8, MUTED)
        self._identity_field("expires", facts.expires.isoformat(), MARGIN + 60, top - 79, 110)
        x = MARGIN + 250
        self.text(x, top - 8, f"AS OF {facts.issued_on.isoformat()}  截至签发日", 7.5, MUTED)
        y = top - 24
        for line in (*facts.allowance_lines, facts.lead_time_line):
            self.text(x, y, line, 8.5)
            y -= 13
        return top - 84

    def instructions(self, facts: FormFacts, top: float) -> float:
        steps = (
            "1. Choose what you ask for: iem (event support) or session (expert session).",
            "2. Fill in the sub-client and either the IEM part or the session part, then "
            "describe what you need.",
            f"3. Save the PDF and send it back to your account support manager before "
            f"{facts.expires.isoformat()}.",
            "4. Do not change the form ID, partner ID or expiry: a changed or copied form is "
            "refused. One form, one request.",
            "填写说明：选择请求类型，填写子客户及 IEM 或会话部分，保存后在有效期内发回；"
            "请勿修改表单编号等字段。",
        )
        self.text(MARGIN, top, "HOW TO USE THIS FORM", 8, ACCENT)
        y = top - 14
        for step in steps:
            self.text(MARGIN, y, step, 8.5, INK if step[0].isdigit() else MUTED)
            y -= 12
        return y

    def section(self, top: float, title: str, subtitle: str) -> float:
        self.c.setStrokeColor(ACCENT)
        self.c.setLineWidth(1.2)
        self.c.line(MARGIN, top - 4, WIDTH - MARGIN, top - 4)
        self.text(MARGIN, top, title, 10.5, ACCENT)
        self.text(WIDTH - MARGIN, top, subtitle, 8, MUTED, right=True)
        return top - 20

    def field(
        self,
        name: str,
        label: str,
        hint: str,
        x: float,
        y: float,
        width: float,
        height: float = 20,
        **extra: object,
    ) -> None:
        self.text(x, y, label, 8, MUTED)
        if hint:
            self.text(x + width, y, hint, 7, MUTED, right=True)
        options = {
            "fillColor": FIELD_FILL,
            "borderColor": LINE,
            "borderWidth": 0.8,
            "textColor": INK,
            "fontSize": 10,
            "maxlen": F.MAX_LENGTH[name],
            **extra,
        }
        if name in F.CHOICE_FIELDS:
            options.pop("maxlen")
            self.c.acroForm.choice(
                name=name,
                value=F.CHOICE_FIELDS[name][0],
                options=list(F.CHOICE_FIELDS[name]),
                x=x,
                y=y - height - 3,
                width=width,
                height=height,
                tooltip=label,
                **options,
            )
        else:
            self.c.acroForm.textfield(
                name=name,
                value="",
                x=x,
                y=y - height - 3,
                width=width,
                height=height,
                tooltip=label,
                **options,
            )

    def request_sections(self, top: float) -> float:
        left, full = MARGIN, WIDTH - 2 * MARGIN
        half, gap = (full - 16) / 2, 16
        y = self.section(top, "1  Request and sub-client", "请求与子客户")
        self.field("request_type", "Request type 请求类型", "iem or session", left, y, 150)
        self.field(
            "sub_client_account_id", "Sub-client account ID 子客户账号", "", left + 166, y, 150
        )
        self.field("sub_client_name", "Sub-client name 子客户名称", "", left + 332, y, full - 332)
        y = self.section(y - 38, "2  Infrastructure Event Management (IEM)", "重大活动保障")
        self.field("event_name", "Event name 活动名称", "", left, y, half)
        self.field("event_type", "Event type 活动类型", "", left + half + gap, y, half)
        y -= 40
        self.field("event_start", "First day 开始日期", "YYYY-MM-DD", left, y, half)
        self.field("event_end", "Last day 结束日期", "YYYY-MM-DD", left + half + gap, y, half)
        y = self.section(y - 38, "3  Communication and training session", "专家沟通与培训")
        self.field("session_topic", "Topic 主题", "", left, y, 150)
        self.field(
            "session_start", "Preferred start 开始时间", "YYYY-MM-DD HH:MM", left + 166, y, 180
        )
        self.field(
            "session_timezone", "Time zone 时区", "e.g. Asia/Shanghai", left + 362, y, full - 362
        )
        y = self.section(y - 38, "4  What you need", "需求描述")
        self.field(
            "description",
            "Description 描述",
            "up to 4000 characters",
            left,
            y,
            full,
            height=118,
            fieldFlags="multiline",
        )
        y = self.section(y - 140, "5  Contact", "联系人")
        self.field("contact_name", "Name 姓名", "", left, y, 150)
        self.field("contact_email", "E-mail 邮箱", "", left + 166, y, 180)
        self.field("contact_phone", "Phone 电话", "", left + 362, y, full - 362)
        return y - 30

    def footer(self, facts: FormFacts, issued: IssuedIdentity) -> None:
        self.c.setStrokeColor(LINE)
        self.c.setLineWidth(0.5)
        self.c.line(MARGIN, 46, WIDTH - MARGIN, 46)
        contact = f" Your account support manager: {facts.asm}." if facts.asm else ""
        self.text(
            MARGIN,
            34,
            f"Issued {facts.issued_on.isoformat()} to {facts.partner_id} by "
            f"{facts.plan_name}. Accepted once, for this partner only, until "
            f"{issued.identity.expires.isoformat()}.{contact}",
            7,
            MUTED,
        )
        self.text(MARGIN, 24, "本表仅限签发对象使用一次，过期或被修改的表单将被拒收。", 7, MUTED)
