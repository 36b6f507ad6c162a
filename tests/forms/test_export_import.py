"""Export a form, fill it in like a partner, import it: a pending request with the values."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from engagements.forms import fields as F
from engagements.forms.fonts import parse_font
from engagements.services import forms
from engagements.store.models import (
    AppSecret,
    IemRequest,
    IssuedForm,
    SessionRequest,
    TrainingSession,
)
from tests.forms.conftest import IEM_VALUES, SESSION_VALUES, add_partners, fill


def test_export_has_the_contract_fields_and_records_the_form(partners, today, tmp_path):
    exported = forms.export_form(partners, "P001", tmp_path / "p.pdf", today)
    assert exported.expires == date(2026, 12, 26)
    found = PdfReader(exported.path).get_fields()
    assert set(F.ALL_FIELDS) <= set(found)
    assert found["form_id"]["/V"] == exported.form_id
    assert found["partner_id"]["/V"] == "P001"
    assert found["expires"]["/V"] == "2026-12-26"
    assert [str(o) for o in found["request_type"]["/Opt"]] == ["iem", "session"]
    assert [str(o) for o in found["event_type"]["/Opt"]] == list(F.CHOICE_FIELDS["event_type"])
    assert [str(o) for o in found["session_topic"]["/Opt"]] == [
        "architecture",
        "usage-plan",
        "key-issues",
        "product-requirements",
        "industry-experience",
    ]
    for name in F.IDENTITY_FIELDS:
        assert found[name]["/Ff"] & 1, f"{name} is read only"
    assert int(found["description"]["/Ff"]) & (1 << 12), "description is multi-line"
    with partners.reading() as session:
        issued = session.get(IssuedForm, exported.form_id)
        assert (issued.partner_id, issued.issued_on, issued.used_at) == ("P001", today, None)
        assert len(issued.nonce) == 32
        assert session.get(AppSecret, forms.SECRET_NAME) is not None
    text = PdfReader(exported.path).pages[0].extract_text()
    for expected in (
        "杭州云帆科技有限公司",
        "Enterprise edition",
        "8 of 8 natural days left",
        "4 of 4 left",
        "2026-12-10",
        "2026-12-26",
    ):
        assert expected in text


def test_filled_iem_form_becomes_a_pending_request(partners, today, tmp_path):
    exported = forms.export_form(partners, "P001", tmp_path / "p.pdf", today)
    filled = fill(tmp_path / "p.pdf", tmp_path / "filled.pdf", IEM_VALUES)
    preview = forms.preview_form_import(partners, filled, today)
    assert preview.acceptable and preview.partner_name == "杭州云帆科技有限公司"
    assert preview.values["event_name"] == "双十一大促峰值保障"
    result = forms.import_form(partners, filled, today)
    assert (result.form_id, result.partner, result.request_type) == (
        exported.form_id,
        "P001",
        "iem",
    )
    with partners.reading() as session:
        row = session.get(IemRequest, result.created[0])
        assert (row.status, row.start, row.end, row.event_type) == (
            "submitted",
            date(2026, 12, 14),
            date(2026, 12, 16),
            "promotion",
        )
        assert row.event_name == "双十一大促峰值保障"
        assert row.description == IEM_VALUES["description"]
        assert (row.contact_name, row.contact_email) == ("李雷", "li.lei@example.cn")
        assert row.sub_client.name == "云帆商城（杭州）有限公司"
        assert (row.form_id, row.submitted, row.meets_lead_time) == (exported.form_id, today, True)
        assert json.loads(row.warnings) == []
        assert session.get(IssuedForm, exported.form_id).used_by == "asm-tester"


def test_late_request_is_recorded_with_its_warning(partners, today, tmp_path):
    forms.export_form(partners, "P001", tmp_path / "p.pdf", today)
    filled = fill(
        tmp_path / "p.pdf",
        tmp_path / "f.pdf",
        {**IEM_VALUES, "event_start": "2026-12-07", "event_end": "2026-12-09"},
    )
    result = forms.import_form(partners, filled, today)
    assert [p.error for p in result.problems] == ["late_request"]
    with partners.reading() as session:
        row = session.get(IemRequest, result.created[0])
        assert not row.meets_lead_time
        assert "2026-12-10" in json.loads(row.warnings)[0]


def test_session_request_is_pending_not_booked(partners, today, tmp_path):
    exported = forms.export_form(partners, "P001", tmp_path / "p.pdf", today)
    filled = fill(tmp_path / "p.pdf", tmp_path / "f.pdf", SESSION_VALUES)
    result = forms.import_form(partners, filled, today)
    with partners.reading() as session:
        assert session.scalars(select(TrainingSession)).all() == []
        row = session.get(SessionRequest, result.created[0])
        assert (row.form_id, row.status, row.session_id) == (exported.form_id, "pending", None)
    pending = forms.pending_session_requests(partners)
    assert [(p.id, p.topic, p.preferred_start.isoformat()) for p in pending] == [
        (result.created[0], "architecture", "2026-12-15T10:00:00+08:00")
    ]
    assert pending[0].partner_name == "杭州云帆科技有限公司"
    assert pending[0].sub_client == "云帆商城 (acc-778)"


def test_standard_edition_is_not_entitled_and_form_stays_usable(partners, today, tmp_path):
    forms.export_form(partners, "S001", tmp_path / "s.pdf", today)
    filled = fill(tmp_path / "s.pdf", tmp_path / "f.pdf", IEM_VALUES)
    assert not forms.preview_form_import(partners, filled, today).acceptable
    from engagements.domain.errors import RuleRefusal

    with pytest.raises(RuleRefusal):
        forms.import_form(partners, filled, today)
    with partners.reading() as session:
        used = select(IssuedForm).where(IssuedForm.used_at.is_not(None))
        assert session.scalars(used).all() == []


def test_export_without_holiday_data_says_so(sqlite_db, tmp_path):
    add_partners(sqlite_db)
    later = date(2031, 3, 2)
    facts = forms.form_facts(sqlite_db, "P001", later, date(2031, 4, 1))
    assert "not known yet" in facts.lead_time_line and "2031" in facts.lead_time_line


def test_batch_export_reports_progress_and_can_be_cancelled(sqlite_db, today, tmp_path):
    add_partners(sqlite_db)
    seen = []
    done = forms.export_forms(
        sqlite_db,
        ["P001", "NOPE", "P002"],
        tmp_path,
        today,
        progress=lambda i, n, p: seen.append((i, n, p)),
    )
    assert [f.partner_id for f in done.exported] == ["P001", "P002"]
    assert [p for p, _ in done.failed] == ["NOPE"] and not done.cancelled
    assert seen[-1] == (3, 3, "")
    stopped = forms.export_forms(
        sqlite_db, ["P001", "P002"], tmp_path, today, progress=lambda i, n, p: i < 1
    )
    assert stopped.cancelled and len(stopped.exported) == 1


def test_cli_export_and_import(cli, db_url, tmp_path):
    for pid, name in (("P001", "杭州云帆科技有限公司"), ("P002", "Blue Harbor")):
        assert (
            cli(
                "--db",
                db_url,
                "partner",
                "add",
                "--id",
                pid,
                "--name",
                name,
                "--edition",
                "enterprise",
                "--start",
                "2026-01-01",
                "--months",
                "24",
            ).code
            == 0
        )
    out = tmp_path / "form.pdf"
    exported = cli("--db", db_url, "form", "export", "--partner", "P001", "--out", out, "--json")
    assert exported.code == 0, exported.stderr
    assert set(exported.json) >= {"form_id", "path", "expires"}
    assert exported.json["expires"] == "2026-12-26"
    filled = fill(out, tmp_path / "filled.pdf", IEM_VALUES)
    wrong = cli("--db", db_url, "form", "import", filled, "--partner", "P002", "--json")
    assert wrong.code == 4 and wrong.json["error"] == "wrong_partner"
    imported = cli("--db", db_url, "form", "import", filled, "--json")
    assert imported.code == 0, imported.stderr
    assert imported.json["form_id"] == exported.json["form_id"]
    assert imported.json["partner"] == "P001" and imported.json["problems"] == []
    request_id = imported.json["created"][0]
    approved = cli("--db", db_url, "iem", "approve", request_id, "--json")
    assert approved.code == 0 and approved.json["status"] == "approved"
    again = cli("--db", db_url, "form", "import", filled, "--json")
    assert again.code == 4 and again.json["error"] == "form_used"


def test_chinese_displays_in_printed_text_and_filled_fields(sqlite_db, today, tmp_path):
    add_partners(sqlite_db)
    forms.export_form(sqlite_db, "P001", tmp_path / "p.pdf", today)
    filled = fill(tmp_path / "p.pdf", tmp_path / "f.pdf", IEM_VALUES)
    reader = PdfReader(filled)
    widget = next(
        a.get_object()
        for a in reader.pages[0]["/Annots"]
        if a.get_object().get("/T") == "sub_client_name"
    )
    appearance = widget["/AP"]["/N"].get_object()
    assert "/FCJK" in appearance["/Resources"]["/Font"]
    embedded = reader.trailer["/Root"]["/AcroForm"]["/DR"]["/Font"]["/FCJK"]["/DescendantFonts"][0][
        "/FontDescriptor"
    ]["/FontFile2"].get_data()
    glyphs = {code: glyph for glyph, code in parse_font(embedded).glyph_to_code.items()}
    expected = "".join(f"{glyphs[ord(ch)]:04x}" for ch in "云帆商城")
    assert expected in appearance.get_data().decode("latin-1").lower()
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "40", "-png", "-singlefile", str(filled), str(tmp_path / "page")],
            check=True,
            timeout=60,
        )
        assert (tmp_path / "page.png").stat().st_size > 10_000


def test_exported_forms_are_small(sqlite_db, today, tmp_path):
    """The field font is cut to what the form needs: a Latin-named partner's form is well
    under 300 KB, a Chinese-named one's (common characters included) under 500 KB."""
    add_partners(sqlite_db)
    latin = forms.export_form(sqlite_db, "P002", tmp_path / "latin.pdf", today)
    chinese = forms.export_form(sqlite_db, "P001", tmp_path / "chinese.pdf", today)
    assert Path(latin.path).stat().st_size < 200_000
    assert Path(chinese.path).stat().st_size < 500_000
    filled = fill(Path(chinese.path), tmp_path / "filled.pdf", IEM_VALUES)
    assert forms.preview_form_import(sqlite_db, filled, today).acceptable
