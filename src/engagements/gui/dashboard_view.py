"""Dashboard: every partner's allowance at a glance, the partners at risk first, and the
next two weeks of engagements."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from engagements.gui.bars import AllowanceBarDelegate
from engagements.gui.calendar_model import AgendaModel
from engagements.gui.context import AppContext
from engagements.gui.dashboard_model import (
    IEM_DAYS,
    NAME,
    RISKS,
    ROW_ROLE,
    SESSIONS,
    SORT_ROLE,
    DashboardModel,
)
from engagements.gui.forms import embed
from engagements.services.calendar_view import calendar_range
from engagements.services.dashboard import dashboard_rows

UPCOMING_DAYS = 14


class AtRiskFilter(QSortFilterProxyModel):
    """Text filter on id and name, and optionally only partners with a risk."""

    def __init__(self) -> None:
        super().__init__()
        self.at_risk_only = False
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_at_risk_only(self, value: bool) -> None:
        self.at_risk_only = value
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        row = self.sourceModel().index(source_row, 0).data(ROW_ROLE)
        if self.at_risk_only and not row.risks:
            return False
        needle = self.filterRegularExpression().pattern().lower()
        return not needle or needle in row.partner_id.lower() or needle in row.name.lower()


class DashboardView(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.ui = embed(self, "dashboard_view")
        self.model = DashboardModel()
        self.proxy = AtRiskFilter()
        self.proxy.setSourceModel(self.model)
        table = self.ui.partnersTable
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(IEM_DAYS, AllowanceBarDelegate(table))
        table.setItemDelegateForColumn(SESSIONS, AllowanceBarDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 80), (NAME, 230), (2, 95), (3, 70), (IEM_DAYS, 250),
                              (SESSIONS, 190), (6, 95)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        table.verticalHeader().hide()
        table.doubleClicked.connect(self._open_partner)
        self.upcoming = AgendaModel()
        self.ui.upcomingTable.setModel(self.upcoming)
        self.ui.upcomingTable.verticalHeader().hide()
        self.ui.upcomingTable.horizontalHeader().setStretchLastSection(True)
        self.ui.splitter.setSizes([560, 260])
        self.ui.partnerFilter.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.atRiskOnly.toggled.connect(self.proxy.set_at_risk_only)
        self.ui.summary.setText("Loading…")  # the window paints before the data is read

    def refresh(self) -> None:
        db, today = self.context.db, self.context.today
        self.ui.summary.setText("Loading…")

        def work(progress: object) -> tuple[list, list]:
            rows = dashboard_rows(db, today)
            soon = calendar_range(db, today, today + timedelta(days=UPCOMING_DAYS - 1),
                                  self.context.default_calendar)
            return rows, soon.entries

        self.context.load(work, self._show, self)

    def _show(self, answer: tuple[list, list]) -> None:
        rows, upcoming = answer
        self.model.set_rows(rows)
        self.proxy.sort(-1)  # keep the service's order: partners at risk first
        self.ui.partnersTable.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.upcoming.set_entries(upcoming)
        if len(upcoming) < 500:  # measuring thousands of rows would stall the window
            self.ui.upcomingTable.resizeColumnsToContents()
        at_risk = sum(1 for r in rows if r.risks)
        self.ui.summary.setText(f"{len(rows)} partners · {at_risk} at risk · "
                                f"{len(upcoming)} engagements in the next two weeks · "
                                f"today {self.context.today}")
        self.loaded.emit()

    def _open_partner(self, index: object) -> None:
        row = self.proxy.index(index.row(), RISKS).data(ROW_ROLE)  # type: ignore[attr-defined]
        if row is not None:
            self.context.navigate.emit("partner", row.partner_id)
