"""Drop returned request forms (PDF files) onto the main window: the same review as
File > Import form… (one file), or a batch import with a summary (several)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

if TYPE_CHECKING:
    from engagements.gui.main_window import MainWindow


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

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

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


def accept_form_drops(window: MainWindow) -> FormDrops:
    """Let the window take dropped PDF forms (kept alive as the window's child)."""
    drops = FormDrops(window)
    window.setAcceptDrops(True)
    window.installEventFilter(drops)
    return drops
