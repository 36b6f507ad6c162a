"""The requests table model: pages fetched from SQL as the person scrolls.

Only the pages scrolled to are held (200 rows each), so the list over 200,000
engagements stays small in memory; sorting and filtering ask SQL again. In the window the
pages are read off the GUI thread (a page deep into a large database takes 0.1-0.4 s), so
scrolling and sorting never freeze it.
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
# Runs a page read, then hands the page to the callback in the GUI thread.
PageRunner = Callable[[Callable[[], list[RequestRow]], Callable[[list[RequestRow]], None]], None]


def read_in_place(read: Callable[[], list[RequestRow]],
                  arrived: Callable[[list[RequestRow]], None]) -> None:
    """Read the page now, on the calling thread (scripts and tests)."""
    arrived(read())


class RequestsModel(RowsTableModel):
    headers = HEADERS

    def __init__(self, read_page: PageReader, run: PageRunner = read_in_place) -> None:
        super().__init__()
        self._read_page = read_page
        self._run = run
        self.rows: list[RequestRow] = []
        self.total = 0
        self.wanted = RequestFilter()
        self.sort_key, self.descending = "first_day", True
        # A page is being read: the view asks for no other (and after a failed read, none
        # until the next reset).
        self.reading = False
        # Bumped by every new list (filter or order): a page read for an older one is dropped.
        self._list_number = 0

    def reset(self, wanted: RequestFilter, total: int, first_page: list[RequestRow]) -> None:
        """Show a new filter's first page (count and page were read off the GUI thread)."""
        self.beginResetModel()
        self._list_number += 1
        self.reading = False
        self.wanted, self.total, self.rows = wanted, total, list(first_page)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.reading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.reading:
            return
        self.reading = True
        list_number, offset = self._list_number, len(self.rows)
        wanted, key, descending = self.wanted, self.sort_key, self.descending

        def arrived(page: list[RequestRow]) -> None:
            if list_number != self._list_number:
                return  # filtered or sorted anew while this page was read
            self.reading = False
            if not page:  # fewer rows than counted: deleted meanwhile
                self.total = len(self.rows)
                return
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

        self._run(lambda: self._read_page(wanted, key, descending, offset, PAGE_SIZE), arrived)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask SQL for the first page in the new order; the rows shown are replaced when it
        arrives (unless the filter changed meanwhile)."""
        self.sort_key = SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._list_number += 1
        self.reading = True  # no next page of the old order
        list_number, wanted, total = self._list_number, self.wanted, self.total
        key, descending = self.sort_key, self.descending

        def arrived(first: list[RequestRow]) -> None:
            if list_number == self._list_number:
                self.reset(wanted, total, first)

        self._run(lambda: self._read_page(wanted, key, descending, 0, PAGE_SIZE), arrived)

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
