"""The ASM's whole day through the window's own widgets: every task of issue 15 end to
end (request window, staffing, life cycle, purchases, partners, roster, expert service,
form corrections, the work-first list and the partner's history)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from engagements.gui.purchase_dialog import PurchaseDialog
from engagements.gui.request_dialog import RequestDialog
from engagements.services import iem, sessions
from engagements.services.audit import audit_trail
from engagements.services.iem_detail import iem_detail
from engagements.services.partners import NewPartner, add_partner


@pytest.fixture
def acme_db(sqlite_db, today):
    add_partner(sqlite_db, NewPartner("ACME", "Acme Cloud", "enterprise", date(2026, 1, 1), 24,
                                      sub_clients=(("A-1", "Shop"),)))
    sessions.add_expert(sqlite_db, "E1", "Wang Lei", "Asia/Shanghai", skills="database")
    sessions.add_expert(sqlite_db, "E2", "Li Na", "Asia/Shanghai")
    return sqlite_db


@pytest.fixture
def acme_window(qtbot, acme_db, today, settings, warnings, make_window):
    window = make_window(acme_db, today, settings)
    with qtbot.waitSignal(window.views["dashboard"].loaded, timeout=10_000):
        window.show_view("dashboard")
    yield window
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)


def _request(db, today, start, end, approve=False):
    return iem.request_iem(db, iem.IemRequestInput("ACME", start, end, approve=approve,
                                                   justification="agreed"), today).id


def _dialog(qtbot, window, request_id):
    dialog = RequestDialog(window.context, request_id, window)
    qtbot.addWidget(dialog)
    return dialog


def test_the_request_window_moves_a_request_through_its_life(qtbot, acme_window, acme_db,
                                                             today):
    request_id = _request(acme_db, today, date(2026, 12, 14), date(2026, 12, 15))
    dialog = _dialog(qtbot, acme_window, request_id)
    # Only the moves the domain's life cycle allows from "submitted" are offered.
    assert set(dialog.move_buttons) == {"approved", "rejected", "cancelled"}
    qtbot.mouseClick(dialog.move_buttons["approved"], Qt.MouseButton.LeftButton)
    assert set(dialog.move_buttons) == {"scheduled", "in_progress", "cancelled"}
    dialog.findChild(QPushButton, "moveTo_scheduled").click()
    dialog.findChild(QPushButton, "moveTo_in_progress").click()
    dialog.findChild(QPushButton, "moveTo_completed").click()
    assert iem_detail(acme_db, request_id).status == "completed"
    assert dialog.move_buttons == {} and "over" in dialog.ui.lifecycleLabel.text()
    actions = [e.action for e in audit_trail(acme_db, ("iem_request", str(request_id)))]
    assert actions[:4] == ["iem.completed", "iem.in_progress", "iem.scheduled", "iem.approve"]


def test_editing_a_request_rechecks_it_live_and_saves_it_audited(qtbot, acme_window, acme_db,
                                                                  today):
    request_id = _request(acme_db, today, date(2026, 12, 14), date(2026, 12, 15))
    dialog = _dialog(qtbot, acme_window, request_id)
    with qtbot.waitSignal(dialog.previewed) as late:
        dialog.ui.start.setDate(QDate(2026, 12, 1))
    assert late.args[0].late and "late" in dialog.ui.feedback.text()
    dialog.ui.start.setDate(QDate(2026, 12, 16))
    assert dialog.ui.end.date() == QDate(2026, 12, 17)  # the end moves with the start
    with qtbot.waitSignal(dialog.previewed) as fine:
        dialog.ui.end.setDate(QDate(2026, 12, 18))
    assert fine.args[0].natural_days == 3 and "All rules pass" in dialog.ui.feedback.text()
    dialog.ui.eventType.setCurrentIndex(dialog.ui.eventType.findData("migration"))
    qtbot.keyClicks(dialog.ui.description, "Database move")
    qtbot.keyClicks(dialog.ui.contactName, "Ann Chen")
    qtbot.keyClicks(dialog.ui.contactEmail, "ann@example.cn")
    dialog.ui.subClient.setCurrentIndex(dialog.ui.subClient.findData("A-1"))
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = iem_detail(acme_db, request_id)
    assert (saved.start, saved.end, saved.event_type, saved.description, saved.contact_name,
            saved.sub_client) == (date(2026, 12, 16), date(2026, 12, 18), "migration",
                                  "Database move", "Ann Chen", ("A-1", "Shop"))
    assert audit_trail(acme_db, ("iem_request", str(request_id)))[0].action == "iem.edit"


def test_staffing_is_refused_with_the_clash_named(qtbot, acme_window, acme_db, today, warnings):
    first = _request(acme_db, today, date(2026, 12, 14), date(2026, 12, 15), approve=True)
    other = _request(acme_db, today, date(2026, 12, 15), date(2026, 12, 15), approve=True)
    iem.assign_expert(acme_db, other, "E1")
    dialog = _dialog(qtbot, acme_window, first)
    assert "No expert" in dialog.ui.staffLabel.text()
    dialog.ui.expert.setCurrentIndex(dialog.ui.expert.findData("E1"))
    qtbot.mouseClick(dialog.ui.assignButton, Qt.MouseButton.LeftButton)
    assert f"iem {other}" in warnings[-1] and iem_detail(acme_db, first).expert_id is None
    dialog.ui.expert.setCurrentIndex(dialog.ui.expert.findData("E2"))
    qtbot.mouseClick(dialog.ui.assignButton, Qt.MouseButton.LeftButton)
    assert "Li Na" in dialog.ui.staffLabel.text()
    assert iem_detail(acme_db, first).expert_id == "E2"
    qtbot.mouseClick(dialog.ui.unassignButton, Qt.MouseButton.LeftButton)
    assert iem_detail(acme_db, first).expert_id is None


def test_an_over_allowance_refusal_offers_the_purchase_then_approves(qtbot, acme_window,
                                                                      acme_db, today):
    _request(acme_db, today, date(2026, 12, 14), date(2026, 12, 19), approve=True)  # 6 days
    waiting = _request(acme_db, today, date(2026, 12, 21), date(2026, 12, 24))  # 4 more
    dialog = _dialog(qtbot, acme_window, waiting)
    dialog.move_buttons["approved"].click()
    offer = dialog.findChild(QMessageBox, "purchaseOffer")
    assert "2 days short — record a purchase…" in offer.text()
    buy = next(b for b in offer.buttons() if "Record a purchase of 2 days" in b.text())
    buy.click()
    purchase = dialog.findChild(PurchaseDialog, "purchaseDialog")
    assert purchase.ui.days.value() == 2
    qtbot.mouseClick(purchase.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert iem_detail(acme_db, waiting).status == "approved"
    assert "approved" in dialog.ui.heading.text()


def _requests_view(qtbot, window):
    view = window.views["requests"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_view("requests")
    return view


def test_the_requests_list_puts_the_work_first_and_opens_a_request(qtbot, acme_window,
                                                                   acme_db, today):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    done = _request(acme_db, today, date(2026, 2, 2), date(2026, 2, 2), approve=True)
    iem.advance_iem(acme_db, done, "in_progress")
    iem.advance_iem(acme_db, done, "completed")
    upcoming = _request(acme_db, today, date(2026, 12, 14), date(2026, 12, 14), approve=True)
    waiting = _request(acme_db, today, date(2026, 12, 21), date(2026, 12, 21))
    starts = datetime(2026, 12, 3, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
    session = sessions.book_session(acme_db, sessions.SessionBooking(
        "ACME", "E2", starts, starts + timedelta(hours=2), "architecture")).id
    view = _requests_view(qtbot, acme_window)
    table = view.ui.table
    numbers = [table.model().index(r, 1).data() for r in range(table.model().rowCount())]
    assert numbers == [f"IEM-{waiting}", f"S-{session}", f"IEM-{upcoming}", f"IEM-{done}"]
    assert table.horizontalHeader().sortIndicatorSection() == -1
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # a heading: that order instead
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.ui.workFirstButton, Qt.MouseButton.LeftButton)
    assert table.model().index(0, 1).data() == f"IEM-{waiting}"
    table.selectRow(0)
    assert view.ui.approveButton.isEnabled() and not view.ui.openButton.isHidden()
    qtbot.mouseClick(view.ui.openButton, Qt.MouseButton.LeftButton)
    opened = view.findChild(RequestDialog)
    assert opened.isVisible() and opened.detail.id == waiting
    opened.close()


def test_approving_from_the_list_offers_a_purchase_when_days_run_out(qtbot, acme_window,
                                                                     acme_db, today):
    _request(acme_db, today, date(2026, 12, 14), date(2026, 12, 19), approve=True)
    waiting = _request(acme_db, today, date(2026, 12, 21), date(2026, 12, 24))
    view = _requests_view(qtbot, acme_window)
    view.ui.table.selectRow(0)
    assert view.selected().id == waiting
    qtbot.mouseClick(view.ui.approveButton, Qt.MouseButton.LeftButton)
    offer = view.findChild(QMessageBox, "purchaseOffer")
    assert "2 days short — record a purchase…" in offer.text()
    offer.close()
