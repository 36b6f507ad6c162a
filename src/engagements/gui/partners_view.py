"""Partners: the list, and for the chosen partner its subscription history, sub-clients,
allowance per year, expert-service uses, the audit history and the downgrade check."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from engagements.domain.errors import RuleRefusal
from engagements.gui import theme
from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.history_dialog import describe_change
from engagements.gui.labels import audit_action_label, audit_subject_label, edition_label
from engagements.gui.language import local_date
from engagements.gui.problems import message_for
from engagements.gui.table_model import Index, RowsTableModel
from engagements.services.allowance import AllowanceSummary
from engagements.services.partner_history import SUBJECTS
from engagements.services.queries import (
    PartnerFile,
    PartnerListRow,
    PartnerPage,
    partner_list,
    partner_page,
)

ID, NAME, EDITION, CALENDAR, TAM, TERM_END = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Partner"),
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Edition"),
    QT_TRANSLATE_NOOP("Columns", "Calendar"),
    "TAM",
    QT_TRANSLATE_NOOP("Columns", "Term ends"),
)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class PartnerListModel(RowsTableModel):
    headers = HEADERS
    rows: list[PartnerListRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        # Marked next to the name, which is always in view.
        locked = row.exit_locked_until is not None and index.column() == NAME
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.id,
                row.name + (" 🔒" if row.exit_locked_until else ""),
                edition_label(row.edition),
                row.calendar,
                row.designated_tam or "",
                local_date(row.term_end),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and locked:
            return lock_sentence(row.exit_locked_until)
        if role == Qt.ItemDataRole.ForegroundRole and locked:
            return QBrush(theme.colour(theme.WARNING))
        return None


def lock_sentence(free_from: date | None) -> str:
    """Why a partner is marked: the expert service was used on this subscription."""
    return QCoreApplication.translate(
        "PartnersView",
        "Expert service used: no downgrade or exit before {date} (the first "
        "day after the committed term) without a recorded early-exit "
        "approval",
    ).format(date=local_date(free_from) if free_from else "—")


class PartnersView(QWidget):
    loaded = Signal()
    file_loaded = Signal()
    report_refused = Signal(str)  # why the chosen partner has no reports ("" when it has)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.ui = embed(self, "partners_view")
        self.model = PartnerListModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        table = self.ui.partnersTable
        table.setModel(self.proxy)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((70, 190, 90, 65, 55)):
            table.setColumnWidth(column, width)
        table.selectionModel().currentRowChanged.connect(lambda current, _: self._chosen(current))
        self.ui.partnerFilter.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.splitter.setSizes([520, 880])
        self.partner: PartnerFile | None = None
        self._pending_select: str | None = None
        self._wanted: str | None = None  # the partner whose file was asked for last
        self._report_when_loaded = False
        self.ui.newIemButton.clicked.connect(self._new_request)
        self.ui.recordUseButton.clicked.connect(self.record_use)
        self.ui.downgradeButton.clicked.connect(self.check_downgrade)
        self.ui.reportButton.clicked.connect(self.service_report)
        self.ui.addPartnerButton.clicked.connect(self.add_partner)
        self.ui.editPartnerButton.clicked.connect(self.edit_partner)
        self.ui.subscriptionButton.clicked.connect(self.change_subscription)
        self.ui.purchaseButton.clicked.connect(self.buy_days)
        self.report_refusal: RuleRefusal | None = None
        context.guard(
            self.ui.newIemButton,
            self.ui.recordUseButton,
            self.ui.addPartnerButton,
            *self._partner_edits(),
        )
        self._set_buttons()

    def refresh(self) -> None:
        db, today = self.context.db, self.context.today
        self.context.load(lambda progress: partner_list(db, today), self._show, self)

    def _show(self, rows: list[PartnerListRow]) -> None:
        self.model.set_rows(rows)
        wanted = self._pending_select or (self.partner.id if self.partner else None)
        self._pending_select = None
        if wanted:
            self.select_partner(wanted)
        elif rows:
            self.ui.partnersTable.selectRow(0)
        self.loaded.emit()

    def select_partner(self, partner_id: str) -> None:
        if not self.model.rows:
            self._pending_select = partner_id
            return
        self.ui.partnerFilter.clear()
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, ID).data() == partner_id:
                self.ui.partnersTable.selectRow(row)
                self.ui.partnersTable.scrollTo(self.proxy.index(row, ID))
                return

    def _chosen(self, current: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None:
            return
        db, today = self.context.db, self.context.today
        self._wanted = row.id
        self.context.load(lambda progress: partner_page(db, row.id, today), self._show_file, self)
        self.ui.lockLabel.setText(
            f"🔒 {lock_sentence(row.exit_locked_until)}" if row.exit_locked_until else ""
        )

    def _partner_edits(self) -> tuple[QWidget, ...]:
        return (self.ui.editPartnerButton, self.ui.subscriptionButton, self.ui.purchaseButton)

    def _show_file(self, answer: PartnerPage) -> None:
        if answer.file.id != self._wanted:
            return  # a slower answer for a partner chosen before the current one
        self.partner, history, self.report_refusal = (
            answer.file,
            answer.history,
            answer.reports_refusal,
        )
        current = self.partner.subscriptions[-1] if self.partner.subscriptions else None
        edition = (
            edition_label(self.context.db.catalog.edition(current.edition).label)
            if current
            else "—"
        )
        team = ", ".join(
            f"{k} {v}"
            for k, v in (("TAM", self.partner.designated_tam), ("ASM", self.partner.designated_asm))
            if v
        )
        self.ui.partnerHeading.setText(
            f"<h2>{self.partner.name}</h2>{self.partner.id} · {edition} · "
            + self.tr("calendar {code}").format(code=current.calendar if current else "—")
            + (" · " + team if team else "")
        )
        _fill(
            self.ui.subscriptionsTable,
            (
                self.tr("Edition"),
                self.tr("Start"),
                self.tr("Months"),
                self.tr("Term ends"),
                self.tr("Calendar"),
                self.tr("Session quota"),
                self.tr("Ended"),
            ),
            [
                (
                    edition_label(s.edition),
                    s.start,
                    s.months,
                    s.term_end,
                    s.calendar,
                    s.session_quota if s.session_quota is not None else self.tr("plan default"),
                    s.ended_on or "",
                )
                for s in self.partner.subscriptions
            ],
        )
        _fill(
            self.ui.subClientsTable,
            (self.tr("Account id"), self.tr("Name")),
            [(c.account_id, c.name) for c in self.partner.sub_clients],
        )
        _fill(
            self.ui.allowanceTable,
            (
                self.tr("Year"),
                self.tr("IEM included"),
                self.tr("Bought"),
                self.tr("Used"),
                self.tr("Pending"),
                self.tr("Left"),
                self.tr("Sessions"),
                self.tr("Sessions used"),
                self.tr("Sessions left"),
            ),
            [
                (
                    f"{local_date(a.year_start)} – {local_date(a.year_end)}",
                    a.iem_days_included,
                    bought_words(a),
                    a.iem_days_used,
                    a.iem_days_pending,
                    a.iem_days_remaining,
                    a.sessions_included,
                    a.sessions_used,
                    a.sessions_remaining,
                )
                for a in reversed(self.partner.allowance_years)
            ],
        )
        _fill(
            self.ui.expertUsesTable,
            (self.tr("Date"), self.tr("What was done"), self.tr("By")),
            [(u.used_on, u.summary, u.performed_by) for u in self.partner.expert_uses],
        )
        # Every change to the partner and its engagements, in the person's local time.
        _fill(
            self.ui.historyTable,
            (
                self.tr("When (local time)"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("On"),
                self.tr("Changed"),
                self.tr("Reason"),
            ),
            [
                (
                    f"{local_date(e.at.astimezone().date())} {e.at.astimezone():%H:%M}",
                    e.actor,
                    audit_action_label(e.what),
                    audit_subject_label(e.subject, SUBJECTS),
                    describe_change(e.before, e.after),
                    e.reason or "",
                )
                for e in history
            ],
        )
        self._set_buttons()
        self.file_loaded.emit()
        if self._report_when_loaded:
            self._report_when_loaded = False
            self.service_report()

    def _set_buttons(self) -> None:
        chosen = self.partner is not None
        for button in (self.ui.newIemButton, self.ui.recordUseButton, *self._partner_edits()):
            button.setEnabled(chosen and not self.context.read_only)
        self.ui.downgradeButton.setEnabled(chosen)
        # Writing a report changes nothing, so read-only reviewers may write one too.
        refusal = message_for(self.report_refusal) if chosen and self.report_refusal else None
        self.ui.reportButton.setEnabled(chosen and refusal is None)
        self.ui.reportButton.setToolTip(
            self.tr("Not available: {reason}").format(reason=refusal)
            if refusal
            else self.tr("Write this partner's service report (PDF, CSV, XLSX)")
        )
        self.report_refused.emit(refusal or "")

    def _new_request(self) -> None:
        from engagements.gui.iem_editor import IemEditor

        if self.partner:
            IemEditor(self.context, self, partner_id=self.partner.id).open()

    def record_use(self) -> None:
        from engagements.gui.expert_use_dialog import ExpertUseDialog

        if self.partner is not None:
            self.dialog = ExpertUseDialog(self.context, self.partner, self)
            self.dialog.open()

    def add_partner(self) -> None:
        from engagements.gui.partner_dialog import PartnerDialog

        self.dialog = PartnerDialog(self.context, self)
        self.dialog.saved.connect(lambda pid: setattr(self, "_pending_select", pid))
        self.dialog.open()

    def edit_partner(self) -> None:
        from engagements.gui.partner_dialog import PartnerDialog

        if self.partner is not None:
            self.dialog = PartnerDialog(self.context, self, self.partner)
            self.dialog.open()

    def change_subscription(self) -> None:
        from engagements.gui.subscription_dialog import SubscriptionDialog

        if self.partner is not None and self.partner.subscriptions:
            self.dialog = SubscriptionDialog(self.context, self.partner, self)
            self.dialog.open()

    def buy_days(self) -> None:
        from engagements.gui.purchase_dialog import PurchaseDialog

        if self.partner is not None:
            self.dialog = PurchaseDialog(self.context, self.partner.id, self)
            self.dialog.open()

    def service_report(self) -> None:
        from engagements.gui.report_dialog import ReportDialog

        if self.partner is None:  # e.g. asked from the menu before Partners has loaded
            self._report_when_loaded = True
            self.context.status.emit(self.tr("Loading the partner for its service report…"))
            return
        if self.report_refusal:
            self.context.show_problem(self, self.report_refusal, self.tr("Service report"))
            return
        ReportDialog(self.context, self.partner, self).open()

    def check_downgrade(self) -> None:
        from engagements.gui.downgrade_dialog import DowngradeDialog

        if self.partner is not None:
            DowngradeDialog(self.context, self.partner.id, self).open()


def _fill(table: QTableWidget, headers: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            text = local_date(value) if isinstance(value, date) else str(value)
            table.setItem(r, c, QTableWidgetItem(text))
    table.verticalHeader().hide()
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)


def bought_words(year: AllowanceSummary) -> str:
    """Bought days for the year, then each purchase's use: a purchase is spent only once,
    so the days it paid for in another year are gone here."""
    uses = "; ".join(
        QCoreApplication.translate(
            "PartnersView", "#{id}: {here} used here, {used} in all, {left} left of {days}"
        ).format(id=p.id, here=p.used_in_year, used=p.used, left=p.left, days=p.days)
        for p in year.iem_purchases
    )
    return f"{year.iem_days_purchased} ({uses})" if uses else str(year.iem_days_purchased)
