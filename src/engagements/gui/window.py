"""What the menus, the form exchange and form drops ask of the main window.

``main_window`` builds the menus (``actions``) and accepts dropped forms (``form_drops``),
which hand files to ``exchange``; those three name the window by this protocol rather
than by ``MainWindow``, so none of them imports the module that imports them.
``MainWindow`` satisfies it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenuBar

    from engagements.gui.context import AppContext
    from engagements.gui.view_shelf import ViewShelf


class Window(Protocol):
    """The main window as its menus and form exchange see it (a ``QMainWindow``)."""

    context: AppContext
    views: ViewShelf
    editing_actions: list[QAction]

    # Qt's own, used as the parent of dialogs and to take drops.
    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def setAcceptDrops(self, on: bool) -> None: ...
    def installEventFilter(self, watcher: QObject) -> None: ...

    # The window's commands that menus call.
    def when_open(self, action: QAction, slot: Callable[[], object]) -> None: ...
    def show_view(self, name: str) -> None: ...
    def refresh_current(self) -> None: ...
    def focus_search(self) -> None: ...
    def open_settings(self) -> None: ...
    def open_working_calendars(self) -> None: ...
    def export_calendar(self) -> None: ...
    def service_report(self) -> None: ...
