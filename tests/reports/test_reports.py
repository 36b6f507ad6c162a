"""Service reports: the facts, the PDF, and spreadsheets that cannot run formulas."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date, datetime

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import update

from engagements.errors import InvalidInput
from engagements.reports import fonts
from engagements.reports.spreadsheet import neutralised
from engagements.services import sessions
from engagements.services.expert_service import record_expert_use
from engagements.services.reports import ReportRequest, service_report, write_service_report
from engagements.store.models import TrainingSession
from tests.ics.conftest import SHANGHAI, add_enterprise, book, request

EVIL_EVENT = '=HYPERLINK("http://evil.example","click")'
EVIL_SUB_CLIENT = ("acc-1", "+cmd|' /C calc'!A0")
TODAY = date(2026, 11, 26)


@pytest.fixture
def partner(db):
    """An Enterprise partner with a Chinese name, events (one late), sessions, a use."""
    add_enterprise(db, "P1", start=date(2026, 1, 1), months=24)
    request(
        db,
        "P1",
        date(2026, 3, 2),
        date(2026, 3, 4),
        date(2026, 2, 1),
        approve=True,
        name="春季大促 spring sale",
    )
    request(
        db,
        "P1",
        date(2026, 6, 1),
        date(2026, 6, 2),
        date(2026, 5, 25),
        approve=True,
        name=EVIL_EVENT,
        sub_client=EVIL_SUB_CLIENT,
        justification="@SUM(1+1) launch date fixed by the regulator",
    )
    request(db, "P1", date(2026, 12, 14), date(2026, 12, 16), date(2026, 11, 20))
    sessions.add_expert(db, "E1", "Wang Lei", "Asia/Shanghai")
    held = book(db, "P1", "E1", datetime(2026, 4, 7, 10, 0, tzinfo=SHANGHAI))
    book(db, "P1", "E1", datetime(2026, 12, 3, 14, 0, tzinfo=SHANGHAI), topic="usage-plan")
    with db.writing() as session:  # sessions are marked held by a later issue's service
        session.execute(
            update(TrainingSession).where(TrainingSession.id == held.id).values(status="held")
        )
    record_expert_use(
        db, "P1", date(2026, 5, 10), "-1+2 capacity review of the order system", "Chen Jing"
    )
    return "P1"


def _request(**kwargs):
    return ReportRequest(partner_id="P1", on=date(2026, 6, 1), today=TODAY, **kwargs)


def test_the_facts_of_a_year(db, partner):
    report = service_report(db, _request())
    assert (report.year_start, report.year_end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert report.partner_name == "杭州云帆科技有限公司" and report.edition == "Enterprise"
    assert (
        report.iem_days_included,
        report.iem_days_used,
        report.iem_days_remaining,
        report.iem_days_pending,
    ) == (8, 5, 3, 3)
    assert [e.name for e in report.events] == [
        "春季大促 spring sale",
        EVIL_EVENT,
        "Double 11 promotion",
    ]
    assert [e.justification for e in report.late_requests] == [
        "@SUM(1+1) launch date fixed by the regulator"
    ]
    assert (report.sessions_held, report.sessions_planned) == (1, 1)
    assert [u.performed_by for u in report.expert_uses] == ["Chen Jing"]
    assert len(report.committed_days) == 5 and len(report.pending_days) == 3
    assert report.downgrade.on == TODAY and report.downgrade.allowed is False
    assert report.downgrade.earliest_date == date(2028, 1, 1)


def test_a_month_narrows_the_lists_not_the_allowance(db, partner):
    report = service_report(db, _request(month=(2026, 6)))
    assert (report.period_start, report.period_end) == (date(2026, 6, 1), date(2026, 6, 30))
    assert report.period_title == "June 2026"
    assert [e.name for e in report.events] == [EVIL_EVENT]
    assert report.sessions == () and report.expert_uses == ()
    assert report.iem_days_used == 5


@pytest.mark.parametrize(
    "text, safe",
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("杭州=", "杭州="),
        (5, 5),
        (-5, -5),
        ("", ""),
    ],
)
def test_neutralised(text, safe):
    assert neutralised(text) == safe


def test_csv_neutralises_every_formula_cell(db, partner, tmp_path):
    written = write_service_report(db, _request(), tmp_path / "r.csv")
    assert written.format == "csv"
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads the Chinese name
    cells = [c for row in csv.reader(io.StringIO(raw.decode("utf-8-sig"))) for c in row]
    assert "'" + EVIL_EVENT in cells and "'" + EVIL_SUB_CLIENT[1] + " (acc-1)" in cells
    assert "'@SUM(1+1) launch date fixed by the regulator" in cells
    assert "'-1+2 capacity review of the order system" in cells
    assert "杭州云帆科技有限公司" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_xlsx_has_no_formula_and_keeps_dates(db, partner, tmp_path):
    write_service_report(db, _request(), tmp_path / "r.xlsx")
    book_ = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert book_.sheetnames == [
        "Summary",
        "IEM events",
        "Sessions",
        "Expert service",
        "Late requests",
    ]
    cells = [c for sheet in book_ for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert "'" + EVIL_EVENT in texts
    assert not [t for t in texts if t[:1] in ("=", "+", "-", "@", "\t", "\r")]
    events = book_["IEM events"]
    assert events["F2"].value == datetime(2026, 3, 2) and events["F2"].number_format == "yyyy-mm-dd"


def test_pdf_embeds_a_font_that_prints_chinese(db, partner, tmp_path):
    written = write_service_report(db, _request(), tmp_path / "r.pdf")
    reader = PdfReader(written.path)
    text = "".join(page.extract_text() for page in reader.pages)
    for expected in (
        "杭州云帆科技有限公司",
        "IEM allowance use over the year",
        "春季大促",
        "@SUM(1+1) launch date fixed by the regulator",
        "Wang Lei",
        "2028-01-01",
        "Requests inside the lead time",
    ):
        assert expected in text
    fonts_used = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts_used
    if shutil.which("pdftoppm"):  # the file renders, as a partner's reader would
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "30",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                written.path,
                str(tmp_path / "page"),
            ],
            check=True,
        )
        assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_report_command(cli, db, partner, tmp_path):
    url = db.engine.url.render_as_string(hide_password=False)
    for suffix in ("pdf", "csv", "xlsx"):
        out = tmp_path / f"P1.{suffix}"
        done = cli(
            "--db", url, "report", "--partner", "P1", "--year", "2026-06-01", "--out", out, "--json"
        )
        assert done.code == 0, done.stderr
        assert done.json["path"] == str(out.resolve()) and done.json["format"] == suffix
        assert done.json["period_start"] == "2026-01-01"
    month = cli(
        "--db",
        url,
        "report",
        "--partner",
        "P1",
        "--month",
        "2026-06",
        "--out",
        tmp_path / "m.pdf",
        "--json",
    )
    assert month.code == 0 and month.json["period_end"] == "2026-06-30"
    assert cli("--db", url, "report", "--partner", "P1", "--out", tmp_path / "r.txt").code == 2
    assert (
        cli(
            "--db",
            url,
            "report",
            "--partner",
            "P1",
            "--month",
            "2026-13",
            "--out",
            tmp_path / "r.pdf",
        ).code
        == 2
    )
    assert cli("--db", url, "report", "--partner", "NOPE", "--out", tmp_path / "n.pdf").code == 2
    assert not (tmp_path / "r.txt").exists() and not (tmp_path / "n.pdf").exists()


def test_editions_without_reports_are_refused(cli, db_url, tmp_path):
    cli(
        "--db",
        db_url,
        "partner",
        "add",
        "--id",
        "C1",
        "--name",
        "Lion City Retail",
        "--edition",
        "commercial",
        "--start",
        "2026-01-01",
        "--months",
        "12",
        "--sessions",
        "2",
    )
    refused = cli(
        "--db", db_url, "report", "--partner", "C1", "--out", tmp_path / "c.pdf", "--json"
    )
    assert refused.code == 3 and refused.json["error"] == "not_entitled"
    assert not (tmp_path / "c.pdf").exists()


def test_missing_font_fails_clearly_and_writes_nothing(cli, sqlite_db, tmp_path, monkeypatch):
    add_enterprise(sqlite_db, "P1")
    monkeypatch.setattr(fonts, "_shipped_fonts", lambda: iter(()))
    monkeypatch.setattr(fonts, "SYSTEM_FONTS", (tmp_path / "none.ttc",))
    fonts.report_font.cache_clear()
    try:
        url = sqlite_db.engine.url.render_as_string(hide_password=False)
        failed = cli(
            "--db", url, "report", "--partner", "P1", "--out", tmp_path / "p.pdf", "--json"
        )
    finally:
        fonts.report_font.cache_clear()
    assert failed.code == 1 and failed.json["error"] == "font_unavailable"
    assert "fonts-wqy-microhei" in failed.stderr
    assert not (tmp_path / "p.pdf").exists()


def test_system_font_is_the_fallback(monkeypatch):
    monkeypatch.setattr(fonts, "_shipped_fonts", lambda: iter(()))
    fonts.report_font.cache_clear()
    try:
        if not any(p.is_file() for p in fonts.SYSTEM_FONTS):
            pytest.skip("WenQuanYi Micro Hei is not installed here")
        assert fonts.report_font() == fonts.REPORT_FONT
    finally:
        fonts.report_font.cache_clear()


LONG_NAME = "春季大促销活动" * 28 + "春季"  # 198 Chinese characters: the column's limit
LONG_JUSTIFICATION = ("The launch date is fixed by the regulator and cannot move. " * 68)[:3990]


def test_long_text_never_stops_a_pdf_report(db, tmp_path):
    """Issue 21: a long event name or a 4,000-character justification exited 1."""
    add_enterprise(db, "P1", start=date(2026, 1, 1), months=24)
    request(
        db,
        "P1",
        date(2026, 6, 1),
        date(2026, 6, 2),
        date(2026, 5, 25),
        approve=True,
        name=LONG_NAME,
        sub_client=("acc-1", "云" * 200),
        justification=LONG_JUSTIFICATION,
    )
    request(
        db,
        "P1",
        date(2026, 7, 1),
        date(2026, 7, 1),
        date(2026, 6, 25),
        approve=True,
        name="x" * 200,
        justification="y" * 4000,
    )  # words that cannot break at a space
    written = write_service_report(db, _request(), tmp_path / "long.pdf")
    text = "".join(page.extract_text() for page in PdfReader(written.path).pages)
    assert len(PdfReader(written.path).pages) >= 2
    assert "regulator" in text and "春季大促" in text


@pytest.mark.parametrize("start", ["\n", "\0", "\r", "\t"])
def test_cells_starting_with_control_characters_are_neutralised(db, tmp_path, start):
    add_enterprise(db, "P1", start=date(2026, 1, 1), months=24)
    if start == "\0" and not db.is_sqlite:  # PostgreSQL stores no NUL: refused, clearly
        with pytest.raises(InvalidInput, match="NUL"):
            request(db, "P1", date(2026, 6, 1), date(2026, 6, 2), date(2026, 1, 5), name="\0=1")
        return
    request(
        db,
        "P1",
        date(2026, 6, 1),
        date(2026, 6, 2),
        date(2026, 1, 5),
        approve=True,
        name=start + '=HYPERLINK("http://evil.example")',
    )
    write_service_report(db, _request(), tmp_path / "r.csv")
    cells = [
        c
        for row in csv.reader(io.StringIO((tmp_path / "r.csv").read_bytes().decode("utf-8-sig")))
        for c in row
    ]
    assert "'" + start + '=HYPERLINK("http://evil.example")' in cells
    write_service_report(db, _request(), tmp_path / "r.xlsx")
    book_ = openpyxl.load_workbook(tmp_path / "r.xlsx")
    texts = [
        c.value
        for sheet in book_
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and "HYPERLINK" in c.value
    ]
    assert texts and all(t.startswith("'") for t in texts), texts


def test_an_800_character_chinese_event_name_is_printed_or_refused_clearly(db, tmp_path):
    """SQLite keeps any length and the report wraps it; PostgreSQL's column holds 200
    characters, and a longer name is refused as invalid input, not a crash."""
    add_enterprise(db, "P1", start=date(2026, 1, 1), months=24)
    name = "双十一大促峰值保障" * 88 + "双十一大促峰值保"  # 800 characters
    if not db.is_sqlite:
        with pytest.raises(InvalidInput, match="longer than"):
            request(
                db,
                "P1",
                date(2026, 6, 1),
                date(2026, 6, 2),
                date(2026, 1, 5),
                approve=True,
                name=name,
            )
        return
    request(db, "P1", date(2026, 6, 1), date(2026, 6, 2), date(2026, 1, 5), approve=True, name=name)
    written = write_service_report(db, _request(), tmp_path / "cjk.pdf")
    text = "".join(page.extract_text() for page in PdfReader(written.path).pages)
    assert "双十一大促峰值保障" in text
