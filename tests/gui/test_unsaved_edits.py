"""Nothing typed is lost: every editing dialog asks before throwing edits away, whichever
way it is closed (Escape, Cancel, the window's close); unchanged it closes at once; saving
never asks. The question's answer is stubbed (``unsaved.ask``) except in the tests that
drive the real question box."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy import MetaData, select

from engagements.gui import unsaved
from engagements.gui.context import AppContext
from engagements.services import iem, sessions
from engagements.services.partners import NewPartner, add_partner
from engagements.services.queries import partner_file


@pytest.fixture
def acme_db(sqlite_db: Any, today: date) -> Any:
    add_partner(
        sqlite_db,
        NewPartner(
            "ACME", "阿克米科技有限公司", "enterprise", date(2026, 1, 1), 24, designated_tam="tam1"
        ),
    )
    sessions.add_expert(sqlite_db, "E1", "Wang Lei", "Asia/Shanghai")
    iem.request_iem(
        sqlite_db, iem.IemRequestInput("ACME", date(2026, 12, 28), date(2026, 12, 30)), today
    )
    return sqlite_db


@pytest.fixture
def context(acme_db: Any, today: date, warnings: list[str]) -> AppContext:
    return AppContext(acme_db, today)


def everything(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (history included): any write changes it."""
    tables = MetaData()
    tables.reflect(db.engine)
    with db.engine.connect() as connection:
        return {
            name: sorted(map(tuple, connection.execute(select(table))), key=repr)
            for name, table in tables.tables.items()
        }


@dataclass(frozen=True)
class Case:
    """A dialog, one edit a person makes in it, and how it is saved."""

    make: Callable[[AppContext, QSettings], QDialog]
    edit: Callable[[Any, QDialog], None]  # (qtbot, dialog)
    question: str

    def save(self, dialog: Any) -> None:
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _iem_editor(context: AppContext, _settings: QSettings) -> QDialog:
    from engagements.gui.iem_editor import IemEditor

    return IemEditor(context, partner_id="ACME")


def _request_dialog(context: AppContext, _settings: QSettings) -> QDialog:
    from engagements.gui.request_dialog import RequestDialog

    return RequestDialog(context, 1)


def _booking(context: AppContext, _settings: QSettings) -> QDialog:
    from engagements.gui.booking_dialog import BookingDialog

    return BookingDialog(context, partner_id="ACME", expert_id="E1")


def _new_partner(context: AppContext, _settings: QSettings) -> QDialog:
    from engagements.gui.partner_dialog import PartnerDialog

    return PartnerDialog(context)


def _partner(context: AppContext, _settings: QSettings) -> QDialog:
    from engagements.gui.partner_dialog import PartnerDialog

    return PartnerDialog(context, partner=partner_file(context.db, "ACME", context.today))


def _subscription(context: AppContext, _settings: QSettings) -> QDialog:
    from engagements.gui.subscription_dialog import SubscriptionDialog

    return SubscriptionDialog(context, partner_file(context.db, "ACME", context.today))


def _purchase(context: AppContext, _settings: QSettings) -> QDialog:
    from engagements.gui.purchase_dialog import PurchaseDialog

    return PurchaseDialog(context, "ACME")


def _expert(context: AppContext, _settings: QSettings) -> QDialog:
    from engagements.gui.expert_dialog import ExpertDialog

    return ExpertDialog(context)


def _expert_use(context: AppContext, _settings: QSettings) -> QDialog:
    from engagements.gui.expert_use_dialog import ExpertUseDialog

    return ExpertUseDialog(context, partner_file(context.db, "ACME", context.today))


def _settings_dialog(_context: AppContext, settings: QSettings) -> QDialog:
    from engagements.gui.preferences import Preferences
    from engagements.gui.settings_dialog import SettingsDialog

    return SettingsDialog(Preferences(settings))


def _type(name: str, text: str) -> Callable[[Any, QDialog], None]:
    def edit(qtbot: Any, dialog: Any) -> None:
        widget = getattr(dialog.ui, name)
        widget.setFocus()
        qtbot.keyClicks(widget, text)

    return edit


def _both(*edits: Callable[[Any, QDialog], None]) -> Callable[[Any, QDialog], None]:
    def edit(qtbot: Any, dialog: QDialog) -> None:
        for one in edits:
            one(qtbot, dialog)

    return edit


def _set(name: str, method: str, value: Any) -> Callable[[Any, QDialog], None]:
    return lambda _qtbot, dialog: getattr(getattr(dialog.ui, name), method)(value)  # type: ignore[attr-defined]


CASES = {
    "new IEM request": Case(
        _iem_editor,
        _set("start", "setDate", QDate(2026, 12, 21)),
        "Discard the changes to this IEM request?",
    ),
    "IEM request window": Case(
        _request_dialog, _type("eventName", "Launch"), "Discard the changes to this IEM request?"
    ),
    "booking": Case(
        _booking, _type("attendees", "Li Na"), "Discard the changes to this session booking?"
    ),
    "new partner": Case(
        _new_partner,
        _both(_type("partnerId", "NEWCO"), _type("partnerName", "New Co")),
        "Discard the changes to this partner?",
    ),
    "partner": Case(_partner, _type("asm", "asm7"), "Discard the changes to this partner?"),
    "subscription": Case(
        _subscription, _set("months", "setValue", 36), "Discard the changes to this subscription?"
    ),
    "purchase": Case(_purchase, _set("days", "setValue", 3), "Discard this purchase of IEM days?"),
    "expert": Case(
        _expert,
        _both(_type("expertId", "E9"), _type("expertName", "Zhao Min")),
        "Discard the changes to this expert?",
    ),
    "expert use": Case(
        _expert_use,
        _type("summary", "Reviewed the network design"),
        "Discard this use of the expert service?",
    ),
    "settings": Case(
        _settings_dialog,
        _set("defaultCalendar", "setCurrentText", "SG"),
        "Discard the changes to the settings?",
    ),
}


@pytest.fixture(params=list(CASES))
def case(request: pytest.FixtureRequest) -> Case:
    return CASES[request.param]


class Asked:
    """The stubbed question: what was asked, and the answer given (discard or not)."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.discard = False

    def __call__(self, parent: QWidget, question: str, answered: Callable[[bool], None]) -> None:
        self.questions.append(question)
        answered(self.discard)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    stub = Asked()
    monkeypatch.setattr(unsaved, "ask", stub)
    return stub


def _written(context: AppContext, settings: QSettings) -> tuple[Any, ...]:
    settings.sync()
    return everything(context.db), {k: settings.value(k) for k in settings.allKeys()}


def _shown(qtbot: Any, case: Case, context: AppContext, settings: QSettings) -> Any:
    dialog = case.make(context, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _escape(dialog: QDialog) -> None:
    target = dialog.focusWidget() or dialog
    QTest.keyClick(target, Qt.Key.Key_Escape)


def _cancel_button(dialog: Any) -> Any:
    buttons = dialog.ui.buttons
    return buttons.button(QDialogButtonBox.StandardButton.Cancel) or buttons.button(
        QDialogButtonBox.StandardButton.Close
    )


def _values(dialog: QDialog) -> list[object]:
    return [value for _widget, value in unsaved.snapshot(dialog)]


def test_unchanged_closes_at_once(
    qtbot: Any, case: Case, context: AppContext, settings: QSettings, asked: Asked
) -> None:
    for close in (_escape, lambda d: _cancel_button(d).click(), QDialog.close):
        dialog = _shown(qtbot, case, context, settings)
        close(dialog)
        assert not dialog.isVisible()
        assert dialog.result() == QDialog.DialogCode.Rejected
    assert asked.questions == []


def test_escape_after_an_edit_asks(
    qtbot: Any, case: Case, context: AppContext, settings: QSettings, asked: Asked
) -> None:
    before = _written(context, settings)
    dialog = _shown(qtbot, case, context, settings)
    case.edit(qtbot, dialog)
    typed = _values(dialog)
    assert dialog.has_unsaved_edits()
    _escape(dialog)  # Keep editing
    assert asked.questions == [case.question]
    assert dialog.isVisible() and _values(dialog) == typed
    asked.discard = True
    _escape(dialog)
    assert len(asked.questions) == 2 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert _written(context, settings) == before


def test_cancel_and_the_window_close_ask_the_same(
    qtbot: Any, case: Case, context: AppContext, settings: QSettings, asked: Asked
) -> None:
    before = _written(context, settings)
    dialog = _shown(qtbot, case, context, settings)
    case.edit(qtbot, dialog)
    typed = _values(dialog)
    _cancel_button(dialog).click()
    assert not dialog.close()  # the close button and Alt+F4 arrive as this close event
    assert asked.questions == [case.question] * 2
    assert dialog.isVisible() and _values(dialog) == typed
    asked.discard = True
    assert dialog.close()
    assert not dialog.isVisible() and _written(context, settings) == before


def test_saving_after_an_edit_never_asks(
    qtbot: Any, case: Case, context: AppContext, settings: QSettings, asked: Asked
) -> None:
    before = _written(context, settings)
    dialog = _shown(qtbot, case, context, settings)
    case.edit(qtbot, dialog)
    case.save(dialog)
    assert _written(context, settings) != before, "the save wrote nothing"
    if dialog.isVisible():  # the request window stays open after a save, now unchanged
        assert not dialog.has_unsaved_edits()
        dialog.close()
    assert not dialog.isVisible() and asked.questions == []


def _question(qtbot: Any) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == unsaved.QUESTION_NAME
    return box


def _button(box: QMessageBox, name: str) -> QPushButton:
    button = box.findChild(QPushButton, name)
    assert button is not None, f"the question has no {name}"
    return button


def _gone(qtbot: Any, box: QMessageBox) -> None:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not box)


def test_the_real_question_keeps_the_work_unless_discard_is_chosen(
    qtbot: Any, context: AppContext, settings: QSettings
) -> None:
    case = CASES["new IEM request"]
    before = _written(context, settings)
    dialog = _shown(qtbot, case, context, settings)
    case.edit(qtbot, dialog)
    _escape(dialog)
    box = _question(qtbot)
    assert box.text() == case.question and box.isModal()
    keep = box.findChild(QPushButton, "keepEditingButton")
    assert box.defaultButton() is keep and box.escapeButton() is keep
    QTest.keyClick(box, Qt.Key.Key_Escape)  # Escape on the question: keep editing
    _gone(qtbot, box)
    assert dialog.isVisible() and dialog.ui.start.date() == QDate(2026, 12, 21)
    dialog.activateWindow()
    _escape(dialog)
    box = _question(qtbot)
    dialog.reject()  # a second close while asking: no second question, no re-entry
    assert not dialog.close()
    assert [b for b in dialog.findChildren(QMessageBox) if b.isVisible()] == [box]
    QTest.keyClick(box, Qt.Key.Key_Return)  # Enter chooses the default: keep editing
    _gone(qtbot, box)
    assert dialog.isVisible()
    _cancel_button(dialog).click()
    box = _question(qtbot)
    _button(box, "discardButton").click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert QApplication.activeModalWidget() is None  # nothing left open to block the window
    assert _written(context, settings) == before


def test_the_staffing_choice_is_not_an_unsaved_edit(
    qtbot: Any, context: AppContext, settings: QSettings, asked: Asked
) -> None:
    """Assign writes the expert at once; choosing one in the list is no edit to keep."""
    sessions.add_expert(context.db, "E2", "Zhao Min", "Asia/Shanghai")
    dialog = _shown(qtbot, CASES["IEM request window"], context, settings)
    dialog.ui.expert.setCurrentIndex(1)
    _escape(dialog)
    assert not dialog.isVisible() and asked.questions == []


def test_the_question_speaks_the_window_language(
    qtbot: Any, context: AppContext, settings: QSettings
) -> None:
    from engagements.gui.language import install_language

    app = QApplication.instance()
    install_language(app, "zh_CN")  # type: ignore[arg-type]
    try:
        dialog = _shown(qtbot, CASES["booking"], context, settings)
        CASES["booking"].edit(qtbot, dialog)
        dialog.reject()
        box = _question(qtbot)
        words = [box.windowTitle(), box.text()] + [b.text() for b in box.buttons()]
        assert sorted(words) == sorted(
            ["未保存的更改", "放弃对此会话预订的更改吗？", "放弃更改(&D)", "继续编辑(&K)"]
        )
        _button(box, "discardButton").click()
        qtbot.waitUntil(lambda: not dialog.isVisible())
    finally:
        install_language(app, "en")  # type: ignore[arg-type]


def test_what_the_caller_fills_in_before_showing_is_no_edit(
    qtbot: Any, context: AppContext, asked: Asked
) -> None:
    """The calendar opens the editor on the day clicked, set after it was built."""
    from engagements.gui.calendar_edits import create_iem_on, create_session_at

    parent = QWidget()
    qtbot.addWidget(parent)
    for dialog in (
        create_iem_on(context, parent, date(2026, 12, 21)),
        create_session_at(context, parent, datetime(2026, 12, 3, 14, tzinfo=UTC)),
    ):
        assert isinstance(dialog, QDialog)
        qtbot.waitExposed(dialog)
        _escape(dialog)
        assert not dialog.isVisible()
    assert asked.questions == []


def test_working_calendars_ask_only_about_a_day_not_yet_added(
    qtbot: Any, context: AppContext, settings: QSettings, asked: Asked
) -> None:
    """Adds and removals are written at once; choosing the calendar or year is looking."""
    from engagements.gui.working_calendars_dialog import WorkingCalendarsDialog

    dialog = WorkingCalendarsDialog(context)
    ui: Any = dialog.ui
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.shown is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not context.jobs.busy, timeout=10_000)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        ui.year.setValue(2027)  # another year looked at, its tables refilled
    qtbot.waitUntil(lambda: not context.jobs.busy, timeout=10_000)
    assert not dialog.has_unsaved_edits()
    before = _written(context, settings)
    ui.newDay.setDate(QDate(2026, 12, 24))
    qtbot.keyClicks(ui.newName, "Company day")
    dialog.reject()
    assert asked.questions == ["Discard the day typed in but not yet added?"]
    assert dialog.isVisible() and _written(context, settings) == before
    ui.addButton.click()  # written at once (the name cleared): nothing left to lose
    assert _written(context, settings) != before
    dialog.reject()
    assert not dialog.isVisible() and len(asked.questions) == 1


def test_a_dialog_run_with_exec_ends_after_discard(
    qtbot: Any, context: AppContext, settings: QSettings
) -> None:
    """The settings dialog runs its own event loop (exec): Keep editing leaves it running,
    Discard ends it; the question adds no loop of its own that could be left open."""
    from PySide6.QtCore import QTimer

    dialog = CASES["settings"].make(context, settings)
    qtbot.addWidget(dialog)
    steps: list[str] = []

    def keep_then_discard() -> None:
        CASES["settings"].edit(qtbot, dialog)
        dialog.reject()
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        steps.append("asked")
        _button(box, "keepEditingButton").click()
        QTimer.singleShot(0, discard)

    def discard() -> None:
        steps.append("kept" if dialog.isVisible() else "closed too early")
        dialog.close()
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        _button(box, "discardButton").click()

    QTimer.singleShot(0, keep_then_discard)
    watchdog = QTimer()
    watchdog.setSingleShot(True)

    def hung() -> None:  # a question left open would keep exec() running: end it, fail
        steps.append("hung")
        dialog.done(99)

    watchdog.timeout.connect(hung)
    watchdog.start(10_000)
    assert dialog.exec() == QDialog.DialogCode.Rejected
    watchdog.stop()
    assert steps == ["asked", "kept"] and not dialog.isVisible()
    assert QApplication.activeModalWidget() is None


class _OneField(unsaved.EditingDialog):
    def __init__(self) -> None:
        super().__init__()
        from PySide6.QtWidgets import QLineEdit, QVBoxLayout

        self.field = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.field)
        self.remember_edits()


def test_a_dialog_closed_while_the_question_is_up_is_not_closed_again(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Callable[[bool], None]] = []
    monkeypatch.setattr(unsaved, "ask", lambda _parent, _question, answered: asked.append(answered))
    dialog = _OneField()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field.setText("typed")
    closings: list[str] = []
    dialog.rejected.connect(lambda: closings.append("rejected"))
    dialog.accepted.connect(lambda: closings.append("accepted"))
    dialog.reject()  # Escape: the question is up
    [answered] = asked
    dialog.accept()  # saved meanwhile (by the program)
    answered(True)  # then "Discard" on the question left behind
    assert closings == ["accepted"]


def test_a_question_that_cannot_be_asked_does_not_lock_the_dialog(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any) -> None:
        raise RuntimeError("no question box")

    monkeypatch.setattr(unsaved, "ask", broken)
    dialog = _OneField()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field.setText("typed")
    with pytest.raises(RuntimeError):
        dialog.reject()
    asked: list[Callable[[bool], None]] = []
    monkeypatch.setattr(unsaved, "ask", lambda _parent, _question, answered: asked.append(answered))
    dialog.reject()  # asked again, not ignored as if a question were still up
    assert len(asked) == 1
