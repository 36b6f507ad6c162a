"""Dashboard: every partner's allowance at a glance, the partners at risk first, and the
next two weeks of engagements."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QIdentityProxyModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QWidget

from engagements.collector import collector_held
from engagements.gui import theme
from engagements.gui.bars import AllowanceBarDelegate
from engagements.gui.calendar_model import ENTRY_ROLE, AgendaModel
from engagements.gui.calendar_model import EXPERT as AGENDA_EXPERT
from engagements.gui.context import AppContext
from engagements.gui.dashboard_model import (
    IEM_DAYS,
    NAME,
    ROW_ROLE,
    SESSIONS,
    DashboardModel,
)
from engagements.gui.forms import embed
from engagements.gui.language import local_date, local_number
from engagements.gui.request_menu import offer_request_window
from engagements.services.fast_start import FreshDashboard, SavedDashboard, compute_dashboard
from engagements.services.view_rows import CalendarEntry, DashboardRow, needs_expert

if TYPE_CHECKING:
    from engagements.services.database import Database

UPCOMING_DAYS = 14
T = TypeVar("T")
SAVE_AFTER_SHOWING_MS = 1000  # the dashboard is saved for the next start this long after
COLUMN_WIDTHS = {0: 80, NAME: 230, 2: 95, 3: 70, IEM_DAYS: 250, SESSIONS: 190, 6: 95}
NARROWER = {NAME: 120, IEM_DAYS: 150, SESSIONS: 120}  # how far these give way
RISKS_ROOM = 200  # the last column, Risks, keeps at least this much on a small screen


class AtRiskFilter(QSortFilterProxyModel):
    """Text filter on id and name, and optionally only partners with a risk.

    It asks Python about every partner, so the table shows it only while a filter is on
    (about 50 ms for 10,000 partners, on each change); sorting is the dashboard model's.
    """

    def __init__(self) -> None:
        super().__init__()
        self.at_risk_only = False
        self.needle = ""

    def set_filter(self, needle: str, at_risk_only: bool) -> None:
        self.needle, self.at_risk_only = needle.lower(), at_risk_only
        self.invalidate()  # invalidateFilter is deprecated from Qt 6.10

    @property
    def filtering(self) -> bool:
        return bool(self.needle or self.at_risk_only)

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        row = self.sourceModel().rows[source_row]  # type: ignore[attr-defined]
        if self.at_risk_only and not row.risks:
            return False
        return (
            not self.needle
            or self.needle in row.partner_id.lower()
            or self.needle in row.name.lower()
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


NO_EXPERT = QT_TRANSLATE_NOOP("DashboardView", "⚠ no expert")


class UnstaffedMarks(QIdentityProxyModel):
    """The agenda, with IEM events that have no expert marked in the Expert column."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == AGENDA_EXPERT:
            entry = super().data(index, ENTRY_ROLE)
            if entry is not None and needs_expert(entry):
                if role == Qt.ItemDataRole.DisplayRole:
                    return QCoreApplication.translate("DashboardView", NO_EXPERT)
                if role == Qt.ItemDataRole.ForegroundRole:
                    return theme.colour(theme.DANGER)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return QCoreApplication.translate(
                        "DashboardView",
                        "No expert is assigned to this IEM event yet: open it "
                        "from Requests to staff it",
                    )
        return super().data(index, role)


class EarlyDashboard:
    """The dashboard's first read of a team database, started as the window begins to be
    built instead of once it is.

    The read is mostly a wait for the server (a third of a second at 10,000 partners);
    building the window (menus, views, a first paint: 40-90 ms) used to come before the
    wait and now happens during it. The answer arrives in the GUI thread as any read's
    does (``JobRunner``); the view takes it in ``refresh`` or ``confirm`` (``take``) if
    it is still for the same database, day and calendar, and nothing has been written
    since (``AppContext.changed`` forgets it)."""

    def __init__(self, context: AppContext, db: Database, calendar: str) -> None:
        self._for = (db, context.today, calendar)
        self._answer: tuple[bool, Any] | None = None  # (read, the rows or the problem)
        self._then: tuple[Callable[[FreshDashboard], None], Callable[[Any], None]] | None = None
        self._view: DashboardView | None = None  # the view that shows it (``then``)
        self._release_collector = collector_held()  # let go of once shown (_hand_over)
        today = context.today
        context.jobs.start(
            lambda progress: compute_dashboard(db, today, calendar, UPCOMING_DAYS),
            lambda computed: self._arrived(True, computed),
            lambda problem: self._arrived(False, problem),
        )

    @staticmethod
    def take(context: AppContext, db: Database, calendar: str) -> EarlyDashboard | None:
        """The early read for this database, day and calendar, once; None if there is
        none (or it was for another)."""
        early, context.early_dashboard = context.early_dashboard, None
        if isinstance(early, EarlyDashboard) and early._for == (db, context.today, calendar):
            return early
        return None

    def then(
        self,
        view: DashboardView,
        done: Callable[[FreshDashboard], None],
        failed: Callable[[Any], None],
    ) -> None:
        """Hand the answer to ``done`` (or the problem to ``failed``) in the GUI thread,
        now if it has arrived, else when it does; ``view`` shows it."""
        self._view = view
        self._then = (done, failed)
        if self._answer is not None:
            self._hand_over()

    def forget(self) -> None:
        """Nobody will take this read (something was written, the window opened on
        another view or is closing): the collector need not wait for its paint."""
        self._release_collector()

    def _arrived(self, read: bool, value: Any) -> None:
        self._answer = (read, value)
        if self._then is not None:
            self._hand_over()
        else:  # not asked for yet: no paint to keep the collector's pass out of
            self._release_collector()

    def _hand_over(self) -> None:
        assert self._answer is not None and self._then is not None
        (read, value), (done, failed) = self._answer, self._then
        self._then = None
        try:
            if read:
                done(value)
            else:
                failed(value)
        finally:
            if self._view is not None and shiboken6.isValid(self._view):
                self._view.release_with_the_save(self._release_collector)
            else:
                self._release_collector()


def _call_each(functions: list[Callable[[], None]]) -> None:
    while functions:
        functions.pop()()


class DashboardView(QWidget):
    loaded = Signal()
    confirmed = Signal()  # the live dashboard, read behind a saved one, was the same

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._unsaved: FreshDashboard | None = None  # shown, saved a moment later
        # See release_with_the_save; a view gone before its save lets go of them all.
        releases: list[Callable[[], None]] = []
        self._collector_releases = releases
        self.destroyed.connect(lambda *_: _call_each(releases))
        # A moment after the rows are shown: their paint, and what the user does next
        # (scroll, open a view), do not share the interpreter with the save; closing the
        # window saves it at once.
        self._saver = QTimer(self, singleShot=True, interval=SAVE_AFTER_SHOWING_MS)
        self._saver.timeout.connect(self._save_when_due)
        self.ui = embed(self, "dashboard_view")
        self.model = DashboardModel()
        self.proxy = AtRiskFilter()
        self.proxy.setSourceModel(self.model)
        table = self.ui.partnersTable
        table.setModel(self.model)
        table.setItemDelegateForColumn(IEM_DAYS, AllowanceBarDelegate(table))
        table.setItemDelegateForColumn(SESSIONS, AllowanceBarDelegate(table))
        header = self._header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.installEventFilter(self)  # its width is the table's (see eventFilter)
        table.verticalHeader().hide()
        table.doubleClicked.connect(self._open_partner)
        self.upcoming = AgendaModel()
        self.upcoming_marked = UnstaffedMarks()
        self.upcoming_marked.setSourceModel(self.upcoming)
        self.ui.upcomingTable.setModel(self.upcoming_marked)
        offer_request_window(context, self.ui.upcomingTable)  # to staff an IEM event
        self.ui.upcomingTable.verticalHeader().hide()
        upcoming_header = self.ui.upcomingTable.horizontalHeader()
        upcoming_header.setStretchLastSection(True)
        # Set widths, not fitted to the text: measuring the rows cost each load ~10 ms.
        for column, width in enumerate((165, 185, 60, 170, 250, 110, 80)):
            upcoming_header.resizeSection(column, width)
        self.ui.splitter.setSizes([560, 260])
        self.ui.partnerFilter.textChanged.connect(self._filter)
        self.ui.atRiskOnly.toggled.connect(self._filter)
        header_row = self.ui.root.findChild(QHBoxLayout, "headerRow")
        if header_row is not None:  # the summary takes the room the header row has
            header_row.setStretchFactor(self.ui.summary, 1)
        self._reads_asked = 0  # see _next_read
        self._summary = ""  # the summary line of the rows shown
        self._saved_at: str | None = None  # the time a saved copy shown, not yet checked, has
        self._say(self.tr("Loading…"))  # the window paints before the data is read

    def _say(self, summary: str) -> None:
        from engagements.gui.banner import show_one_line

        show_one_line(self.ui.summary, summary)  # elided on a small screen, whole in a tip

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The columns follow the table's own width, not the view's: when the window first
        # shows, the view is resized before its table is laid out, and fitting then left
        # the columns at their narrowest on a large screen. The table lays its heading row
        # out as wide as the rows' viewport, whenever that changes; the heading row is
        # watched rather than the viewport itself, a plain widget made by Qt, which PySide
        # would look up among every QtWidgets class at the start (some 12 ms).
        if event.type() == QEvent.Type.Resize and watched is self._header:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """On a small screen the name and bar columns give way, so Risks stays in view."""
        room = self._header.width() - RISKS_ROOM
        wide = sum(COLUMN_WIDTHS.values())
        spare = sum(COLUMN_WIDTHS[c] - NARROWER[c] for c in NARROWER)
        cut = min(max(wide - room, 0), spare)
        header = self._header
        for column, narrowest in NARROWER.items():
            share = (COLUMN_WIDTHS[column] - narrowest) / spare
            header.resizeSection(column, round(COLUMN_WIDTHS[column] - cut * share))

    def refresh(self) -> None:
        db, today = self.context.db, self.context.today
        self._say(self.tr("Loading…"))

        calendar = self.context.default_calendar
        asked = self._next_read()

        def done(computed: FreshDashboard) -> None:
            self._show_if_latest(asked, computed.rows, computed.upcoming)
            self._save_for_next_start(computed)

        early = EarlyDashboard.take(self.context, db, calendar)
        if early is not None:
            early.then(self, done, self._read_failed)
        else:
            self._load_holding_the_collector(
                lambda: compute_dashboard(db, today, calendar, UPCOMING_DAYS), done
            )

    def _load_holding_the_collector(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        """Read as ``AppContext.load`` does, the cyclic collector held back until the
        answer has been shown (``collector_held``)."""
        release = collector_held()

        def reading(progress: object) -> T:
            try:
                return work()
            except BaseException:
                release()
                raise

        def shown(answer: T) -> None:
            try:
                done(answer)
            finally:
                self.release_with_the_save(release)

        self.context.load(reading, shown, self, self._read_failed)

    def _read_failed(self, problem: Any) -> None:
        """A read's problem, told as any read's is (``AppContext.show_problem``); the
        summary stops saying "Loading…" or "checking" and says what the rows shown are."""
        if not shiboken6.isValid(self):
            return
        self.context.show_problem(self, problem)
        if not self._summary:
            self._say(self.tr("The dashboard could not be read."))
        elif self._saved_at is not None:
            self._say(
                self.tr("As saved at {time}, could not check for changes · {summary}").format(
                    summary=self._summary, time=self._saved_at
                )
            )
        else:
            self._say(self.tr("Could not be read again · {summary}").format(summary=self._summary))

    def _save_for_next_start(self, computed: FreshDashboard) -> None:
        """Save the dashboard for the next start a moment after its rows are shown: their
        paint, and what the user does first, need not share the interpreter with writing
        10,000 rows."""
        self._unsaved = computed  # saved by the timer, or at once if the window closes
        if self.isVisible():
            self._saver.start()
        else:
            self._save_when_due()

    def _save_when_due(self) -> None:
        computed, self._unsaved = self._unsaved, None
        if computed is not None:
            self.context.jobs.start_unwatched(computed.save)
        _call_each(self._collector_releases)

    def release_with_the_save(self, release: Callable[[], None]) -> None:
        """Let the cyclic collector go on when the rows just shown are saved (a moment
        after their paint, ``_save_for_next_start``): its first pass over the objects of
        a read (a sixtieth of a second for 10,000 rows) then keeps out of the paint, as
        the save does."""
        if self._saver.isActive():
            self._collector_releases.append(release)
        else:  # nothing waiting to be saved (a hidden window saves at once): now
            release()

    def save_now(self) -> None:
        """Start saving a dashboard still waiting to be saved (the window is closing)."""
        self._saver.stop()
        self._save_when_due()

    def _next_read(self) -> int:
        # Reads run off the GUI thread and may answer out of order: a slower check of the
        # saved copy (confirm) must not put older rows back over a refresh that followed
        # an edit. Each read is numbered and only the latest one asked is shown.
        self._reads_asked += 1
        return self._reads_asked

    def _show_if_latest(
        self, asked: int, rows: Sequence[DashboardRow], upcoming: Sequence[CalendarEntry]
    ) -> None:
        if asked == self._reads_asked:
            self._show(rows, upcoming)

    def show_saved(self, saved: SavedDashboard) -> None:
        """The dashboard saved at the last load, drawn before the database is open. An
        embedded file's is what the file holds; a team's may be older than the database
        (others write to it), so the summary says when it was saved until the live one
        has been read (``confirm``, which says it is checking, or a refresh)."""
        self._show(saved.rows, saved.upcoming, saved.at_risk, saved.unstaffed)
        if not saved.exact:
            self._saved_at = f"{saved.saved_at.astimezone():%H:%M}"
            self._say(
                self.tr("As saved at {time} · {summary}").format(
                    summary=self._summary, time=self._saved_at
                )
            )

    def confirm(self, saved: SavedDashboard) -> None:
        """Read the live dashboard behind the saved one shown, and show it only if it
        differs (the comparison too is made off the GUI thread)."""
        if self._saved_at is not None:
            self._say(
                self.tr("As saved at {time}, checking for changes… · {summary}").format(
                    summary=self._summary, time=self._saved_at
                )
            )
        db, today = self.context.db, self.context.today
        calendar = self.context.default_calendar

        def same_as_saved(computed: FreshDashboard) -> bool:
            return list(saved.rows) == computed.rows and list(saved.upcoming) == computed.upcoming

        def work() -> tuple[FreshDashboard, bool]:
            computed = compute_dashboard(db, today, calendar, UPCOMING_DAYS)
            return computed, same_as_saved(computed)

        asked = self._next_read()

        def done(answer: tuple[FreshDashboard, bool]) -> None:
            computed, same = answer
            if same:
                if asked == self._reads_asked:  # no longer "as saved at": it is the live one
                    self._saved_at = None
                    self._say(self._summary)
                self.confirmed.emit()
            else:
                self._show_if_latest(asked, computed.rows, computed.upcoming)
            self._save_for_next_start(computed)

        early = EarlyDashboard.take(self.context, db, calendar)
        if early is not None:  # compared here: the rows are already in memory
            early.then(
                self, lambda computed: done((computed, same_as_saved(computed))), self._read_failed
            )
        else:
            self._load_holding_the_collector(work, done)

    def _show(
        self,
        rows: Sequence[DashboardRow],
        upcoming: Sequence[CalendarEntry],
        at_risk: int | None = None,
        unstaffed: int | None = None,
    ) -> None:
        """The rows and the upcoming engagements; the counts the summary line gives are
        worked out from them unless given (a saved dashboard keeps them, so a start need
        not parse every saved engagement to paint the first screenful)."""
        self.model.set_rows(rows)
        self.ui.partnersTable.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.upcoming.set_entries(upcoming)
        if at_risk is None:
            at_risk = sum(1 for r in rows if r.risks)
        if unstaffed is None:
            unstaffed = sum(1 for entry in upcoming if needs_expert(entry))
        unstaffed_note = (
            self.tr(" ({count} IEM without an expert)").format(count=unstaffed) if unstaffed else ""
        )
        self._summary = self.tr(
            "{partners} partners · {at_risk} at risk · {upcoming} engagements in "
            "the next two weeks{unstaffed} · today {today}"
        ).format(
            partners=local_number(len(rows)),
            at_risk=local_number(at_risk),
            upcoming=len(upcoming),
            unstaffed=unstaffed_note,
            today=local_date(self.context.today),
        )
        self._saved_at = None
        self._say(self._summary)
        self.loaded.emit()

    def _filter(self) -> None:
        """Show the filter while one is on; otherwise the table reads the model itself."""
        self.proxy.set_filter(self.ui.partnerFilter.text(), self.ui.atRiskOnly.isChecked())
        table = self.ui.partnersTable
        wanted = self.proxy if self.proxy.filtering else self.model
        if table.model() is not wanted:
            replaced = table.selectionModel()
            table.setModel(wanted)
            replaced.deleteLater()  # the view makes a new one and leaves the old to us

    def _open_partner(self, index: object) -> None:
        row = index.data(ROW_ROLE)  # type: ignore[attr-defined]
        if row is not None:
            self.context.navigate.emit("partner", row.partner_id)
