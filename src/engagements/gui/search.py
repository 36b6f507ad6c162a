"""The search box (Ctrl+F / Ctrl+K): finds a partner or a request from any view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from engagements.gui.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCompleter

    from engagements.services.queries import SearchHit


class SearchBox(QLineEdit):
    chosen = Signal(str, str)  # (kind, id)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.hits: list[SearchHit] = []
        self.setPlaceholderText(self.tr("Search partners and requests  (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search partners and requests"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(320)
        self._labels = QStringListModel()
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _: self._debounce.start())
        self.returnPressed.connect(self._pick_first)

    def completer(self) -> QCompleter:
        """The list of hits under the box, made when first needed: making it with the
        window cost every start 4 ms."""
        found = super().completer()
        if found is None:
            from PySide6.QtWidgets import QCompleter

            found = QCompleter(self._labels, self)
            found.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            found.activated[str].connect(self._pick_label)
            self.setCompleter(found)
        return found

    def run_search(self) -> list[SearchHit]:
        """Ask the search service for the typed text (fast: a LIKE over names and ids)."""
        from engagements.services.queries import search

        if not self.context.is_open:  # the first second of a start: nothing to search yet
            return []
        self.hits = search(self.context.db, self.text())
        self._labels.setStringList([hit.label for hit in self.hits])
        if self.hits and self.hasFocus():
            self.completer().complete()
        return self.hits

    def choose(self, position: int) -> None:
        hit = self.hits[position]
        self.chosen.emit(hit.kind, hit.id)
        self.clear()

    def _pick_label(self, label: str) -> None:
        for position, hit in enumerate(self.hits):
            if hit.label == label:
                QTimer.singleShot(0, lambda p=position: self.choose(p))
                return

    def _pick_first(self) -> None:
        if self.completer().popup().isVisible():
            return
        if not self.hits or self._debounce.isActive():
            self._debounce.stop()
            self.run_search()
        if self.hits:
            self.choose(0)
