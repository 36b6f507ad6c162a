"""Selling more IEM days: record a purchase, also offered straight from an approval the
allowance refused ("2 days short — record a purchase…"), after which the approval is
tried again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from engagements.domain import status as lifecycle
from engagements.domain.allowance import ONE_DAY, add_months
from engagements.domain.errors import RuleRefusal
from engagements.gui.commands import ServiceCommand
from engagements.gui.context import REFUSALS, AppContext
from engagements.gui.forms import embed
from engagements.gui.iem_editor import from_qdate, to_qdate
from engagements.gui.language import local_date
from engagements.gui.problems import message_for
from engagements.gui.unsaved import EditingDialog
from engagements.services import iem, reversals

ALLOWANCE_EXCEEDED = "allowance_exceeded"  # the refusal code of the allowance rule


class PurchaseDialog(EditingDialog):
    saved = Signal(int)  # the purchase id

    def __init__(
        self,
        context: AppContext,
        partner_id: str,
        parent: QWidget | None = None,
        days: int = 1,
        valid_from: date | None = None,
        valid_to: date | None = None,
        why: str = "",
    ) -> None:
        super().__init__(parent)
        self.context, self.partner_id = context, partner_id
        self.ui = embed(self, "purchase_dialog")
        self.setWindowTitle(self.tr("IEM days for {partner}").format(partner=partner_id))
        first = valid_from or context.today
        self.ui.heading.setText(
            self.tr(
                "<b>{partner}</b>: extra natural days of IEM, usable "
                "for event dates inside the validity."
            ).format(partner=partner_id)
            + (f"<br>{why}" if why else "")
        )
        self.ui.days.setValue(days)
        self.ui.validFrom.setDate(to_qdate(first))
        self.ui.validTo.setDate(to_qdate(valid_to or add_months(first, 12) - ONE_DAY))
        for edit in (self.ui.validFrom, self.ui.validTo):
            edit.dateChanged.connect(lambda _: self._explain())
        self.ui.days.valueChanged.connect(lambda _: self._explain())
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        context.guard(self.ui.buttons.button(QDialogButtonBox.StandardButton.Save))
        self._explain()
        self.remember_edits()

    def discard_question(self) -> str:
        return self.tr("Discard this purchase of IEM days?")

    def _explain(self) -> None:
        first, last = from_qdate(self.ui.validFrom.date()), from_qdate(self.ui.validTo.date())
        if last < first:
            self.ui.feedback.setText("✗ " + self.tr("The validity ends before it starts."))
            return
        self.ui.feedback.setText(
            self.tr(
                "{days} days in total, for IEM event dates from {first} to {last} ({span} days)."
            ).format(
                days=self.ui.days.value(),
                first=local_date(first),
                last=local_date(last),
                span=(last - first).days + 1,
            )
        )

    def save(self) -> None:
        days = self.ui.days.value()
        first, last = from_qdate(self.ui.validFrom.date()), from_qdate(self.ui.validTo.date())
        purchase = self.context.perform(
            self,
            self.tr("Record IEM purchase"),
            lambda: iem.purchase_days(self.context.db, self.partner_id, days, first, last),
        )
        if purchase is not None:
            self.context.status.emit(
                self.tr("Recorded {days} IEM days for {partner} ({first} to {last})").format(
                    days=days,
                    partner=self.partner_id,
                    first=local_date(first),
                    last=local_date(last),
                )
            )
            self.saved.emit(purchase)
            self.accept()


def approve_or_offer(
    context: AppContext,
    parent: QWidget,
    request_id: int,
    partner_id: str,
    span: tuple[date, date],
    justification: str | None,
    done: Callable[[object], None] | None = None,
    acknowledge_undetermined: bool = False,
) -> object | None:
    """Approve the request; when the allowance says no, offer to record the days short.
    ``acknowledge_undetermined``: the user accepted a lead time that cannot be decided."""
    if context.read_only:
        return context.perform(
            parent,
            QCoreApplication.translate("PurchaseDialog", "Approve IEM request"),
            lambda: None,
        )
    try:
        outcome = iem.approve_iem(context.db, request_id, justification, acknowledge_undetermined)
    except RuleRefusal as refusal:
        if refusal.error == ALLOWANCE_EXCEEDED:
            offer_purchase(
                context, parent, request_id, partner_id, span, refusal, justification, done
            )
        else:
            context.show_problem(
                parent, refusal, QCoreApplication.translate("PurchaseDialog", "Approve IEM request")
            )
        return None
    except REFUSALS as refusal:
        context.show_problem(
            parent, refusal, QCoreApplication.translate("PurchaseDialog", "Approve IEM request")
        )
        return None
    # Undoable while nobody has moved the request on: undo puts it back to submitted.
    db, name = (
        context.db,
        QCoreApplication.translate("PurchaseDialog", "approval of IEM-{id}").format(id=request_id),
    )
    context.undo_stack.push(
        ServiceCommand(
            context,
            name,
            lambda: reversals.restore_iem_status(
                db, request_id, lifecycle.APPROVED, lifecycle.SUBMITTED
            ),
            lambda: iem.approve_iem(db, request_id, justification, acknowledge_undetermined),
        )
    )
    context.changed.emit()
    context.status.emit(
        QCoreApplication.translate("Undo", "Done: {change}. Undo (Ctrl+Z) puts it back.").format(
            change=name
        )
    )
    if done:
        done(outcome)
    return outcome


def offer_purchase(
    context: AppContext,
    parent: QWidget,
    request_id: int,
    partner_id: str,
    span: tuple[date, date],
    refusal: RuleRefusal,
    justification: str | None,
    done: Callable[[object], None] | None,
) -> QMessageBox:
    """The refusal with its shortfall, and a button that records a purchase of that many
    days (valid over the event) and then approves again."""
    # The rule's own number, not one read back out of its sentence.
    short = int(refusal.details.get("shortfall_days", 0) or 0) or 1  # type: ignore[call-overload]
    reason = message_for(refusal)
    shortfall = (
        QCoreApplication.translate("PurchaseDialog", "1 day short — record a purchase…")
        if short == 1
        else QCoreApplication.translate(
            "PurchaseDialog", "{days} days short — record a purchase…"
        ).format(days=short)
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PurchaseDialog", "Not enough IEM days"),
        QCoreApplication.translate(
            "PurchaseDialog", "IEM-{id} cannot be approved: {reason}."
        ).format(id=request_id, reason=reason)
        + "\n\n"
        + shortfall,
        parent=parent,
    )
    buy = box.addButton(
        QCoreApplication.translate("PurchaseDialog", "Record a purchase of 1 day…")
        if short == 1
        else QCoreApplication.translate(
            "PurchaseDialog", "Record a purchase of {days} days…"
        ).format(days=short),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setObjectName("purchaseOffer")

    def chosen(button: object) -> None:
        if button is not buy:
            return
        first = min(context.today, span[0])
        dialog = PurchaseDialog(
            context,
            partner_id,
            parent,
            short,
            first,
            max(add_months(first, 12) - ONE_DAY, span[1]),
            QCoreApplication.translate(
                "PurchaseDialog", "Asked for by IEM-{id}, {days} days short."
            ).format(id=request_id, days=short),
        )
        dialog.setObjectName("purchaseDialog")
        dialog.saved.connect(
            lambda _id: approve_or_offer(
                context, parent, request_id, partner_id, span, justification, done
            )
        )
        dialog.open()

    box.buttonClicked.connect(chosen)
    box.open()
    return box
