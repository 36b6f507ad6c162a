"""A list model of (label, value) pairs for combo boxes with thousands of choices.

Filling a combo box item by item costs a Python call per partner; a model over the list
answers only for the rows a popup shows. ``currentData()`` returns the value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox

Index = QModelIndex | QPersistentModelIndex


class ChoiceModel(QAbstractListModel):
    def __init__(self, choices: list[tuple[str, Any]]) -> None:
        super().__init__()
        self.choices = choices

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, value = self.choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None


def set_choices(box: QComboBox, choices: list[tuple[str, Any]]) -> None:
    """Give ``box`` these choices at once (the model is owned by the box)."""
    model = ChoiceModel(choices)
    model.setParent(box)
    box.setModel(model)
