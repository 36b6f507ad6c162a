"""Hand-off points for the request forms and holiday imports (filled in by their owners).

The menus already call these: File > Import form…, File > Export forms… and
Tools > Import holiday schedule…. Each receives the main window (for its context:
``window.context.db``, ``window.context.today``, ``window.context.jobs`` for work off the
GUI thread) and should end with ``window.context.changed.emit()`` after a write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from engagements.gui.main_window import MainWindow


def _not_yet(window: MainWindow, what: str, command: str) -> None:
    QMessageBox.information(window, what, f"{what} is not available in the window yet; "
                            f"use the command line meanwhile:\n\n{command}")


def import_form(window: MainWindow) -> None:
    """Review a returned request form and record what it asks for (forms engineer)."""
    _not_yet(window, "Importing a request form", "engagements form import FILE.pdf")


def export_forms(window: MainWindow) -> None:
    """Export fillable request forms for one or more partners (forms engineer)."""
    _not_yet(window, "Exporting request forms",
             "engagements form export --partner ID --out FILE.pdf")


def import_holiday_schedule(window: MainWindow) -> None:
    """Preview and load an official holiday schedule (iCalendar) (calendars engineer)."""
    _not_yet(window, "Importing a holiday schedule",
             "engagements holidays import FILE.ics --calendar CODE")
