"""Acting on requests only on purpose: double-click and Enter open a request; undo names
the one change it undoes and acts on that item only; redo never makes a copy; the chosen
row stays chosen across the reload that follows a change."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from engagements.gui import prompts
from engagements.gui.history_dialog import HistoryDialog
from engagements.services import iem
from engagements.services.audit import audit_trail
from engagements.services.listings import RequestFilter, request_page
from engagements.services.partners import NewPartner, add_partner


@pytest.fixture
def acme(qtbot, sqlite_db, today, settings, warnings, make_window):
    add_partner(
        sqlite_db, NewPartner("ACME", "阿克米科技有限公司", "enterprise", date(2026, 1, 1), 24)
    )
    made = [
        iem.request_iem(
            sqlite_db, iem.IemRequestInput("ACME", date(2026, 12, day), date(2026, 12, day)), today
        ).id
        for day in (21, 23)
    ]
    window = make_window(sqlite_db, today, settings)
    window.show()
    qtbot.waitExposed(window)
    view = window.views["requests"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_view("requests")
    yield window, view, made
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)


def _status(db, request_id):
    return request_page(db, RequestFilter(request_id=request_id))[0].status


def _choose(view, request_id):
    number = next(n for n, row in enumerate(view.model.rows) if row.id == request_id)
    view.ui.table.selectRow(number)
    return number


def test_double_click_opens_the_request_and_changes_nothing(qtbot, acme):
    window, view, (first, _second) = acme
    number = _choose(view, first)
    table = view.ui.table
    spot = table.visualRect(view.model.index(number, 2)).center()
    # Qt 6's QTest sends a double-click event alone; a real one starts with a click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert _status(window.context.db, first) == "submitted"
    dialog = view.history
    qtbot.addWidget(dialog)
    assert isinstance(dialog, HistoryDialog) and f"#{first}" in dialog.windowTitle()
    assert window.context.undo_stack.count() == 0


def test_enter_opens_the_request(qtbot, acme):
    window, view, (first, _second) = acme
    _choose(view, first)
    view.ui.table.setFocus()
    qtbot.keyClick(view.ui.table, Qt.Key.Key_Return)
    assert _status(window.context.db, first) == "submitted"
    dialog = view.history
    qtbot.addWidget(dialog)
    assert isinstance(dialog, HistoryDialog) and f"#{first}" in dialog.windowTitle()


def test_undo_acts_on_the_last_change_only_and_names_it(qtbot, acme):
    window, view, (first, second) = acme
    db, stack = window.context.db, window.context.undo_stack
    for request_id in (first, second):
        _choose(view, request_id)
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            view.approve_selected()
    assert stack.undoText() == f"approval of IEM-{second}"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        stack.undo()
    assert (_status(db, first), _status(db, second)) == ("approved", "submitted")
    assert audit_trail(db, ("iem_request", str(second)), 1)[0].action == "iem.undo"
    assert view.selected().id == second  # the row stays chosen after approve and undo


def test_undo_after_a_change_that_cannot_be_undone_does_nothing(qtbot, acme):
    window, view, (first, _second) = acme
    db, stack = window.context.db, window.context.undo_stack
    _choose(view, first)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.approve_selected()
    assert stack.canUndo()
    window.context.perform(
        None,
        "Buy IEM days",
        lambda: iem.purchase_days(db, "ACME", 3, date(2026, 1, 1), date(2026, 12, 31)),
    )
    assert not stack.canUndo() and not window.actions_by_name["undo"].isEnabled()
    stack.undo()
    assert _status(db, first) == "approved"


def test_redo_of_a_new_request_brings_the_same_request_back(qtbot, acme, monkeypatch):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox

    from engagements.gui.iem_editor import IemEditor

    window, view, made = acme
    db, stack = window.context.db, window.context.undo_stack
    editor = IemEditor(window.context, window, partner_id="ACME")
    qtbot.addWidget(editor)
    editor.ui.start.setDate(QDate(2026, 12, 28))
    with qtbot.waitSignal(editor.saved) as saved:
        editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    new = saved.args[0].id
    assert stack.undoText() == f"new IEM request #{new} for ACME"
    stack.undo()
    assert _status(db, new) == "cancelled"
    stack.redo()
    assert _status(db, new) == "submitted"
    assert len(request_page(db, RequestFilter(kinds=("iem",)))) == len(made) + 1


def test_cancelling_asks_first_and_can_be_undone(qtbot, acme, monkeypatch):
    window, view, (first, _second) = acme
    db, stack = window.context.db, window.context.undo_stack
    _choose(view, first)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    view.cancel_selected()
    assert _status(db, first) == "submitted"
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.cancel_selected()
    assert _status(db, first) == "cancelled"
    stack.undo()
    assert _status(db, first) == "submitted"
