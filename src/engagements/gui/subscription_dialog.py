"""Renew or change a partner's subscription: a new record from a date, the old one kept
in the history. The downgrade check answers live while the edition and date change."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from engagements.domain.allowance import ONE_DAY
from engagements.gui import theme
from engagements.gui.context import REFUSALS, AppContext
from engagements.gui.forms import embed
from engagements.gui.iem_editor import from_qdate, to_qdate
from engagements.gui.labels import edition_label, kind_label
from engagements.gui.language import local_date
from engagements.gui.partner_dialog import quota_or_default
from engagements.gui.problems import affected_text, decision_text, message_for
from engagements.gui.unsaved import EditingDialog
from engagements.services.expert_service import downgrade_check
from engagements.services.queries import PartnerFile
from engagements.services.subscriptions import SubscriptionChange, change_subscription


class SubscriptionDialog(EditingDialog):
    saved = Signal(object)  # the new PartnerSummary
    checked = Signal(object)  # the DowngradeDecision shown

    def __init__(
        self, context: AppContext, partner: PartnerFile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.partner = context, partner
        self.ui = embed(self, "subscription_dialog")
        self.resize(self.ui.root.minimumSize())
        current = partner.subscriptions[-1]
        self.setWindowTitle(self.tr("Subscription of {partner}").format(partner=partner.id))
        self.ui.heading.setText(
            f"<h3>{escape(partner.name)}</h3>"
            + self.tr(
                "Now: {edition}, {start} for {months} months (term ends {end}). The new "
                "subscription starts a new record; the history stays."
            ).format(
                edition=edition_label(current.edition),
                start=local_date(current.start),
                months=current.months,
                end=local_date(current.term_end),
            )
        )
        for edition in context.db.catalog.editions.values():
            self.ui.edition.addItem(edition_label(edition.label), edition.name)
        self.ui.edition.setCurrentIndex(max(self.ui.edition.findData(current.edition), 0))
        self.ui.start.setDate(to_qdate(current.term_end + ONE_DAY))  # a renewal by default
        self.ui.months.setValue(current.months)
        self.ui.sessionQuota.setValue(
            current.session_quota if current.session_quota is not None else -1
        )
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        context.guard(self.save_button)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.edition.currentIndexChanged.connect(lambda _: self.check())
        self.ui.start.dateChanged.connect(lambda _: self.check())
        self.check()
        self.remember_edits()

    def discard_question(self) -> str:
        return self.tr("Discard the changes to this subscription?")

    def change(self) -> SubscriptionChange:
        return SubscriptionChange(
            self.ui.edition.currentData(),
            from_qdate(self.ui.start.date()),
            self.ui.months.value(),
            quota_or_default(self.ui.sessionQuota.value()),
        )

    def check(self) -> None:
        """The downgrade check for the edition and date chosen, in words."""
        change = self.change()
        try:
            decision = downgrade_check(
                self.context.db, self.partner.id, change.edition, change.start
            )
        except REFUSALS as refusal:
            self.ui.feedback.setText(f"✗ {escape(message_for(refusal))}")
            self.save_button.setEnabled(False)
            return
        colour = theme.colour(theme.OK if decision.allowed else theme.DANGER).name()
        lines = [
            f"<p style='color:{colour}'>{'✓' if decision.allowed else '✗'} "
            f"{escape(decision_text(decision))}</p>"
        ]
        lines += [
            "<p>⚠ "
            + self.tr("{kind}-{id} from {first}: {why}").format(
                kind=kind_label(a.kind),
                id=a.id,
                first=local_date(a.first_day),
                why=escape(affected_text(a, decision)),
            )
            + "</p>"
            for a in decision.affected_engagements
        ]
        self.ui.feedback.setText("".join(lines))
        self.save_button.setEnabled(decision.allowed and not self.context.read_only)
        self.checked.emit(decision)

    def save(self) -> None:
        change, db, pid = self.change(), self.context.db, self.partner.id
        done = self.context.perform(
            self, self.tr("Change subscription"), lambda: change_subscription(db, pid, change)
        )
        if done is not None:
            self.context.status.emit(
                self.tr("{partner}: {edition} from {start}").format(
                    partner=pid, edition=edition_label(done.edition), start=local_date(done.start)
                )
            )
            self.saved.emit(done)
            self.accept()
