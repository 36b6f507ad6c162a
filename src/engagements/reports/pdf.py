"""The PDF service report: a short document an ASM can send to the partner as it is.

Page one: who and which period, four key figures, the allowance chart; then one section
per subject (events, sessions, expert service, late requests, downgrade position).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from engagements.reports.chart import INK, USED, allowance_chart
from engagements.reports.fonts import report_font
from engagements.reports.model import ServiceReport, yes_no

MARGIN = 18 * mm
FRAME_WIDTH = A4[0] - 2 * MARGIN
LIGHT = colors.HexColor("#F2F5F9")
RULE = colors.HexColor("#C9D3DF")
MUTED = colors.HexColor("#6B7785")
LATE = colors.HexColor("#B5462B")


def _styles(font: str) -> dict[str, ParagraphStyle]:
    # CJK word wrap breaks anywhere when it must: 800 Chinese characters, or a 4,000-letter
    # word, still fit their column instead of running off the page.
    base = ParagraphStyle(
        "body", fontName=font, fontSize=9, leading=12.5, textColor=INK, wordWrap="CJK"
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5),
        "muted": ParagraphStyle("muted", base, fontSize=8.5, textColor=MUTED),
        "kicker": ParagraphStyle("kicker", base, fontSize=9, textColor=MUTED, spaceAfter=2),
        "title": ParagraphStyle("title", base, fontSize=20, leading=25, textColor=USED),
        "section": ParagraphStyle(
            "section",
            base,
            fontSize=12.5,
            leading=16,
            textColor=USED,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "figure": ParagraphStyle("figure", base, fontSize=19, leading=22, textColor=USED),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT, textColor=MUTED),
        "kicker_right": ParagraphStyle(
            "kicker_right", base, fontSize=8, alignment=TA_RIGHT, textColor=MUTED
        ),
        "period": ParagraphStyle(
            "period", base, fontSize=11, leading=15, alignment=TA_RIGHT, textColor=USED
        ),
    }


def report_pdf(report: ServiceReport) -> bytes:
    """The service report as PDF bytes (A4), with the report font embedded."""
    font = report_font()
    styles = _styles(font)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"Service report – {report.partner_name}",
        author="Partner Support Plan",
        subject=report.period_title,
    )
    story = [
        *_heading(report, styles),
        *_figures(report, styles),
        *_chart(report, styles, font),
        *_events(report, styles),
        *_sessions(report, styles),
        *_expert_uses(report, styles),
        *_late(report, styles),
        *_downgrade(report, styles),
    ]
    footer = _footer(report, font)
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def _heading(report: ServiceReport, styles: dict[str, ParagraphStyle]) -> list[Any]:
    people = [
        f"TAM: {report.designated_tam}" if report.designated_tam else "",
        f"ASM: {report.designated_asm}" if report.designated_asm else "",
    ]
    details = " · ".join(p for p in [report.edition + " edition", *people] if p)
    left = [
        _p("PARTNER SUPPORT PLAN · SERVICE REPORT", styles["kicker"]),
        _p(report.partner_name, styles["title"]),
        _p(f"{report.partner_id} · {details}", styles["muted"]),
    ]
    span = f"{report.period_start.isoformat()} to {report.period_end.isoformat()}"
    kind = "Allowance year" if report.period_title.startswith("Allowance") else report.period_title
    right = [
        _p(kind.upper(), styles["kicker_right"]),
        _p(span, styles["period"]),
        _p(f"Prepared on {report.prepared_on.isoformat()}", styles["right"]),
    ]
    table = Table([[left, right]], colWidths=[FRAME_WIDTH * 0.66, FRAME_WIDTH * 0.34])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, USED),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
            ]
        )
    )
    return [table, Spacer(1, 5 * mm)]


def _figures(report: ServiceReport, styles: dict[str, ParagraphStyle]) -> list[Any]:
    available = report.iem_days_included + report.iem_days_purchased
    cells = [
        (f"{report.iem_days_used} / {available}", "IEM days used this allowance year"),
        (
            str(report.iem_days_remaining),
            "IEM days left"
            + (f" ({report.iem_days_pending} pending)" if report.iem_days_pending else ""),
        ),
        (str(len(report.events)), "IEM events in this period"),
        (
            f"{report.sessions_held} + {report.sessions_planned}",
            "sessions held + planned in this period",
        ),
    ]
    row = [[_p(value, styles["figure"]), _p(label, styles["muted"])] for value, label in cells]
    table = Table([row], colWidths=[FRAME_WIDTH / 4] * 4)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LINEAFTER", (0, 0), (-2, -1), 3, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return [table]


def _chart(report: ServiceReport, styles: dict[str, ParagraphStyle], font: str) -> list[Any]:
    drawing = allowance_chart(
        report.year_start,
        report.committed_days,
        report.pending_days,
        report.iem_days_included,
        report.iem_days_included + report.iem_days_purchased,
        font,
        width=FRAME_WIDTH,
        height=58 * mm,
        today=report.prepared_on,
    )
    caption = (
        f"Allowance year {report.year_start.isoformat()} to "
        f"{report.year_end.isoformat()}. Natural days: weekends and holidays count; "
        "a date used by two events counts once."
    )
    return [
        KeepTogether(
            [
                _p("IEM allowance use over the year", styles["section"]),
                drawing,
                _p(caption, styles["muted"]),
            ]
        )
    ]


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    styles: dict[str, ParagraphStyle],
    late_rows: Sequence[int] = (),
) -> Table:
    data = [[_p(h, styles["small"]) for h in headers]]
    data += [[_p(v, styles["small"]) for v in row] for row in rows]
    # splitInRow: a row taller than a page (a 4,000-character justification) continues on
    # the next page instead of stopping the report.
    table = Table(data, colWidths=[w * FRAME_WIDTH for w in widths], repeatRows=1, splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, USED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("TEXTCOLOR", (0, r), (-1, r), LATE) for r in late_rows]
    table.setStyle(TableStyle(commands))
    return table


def _section(
    title: str, empty: str, table: Table | None, styles: dict[str, ParagraphStyle]
) -> list[Any]:
    return [
        _p(title, styles["section"]),
        table if table is not None else _p(empty, styles["muted"]),
    ]


def _events(report: ServiceReport, styles: dict[str, ParagraphStyle]) -> list[Any]:
    rows = [
        (
            f"{e.start.isoformat()}\nto {e.end.isoformat()}",
            e.name or "-",
            e.event_type.replace("-", " "),
            e.sub_client or "-",
            e.natural_days,
            e.status.replace("_", " "),
            {"met": "met", "undetermined": "undetermined"}.get(
                e.lead_time, f"late: {e.notice_business_days} days"
            ),
        )
        for e in report.events
    ]
    table = (
        _table(
            ("Dates", "Event", "Type", "Sub-client", "Days", "Status", "Lead time"),
            rows,
            (0.15, 0.23, 0.14, 0.19, 0.06, 0.11, 0.12),
            styles,
        )
        if rows
        else None
    )
    return _section("IEM events supported", "No IEM events in this period.", table, styles)


def _sessions(report: ServiceReport, styles: dict[str, ParagraphStyle]) -> list[Any]:
    rows = [
        (
            s.starts.strftime("%Y-%m-%d %H:%M"),
            getattr(s.starts.tzinfo, "key", "") or s.starts.strftime("UTC%z"),
            s.topic.replace("-", " "),
            s.expert,
            "on site" if s.on_site else "online",
            "held" if s.status == "held" else "planned",
        )
        for s in report.sessions
    ]
    table = (
        _table(
            ("Local date and time", "Time zone", "Topic", "Expert", "Mode", "Status"),
            rows,
            (0.17, 0.21, 0.22, 0.16, 0.12, 0.12),
            styles,
        )
        if rows
        else None
    )
    quota = (
        (f" ({report.sessions_used} of {report.sessions_included} used this allowance year)")
        if report.sessions_included
        else ""
    )
    return _section(
        f"Communication and training sessions{quota}", "No sessions in this period.", table, styles
    )


def _expert_uses(report: ServiceReport, styles: dict[str, ParagraphStyle]) -> list[Any]:
    rows = [(u.used_on.isoformat(), u.summary, u.performed_by) for u in report.expert_uses]
    table = (
        _table(("Date", "What was done", "By"), rows, (0.14, 0.66, 0.2), styles) if rows else None
    )
    return _section(
        "Expert service (architecture optimization)",
        "The expert service was not used in this period.",
        table,
        styles,
    )


def _late(report: ServiceReport, styles: dict[str, ParagraphStyle]) -> list[Any]:
    rows = [
        (
            e.name or f"request {e.id}",
            e.submitted.isoformat(),
            e.start.isoformat(),
            f"{e.notice_business_days} business days",
            e.justification or "none recorded",
        )
        for e in report.late_requests
    ]
    table = (
        _table(
            ("Event", "Submitted", "First day", "Notice", "Why it was accepted"),
            rows,
            (0.22, 0.12, 0.12, 0.12, 0.42),
            styles,
        )
        if rows
        else None
    )
    return _section(
        "Requests inside the lead time",
        "Every request in this period reached the team in time.",
        table,
        styles,
    )


def _downgrade(report: ServiceReport, styles: dict[str, ParagraphStyle]) -> list[Any]:
    position = report.downgrade
    reason = position.reason.strip().rstrip(".")
    verdict = (
        f"Could the subscription end or move to a lower edition on "
        f"{position.on.isoformat()}? {yes_no(position.allowed).capitalize()}: "
        f"{reason}."
    )
    if not position.allowed and position.earliest_date.isoformat() not in reason:
        verdict += f" Earliest date without an approval: {position.earliest_date.isoformat()}."
    return [
        KeepTogether(
            [
                _p("Subscription and downgrade position", styles["section"]),
                _p(verdict, styles["body"]),
            ]
        )
    ]


def _footer(report: ServiceReport, font: str):  # type: ignore[no-untyped-def]
    def draw(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, MARGIN, A4[0] - MARGIN, MARGIN)
        canvas.drawString(
            MARGIN, MARGIN - 10, f"{report.partner_name} · {report.period_title} · confidential"
        )
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 10, f"Page {document.page}")
        canvas.restoreState()

    return draw
