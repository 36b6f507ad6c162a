"""Nothing typed is lost: a dialog that writes what is typed into it asks before it closes
with unsaved edits ("Discard the changes to this IEM request?").

An ``EditingDialog`` remembers the values of its input widgets once it is filled
(``remember_edits``). Every way of closing it without saving — Escape, the Cancel button,
the window's close button, Alt+F4 — reaches ``QDialog.reject`` (a close event calls it
too), so that one method asks. Nothing changed: it closes at once. Saving (``accept``) is
never asked about.

The question is shown with ``QMessageBox.open()``, not ``exec()``: no nested event loop
is left running under the dialog (an earlier version froze the window on Escape), and a
second reject while the question is up is ignored instead of asking twice.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)

QUESTION_NAME = "discardQuestion"  # the question box's objectName (tests and a11y find it)


def ask(parent: QWidget, question: str, answered: Callable[[bool], None]) -> QMessageBox:
    """Ask whether to throw the edits away; ``answered(True)`` means discard.

    Keep editing is the default and the Escape button: Enter, Escape or closing the
    question keep the work. Window-modal and without a nested event loop."""
    title = QCoreApplication.translate("Unsaved", "Unsaved changes")
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent
    )
    box.setObjectName(QUESTION_NAME)
    discard = box.addButton(
        QCoreApplication.translate("Unsaved", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard.setObjectName("discardButton")
    keep = box.addButton(
        QCoreApplication.translate("Unsaved", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    keep.setObjectName("keepEditingButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_code: int) -> None:
        chosen = box.clickedButton() is discard
        # Nothing of Python's stays hung on the box once it has answered: it is deleted
        # later, possibly with its dialog, and must not then reach into a dead dialog.
        box.finished.disconnect(finished)
        answered(chosen)

    box.finished.connect(finished)
    box.open()
    return box


def _value(widget: QWidget) -> object:
    """What a person can change in ``widget``, comparable; None for what is no input."""
    if isinstance(widget, QDateTimeEdit):  # date, time and date-time edits
        return widget.dateTime()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QGroupBox):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QAbstractButton):  # check boxes and radio buttons
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QTableWidget):
        return tuple(
            tuple(
                widget.item(r, c).text() if widget.item(r, c) else ""
                for c in range(widget.columnCount())
            )
            for r in range(widget.rowCount())
        )
    return None


def _inputs(root: QWidget, ignored: Iterable[QWidget]) -> list[QWidget]:
    skip = set(ignored)
    found = []
    for widget in root.findChildren(QWidget):
        # The line edit inside a spin box, date edit or editable combo box is read
        # through its owner; widgets of another window (a question box) are not ours.
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        if widget.window() is not root or widget in skip or _value(widget) is None:
            continue
        found.append(widget)
    return found


def snapshot(root: QWidget, ignored: Iterable[QWidget] = ()) -> list[tuple[QWidget, object]]:
    """The input widgets of ``root`` with their values now."""
    return [(widget, _value(widget)) for widget in _inputs(root, ignored)]


def changed(remembered: list[tuple[QWidget, object]]) -> bool:
    return any(
        shiboken6.isValid(widget) and _value(widget) != value for widget, value in remembered
    )


class EditingDialog(QDialog):
    """A dialog whose edits are written by a Save; closing it otherwise asks first.

    A subclass calls ``remember_edits`` once filled; showing the dialog remembers again."""

    _remembered: list[tuple[QWidget, object]] = []
    _ignored: tuple[QWidget, ...] = ()
    _asking = False

    def discard_question(self) -> str:
        """The question asked; each dialog names what it edits."""
        return QCoreApplication.translate("Unsaved", "Discard the changes?")

    def remember_edits(self, ignored: Iterable[QWidget] = ()) -> None:
        """The values now are the unchanged ones (call when filled, and after a save that
        keeps the dialog open). ``ignored``: inputs whose value is never written by Save."""
        self._ignored = tuple(ignored)
        self._remembered = snapshot(self, self._ignored)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        # The values a person first sees are the unchanged ones: callers fill some in
        # after construction (the calendar's day, a session request's start).
        if not event.spontaneous():
            self.remember_edits(self._ignored)
        super().showEvent(event)

    def has_unsaved_edits(self) -> bool:
        return changed(self._remembered)

    def reject(self) -> None:
        if self._asking:  # the question is up already: it answers, not a second one
            return
        if not self.has_unsaved_edits():
            super().reject()
            return
        self._asking = True
        dialog = weakref.ref(self)  # the question may outlive the dialog; never keeps it

        def answered(discard: bool) -> None:
            me = dialog()
            if me is None or not shiboken6.isValid(me):
                return
            me._asking = False
            # Closed meanwhile (saved, or done by the program): nothing left to close.
            if discard and me.isVisible():
                me._remembered = []  # thrown away: the close below must not ask again
                QDialog.reject(me)

        try:
            ask(self, self.discard_question(), answered)
        except Exception:
            self._asking = False  # a question that could not be asked must not lock the dialog
            raise
