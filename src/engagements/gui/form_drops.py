"""Returned request forms (PDF files) handed to the main window: dropped on it, named on
the command line (a desktop's "Open with Engagements") or handed over by a second start.
One file opens the same review as File > Import form…; several import as a batch with a
summary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

if TYPE_CHECKING:
    from engagements.gui.window import Window


def dropped_forms(mime: QMimeData) -> list[Path]:
    """The local PDF files being dragged; empty when anything else is in the drag."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if not paths or len(paths) != len(mime.urls()):
        return []
    return paths if all(p.suffix.lower() == ".pdf" for p in paths) else []


class FormDrops(QObject):
    """An event filter on the main window that takes drops of PDF files."""

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self._waiting: list[Path] = []  # handed over while the database was still opening

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if dropped_forms(event.mimeData()) and not self.window.context.read_only:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = dropped_forms(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.take(paths)
                return True
        return False

    def take(self, paths: list[Path]) -> None:
        from engagements.gui import exchange

        exchange.review_files(self.window, paths)

    def take_when_open(self, paths: list[Path]) -> None:
        """Review ``paths`` now, or as soon as the database has opened (a form opened with
        the application arrives before the database does)."""
        if self.window.context.is_open:
            self.take(paths)
            return
        self._waiting.extend(paths)
        if len(self._waiting) == len(paths):
            self.window.context.opened.connect(self._take_waiting)

    def _take_waiting(self) -> None:
        self.window.context.opened.disconnect(self._take_waiting)
        waiting, self._waiting = self._waiting, []
        if waiting:
            self.take(waiting)


def accept_form_drops(window: Window) -> FormDrops:
    """Let the window take dropped PDF forms (kept alive as the window's child)."""
    drops = FormDrops(window)
    window.setAcceptDrops(True)
    window.installEventFilter(drops)
    return drops
