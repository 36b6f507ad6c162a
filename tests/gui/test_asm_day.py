"""The ASM's whole day through the window's own widgets: every task of issue 15 end to
end (request window, staffing, life cycle, purchases, partners, roster, expert service,
form corrections, the work-first list and the partner's history)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from engagements.gui import prompts
from engagements.gui.purchase_dialog import PurchaseDialog
from engagements.gui.request_dialog import RequestDialog
from engagements.services import iem, sessions
from engagements.services.audit import audit_trail
from engagements.services.iem_detail import iem_detail
from engagements.services.partners import NewPartner, add_partner
from engagements.services.queries import partner_file


@pytest.fixture
def acme_db(sqlite_db, today):
    add_partner(
        sqlite_db,
        NewPartner(
            "ACME", "Acme Cloud", "enterprise", date(2026, 1, 1), 24, sub_clients=(("A-1", "Shop"),)
        ),
    )
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
    return iem.request_iem(
        db, iem.IemRequestInput("ACME", start, end, approve=approve, justification="agreed"), today
    ).id


def _dialog(qtbot, window, request_id):
    dialog = RequestDialog(window.context, request_id, window)
    qtbot.addWidget(dialog)
    return dialog


def test_the_request_window_moves_a_request_through_its_life(qtbot, acme_window, acme_db, today):
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


def test_editing_a_request_rechecks_it_live_and_saves_it_audited(
    qtbot, acme_window, acme_db, today
):
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
    assert (
        saved.start,
        saved.end,
        saved.event_type,
        saved.description,
        saved.contact_name,
        saved.sub_client,
    ) == (
        date(2026, 12, 16),
        date(2026, 12, 18),
        "migration",
        "Database move",
        "Ann Chen",
        ("A-1", "Shop"),
    )
    assert audit_trail(acme_db, ("iem_request", str(request_id)))[0].action == "iem.edit"
    acme_window.actions_by_name["undo"].trigger()  # the edit is undone by another edit
    assert (
        iem_detail(acme_db, request_id).start,
        iem_detail(acme_db, request_id).contact_name,
    ) == (date(2026, 12, 14), None)


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
    acme_window.actions_by_name["undo"].trigger()  # Li Na is back on the event
    assert iem_detail(acme_db, first).expert_id == "E2"
    acme_window.actions_by_name["undo"].trigger()  # and before her, nobody
    assert iem_detail(acme_db, first).expert_id is None


def test_an_over_allowance_refusal_offers_the_purchase_then_approves(
    qtbot, acme_window, acme_db, today
):
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
    qtbot.mouseClick(
        purchase.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert iem_detail(acme_db, waiting).status == "approved"
    assert "approved" in dialog.ui.heading.text()


def _requests_view(qtbot, window):
    view = window.views["requests"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_view("requests")
    return view


def test_the_requests_list_puts_the_work_first_and_opens_a_request(
    qtbot, acme_window, acme_db, today
):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    done = _request(acme_db, today, date(2026, 2, 2), date(2026, 2, 2), approve=True)
    iem.advance_iem(acme_db, done, "in_progress")
    iem.advance_iem(acme_db, done, "completed")
    upcoming = _request(acme_db, today, date(2026, 12, 14), date(2026, 12, 14), approve=True)
    waiting = _request(acme_db, today, date(2026, 12, 21), date(2026, 12, 21))
    starts = datetime(2026, 12, 3, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
    session = sessions.book_session(
        acme_db,
        sessions.SessionBooking("ACME", "E2", starts, starts + timedelta(hours=2), "architecture"),
    ).id
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


def test_approving_from_the_list_offers_a_purchase_when_days_run_out(
    qtbot, acme_window, acme_db, today
):
    _request(acme_db, today, date(2026, 12, 14), date(2026, 12, 19), approve=True)
    waiting = _request(acme_db, today, date(2026, 12, 21), date(2026, 12, 24))
    view = _requests_view(qtbot, acme_window)
    view.ui.table.selectRow(0)
    assert view.selected().id == waiting
    qtbot.mouseClick(view.ui.approveButton, Qt.MouseButton.LeftButton)
    offer = view.findChild(QMessageBox, "purchaseOffer")
    assert "2 days short — record a purchase…" in offer.text()
    offer.close()


def _partners_view(qtbot, window, partner_id="ACME"):
    view = window.views["partners"]
    with qtbot.waitSignal(view.file_loaded, timeout=10_000):
        window.show_view("partners")
        view.select_partner(partner_id)
    return view


def _save(dialog):
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_partner_is_added_and_edited_in_the_window(qtbot, acme_window, acme_db, today, warnings):
    from engagements.gui.partner_dialog import PartnerDialog

    view = _partners_view(qtbot, acme_window)
    qtbot.mouseClick(view.ui.addPartnerButton, Qt.MouseButton.LeftButton)
    dialog = view.findChild(PartnerDialog)
    qtbot.keyClicks(dialog.ui.partnerId, "BLUE")
    qtbot.keyClicks(dialog.ui.partnerName, "Blue Harbor")
    dialog.ui.calendar.setCurrentText("HK")
    dialog.ui.edition.setCurrentIndex(dialog.ui.edition.findData("commercial"))
    dialog.ui.sessionQuota.setValue(3)
    qtbot.keyClicks(dialog.ui.tam, "tam-li")
    qtbot.mouseClick(dialog.ui.addSubClientButton, Qt.MouseButton.LeftButton)
    dialog.ui.subClientsTable.item(0, 0).setText("B-1")
    dialog.ui.subClientsTable.item(0, 1).setText("Harbor Shop")
    with qtbot.waitSignal(view.file_loaded, timeout=10_000):
        _save(dialog)
    blue = partner_file(acme_db, "BLUE", today)
    assert (
        blue.name,
        blue.designated_tam,
        blue.subscriptions[0].calendar,
        blue.subscriptions[0].session_quota,
    ) == ("Blue Harbor", "tam-li", "HK", 3)
    assert [(c.account_id, c.name) for c in blue.sub_clients] == [("B-1", "Harbor Shop")]
    assert view.partner.id == "BLUE"  # the new partner is chosen
    qtbot.mouseClick(view.ui.editPartnerButton, Qt.MouseButton.LeftButton)
    edit = [d for d in view.findChildren(PartnerDialog) if d.partner is not None][0]
    assert edit.ui.partnerId.isReadOnly() and edit.ui.subscriptionBox.isHidden()
    edit.ui.partnerName.setText("Blue Harbor Trading")
    edit.ui.calendar.setCurrentText("SG")
    edit.ui.subClientsTable.item(0, 1).setText("Harbor Shop Ltd")
    with qtbot.waitSignal(view.file_loaded, timeout=10_000):
        _save(edit)
    blue = partner_file(acme_db, "BLUE", today)
    assert (blue.name, blue.subscriptions[0].calendar, blue.sub_clients[0].name) == (
        "Blue Harbor Trading",
        "SG",
        "Harbor Shop Ltd",
    )
    history = view.ui.historyTable
    shown = [history.item(r, 2).text() for r in range(history.rowCount())]
    assert shown[:2] == ["Partner details changed", "Sub-client renamed"] or set(shown[:2]) == {
        "Partner details changed",
        "Sub-client renamed",
    }
    assert "Partner added" in shown


def test_a_subscription_is_renewed_with_its_history_kept(qtbot, acme_window, acme_db, today):
    from engagements.gui.subscription_dialog import SubscriptionDialog

    view = _partners_view(qtbot, acme_window)
    qtbot.mouseClick(view.ui.subscriptionButton, Qt.MouseButton.LeftButton)
    dialog = view.findChild(SubscriptionDialog)
    assert dialog.ui.start.date() == QDate(2028, 1, 1)  # a renewal from the term's end
    dialog.ui.edition.setCurrentIndex(dialog.ui.edition.findData("commercial"))
    dialog.ui.sessionQuota.setValue(2)
    assert "✓" in dialog.ui.feedback.text()
    with qtbot.waitSignal(view.file_loaded, timeout=10_000):
        _save(dialog)
    table = view.ui.subscriptionsTable
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["Enterprise", "Commercial"]
    assert table.item(0, 6).text() == "2027-12-31"  # the old record ended, and stays


def test_expert_service_warns_then_locks_the_partner(qtbot, acme_window, acme_db, today):
    from engagements.gui.expert_use_dialog import ExpertUseDialog
    from engagements.gui.subscription_dialog import SubscriptionDialog
    from engagements.services.dashboard import RISK_EXIT_LOCKED

    view = _partners_view(qtbot, acme_window)
    assert view.ui.lockLabel.text() == ""
    qtbot.mouseClick(view.ui.recordUseButton, Qt.MouseButton.LeftButton)
    dialog = view.findChild(ExpertUseDialog)
    assert "blocks a downgrade or exit" in dialog.ui.warning.text()
    assert "2028-01-01" in dialog.ui.warning.text()  # the first day after the term
    assert not dialog.save_button.isEnabled()  # nothing said about the work yet
    dialog.ui.expert.setCurrentIndex(dialog.ui.expert.findData("E2"))
    qtbot.keyClicks(dialog.ui.summary, "Capacity review of the order system")
    with qtbot.waitSignal(view.file_loaded, timeout=10_000):
        _save(dialog)
    uses = view.partner.expert_uses
    assert [(u.summary, u.performed_by) for u in uses] == [
        ("Capacity review of the order system", "Li Na")
    ]
    row = view.proxy.index(0, 1)
    assert "🔒" in row.data() and "2028-01-01" in view.ui.lockLabel.text()
    qtbot.mouseClick(view.ui.subscriptionButton, Qt.MouseButton.LeftButton)
    change = view.findChild(SubscriptionDialog)
    change.ui.edition.setCurrentIndex(change.ui.edition.findData("commercial"))
    change.ui.start.setDate(QDate(2027, 1, 1))
    assert "✗" in change.ui.feedback.text() and not change.save_button.isEnabled()
    change.close()
    dashboard = acme_window.views["dashboard"]
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        acme_window.show_view("dashboard")
    acme = next(r for r in dashboard.model.rows if r.partner_id == "ACME")
    assert RISK_EXIT_LOCKED in acme.risks


def test_days_are_bought_from_the_partner_page(qtbot, acme_window, acme_db, today):
    view = _partners_view(qtbot, acme_window)
    qtbot.mouseClick(view.ui.purchaseButton, Qt.MouseButton.LeftButton)
    dialog = view.findChild(PurchaseDialog)
    dialog.ui.days.setValue(3)
    with qtbot.waitSignal(view.file_loaded, timeout=10_000):
        _save(dialog)
    assert view.partner.allowance_years[-1].iem_days_purchased == 3


def test_the_roster_is_kept_in_the_window(
    qtbot, acme_window, acme_db, today, monkeypatch, warnings
):
    from engagements.gui.expert_dialog import ExpertDialog
    from engagements.services.queries import expert_roster

    view = acme_window.views["sessions"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        acme_window.show_view("sessions")
    qtbot.mouseClick(view.ui.addExpertButton, Qt.MouseButton.LeftButton)
    dialog = view.findChild(ExpertDialog)
    qtbot.keyClicks(dialog.ui.expertId, "E3")
    qtbot.keyClicks(dialog.ui.expertName, "Zhao Min")
    dialog.ui.timezone.setCurrentText("Asia/Tokyo")
    qtbot.keyClicks(dialog.ui.skills, "big data; networking")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        _save(dialog)
    found = {r.id: r for r in expert_roster(acme_db, today)}
    assert (found["E3"].timezone, found["E3"].skills) == ("Asia/Tokyo", "big data, networking")
    names = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    view.ui.rosterTable.selectRow(names.index("Zhao Min"))
    assert view.proxy.index(names.index("Zhao Min"), 5).data() == "big data, networking"
    qtbot.mouseClick(view.ui.editExpertButton, Qt.MouseButton.LeftButton)
    edit = [d for d in view.findChildren(ExpertDialog) if d.expert is not None][0]
    edit.ui.skills.setText("big data")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        _save(edit)
    assert {r.id: r for r in expert_roster(acme_db, today)}["E3"].skills == "big data"
    busy = _request(acme_db, today, date(2026, 12, 14), date(2026, 12, 14), approve=True)
    iem.assign_expert(acme_db, busy, "E3")
    names = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    view.ui.rosterTable.selectRow(names.index("Zhao Min"))
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    qtbot.mouseClick(view.ui.retireExpertButton, Qt.MouseButton.LeftButton)
    assert f"IEM-{busy}" in warnings[-1]  # still on an event: refused, named
    from engagements.services.iem_edits import unassign_expert

    unassign_expert(acme_db, busy)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.ui.retireExpertButton, Qt.MouseButton.LeftButton)
    assert not {r.id: r for r in expert_roster(acme_db, today)}["E3"].active
    names = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert "Zhao Min (retired)" in names


def test_the_dashboard_marks_iem_events_without_an_expert(qtbot, acme_window, acme_db, today):
    from engagements.gui.dashboard_view import NO_EXPERT

    unstaffed = _request(acme_db, today, date(2026, 12, 1), date(2026, 12, 1), approve=True)
    staffed = _request(acme_db, today, date(2026, 12, 2), date(2026, 12, 2), approve=True)
    iem.assign_expert(acme_db, staffed, "E1")
    dashboard = acme_window.views["dashboard"]
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        dashboard.refresh()
    table = dashboard.ui.upcomingTable.model()
    experts = {
        table.index(r, 2).data() + str(dashboard.upcoming.rows[r].id): table.index(r, 5).data()
        for r in range(table.rowCount())
    }
    assert experts == {f"IEM{unstaffed}": NO_EXPERT, f"IEM{staffed}": "Wang Lei"}
    assert "1 IEM without an expert" in dashboard.ui.summary.text()


def test_an_iem_event_is_staffed_from_the_calendar_and_the_dashboard(
    qtbot, acme_window, acme_db, today
):
    from PySide6.QtGui import QAction

    request_id = _request(acme_db, today, date(2026, 11, 27), date(2026, 11, 27), approve=True)
    calendar = acme_window.views["calendar"]
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        acme_window.show_view("calendar")
    with qtbot.waitSignal(calendar.loaded, timeout=10_000):
        calendar.ui.modeBox.setCurrentIndex(calendar.ui.modeBox.count() - 1)  # the agenda
    agenda = calendar.ui.agenda
    row = next(
        r for r in range(agenda.model().rowCount()) if agenda.model().rows[r].id == request_id
    )
    agenda.setCurrentIndex(agenda.model().index(row, 0))
    agenda.findChild(QAction, "openRequestAction").trigger()
    dialog = agenda.opened_request
    dialog.ui.expert.setCurrentIndex(dialog.ui.expert.findData("E1"))
    qtbot.mouseClick(dialog.ui.assignButton, Qt.MouseButton.LeftButton)
    assert iem_detail(acme_db, request_id).expert_id == "E1"
    dialog.close()
    dashboard = acme_window.views["dashboard"]
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        acme_window.show_view("dashboard")
    table = dashboard.ui.upcomingTable
    table.setCurrentIndex(table.model().index(0, 0))
    table.findChild(QAction, "openRequestAction").trigger()
    assert (
        table.opened_request.detail.id == request_id
        and "Wang Lei" in table.opened_request.ui.staffLabel.text()
    )
    table.opened_request.close()
