"""What the menus, the form exchange and form drops ask of the main window.

``main_window`` builds the menus (``actions``) and accepts dropped forms (``form_drops``),
which hand files to ``exchange``; those three name the window by this class rather than
by ``MainWindow``, so none of them imports the module that imports them. ``MainWindow``
is the one subclass and implements every method below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from engagements.gui.context import AppContext
    from engagements.gui.view_shelf import ViewShelf


class Window(QMainWindow):
    """The main window as its menus and form exchange see it."""

    context: AppContext
    views: ViewShelf
    editing_actions: list[QAction]

    def when_open(self, action: QAction, slot: Callable[[], object]) -> None:
        """Run ``slot`` now, or as soon as the database is open."""
        raise NotImplementedError

    def show_view(self, name: str) -> None:
        raise NotImplementedError

    def refresh_current(self) -> None:
        raise NotImplementedError

    def focus_search(self) -> None:
        raise NotImplementedError

    def open_settings(self) -> None:
        raise NotImplementedError

    def open_working_calendars(self) -> None:
        raise NotImplementedError

    def export_calendar(self) -> None:
        raise NotImplementedError

    def service_report(self) -> None:
        raise NotImplementedError
