"""The main flows through the window, with qtbot: live feedback, late approvals, bookings
with clashes, undo, calendar months, search, read-only mode."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from engagements.gui import prompts
from engagements.gui.booking_dialog import BookingDialog
from engagements.gui.iem_editor import IemEditor
from engagements.services import iem, sessions
from engagements.services.listings import RequestFilter, request_page
from engagements.services.partners import NewPartner, add_partner

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def acme_db(sqlite_db, today):
    add_partner(
        sqlite_db,
        NewPartner(
            "ACME", "阿克米科技有限公司", "enterprise", date(2026, 1, 1), 24, designated_tam="tam1"
        ),
    )
    sessions.add_expert(sqlite_db, "E1", "Wang Lei", "Asia/Shanghai")
    return sqlite_db


@pytest.fixture
def acme_window(qtbot, acme_db, today, settings, warnings, make_window):
    window = make_window(acme_db, today, settings)
    with qtbot.waitSignal(window.views["dashboard"].loaded, timeout=10_000):
        window.show_view("dashboard")
    yield window
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)


def test_iem_editor_feedback_follows_the_dates(qtbot, acme_window):
    editor = IemEditor(acme_window.context, acme_window, partner_id="ACME")
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.previewed) as late:
        editor.ui.start.setDate(QDate(2026, 12, 1))
    assert late.args[0].late and late.args[0].notice_business_days == 3
    assert "late" in editor.ui.feedback.text() and "2026-12-10" in editor.ui.feedback.text()
    editor.ui.start.setDate(QDate(2026, 12, 28))
    assert editor.ui.end.date() == QDate(2026, 12, 29)  # the end moves with the start
    with qtbot.waitSignal(editor.previewed) as on_time:
        editor.ui.end.setDate(QDate(2026, 12, 30))
    preview = on_time.args[0]
    assert preview.meets_lead_time and preview.natural_days == 3 and preview.left_after == 5
    assert "All rules pass" in editor.ui.feedback.text()
    with qtbot.waitSignal(editor.previewed) as no_data:
        editor.ui.start.setDate(QDate(2027, 3, 1))
    assert "no holiday data for CN 2027" in no_data.args[0].warnings[0]
    assert "⚠" in editor.ui.feedback.text()


def test_a_late_request_approved_at_once_needs_a_justification(qtbot, acme_window):
    editor = IemEditor(acme_window.context, acme_window, partner_id="ACME")
    qtbot.addWidget(editor)
    editor.ui.start.setDate(QDate(2026, 12, 1))
    editor.ui.approveNow.setChecked(True)
    save = editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    qtbot.keyClicks(editor.ui.justification, "Regulator fixed the launch date")
    assert save.isEnabled()
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert saved.args[0].status == "approved"
    assert saved.args[0].justification == "Regulator fixed the launch date"


def _select_request(qtbot, window, request_id):
    view = window.views["requests"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.navigate("iem", str(request_id))
    assert view.selected().id == request_id
    return view


def test_approving_a_late_request_asks_for_the_justification(
    qtbot, acme_window, acme_db, today, monkeypatch
):
    late = iem.request_iem(
        acme_db, iem.IemRequestInput("ACME", date(2026, 12, 1), date(2026, 12, 2)), today
    )
    view = _select_request(qtbot, acme_window, late.id)
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: None)
    view.approve_selected()  # no justification given: nothing changes
    assert request_page(acme_db, RequestFilter(request_id=late.id))[0].status == "submitted"
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "Capacity confirmed by the team")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        acme_window.actions_by_name["approve"].trigger()
    row = request_page(acme_db, RequestFilter(request_id=late.id))[0]
    assert (row.status, row.justification) == ("approved", "Capacity confirmed by the team")
    stack = acme_window.context.undo_stack
    assert stack.undoText() == f"approval of IEM-{late.id}"
    stack.undo()  # back to submitted, the same request, audited
    assert request_page(acme_db, RequestFilter(request_id=late.id))[0].status == "submitted"
    stack.redo()  # approves that same request again
    assert request_page(acme_db, RequestFilter(request_id=late.id))[0].status == "approved"


def test_booking_shows_the_clash_before_saving_and_undo_cancels(qtbot, acme_window, acme_db):
    starts = datetime(2026, 12, 3, 10, tzinfo=SHANGHAI)
    sessions.book_session(
        acme_db,
        sessions.SessionBooking("ACME", "E1", starts, starts + timedelta(hours=2), "architecture"),
    )
    dialog = BookingDialog(acme_window.context, acme_window, partner_id="ACME", expert_id="E1")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed) as clash:
        dialog.ui.starts.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(11, 0)))
    assert clash.args[0].clashes and "Clash" in dialog.ui.feedback.text()
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert "3 of 4 sessions left" in dialog.ui.feedback.text()
    assert "12:00–18:00" in dialog.ui.feedback.text()  # the expert's free hours that day
    with qtbot.waitSignal(dialog.previewed):
        dialog.ui.starts.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(14, 0)))
    assert save.isEnabled()
    with qtbot.waitSignal(dialog.saved) as saved:
        save.click()
    booked = saved.args[0].id
    stack = acme_window.context.undo_stack
    assert stack.count() == 1 and stack.canUndo()
    stack.undo()
    assert _session_status(acme_db, booked) == "cancelled"
    stack.redo()  # the same session back on the schedule, never a second copy
    assert _session_status(acme_db, booked) == "scheduled"
    assert len(request_page(acme_db, RequestFilter(kinds=("session",)))) == 2


def _session_status(db, session_id):
    rows = request_page(db, RequestFilter(kinds=("session",), request_id=session_id))
    return rows[0].status


def test_calendar_switches_months_quickly(qtbot, window):
    view = window.views["calendar"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_view("calendar")
    assert "November 2026" in view.ui.periodLabel.text()
    assert len(view.month.layout(3)) == 6  # weeks shown
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.ui.nextButton, Qt.MouseButton.LeftButton)
    assert "December 2026" in view.ui.periodLabel.text()
    assert "no holiday data for CN 2027" in view.ui.legend.text()  # the grid reaches 2027
    began = time.perf_counter()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.move(-1)  # back to a month already seen
    assert time.perf_counter() - began < 0.05
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.ui.modeBox.setCurrentIndex(1)  # week
    assert "Week 48" in view.ui.periodLabel.text()
    qtbot.waitUntil(
        lambda: (
            view.ui.pages.currentWidget() is view.week
            and len(view.week.days) == 7
            and not window.context.jobs.busy
        )
    )


def test_calendar_saves_a_pdf_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    view = window.views["calendar"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_view("calendar")
    target = tmp_path / "november.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.context.status, timeout=10_000):
        view.save_pdf()
    assert target.read_bytes().startswith(b"%PDF")


def test_scrolling_the_requests_reads_each_next_page_off_the_gui_thread(qtbot, window, monkeypatch):
    from engagements.gui import requests_model

    monkeypatch.setattr(requests_model, "PAGE_SIZE", 5)
    view = window.views["requests"]
    readers: list[threading.Thread] = []
    read_page = view.model._read_page
    monkeypatch.setattr(
        view.model,
        "_read_page",
        lambda *wanted: (readers.append(threading.current_thread()), read_page(*wanted))[1],
    )
    window.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_view("requests")
    model = view.model
    assert model.total > 20
    view.ui.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # a click on Partner
    assert view.ui.countLabel.text() == "Sorting…"  # until the new order arrives
    qtbot.waitUntil(
        lambda: view.ui.countLabel.text() == f"{model.total:,} engagements", timeout=10_000
    )
    names = [row.partner_name for row in model.rows]
    assert names == sorted(names)
    view.ui.table.scrollToBottom()  # and again as each page arrives, to the end
    qtbot.waitUntil(
        lambda: (view.ui.table.scrollToBottom(), model.rowCount())[1] == model.total, timeout=10_000
    )
    assert len(readers) >= 3 and threading.main_thread() not in readers
    keys = [(row.kind, row.id) for row in model.rows]
    assert len(set(keys)) == model.total  # every engagement once, none twice


def test_search_finds_a_partner_from_anywhere(qtbot, window):
    window.show_view("calendar")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    window.search.setText("P00003")
    hits = window.search.run_search()
    assert hits[0].kind == "partner"
    partners = window.views["partners"]
    with qtbot.waitSignal(partners.file_loaded, timeout=10_000):
        window.search.choose(0)
    assert window.current_view_name() == "partners"
    assert partners.partner.id == "P00003"


def test_read_only_mode_blocks_every_edit(qtbot, demo_db, today, settings, warnings, make_window):
    from engagements.services.database import Database

    url = demo_db.engine.url.render_as_string(hide_password=False)
    window = make_window(Database.open(url, read_only=True), today, settings)
    window.show_view("requests")
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)
    assert not window.ui.readOnlyBanner.isHidden()
    assert "read only" in window.ui.readOnlyBanner.text().lower()
    for action in window.editing_actions:
        assert not action.isEnabled(), action.text()
        assert "Not available" in action.toolTip()
    requests = window.views["requests"]
    for button in (
        requests.ui.newIemButton,
        requests.ui.approveButton,
        requests.ui.rejectButton,
        requests.ui.cancelButton,
    ):
        assert not button.isEnabled()
    assert not window.views["sessions"].ui.bookButton.isEnabled()
    assert not window.views["partners"].ui.recordUseButton.isEnabled()
    assert window.context.perform(None, "Try", lambda: 1) is None and warnings


def test_a_tam_reviews_without_changing(qtbot, demo_db, today, settings, warnings, make_window):
    settings.setValue("user/role", "tam")
    window = make_window(demo_db, today, settings)
    assert (
        window.context.read_only and "technical account manager" in window.context.read_only_reason
    )
    assert not window.actions_by_name["new_iem"].isEnabled()


def test_every_control_has_an_accessible_name(window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDateTimeEdit,
        QLineEdit,
        QWidget,
    )

    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QDateTimeEdit, QLineEdit)
    unnamed = [
        w.objectName()
        for view in window.views.values()
        for w in view.findChildren(QWidget)
        if isinstance(w, kinds)
        and not w.accessibleName()
        and w.objectName()
        and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


def test_layout_is_remembered(qtbot, demo_db, today, settings, warnings, make_window):
    window = make_window(demo_db, today, settings)
    window.resize(1000, 700)
    window.show_view("sessions")
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)
    window.close()
    assert settings.value("window/view") == "sessions"
    assert settings.value("window/geometry") is not None


def test_history_of_a_request_shows_every_change_with_its_reason(
    qtbot, acme_window, acme_db, today
):
    from engagements.gui.history_dialog import HistoryDialog

    made = iem.request_iem(
        acme_db, iem.IemRequestInput("ACME", date(2026, 12, 21), date(2026, 12, 22)), today
    )
    iem.approve_iem(acme_db, made.id)
    iem.cancel_iem(acme_db, made.id, "partner postponed the launch")
    view = _select_request(qtbot, acme_window, made.id)
    assert view.ui.historyButton.isEnabled()
    acme_window.actions_by_name["history"].trigger()
    dialog = view.history
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitUntil(lambda: dialog.ui.events.rowCount() == 3, timeout=10_000)
    cells = [[dialog.ui.events.item(r, c).text() for c in range(5)] for r in range(3)]
    assert [row[2] for row in cells] == ["IEM cancelled", "IEM approved", "IEM requested"]
    assert "status: approved → cancelled" in cells[0][3]
    assert cells[0][4] == "partner postponed the launch"
    assert cells[2][3] == "created (submitted)"
