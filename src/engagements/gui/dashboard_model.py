"""The dashboard's table model: one row per partner, allowance as bars, risks in words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from engagements.domain.errors import how_to_load_schedule
from engagements.gui import theme
from engagements.gui.bars import BAR_ROLE
from engagements.gui.labels import edition_label, risk_label
from engagements.gui.language import local_date
from engagements.gui.table_model import DISPLAY, FOREGROUND, TOOLTIP, Index, RowsTableModel
from engagements.services.view_rows import RISK_NO_CALENDAR_DATA, DashboardRow

PARTNER, NAME, EDITION, CALENDAR, IEM_DAYS, SESSIONS, TERM_END, RISKS = range(8)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Partner"),
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Edition"),
    QT_TRANSLATE_NOOP("Columns", "Calendar"),
    QT_TRANSLATE_NOOP("Columns", "IEM days (used · pending · left)"),
    QT_TRANSLATE_NOOP("Columns", "Sessions (used · left)"),
    QT_TRANSLATE_NOOP("Columns", "Term ends"),
    QT_TRANSLATE_NOOP("Columns", "Risks"),
)
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
            self.rows = sorted(
                self.in_service_order,
                key=lambda row: _sort_key(row, column),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == DISPLAY:
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
        if role == FOREGROUND and column == RISKS and row.risks:
            return theme.colour(theme.DANGER)
        if role == TOOLTIP:
            return _tooltip(row, column)
        return None


def _text(row: DashboardRow, column: int) -> str:
    if column == PARTNER:
        return row.partner_id
    if column == NAME:
        return row.name
    if column == EDITION:
        return edition_label(row.edition)
    if column == CALENDAR:
        return row.calendar
    if column == IEM_DAYS:
        if not row.iem_available:
            return QCoreApplication.translate("DashboardModel", "not included")
        pending = f" +{row.iem_pending}?" if row.iem_pending else ""
        return (
            QCoreApplication.translate("DashboardModel", "{left}/{available} left").format(
                left=row.iem_left, available=row.iem_available
            )
            + pending
        )
    if column == SESSIONS:
        if not row.sessions_included:
            return QCoreApplication.translate("DashboardModel", "not included")
        return QCoreApplication.translate("DashboardModel", "{left}/{available} left").format(
            left=row.sessions_left, available=row.sessions_included
        )
    if column == TERM_END:
        return local_date(row.term_end)
    return QCoreApplication.translate("DashboardModel", ", ").join(
        risk_label(risk) for risk in row.risks
    )


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
        return QCoreApplication.translate(
            "DashboardModel",
            "Allowance year {start} to {end}: {used} of {available} natural days "
            "used ({included} included, {bought} bought); {pending} more if "
            "pending requests are approved",
        ).format(
            start=local_date(row.year_start),
            end=local_date(row.year_end),
            used=row.iem_used,
            available=row.iem_available,
            included=row.iem_included,
            bought=row.iem_available - row.iem_included,
            pending=row.iem_pending,
        )
    if column == SESSIONS and row.sessions_included:
        return QCoreApplication.translate(
            "DashboardModel", "{used} of {included} sessions used this year"
        ).format(used=row.sessions_used, included=row.sessions_included)
    if column == RISKS and row.risks:
        late = (
            QCoreApplication.translate("DashboardModel", " ({count} late waiting)").format(
                count=row.late_waiting
            )
            if row.late_waiting
            else ""
        )
        missing = RISK_NO_CALENDAR_DATA in row.risks
        how = (
            QCoreApplication.translate("DashboardModel", ". To load it, {how}").format(
                how=how_to_load_schedule(row.calendar)
            )
            if missing
            else ""
        )
        return "; ".join(risk_label(risk) for risk in row.risks) + late + how
    return None
