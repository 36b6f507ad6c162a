"""Add a partner (with its first subscription) or change one: name, working calendar,
designated TAM and ASM, and sub-client accounts. Saved in one service call."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.iem_editor import from_qdate, to_qdate
from engagements.gui.labels import edition_label
from engagements.gui.unsaved import EditingDialog
from engagements.services.partners import NewPartner, PartnerDetails, add_partner, edit_partner
from engagements.services.queries import PartnerFile

CALENDARS = ("CN", "HK", "SG", "JP", "US", "GB", "DE")  # offered; any workalendar code works


def fill_calendars(box: QComboBox, current: str) -> None:
    box.addItems(CALENDARS)
    box.setCurrentText(current)


def quota_or_default(value: int) -> int | None:
    """The spin box's "plan default" (-1) is no contract quota of its own."""
    return None if value < 0 else value


class PartnerDialog(EditingDialog):
    saved = Signal(str)  # the partner id

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, partner: PartnerFile | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.partner = context, partner
        self.ui = embed(self, "partner_dialog")
        self.resize(self.ui.root.minimumSize())
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        context.guard(self.save_button)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.addSubClientButton.clicked.connect(self.add_sub_client_row)
        table = self.ui.subClientsTable
        table.setHorizontalHeaderLabels((self.tr("Account id"), self.tr("Name")))
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        if partner is None:
            self._as_new()
        else:
            self._as_edit(partner)
        self.remember_edits()

    def discard_question(self) -> str:
        return self.tr("Discard the changes to this partner?")

    def _as_new(self) -> None:
        self.setWindowTitle(self.tr("New partner"))
        self.ui.heading.setText(self.tr("<h3>New partner</h3>With its first subscription."))
        fill_calendars(self.ui.calendar, self.context.default_calendar or "CN")
        for edition in self.context.db.catalog.editions.values():
            self.ui.edition.addItem(edition_label(edition.label), edition.name)
        self.ui.start.setDate(to_qdate(self.context.today.replace(day=1)))
        self.ui.months.setValue(12)
        self.ui.sessionQuota.setValue(-1)

    def _as_edit(self, partner: PartnerFile) -> None:
        self.setWindowTitle(self.tr("Partner {id}").format(id=partner.id))
        self.ui.heading.setText(
            f"<h3>{partner.name}</h3>"
            + self.tr("The calendar applies to the subscription in force and any later one.")
        )
        self.ui.partnerId.setText(partner.id)
        self.ui.partnerId.setReadOnly(True)
        self.ui.partnerName.setText(partner.name)
        current = partner.subscriptions[-1].calendar if partner.subscriptions else "CN"
        fill_calendars(self.ui.calendar, current)
        self.ui.tam.setText(partner.designated_tam or "")
        self.ui.asm.setText(partner.designated_asm or "")
        self.ui.subscriptionBox.hide()  # renewals and changes have their own dialog
        for client in partner.sub_clients:
            self.add_sub_client_row(client.account_id, client.name, fixed_id=True)

    def add_sub_client_row(
        self, account_id: str = "", name: str = "", fixed_id: bool = False
    ) -> int:
        table = self.ui.subClientsTable
        row = table.rowCount()
        table.insertRow(row)
        id_item = QTableWidgetItem(account_id)
        if fixed_id:  # an existing account keeps its id; its name may be corrected
            id_item.setFlags(id_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, 0, id_item)
        table.setItem(row, 1, QTableWidgetItem(name))
        if not account_id:
            table.setCurrentCell(row, 0)
        return row

    def sub_clients(self) -> tuple[tuple[str, str], ...]:
        """The rows typed in (empty rows skipped), as (account id, name)."""
        table = self.ui.subClientsTable
        rows = []
        for row in range(table.rowCount()):
            cells = [
                table.item(row, c).text().strip() if table.item(row, c) else "" for c in (0, 1)
            ]
            if any(cells):
                rows.append((cells[0], cells[1]))
        return tuple(rows)

    def save(self) -> None:
        db, today = self.context.db, self.context.today
        calendar = self.ui.calendar.currentText().strip().upper()
        tam, asm = self.ui.tam.text().strip() or None, self.ui.asm.text().strip() or None
        name, clients = self.ui.partnerName.text(), self.sub_clients()
        if self.partner is None:
            new = NewPartner(
                self.ui.partnerId.text().strip(),
                name,
                self.ui.edition.currentData(),
                from_qdate(self.ui.start.date()),
                self.ui.months.value(),
                calendar or None,
                quota_or_default(self.ui.sessionQuota.value()),
                tam,
                asm,
                clients,
            )
            done = self.context.perform(
                self, self.tr("Add partner"), lambda: add_partner(db, new).id
            )
        else:
            pid = self.partner.id
            details = PartnerDetails(name, calendar, tam, asm, clients)
            done = self.context.perform(
                self, self.tr("Save partner"), lambda: edit_partner(db, pid, details, today)
            )
        if done is not None:
            self.context.status.emit(self.tr("Saved partner {id}").format(id=done))
            self.saved.emit(done)
            self.accept()
