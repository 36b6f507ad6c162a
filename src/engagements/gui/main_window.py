"""The main window: navigation on the left, one view at a time, menus, search and status.

The window can be built and painted before its database is open: a start draws the
dashboard that its ``FastStart`` hands it, if any, and opens the database behind it
(``open_in_background``). Until then the views other than the dashboard stay unbuilt,
and every action that needs the database is off, saying why. What makes a saved
dashboard current is the fast start's business: the window paints what it is given,
reads the dashboard again when the fast start says the copy is not exact, and tells it
when the data may have changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QListWidgetItem, QToolBar, QWidget

from engagements.gui import theme
from engagements.gui.actions import build_menus, explain_refusal
from engagements.gui.context import STILL_OPENING, AppContext
from engagements.gui.form_drops import accept_form_drops
from engagements.gui.forms import Form, load_form
from engagements.gui.preferences import Preferences
from engagements.gui.search import SearchBox
from engagements.gui.view_shelf import VIEWS, ViewShelf, view_title
from engagements.gui.window import Window

if TYPE_CHECKING:
    from engagements.services.database import Database
    from engagements.services.fast_start import FastStart, SavedDashboard

__all__ = ["VIEWS", "MainWindow", "Workspace", "open_workspace"]

DASHBOARD_SAVE_DELAY_MS = 3000  # after the last edit, before saving the dashboard again


@dataclass
class Workspace:
    """What the window works on: the database (None while it is being opened, from
    ``url``) and the application's today."""

    database: Database | None
    today: date
    url: str = ""
    read_only: bool = False


def open_workspace(url: str, read_only: bool, today: date, fill_demo_if_empty: bool) -> Workspace:
    from engagements.services.database import Database

    # Three connections: the window reads in several threads at once (the dashboard's
    # partners in two statements and its upcoming engagements; a view and its filters).
    loading = (
        None
        if _embedded_file(url)
        else _load_dashboard_code_while_opening(url, today, Preferences().default_calendar)
    )
    database = Database.open(url, read_only=read_only, connections=3)
    if loading is not None:
        loading.join()
        # The login's team role (and the data revision read with it) is part of opening
        # a team database: looked up now (once per database), it is known before the
        # window is built, whose first read of the dashboard then never waits for it.
        from engagements.services.permissions import team_member

        team_member(database)
    if fill_demo_if_empty and not read_only:
        from engagements.services.demo import fill_demo_if_empty as fill

        fill(database, today)
    return Workspace(database, today, url, read_only)


def _load_dashboard_code_while_opening(
    url: str, today: date, calendar_code: str | None
) -> threading.Thread:
    """Load the code of the dashboard's first read (the services, the tables' mappings,
    the working calendars) and compile its statements while a team database opens.

    Opening a server across a network is a score of round trips, a second spent waiting
    on the link with the interpreter free; done then, that work (a tenth of a second of
    loading, 40 ms of compiling) is no longer done at the start of the dashboard's first
    read, where it held the read back and the first paint with it. An embedded file
    opens without waiting on anything, so it loads the code when the dashboard asks for
    it."""

    def load() -> None:
        from sqlalchemy.orm import configure_mappers

        from engagements.services.fast_start import prepare_team_dashboard

        configure_mappers()
        try:
            prepare_team_dashboard(url, today, calendar_code)
        except Exception:  # noqa: BLE001  (only a speed-up: the read compiles them itself)
            import logging

            logging.getLogger(__name__).warning(
                "could not prepare the dashboard's statements", exc_info=True
            )

    thread = threading.Thread(target=load, name="load-dashboard-code", daemon=True)
    thread.start()
    return thread


def _read_only_reason(
    database: Database, team_reason: str | None, preferences: Preferences
) -> str | None:
    if database.read_only:
        return QCoreApplication.translate(
            "MainWindow", "the database is open read only (--read-only)"
        )
    if team_reason:
        return team_reason
    if preferences.role == "tam":
        return QCoreApplication.translate(
            "MainWindow", "your role is technical account manager, who reviews and does not change"
        )
    return None


def _team_read_only_reason(database: Database) -> str | None:
    """On a team database the login's role decides, whatever the user's preference says."""
    from engagements.services import permissions

    member = permissions.team_member(database)
    if not member.team_mode or member.may(permissions.ASM):
        return None
    role = (
        QCoreApplication.translate("MainWindow", "technical account manager")
        if member.role == permissions.TAM
        else QCoreApplication.translate("MainWindow", "no team role")
    )
    return QCoreApplication.translate(
        "MainWindow",
        "{login} has {role} ({why}) on this team database: reviewing only, nothing can be changed",
    ).format(login=member.login, role=role, why=member.why)


def _embedded_file(url: str) -> str | None:
    """The file an embedded-database URL names as people type it; None for a server."""
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix) and url[len(prefix) :] not in ("", ":memory:"):
            return url[len(prefix) :].split("?", 1)[0]
    return None


def _sqlite_path(database: str) -> str:
    """A database file as people type it: a read-only open names it as an encoded URI
    (``file:/path%20x.db?mode=ro``), which is no path."""
    if database.startswith("file:"):
        from urllib.parse import unquote

        return unquote(database.removeprefix("file:").split("?", 1)[0])
    return database


def _only_logged(problem: BaseException) -> None:
    import logging

    logging.getLogger(__name__).warning(
        "saving the dashboard for the next start failed", exc_info=problem
    )


class MainWindow(Window):
    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings | None = None,
        start: FastStart | None = None,
        reads_dashboard_first: bool = True,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.preferences = Preferences(settings)
        self.context = AppContext(
            None, workspace.today, default_calendar=self.preferences.default_calendar or None
        )
        if reads_dashboard_first:
            self._read_dashboard_early(workspace.database)
        self.setWindowTitle(self.tr("Engagements"))
        self.setWindowIcon(theme.icon("app"))
        self.ui = Form(load_form("main_window"))
        self.setCentralWidget(self.ui.root)
        self._loaded: set[str] = set()  # views whose data has arrived at least once
        self.views = ViewShelf(self.context, self.ui.views, self._view_built)
        self._add_navigation()
        self._stale = set(VIEWS)
        self.editing_actions: list[QAction] = []
        self.actions_by_name = build_menus(self)
        self._add_toolbar()
        # PDF forms dropped on the window, or opened with it, open the import review
        self.form_drops = accept_form_drops(self)
        self.context.changed.connect(self._data_changed)
        self.context.navigate.connect(self.navigate)
        self.context.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.ui.navigation.currentRowChanged.connect(self._switch_to)
        self._restore_layout()
        # A window made without a start (the tests, the benchmarks' probes) paints nothing
        # saved; it only tells a start of its own when its data may have changed.
        self._paints_saved = start is not None
        if start is None:
            from engagements.services.fast_start import FastStart

            start = FastStart(workspace.url, workspace.today)
        self._start = start
        self._saved = (
            start.dashboard_before_opening()
            if workspace.database is None and self._paints_saved
            else None
        )
        # A saved dashboard that may be older than it says: read again once painted.
        self._unconfirmed: SavedDashboard | None = None
        self.rechecks_saved_dashboard = True  # a one-paint picture (--screenshot) does not
        self.remembers_layout = True  # the next start opens with this size and splitter
        # After edits made in another view, the fast start hears of it (once the edits
        # pause), so the next start can still draw the dashboard at once.
        self._dashboard_saver = QTimer(self, singleShot=True, interval=DASHBOARD_SAVE_DELAY_MS)
        self._dashboard_saver.timeout.connect(self._save_dashboard)
        # chosen while the database was opening: (action, what it runs) by the action's text
        self._after_opening: dict[str, tuple[QAction, Callable[[], object]]] = {}
        self._opened_in_background: Database | None = None
        if self._saved is not None:
            self._show_saved(self._saved)
        if workspace.database is None:
            self._wait_for_database()
        else:
            if self._paints_saved:
                self._show_saved(start.dashboard_once_open(workspace.database))
            self.attach(workspace.database, _team_read_only_reason(workspace.database))

    def _read_dashboard_early(self, database: Database | None) -> None:
        """A team database already open: start the dashboard's read before the window is
        built, which then happens while the server works (``EarlyDashboard``). An
        embedded file is read without waiting on anything: nothing to overlap."""
        if database is None or database.is_sqlite:
            return
        from engagements.gui.dashboard_view import EarlyDashboard

        calendar = self.context.calendar_for(database)
        self.context.early_dashboard = EarlyDashboard(self.context, database, calendar)

    def _show_saved(self, saved: SavedDashboard | None) -> None:
        if saved is None:
            return
        self.views["dashboard"].show_saved(saved)  # type: ignore[attr-defined]
        self._stale.discard("dashboard")
        self._loaded.add("dashboard")
        self._unconfirmed = None if saved.exact else saved

    def _wait_for_database(self) -> None:
        self.ui.readOnlyBanner.hide()  # until the database says whether edits are allowed
        self.statusBar().showMessage(self._database_label())

    def when_open(self, action: QAction, slot: Callable[[], object]) -> None:
        """Run ``slot`` now, or, while the database is still opening, as soon as it is
        open (a shortcut pressed in the first second is not lost) and if ``action`` is
        still allowed then (a read-only database or a reviewer's role switches edits off)."""
        if self.context.is_open:
            slot()
            return
        self._after_opening[action.text()] = (action, slot)
        self.statusBar().showMessage(
            self.tr("{action}: waiting, {why}…").format(
                action=action.text().replace("&", "").rstrip("…"),
                why=QCoreApplication.translate("AppContext", STILL_OPENING),
            )
        )

    def open_in_background(self, fill_demo_if_empty: bool) -> None:
        """Open the workspace's database off the GUI thread (migrating it, and on a first
        start filling the demo), then attach it; a database that cannot be opened is
        explained and the application ends with the command line's exit code."""
        url, read_only, today = self.workspace.url, self.workspace.read_only, self.context.today
        start = self._start if self._paints_saved else None

        def work(progress: object) -> tuple[Database, str | None, SavedDashboard | None]:
            database = open_workspace(url, read_only, today, fill_demo_if_empty).database
            assert database is not None
            self._opened_in_background = database  # closed at exit even if never attached
            saved = start.dashboard_once_open(database) if start is not None else None
            return database, _team_read_only_reason(database), saved

        self.context.jobs.start(work, lambda answer: self.attach(*answer), self._not_opened)

    def close_database(self, wait_ms: int) -> None:
        """Once the window is done: stop what can stop, let the rest finish (up to
        ``wait_ms``), then close the database. An SQLite file then has its write-ahead log
        folded in, so the file alone (copied, backed up, mailed) holds every change."""
        from PySide6.QtCore import QThreadPool

        self.context.jobs.cancel_all()
        self.context.forget_early_dashboard()
        if self.views.is_built("dashboard"):  # one shown but not yet saved is saved now
            self.views["dashboard"].save_now()  # type: ignore[attr-defined]
        QThreadPool.globalInstance().waitForDone(wait_ms)
        database = self.workspace.database or self._opened_in_background
        if database is not None:
            database.engine.dispose()

    def _not_opened(self, problem: BaseException) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from engagements.gui.problems import message_for

        QMessageBox.critical(self, self.tr("Cannot open the database"), message_for(problem))
        QApplication.exit(int(getattr(problem, "exit_code", 1)))

    def attach(
        self, database: Database, team_reason: str | None, saved: SavedDashboard | None = None
    ) -> None:
        """The database is open: switch on what needs it, and read what is out of date.

        ``team_reason`` is why a team login may only review (None when it may edit);
        ``saved`` is the dashboard the fast start found current once it was open (None:
        read it)."""
        was_waiting = self.workspace.database is None
        self.workspace.database = database
        self.context.attach(database, _read_only_reason(database, team_reason, self.preferences))
        self._show_read_only()
        self.statusBar().showMessage(self._database_label())
        if not was_waiting:
            return
        if saved is None:
            self._stale.add("dashboard")  # changed by another program since the start
        elif saved is not self._saved:
            self._show_saved(saved)  # a team database: known only once the role is
        self._saved = None  # the dashboard's models keep what they show
        self._switch_to(self.ui.navigation.currentRow())
        waiting, self._after_opening = self._after_opening, {}
        for action, slot in waiting.values():
            if action.isEnabled():
                slot()
            else:
                self.statusBar().showMessage(
                    self.tr("{action}: {why}").format(
                        action=action.text().replace("&", ""),
                        why=action.toolTip() or self.tr("not available"),
                    ),
                    8000,
                )
        if self.search.text():  # typed while the database was opening
            self.search.run_search()

    def _database_label(self) -> str:
        if self.workspace.database is not None:
            url = self.workspace.database.engine.url
            if url.get_backend_name() == "sqlite" and url.database:
                return _sqlite_path(url.database)
            return url.render_as_string(hide_password=True)
        # An embedded file is named as it will be once open; a team URL may hold a password.
        file = _embedded_file(self.workspace.url)
        return file if file else self.tr("Opening the database…")

    def _add_navigation(self) -> None:
        for name in VIEWS:
            item = QListWidgetItem(theme.icon(name), view_title(name))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{view} view").format(view=view_title(name)),
            )
            self.ui.navigation.addItem(item)

    def _view_built(self, name: str, view: QWidget) -> None:
        view.loaded.connect(lambda: self._view_loaded(name))  # type: ignore[attr-defined]
        if name == "calendar":  # its filters are remembered with the window's layout
            view.remember_in(self.preferences.settings)  # type: ignore[attr-defined]
        if name == "partners":
            view.report_refused.connect(  # type: ignore[attr-defined]
                lambda why: explain_refusal(self.actions_by_name["service_report"], why)
            )

    def _view_loaded(self, name: str) -> None:
        if name not in self._loaded:
            self._loaded.add(name)
            self.statusBar().showMessage(self._database_label())

    def has_loaded(self, name: str) -> bool:
        """Whether the view's data has been shown at least once (a screenshot waits for it)."""
        return name in self._loaded

    def _add_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for name in ("new_iem", "book_session", "undo", "redo", "refresh"):
            toolbar.addAction(self.actions_by_name[name])
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        self.search = SearchBox(self.context)
        self.search.chosen.connect(self.navigate)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

    def _show_read_only(self) -> None:
        reason = self.context.read_only_reason
        self.ui.readOnlyBanner.setVisible(reason is not None)
        if reason:
            from engagements.gui.banner import show_one_line

            show_one_line(
                self.ui.readOnlyBanner,
                self.tr(
                    "Read only: {reason}. Editing is switched off; you can look, search, print "
                    "and export."
                ).format(reason=reason),
            )
            self.ui.readOnlyBanner.setStyleSheet(
                f"background: {theme.tint(theme.HOLIDAY_TINT).name()};"
            )
            self.context.guard(*self.editing_actions)
            self.context.undo_stack.setActive(False)

    def show_view(self, name: str) -> None:
        self.ui.navigation.setCurrentRow(VIEWS.index(name))
        self._switch_to(VIEWS.index(name))

    def open_on(self, name: str) -> None:
        """At start: put ``name`` in front without reading its data yet, so the window can
        paint first; ``load_current`` then reads it off the GUI thread."""
        self.ui.navigation.blockSignals(True)
        self.ui.navigation.setCurrentRow(VIEWS.index(name))
        self.ui.navigation.blockSignals(False)
        self._put_in_front(name)
        if name in self._stale:
            self.statusBar().showMessage(self.tr("Loading {view}…").format(view=view_title(name)))

    def _put_in_front(self, name: str) -> None:
        if self.context.is_open or name == "dashboard":
            self.ui.views.setCurrentWidget(self.views[name])
        else:  # built once the database is open (building may read it)
            self.ui.views.setCurrentIndex(VIEWS.index(name))

    def load_current(self) -> None:
        name = self.current_view_name()
        if name != "dashboard":  # opened on another view: the early read is not wanted
            self.context.forget_early_dashboard()
        if name in self._stale and self.context.is_open:
            self._stale.discard(name)
            self._unconfirmed = None if name == "dashboard" else self._unconfirmed
            self.views[name].refresh()  # type: ignore[attr-defined]
        elif (
            name == "dashboard"
            and self._unconfirmed is not None
            and self.context.is_open
            and self.rechecks_saved_dashboard
        ):
            # Painted from a copy that may be older than it says: read the live dashboard
            # behind it, and replace it only if different.
            saved, self._unconfirmed = self._unconfirmed, None
            self.views["dashboard"].confirm(saved)  # type: ignore[attr-defined]

    def current_view_name(self) -> str:
        return VIEWS[self.ui.views.currentIndex()]

    def _switch_to(self, row: int) -> None:
        self._put_in_front(VIEWS[row])
        self.load_current()

    def refresh_current(self) -> None:
        self.views[self.current_view_name()].refresh()  # type: ignore[attr-defined]

    def _data_changed(self) -> None:
        # Reload the view in front now and the others when they are next shown.
        self._stale = set(VIEWS) - {self.current_view_name()}
        self.refresh_current()
        if self.current_view_name() != "dashboard":  # in front, its reload saves it
            self._dashboard_saver.start()

    def _save_dashboard(self) -> None:
        if not self.context.is_open:
            return
        db, calendar, start = self.context.db, self.context.default_calendar, self._start
        self.context.jobs.start(
            lambda progress: start.data_may_have_changed(db, calendar),
            lambda _answer: None,
            _only_logged,
        )  # only a speed-up: never a bother

    def navigate(self, kind: str, identifier: str) -> None:
        """Show a partner in Partners, or a request alone in Requests."""
        if kind == "partner":
            self.show_view("partners")
            self.views["partners"].select_partner(identifier)
        else:
            self.show_view("requests")
            self.views["requests"].show_only(kind, int(identifier))

    def review_forms_when_open(self, paths: list[Path]) -> None:
        """Review returned forms named at the start, once the database is open."""
        self.form_drops.take_when_open(paths)

    def come_forward(self, forms: list[Path]) -> None:
        """Another start of Engagements on this database: come to the front, and review
        the forms it was asked to open."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if forms:
            self.review_forms_when_open(forms)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_settings(self) -> None:
        from engagements.gui.settings_dialog import SettingsDialog

        SettingsDialog(self.preferences, self).exec()

    def export_calendar(self) -> None:
        """File > Export calendar (.ics), starting from the Calendar view's filters."""
        from engagements.gui.ics_export_dialog import IcsExportDialog

        IcsExportDialog(self.context, self, self.views["calendar"].current_filter()).open()

    def service_report(self) -> None:
        """File > Service report, for the partner chosen in the Partners view."""
        self.show_view("partners")
        self.views["partners"].service_report()

    def open_working_calendars(self) -> None:
        from engagements.gui.working_calendars_dialog import WorkingCalendarsDialog

        WorkingCalendarsDialog(self.context, self).open()

    def _restore_layout(self) -> None:
        settings = self.preferences.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/splitter")
        if isinstance(state, QByteArray):
            self.ui.splitter.restoreState(state)
        else:
            self.ui.splitter.setSizes([170, 1230])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.remembers_layout:
            super().closeEvent(event)
            return
        settings = self.preferences.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.ui.splitter.saveState())
        settings.setValue("window/view", self.current_view_name())
        super().closeEvent(event)
