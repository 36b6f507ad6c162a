"""What every list in the window shares: rows of one kind under a fixed set of headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from engagements.gui.labels import column_title

Index = QModelIndex | QPersistentModelIndex
# The item roles a model's ``data`` answers most, as plain numbers: it is asked several
# times for every cell painted (some 1,500 times for the dashboard's first paint), and
# ``Qt.ItemDataRole.DisplayRole`` is looked up anew at each comparison.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


class RowsTableModel(QAbstractTableModel):
    """A table over ``self.rows``; subclasses name their ``headers`` (marked with
    ``QT_TRANSLATE_NOOP("Columns", ...)``, translated when shown) and answer ``data``."""

    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: Sequence[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return column_title(self.headers[section])
        return None
