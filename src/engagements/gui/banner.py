"""A one-line notice: its text elided to the width it has, the whole text as a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class _Elider(QObject):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.full = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and isinstance(watched, QLabel):
            fit(watched, self.full)
        return False


def fit(label: QLabel, text: str) -> None:
    if not label.isVisible():  # not laid out yet: its width means nothing; resized later
        label.setText(text)
        return
    room = label.width() - 2 * label.margin() - 4
    label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(room, 40)))


def show_one_line(label: QLabel, text: str) -> None:
    """Show ``text`` on one line in ``label``, however narrow the window gets."""
    elider = label.findChild(_Elider)
    if elider is None:
        elider = _Elider(label)
        label.installEventFilter(elider)
        label.setWordWrap(False)
        # Ignored width: a long notice never widens the window; fixed height: one line.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    elider.full = text
    label.setToolTip(text)
    fit(label, text)
