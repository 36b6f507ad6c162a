"""The requests table model: pages fetched from SQL as the person scrolls.

Only the pages scrolled to are held (200 rows each), so the list over 200,000
engagements stays small in memory; sorting and filtering ask SQL again. In the window the
pages are read off the GUI thread (a page deep into a large database takes 0.1-0.4 s), so
scrolling and sorting never freeze it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from engagements.gui import theme
from engagements.gui.labels import edition_label, entry_title, kind_label, status_label
from engagements.gui.language import local_date
from engagements.gui.table_model import Index, RowsTableModel
from engagements.services.listings import PAGE_SIZE, WORK_FIRST, RequestFilter, RequestRow

KIND, ID, PARTNER, STATUS, START, END, SUBMITTED, EDITION, CALENDAR, LATE, EXPERT, TITLE = range(12)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    "#",
    QT_TRANSLATE_NOOP("Columns", "Partner"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Start"),
    QT_TRANSLATE_NOOP("Columns", "End"),
    QT_TRANSLATE_NOOP("Columns", "Submitted"),
    QT_TRANSLATE_NOOP("Columns", "Edition"),
    QT_TRANSLATE_NOOP("Columns", "Calendar"),
    QT_TRANSLATE_NOOP("Columns", "Lead time"),
    QT_TRANSLATE_NOOP("Columns", "Expert"),
    QT_TRANSLATE_NOOP("Columns", "Event or topic"),
)
SORT_KEYS = (
    "kind",
    "id",
    "partner_name",
    "status",
    "first_day",
    "last_day",
    "submitted",
    "edition",
    "calendar",
    "late",
    "expert",
    "title",
)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PageReader = Callable[[RequestFilter, str, bool, int, int], list[RequestRow]]
RowCounter = Callable[[RequestFilter], int]
# Runs a read, then hands its answer to the callback in the GUI thread.
Runner = Callable[[Callable[[], Any], Callable[[Any], None]], None]


def read_in_place(read: Callable[[], Any], arrived: Callable[[Any], None]) -> None:
    """Read now, on the calling thread (scripts and tests)."""
    arrived(read())


class RequestsModel(RowsTableModel):
    """The requests of one filter in one order, a page at a time.

    Every new list (``load``: a new filter, a refresh, a new order) and every next page is
    read through ``run``: in the window, off the GUI thread. Only the latest list asked for
    is ever shown, and a page is only added to the list it was read for."""

    headers = HEADERS
    listed = Signal()  # a list asked for with ``load`` (or a new order) is shown

    def __init__(
        self,
        read_page: PageReader,
        count_rows: RowCounter,
        run: Runner = read_in_place,
        count_alongside: bool = False,
    ) -> None:
        super().__init__()
        self._read_page = read_page
        self._count_rows = count_rows
        self._run = run
        # On a team database the count is read on a second connection while the first
        # page is read: across a network each read is mostly waiting for the server.
        self._count_alongside = count_alongside
        self.rows: list[RequestRow] = []
        self.total = 0
        self.wanted = RequestFilter()  # the filter of the rows shown
        self.requested = RequestFilter()  # the filter last asked for (shown once read)
        self.sort_key, self.descending = "first_day", True
        # Something is being read: the view asks for no next page (and after a failed
        # read, for none until the next load).
        self.reading = False
        # Bumped by every list asked for or shown: an answer read for an older one is dropped.
        self._list_number = 0

    def load(self, wanted: RequestFilter) -> None:
        """Show ``wanted`` in the current order once its count and first page are read,
        unless another list is asked for meanwhile."""
        self._list_number += 1
        self.requested, self.reading = wanted, True
        number, key, descending = self._list_number, self.sort_key, self.descending

        def read() -> tuple[int, list[RequestRow]]:
            if not self._count_alongside:
                return (
                    self._count_rows(wanted),
                    self._read_page(wanted, key, descending, 0, PAGE_SIZE),
                )
            with ThreadPoolExecutor(1) as other:
                counting = other.submit(self._count_rows, wanted)
                first_page = self._read_page(wanted, key, descending, 0, PAGE_SIZE)
                return counting.result(), first_page

        def arrived(answer: tuple[int, list[RequestRow]]) -> None:
            if number == self._list_number:
                self.reset(wanted, *answer)
                self.listed.emit()

        self._run(read, arrived)

    def reset(self, wanted: RequestFilter, total: int, first_page: list[RequestRow]) -> None:
        """Show a filter's count and first page."""
        self.beginResetModel()
        self._list_number += 1
        self.reading = False
        self.wanted = self.requested = wanted
        self.total, self.rows = total, list(first_page)
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
        """Show the list last asked for in the new order (read afresh, count and all: a
        list still being read for a new filter is read again in this order). Before any
        list was asked for, the order is only noted for the first."""
        # No heading (column -1): the work-first order.
        self.sort_key = SORT_KEYS[column] if column >= 0 else WORK_FIRST
        self.descending = order == Qt.SortOrder.DescendingOrder and column >= 0
        if self._list_number:
            self.load(self.requested)

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
            if column == LATE and row.undetermined:
                return QBrush(theme.colour(theme.WARNING))
        if role == Qt.ItemDataRole.ToolTipRole and column == LATE and row.undetermined:
            return self.tr(
                "Undetermined: the earliest start needs a year without official "
                "holiday data. Import the schedule (Tools > Import holiday "
                "schedule…) to decide it; approving before then needs an explicit "
                "acknowledgement."
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == LATE and row.late:
            return (
                self.tr("Late: submitted with less notice than the lead time.")
                + " "
                + (
                    self.tr("Justification: {text}").format(text=row.justification)
                    if row.justification
                    else self.tr("No justification recorded yet.")
                )
            )
        return None


def request_number(row: RequestRow) -> str:
    """IEM-179 or S-179: the two kinds number apart, so the number alone is ambiguous."""
    return f"{'IEM' if row.kind == 'iem' else 'S'}-{row.id}"


def display(row: RequestRow, column: int) -> str:
    if column == KIND:
        return kind_label(row.kind)
    if column == ID:
        return request_number(row)
    if column == PARTNER:
        return f"{row.partner_name} ({row.partner_id})"
    if column == STATUS:
        return status_label(row.status)
    if column in (START, END):
        if row.starts_at and row.timezone:
            moment = row.starts_at if column == START else row.ends_at
            assert moment is not None
            local = moment.astimezone(ZoneInfo(row.timezone))
            return f"{local_date(local.date())} {local:%H:%M}"
        return local_date(row.first_day if column == START else row.last_day)
    if column == SUBMITTED:
        return local_date(row.submitted) if row.submitted else ""
    if column == EDITION:
        return edition_label(row.edition)
    if column == CALENDAR:
        return row.calendar
    if column == LATE:
        if row.undetermined:
            return QCoreApplication.translate("RequestsModel", "undetermined")
        return (
            ""
            if row.late is None
            else (
                QCoreApplication.translate("RequestsModel", "late")
                if row.late
                else QCoreApplication.translate("RequestsModel", "on time")
            )
        )
    if column == EXPERT:
        return row.expert or ""
    return entry_title(row.kind, row.title)
