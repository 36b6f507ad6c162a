"""The requests table model: pages fetched from SQL as the person scrolls.

Only the pages scrolled to are held (200 rows each), so the list over 200,000
engagements stays small in memory; sorting and filtering ask SQL again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush

from engagements.gui import theme
from engagements.gui.table_model import Index, RowsTableModel
from engagements.services.listings import PAGE_SIZE, RequestFilter, RequestRow

KIND, ID, PARTNER, STATUS, START, END, SUBMITTED, EDITION, CALENDAR, LATE, EXPERT, TITLE = \
    range(12)
HEADERS = ("Kind", "#", "Partner", "Status", "Start", "End", "Submitted", "Edition",
           "Calendar", "Lead time", "Expert", "Event or topic")
SORT_KEYS = ("kind", "id", "partner_name", "status", "first_day", "last_day", "submitted",
             "edition", "calendar", "late", "expert", "title")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PageReader = Callable[[RequestFilter, str, bool, int, int], list[RequestRow]]


class RequestsModel(RowsTableModel):
    headers = HEADERS

    def __init__(self, read_page: PageReader) -> None:
        super().__init__()
        self._read_page = read_page
        self.rows: list[RequestRow] = []
        self.total = 0
        self.wanted = RequestFilter()
        self.sort_key, self.descending = "first_day", True

    def reset(self, wanted: RequestFilter, total: int, first_page: list[RequestRow]) -> None:
        """Show a new filter's first page (count and page were read off the GUI thread)."""
        self.beginResetModel()
        self.wanted, self.total, self.rows = wanted, total, list(first_page)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._read_page(self.wanted, self.sort_key, self.descending, len(self.rows),
                               PAGE_SIZE)
        if not page:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        first = self._read_page(self.wanted, self.sort_key, self.descending, 0, PAGE_SIZE)
        self.reset(self.wanted, self.total, first)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS:
                return QBrush(theme.colour(theme.STATUS_COLOURS.get(row.status, "#777")))
            if column == KIND:
                return QBrush(theme.colour(theme.KIND_COLOURS[row.kind]))
            if column == LATE and row.late:
                return QBrush(theme.colour(theme.DANGER))
        if role == Qt.ItemDataRole.ToolTipRole and column == LATE and row.late:
            return ("Late: submitted with less notice than the lead time. "
                    + (f"Justification: {row.justification}" if row.justification
                       else "No justification recorded yet."))
        return None


def display(row: RequestRow, column: int) -> str:
    if column == KIND:
        return "IEM" if row.kind == "iem" else "Session"
    if column == ID:
        return str(row.id)
    if column == PARTNER:
        return f"{row.partner_name} ({row.partner_id})"
    if column == STATUS:
        return row.status.replace("_", " ")
    if column in (START, END):
        if row.starts_at and row.timezone:
            moment = row.starts_at if column == START else row.ends_at
            assert moment is not None
            return moment.astimezone(ZoneInfo(row.timezone)).strftime("%Y-%m-%d %H:%M")
        return (row.first_day if column == START else row.last_day).isoformat()
    if column == SUBMITTED:
        return row.submitted.isoformat() if row.submitted else ""
    if column == EDITION:
        return row.edition.title()
    if column == CALENDAR:
        return row.calendar
    if column == LATE:
        return "" if row.late is None else ("late" if row.late else "on time")
    if column == EXPERT:
        return row.expert or ""
    return row.title
