"""Sessions: the expert roster with each expert's booked time and coming sessions; book
and cancel sessions (a booking can be undone: undo cancels it)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from engagements.gui import prompts, theme
from engagements.gui.context import AppContext
from engagements.gui.form_session_requests import SessionRequestsPanel
from engagements.gui.forms import embed
from engagements.gui.language import local_date_time, weekday_name
from engagements.gui.table_model import Index, RowsTableModel
from engagements.services.queries import ExpertBooking, RosterRow, expert_roster, expert_schedule
from engagements.services.roster import retire_expert
from engagements.services.sessions import cancel_session

NAME, ZONE, SESSIONS_AHEAD, HOURS_THIS_MONTH, IEM_DAYS_AHEAD, SKILLS = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Expert"),
    QT_TRANSLATE_NOOP("Columns", "Time zone"),
    QT_TRANSLATE_NOOP("Columns", "Sessions ahead"),
    QT_TRANSLATE_NOOP("Columns", "Hours this month"),
    QT_TRANSLATE_NOOP("Columns", "IEM days ahead"),
    QT_TRANSLATE_NOOP("Columns", "Skills"),
)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
FITTED_ROWS = 60
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class RosterModel(RowsTableModel):
    headers = HEADERS
    rows: list[RosterRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        values = (
            row.name
            + ("" if row.active else QCoreApplication.translate("SessionsView", " (retired)")),
            row.timezone,
            row.sessions_ahead,
            row.hours_this_month,
            row.iem_days_ahead,
            row.skills,
        )
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = values[index.column()]
            return (
                QCoreApplication.translate("SessionsView", "{hours} h").format(hours=f"{value:g}")
                if index.column() == HOURS_THIS_MONTH
                else str(value)
            )
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(theme.colour("#9e9e9e"))
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and SESSIONS_AHEAD <= index.column() <= IEM_DAYS_AHEAD
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SessionsView(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.ui = embed(self, "sessions_view")
        self.model = RosterModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        table = self.ui.rosterTable
        table.setModel(self.proxy)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        # Fit the columns to the first rows only: measuring all 500 experts' text took
        # 0.3 s each time the roster loaded (Qt's default looks at 1,000 rows).
        table.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)
        table.setColumnWidth(NAME, 200)
        table.setColumnWidth(ZONE, 150)
        table.selectionModel().currentRowChanged.connect(lambda current, _: self._chosen(current))
        self.ui.splitter.setSizes([780, 620])  # the roster's five columns fit without scrolling
        self.schedule: list[ExpertBooking] = []
        self.expert: RosterRow | None = None
        self.ui.bookButton.clicked.connect(lambda: self.book())
        self.ui.cancelSessionButton.clicked.connect(self.cancel_selected)
        self.ui.addExpertButton.clicked.connect(self.add_expert)
        self.ui.editExpertButton.clicked.connect(self.edit_expert)
        self.ui.retireExpertButton.clicked.connect(self.retire_expert)
        context.guard(
            self.ui.bookButton,
            self.ui.cancelSessionButton,
            self.ui.addExpertButton,
            self.ui.editExpertButton,
            self.ui.retireExpertButton,
        )
        # Sessions partners asked for on returned forms, waiting to be booked or declined.
        self.requests_panel = SessionRequestsPanel(context)
        layout = self.ui.root.layout()
        layout.addWidget(self.requests_panel, 1)
        layout.setStretchFactor(self.ui.splitter, 3)  # the roster stays the main thing

    def refresh(self) -> None:
        db, today = self.context.db, self.context.today
        self.context.load(lambda progress: expert_roster(db, today), self._show, self)
        self.requests_panel.refresh()

    def _show(self, rows: list[RosterRow]) -> None:
        self.model.set_rows(rows)
        self.ui.rosterTable.resizeColumnsToContents()
        if rows:
            self.ui.rosterTable.selectRow(0)
        self.loaded.emit()

    def _chosen(self, current: QModelIndex) -> None:
        self.expert = current.data(ROW_ROLE) if current.isValid() else None
        if self.expert is None:
            return
        self.schedule = expert_schedule(self.context.db, self.expert.id, self.context.today)
        zone = ZoneInfo(self.expert.timezone)
        self.ui.scheduleTitle.setText(
            f"<h3>{self.expert.name}</h3>"
            + self.tr("Sessions in the next two weeks, in {zone}").format(zone=self.expert.timezone)
        )
        table = self.ui.scheduleTable
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            (self.tr("When"), "#", self.tr("Partner"), self.tr("Topic"))
        )
        table.setRowCount(len(self.schedule))
        for r, booking in enumerate(self.schedule):
            starts = booking.starts_at.astimezone(zone)
            when = (
                f"{weekday_name(starts)} {local_date_time(starts)}–"
                f"{booking.ends_at.astimezone(zone):%H:%M}"
            )
            for c, text in enumerate((when, str(booking.id), booking.partner_name, booking.label)):
                table.setItem(r, c, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    def add_expert(self) -> None:
        from engagements.gui.expert_dialog import ExpertDialog

        self.dialog = ExpertDialog(self.context, self)
        self.dialog.open()

    def edit_expert(self) -> None:
        from engagements.gui.expert_dialog import ExpertDialog

        if self.expert is not None:
            self.dialog = ExpertDialog(self.context, self, self.expert)
            self.dialog.open()

    def retire_expert(self) -> None:
        """Take the selected expert off the roster (refused while still on an IEM event)."""
        expert = self.expert
        if (
            expert is None
            or not expert.active
            or not prompts.confirm(
                self,
                self.tr("Retire expert"),
                self.tr(
                    "Retire {expert}? They can no longer be booked or assigned; their past "
                    "work stays on record."
                ).format(expert=expert.name),
            )
        ):
            return
        self.context.perform(
            self,
            self.tr("Retire expert"),
            lambda: retire_expert(self.context.db, expert.id, self.context.today),
        )

    def book(self, partner_id: str | None = None) -> None:
        from engagements.gui.booking_dialog import BookingDialog

        if self.context.read_only:
            return
        BookingDialog(
            self.context,
            self,
            partner_id=partner_id,
            expert_id=self.expert.id if self.expert else None,
        ).open()

    def cancel_selected(self) -> None:
        row = self.ui.scheduleTable.currentRow()
        if not 0 <= row < len(self.schedule):
            return
        booking = self.schedule[row]
        if prompts.confirm(
            self,
            self.tr("Cancel session"),
            self.tr(
                "Cancel session #{id} with {partner}? It will no longer count against the quota."
            ).format(id=booking.id, partner=booking.partner_name),
        ):
            from engagements.gui.commands import push_done
            from engagements.services.reversals import restore_session

            db = self.context.db
            push_done(
                self.context,
                self.tr("Cancel session"),
                lambda: cancel_session(db, booking.id),
                lambda _: restore_session(db, booking.id),
                lambda _: cancel_session(db, booking.id),
                lambda _: self.tr("cancellation of session #{id}").format(id=booking.id),
                self,
            )
