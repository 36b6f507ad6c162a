"""Service reports and the iCalendar export from the window: written off the GUI thread,
in the chosen format; editions without reports are refused with the reason."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from engagements.gui.context import AppContext
from engagements.gui.ics_export_dialog import IcsExportDialog
from engagements.gui.report_dialog import ReportDialog
from engagements.services import iem, sessions
from engagements.services.calendar_view import CalendarFilter
from engagements.services.partners import NewPartner, add_partner
from engagements.services.queries import partner_file

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def partners_db(sqlite_db, today):
    """ACME (Enterprise, with two IEM events and a session) and SMALL (Standard)."""
    add_partner(
        sqlite_db,
        NewPartner(
            "ACME", "阿克米科技有限公司", "enterprise", date(2026, 1, 1), 24, designated_tam="tam1"
        ),
    )
    add_partner(sqlite_db, NewPartner("SMALL", "Small Shop Ltd", "standard", date(2026, 1, 1), 12))
    sessions.add_expert(sqlite_db, "E1", "Wang Lei", "Asia/Shanghai")
    for submitted, start, end in (
        (today, date(2026, 12, 28), date(2026, 12, 30)),
        (date(2026, 6, 1), date(2026, 7, 6), date(2026, 7, 7)),
    ):
        iem.request_iem(sqlite_db, iem.IemRequestInput("ACME", start, end), submitted)
    starts = datetime(2026, 12, 3, 10, tzinfo=SHANGHAI)
    sessions.book_session(
        sqlite_db,
        sessions.SessionBooking("ACME", "E1", starts, starts.replace(hour=12), "architecture"),
    )
    return sqlite_db


@pytest.fixture
def context(partners_db, today, warnings):
    return AppContext(partners_db, today)


def _save_as(monkeypatch, path, chosen_filter=""):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen_filter))


@pytest.mark.parametrize("suffix", ["pdf", "csv", "xlsx"])
def test_a_report_written_from_the_dialog_has_the_chosen_format(
    qtbot, context, today, tmp_path, monkeypatch, suffix
):
    dialog = ReportDialog(context, partner_file(context.db, "ACME", today))
    qtbot.addWidget(dialog)
    dialog.ui.format.setCurrentIndex(dialog.ui.format.findData(suffix))
    assert dialog.suggested_name() == f"service-report-ACME-year-2026-01-01.{suffix}"
    target = tmp_path / "acme-report"  # typed without a suffix: the format's is added
    _save_as(monkeypatch, target, dialog_filter(suffix))
    statuses = []
    context.status.connect(statuses.append)
    with qtbot.waitSignal(dialog.written, timeout=20_000) as written:
        dialog.choose_file_and_write()
    report = written.args[0]
    path = tmp_path / f"acme-report.{suffix}"
    assert report.path == str(path) and report.format == suffix and path.is_file()
    data = path.read_bytes()
    if suffix == "pdf":
        assert data.startswith(b"%PDF")
    elif suffix == "xlsx":
        assert "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
    else:
        assert any(
            "ACME" in cell
            for row in csv.reader(io.StringIO(data.decode("utf-8-sig")))
            for cell in row
        )
    assert (report.period_start, report.period_end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert not dialog.ui.resultPanel.isHidden() and str(path) in dialog.ui.result.text()
    assert statuses == [f"Service report written to {path}"]


def dialog_filter(suffix):
    from engagements.gui.report_dialog import FORMATS

    return next(f for s, _, f in FORMATS if s == suffix)


def test_a_monthly_report_covers_the_month_chosen(qtbot, context, today, tmp_path, monkeypatch):
    dialog = ReportDialog(context, partner_file(context.db, "ACME", today))
    qtbot.addWidget(dialog)
    assert dialog.ui.month.date() == QDate(2026, 10, 1)  # the month just finished
    dialog.ui.monthButton.setChecked(True)
    assert dialog.ui.month.isEnabled() and not dialog.ui.yearChoice.isEnabled()
    dialog.ui.month.setDate(QDate(2026, 12, 15))
    _save_as(monkeypatch, tmp_path / "december.csv")
    with qtbot.waitSignal(dialog.written, timeout=20_000) as written:
        dialog.choose_file_and_write()
    assert (written.args[0].period_start, written.args[0].period_end) == (
        date(2026, 12, 1),
        date(2026, 12, 31),
    )


def test_a_standard_partner_is_refused_with_the_reason(
    qtbot, partners_db, today, settings, warnings, make_window
):
    window = make_window(partners_db, today, settings)
    partners = window.views["partners"]
    with qtbot.waitSignal(partners.loaded, timeout=10_000):
        window.show_view("partners")
    partners.select_partner("SMALL")
    _wait_for_file(qtbot, window, "SMALL")
    reason = "the Standard edition includes no service reports"
    assert not partners.ui.reportButton.isEnabled()
    assert reason in partners.ui.reportButton.toolTip()
    action = window.actions_by_name["service_report"]
    assert not action.isEnabled() and reason in action.toolTip()
    partners.service_report()  # asked for anyway (e.g. by a script): the reason, no dialog
    assert warnings == [reason]
    partners.select_partner("ACME")
    _wait_for_file(qtbot, window, "ACME")
    assert partners.ui.reportButton.isEnabled() and action.isEnabled()


def _wait_for_file(qtbot, window, partner_id):
    """Until the partner's file is shown (the first row's file may be loading before it)."""
    partners = window.views["partners"]
    qtbot.waitUntil(
        lambda: (
            not window.context.jobs.busy
            and partners.partner is not None
            and partners.partner.id == partner_id
        ),
        timeout=10_000,
    )


def test_the_ics_export_writes_what_icalendar_reads_back(qtbot, context, tmp_path, monkeypatch):
    dialog = IcsExportDialog(context, None, CalendarFilter(partner_id="ACME"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.choices_loaded, timeout=10_000):
        pass
    assert dialog.ui.partner.currentData() == "ACME" and dialog.ui.expert.currentData() is None
    chosen = dialog.selection()  # from today, for twelve months: not July's event
    assert (chosen.first, chosen.last) == (date(2026, 11, 26), date(2027, 11, 25))
    target = tmp_path / "acme.ics"
    _save_as(monkeypatch, target)
    statuses = []
    context.status.connect(statuses.append)
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as exported:
        dialog.choose_file_and_export()
    assert exported.args[0].events == 2
    parsed = icalendar.Calendar.from_ical(target.read_bytes())
    events = parsed.walk("VEVENT")
    assert len(events) == 2
    assert {e.decoded("dtstart") for e in events} == {
        date(2026, 12, 28),
        datetime(2026, 12, 3, 10, tzinfo=SHANGHAI),
    }
    assert statuses[-1].startswith("Exported 2 events (1 IEM, 1 sessions)")


def test_dates_the_wrong_way_round_are_explained_in_the_dialog(
    qtbot, context, tmp_path, monkeypatch
):
    dialog = IcsExportDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.choices_loaded, timeout=10_000):
        pass
    dialog.ui.last.setDate(QDate(2026, 1, 1))
    _save_as(monkeypatch, tmp_path / "x.ics")
    dialog.choose_file_and_export()
    qtbot.waitUntil(lambda: "before" in dialog.ui.problem.text(), timeout=10_000)
    assert not (tmp_path / "x.ics").exists() and dialog.save_button.isEnabled()


def test_the_menu_opens_the_report_even_before_partners_has_loaded(
    qtbot, partners_db, today, settings, warnings, make_window
):
    window = make_window(partners_db, today, settings)
    window.show_view("dashboard")
    window.actions_by_name["service_report"].trigger()
    assert window.current_view_name() == "partners"
    qtbot.waitUntil(
        lambda: window.views["partners"].findChild(ReportDialog) is not None, timeout=10_000
    )
    assert window.views["partners"].findChild(ReportDialog).partner.id == "ACME"
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)
