"""The dashboard's table model: one row per partner, allowance as bars, risks in words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from engagements.domain.errors import how_to_load_schedule
from engagements.gui import theme
from engagements.gui.bars import BAR_ROLE
from engagements.gui.table_model import Index, RowsTableModel
from engagements.services.view_rows import RISK_NO_CALENDAR_DATA, DashboardRow

PARTNER, NAME, EDITION, CALENDAR, IEM_DAYS, SESSIONS, TERM_END, RISKS = range(8)
HEADERS = ("Partner", "Name", "Edition", "Calendar", "IEM days (used · pending · left)",
           "Sessions (used · left)", "Term ends", "Risks")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class DashboardModel(RowsTableModel):
    """Partners in the service's order (at risk first) until a column is sorted."""

    headers = HEADERS
    rows: Sequence[DashboardRow]

    def __init__(self) -> None:
        super().__init__()
        self.in_service_order: Sequence[DashboardRow] = []

    def set_rows(self, rows: Sequence[DashboardRow]) -> None:
        self.in_service_order = rows
        super().set_rows(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By a column's value, or (column -1) back in the service's order."""
        self.beginResetModel()
        if column < 0:
            self.rows = self.in_service_order
        else:
            self.rows = sorted(self.in_service_order, key=lambda row: _sort_key(row, column),
                               reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == BAR_ROLE:
            if column == IEM_DAYS and row.iem_available:
                return (row.iem_used, row.iem_pending, row.iem_available)
            if column == SESSIONS and row.sessions_included:
                return (row.sessions_used, 0, row.sessions_included)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == RISKS and row.risks:
            return QBrush(theme.colour(theme.DANGER))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, column)
        return None


def _text(row: DashboardRow, column: int) -> str:
    if column == PARTNER:
        return row.partner_id
    if column == NAME:
        return row.name
    if column == EDITION:
        return row.edition.title()
    if column == CALENDAR:
        return row.calendar
    if column == IEM_DAYS:
        if not row.iem_available:
            return "not included"
        pending = f" +{row.iem_pending}?" if row.iem_pending else ""
        return f"{row.iem_left}/{row.iem_available} left{pending}"
    if column == SESSIONS:
        if not row.sessions_included:
            return "not included"
        return f"{row.sessions_left}/{row.sessions_included} left"
    if column == TERM_END:
        return row.term_end.isoformat()
    return ", ".join(row.risks)


def _sort_key(row: DashboardRow, column: int) -> Any:
    if column == IEM_DAYS:
        return row.iem_left if row.iem_available else 999
    if column == SESSIONS:
        return row.sessions_left if row.sessions_included else 999
    if column == RISKS:
        return -len(row.risks)
    return _text(row, column)


def _tooltip(row: DashboardRow, column: int) -> str | None:
    if column == IEM_DAYS and row.iem_available:
        return (f"Allowance year {row.year_start} to {row.year_end}: {row.iem_used} of "
                f"{row.iem_available} natural days used ({row.iem_included} included, "
                f"{row.iem_available - row.iem_included} bought); {row.iem_pending} more "
                f"if pending requests are approved")
    if column == SESSIONS and row.sessions_included:
        return f"{row.sessions_used} of {row.sessions_included} sessions used this year"
    if column == RISKS and row.risks:
        late = f" ({row.late_waiting} late waiting)" if row.late_waiting else ""
        missing = RISK_NO_CALENDAR_DATA in row.risks
        how = f". To load it, {how_to_load_schedule(row.calendar)}" if missing else ""
        return "; ".join(row.risks) + late + how
    return None
