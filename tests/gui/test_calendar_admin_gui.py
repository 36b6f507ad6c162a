"""Working calendars administration: a year's holidays, adjustments added and removed by
hand with the affected open requests shown, schedule import previewed then confirmed or
discarded, and read-only mode."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from engagements.gui.context import AppContext
from engagements.gui.holiday_import_dialog import HolidayImportDialog
from engagements.gui.working_calendars_dialog import WorkingCalendarsDialog
from engagements.services import iem
from engagements.services.calendars import lead_time_for
from engagements.services.database import Database
from engagements.services.holiday_schedules import list_adjustments, preview_holiday_import
from engagements.services.partners import NewPartner, add_partner

CN_2027 = Path(__file__).parents[1] / "ics" / "data" / "CN-2027.ics"


@pytest.fixture
def cn_db(sqlite_db, today):
    """ACME on CN with a request that just meets the lead time (10 business days)."""
    add_partner(
        sqlite_db, NewPartner("ACME", "阿克米科技有限公司", "enterprise", date(2026, 1, 1), 24)
    )
    iem.request_iem(
        sqlite_db, iem.IemRequestInput("ACME", date(2026, 12, 10), date(2026, 12, 11)), today
    )
    return sqlite_db


@pytest.fixture
def admin(qtbot, cn_db, today, warnings):
    dialog = WorkingCalendarsDialog(AppContext(cn_db, today))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.shown is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.context.jobs.busy, timeout=10_000)
    return dialog


def _earliest_start(db, today):
    return lead_time_for(db, "CN", today, date(2026, 12, 10)).earliest_start


def test_the_year_shows_holidays_and_official_working_days(admin):
    shown = admin.shown
    assert (shown.code, shown.year, shown.missing_data) == ("CN", 2026, None)
    table = admin.ui.daysTable
    dates = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "2026-10-01" in dates and "2026-01-04" in dates  # National Day; a worked Sunday
    assert admin.ui.adjustmentsTable.rowCount() == 0
    assert "None stored" in admin.ui.adjustmentsNote.text()


def test_a_year_without_data_says_so(qtbot, admin):
    with qtbot.waitSignal(admin.loaded, timeout=10_000):
        admin.ui.year.setValue(2027)
    assert not admin.ui.missingData.isHidden()
    assert "no holiday data for CN 2027" in admin.ui.missingData.text()
    assert admin.ui.daysTable.rowCount() == 0


def test_adding_a_holiday_shows_the_affected_request_and_removing_restores(
    qtbot, admin, cn_db, today
):
    assert _earliest_start(cn_db, today) == date(2026, 12, 10)
    admin.ui.newDay.setDate(QDate(2026, 12, 1))
    admin.ui.newKind.setCurrentIndex(admin.ui.newKind.findData("holiday"))
    admin.ui.newName.setText("公司日 Company day")
    with (
        qtbot.waitSignal(admin.edited, timeout=10_000) as added,
        qtbot.waitSignal(admin.loaded, timeout=10_000),
    ):
        qtbot.mouseClick(admin.ui.addButton, Qt.MouseButton.LeftButton)
    (request,) = added.args[0].affected
    assert (request.partner_id, request.notice_before, request.notice_after) == ("ACME", 10, 9)
    assert not request.meets_lead_time_after
    text = admin.ui.affected.toPlainText()
    assert f"IEM #{request.id}" in text and "now late" in text and "2026-12-11" in text
    assert _earliest_start(cn_db, today) == date(2026, 12, 11)  # the rule reads the new day
    assert admin.ui.adjustmentsTable.rowCount() == 1
    assert admin.ui.adjustmentsTable.item(0, 2).text() == "公司日 Company day"
    assert admin.ui.newName.text() == ""

    admin.ui.adjustmentsTable.selectRow(0)
    assert admin.ui.removeButton.isEnabled()
    with (
        qtbot.waitSignal(admin.edited, timeout=10_000) as removed,
        qtbot.waitSignal(admin.loaded, timeout=10_000),
    ):
        qtbot.mouseClick(admin.ui.removeButton, Qt.MouseButton.LeftButton)
    assert removed.args[0].affected[0].meets_lead_time_after
    assert _earliest_start(cn_db, today) == date(2026, 12, 10)
    assert admin.ui.adjustmentsTable.rowCount() == 0 and list_adjustments(cn_db, "CN") == []


def test_a_refused_adjustment_shows_the_reason(qtbot, admin, warnings):
    admin.ui.newName.setText("")  # a name is required
    admin.add()
    assert warnings and "name" in warnings[0]
    assert list_adjustments(admin.context.db, "CN") == []


def test_import_discard_writes_nothing_and_confirm_imports(qtbot, cn_db, today, warnings):
    context = AppContext(cn_db, today)
    preview = preview_holiday_import(cn_db, CN_2027, "CN")
    discarded = HolidayImportDialog(context, str(CN_2027), preview)
    qtbot.addWidget(discarded)
    assert "29 holiday dates and 6 working days" in discarded.ui.summary.text()
    assert discarded.ui.changesTable.rowCount() == 35
    discarded.ui.buttons.button(QDialogButtonBox.StandardButton.Discard).click()
    assert list_adjustments(cn_db, "CN") == []

    confirmed = HolidayImportDialog(context, str(CN_2027), preview)
    qtbot.addWidget(confirmed)
    with qtbot.waitSignal(confirmed.imported, timeout=10_000) as imported:
        confirmed.confirm_button.click()
    assert imported.args[0].written and len(list_adjustments(cn_db, "CN", 2027)) == 35


def test_the_import_button_previews_the_chosen_file(qtbot, admin, monkeypatch):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(CN_2027), "iCalendar files (*.ics)")
    )
    qtbot.mouseClick(admin.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: admin.findChild(HolidayImportDialog) is not None, timeout=10_000)
    preview = admin.findChild(HolidayImportDialog)
    assert preview.preview.years == (2027,) and not preview.preview.written
    with qtbot.waitSignal(admin.loaded, timeout=10_000):
        admin.ui.year.setValue(2027)
    assert not admin.ui.missingData.isHidden()  # nothing imported until confirmed
    with (
        qtbot.waitSignal(preview.imported, timeout=10_000),
        qtbot.waitSignal(admin.loaded, timeout=10_000),
    ):
        preview.confirm_button.click()
    assert admin.ui.missingData.isHidden() and admin.ui.adjustmentsTable.rowCount() == 35


def test_read_only_disables_every_editing_control(qtbot, cn_db, today, warnings):
    url = cn_db.engine.url.render_as_string(hide_password=False)
    dialog = WorkingCalendarsDialog(AppContext(Database.open(url, read_only=True), today))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.shown is not None, timeout=10_000)
    for control in dialog.editing_controls:
        assert not control.isEnabled(), control.objectName()
        assert "read only" in control.toolTip()
    assert dialog.ui.daysTable.rowCount() > 0  # looking is still allowed
    qtbot.waitUntil(lambda: not dialog.context.jobs.busy, timeout=10_000)


def test_the_window_offers_the_new_actions(window):
    for name in ("export_ics", "service_report", "working_calendars"):
        assert name in window.actions_by_name
    assert window.actions_by_name["export_ics"].shortcuts()


def test_every_control_of_the_new_dialogs_has_an_accessible_name(qtbot, admin, cn_db, today):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QWidget,
    )

    from engagements.gui.ics_export_dialog import IcsExportDialog
    from engagements.gui.report_dialog import ReportDialog
    from engagements.services.queries import partner_file

    context = admin.context
    dialogs = [
        admin,
        IcsExportDialog(context),
        ReportDialog(context, partner_file(cn_db, "ACME", today)),
        HolidayImportDialog(context, str(CN_2027), preview_holiday_import(cn_db, CN_2027, "CN")),
    ]
    for dialog in dialogs[1:]:
        qtbot.addWidget(dialog)
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)
    unnamed = [
        f"{type(d).__name__}.{w.objectName()}"
        for d in dialogs
        for w in d.findChildren(QWidget)
        if isinstance(w, kinds)
        and not w.accessibleName()
        and w.objectName()
        and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []
    qtbot.waitUntil(lambda: not context.jobs.busy, timeout=10_000)


def test_tools_import_holiday_schedule_opens_working_calendars(qtbot, window):
    assert not window.findChildren(WorkingCalendarsDialog)
    window.actions_by_name["holidays"].trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(WorkingCalendarsDialog)), timeout=5_000)
