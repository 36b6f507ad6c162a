"""What every view shares: the open database, today, the undo stack, background jobs, and
whether editing is allowed. Views ask services through here and show the answers.

The window can paint before the database is open (a start draws the saved dashboard
first); until ``attach`` the context refuses edits and ``db`` says the database is still
opening.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from engagements.errors import DatabaseUnavailable, EngagementsError, NotAllowed
from engagements.gui.problems import message_for
from engagements.gui.workers import JobRunner, Progress

if TYPE_CHECKING:
    from engagements.services.database import Database

T = TypeVar("T")
# What a service can say no with; each carries a sentence for people in ``reason``.
REFUSALS = (EngagementsError,)
STILL_OPENING = QT_TRANSLATE_NOOP("AppContext", "the database is still opening")


class AppContext(QObject):
    changed = Signal()  # something was written: views reload what they show
    navigate = Signal(str, str)  # (kind, id): "partner", "iem", "session"
    status = Signal(str)
    opened = Signal()  # the database is attached: views may read and edits may begin

    def __init__(
        self,
        db: Database | None,
        today: date,
        read_only_reason: str | None = None,
        default_calendar: str | None = None,
    ) -> None:
        super().__init__()
        self._db: Database | None = None
        self.today = today
        self.undo_stack = QUndoStack(self)
        self.jobs = JobRunner()
        self._chosen_calendar = default_calendar
        self.default_calendar = default_calendar or ""
        self.read_only_reason: str | None = self.tr(STILL_OPENING)
        # The dashboard's first read, when the window starts it before the dashboard's
        # view is built (``dashboard_view.EarlyDashboard``); forgotten once anything is
        # written, since it may no longer say what the database holds.
        self.early_dashboard: Any = None
        self.changed.connect(self.forget_early_dashboard)
        if db is not None:
            self.attach(db, read_only_reason)

    def forget_early_dashboard(self) -> None:
        early, self.early_dashboard = self.early_dashboard, None
        if early is not None:
            early.forget()

    def calendar_for(self, db: Database) -> str:
        """The working calendar the views show on ``db``: the one chosen in Settings, else
        the plan catalog's default."""
        return self._chosen_calendar or db.catalog.default_calendar

    def attach(self, db: Database, read_only_reason: str | None = None) -> None:
        """The database is open: reads and (unless read only) edits may begin."""
        self._db = db
        self.default_calendar = self.calendar_for(db)
        if read_only_reason is None and db.read_only:
            read_only_reason = self.tr("the database is open read only (--read-only)")
        self.read_only_reason = read_only_reason
        self.opened.emit()

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def db(self) -> Database:
        if self._db is None:
            raise DatabaseUnavailable(
                self.tr("{why}; try again in a moment").format(why=self.tr(STILL_OPENING)), 5
            )
        return self._db

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def guard(self, *controls: QWidget | QAction) -> None:
        """Disable editing controls in read-only mode, saying why on each."""
        if not self.read_only:
            return
        for control in controls:
            control.setEnabled(False)
            why = self.tr("Not available: {reason}").format(reason=self.read_only_reason)
            control.setToolTip(why)
            if isinstance(control, QAction):
                control.setStatusTip(why)

    def load(
        self,
        work: Callable[[Progress], T],
        done: Callable[[T], None],
        parent: QWidget | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Any:
        """Run a read off the GUI thread; ``done`` gets the answer in the GUI thread, and
        a problem is shown to the user (or handed to ``failed``, which then tells it).

        When ``parent`` (the view asking) is gone by the time the answer arrives, the
        answer is dropped.
        """

        def alive() -> bool:
            return parent is None or shiboken6.isValid(parent)

        def tell(problem: BaseException) -> None:
            if failed is not None:
                failed(problem)
            else:
                self.show_problem(parent, problem)

        return self.jobs.start(
            work,
            lambda value: done(value) if alive() else None,
            lambda problem: tell(problem) if alive() else None,
        )

    def perform(
        self, parent: QWidget | None, what: str, action: Callable[[], T], undoable: bool = False
    ) -> T | None:
        """Run a service call that writes; show its refusal instead of raising.

        A change that is not ``undoable`` (the caller puts no command on the undo stack)
        empties the stack: Undo must never reach past it to an older change."""
        if self.read_only:
            self.show_problem(
                parent, NotAllowed(self.read_only_reason or self.tr("read only")), what
            )
            return None
        try:
            result = action()
        except REFUSALS as refusal:
            self.show_problem(parent, refusal, what)
            return None
        if not undoable:
            message = (
                self.tr("{what}: done. This cannot be undone (the undo history was cleared).")
                if self.undo_stack.count()
                else self.tr("{what}: done. This cannot be undone.")
            )
            self.undo_stack.clear()
            self.status.emit(message.format(what=what))
        self.changed.emit()
        return result

    def show_problem(
        self, parent: QWidget | None, problem: BaseException, what: str | None = None
    ) -> None:
        what = what or self.tr("Could not finish")
        reason = message_for(problem)
        from PySide6.QtWidgets import QMessageBox  # its many enums cost a start a millisecond

        QMessageBox.warning(parent, what, reason)
