"""Record a use of the expert service (architecture optimization): date, expert, what
was done; saying before it is saved that the use blocks a downgrade or exit until the
committed term ends."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from engagements.domain.expert_service import first_day_after_term
from engagements.gui import theme
from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.iem_editor import from_qdate, to_qdate
from engagements.gui.language import local_date
from engagements.gui.unsaved import EditingDialog
from engagements.services.expert_service import record_expert_use
from engagements.services.queries import PartnerFile, expert_roster


class ExpertUseDialog(EditingDialog):
    saved = Signal(int)  # the use's id

    def __init__(
        self, context: AppContext, partner: PartnerFile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.partner = context, partner
        self.ui = embed(self, "expert_use_dialog")
        self.resize(self.ui.root.minimumSize())
        self.setWindowTitle(self.tr("Expert service for {partner}").format(partner=partner.id))
        self.ui.heading.setText(
            f"<h3>{escape(partner.name)}</h3>"
            + self.tr("Architecture optimization by the expert team.")
        )
        self.ui.usedOn.setDate(to_qdate(context.today))
        for row in expert_roster(context.db, context.today):
            if row.active:
                self.ui.expert.addItem(row.name, row.id)
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        context.guard(self.save_button)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.usedOn.dateChanged.connect(lambda _: self.warn())
        self.ui.summary.textChanged.connect(self.warn)
        self.warn()
        self.remember_edits()

    def discard_question(self) -> str:
        return self.tr("Discard this use of the expert service?")

    def warn(self) -> None:
        """What recording the use means for this subscription, before it is saved."""
        used_on = from_qdate(self.ui.usedOn.date())
        started = [s for s in self.partner.subscriptions if s.start <= used_on]
        term = (started or self.partner.subscriptions)[-1]
        free_from = first_day_after_term(term.start, term.months)
        colour = theme.colour(theme.WARNING).name()
        self.ui.warning.setText(
            f"<p style='color:{colour}'>⚠ "
            + self.tr(
                "Recording this use blocks a downgrade or exit until the committed term ends: "
                "{partner} cannot move to a lower edition or leave before {date} without a "
                "recorded early-exit approval."
            ).format(partner=self.partner.id, date=local_date(free_from))
            + "</p>"
        )
        self.save_button.setEnabled(
            bool(self.ui.summary.toPlainText().strip()) and not self.context.read_only
        )

    def save(self) -> None:
        db, pid = self.context.db, self.partner.id
        used_on, summary = from_qdate(self.ui.usedOn.date()), self.ui.summary.toPlainText()
        expert = self.ui.expert.currentText() or None
        done = self.context.perform(
            self,
            self.tr("Record expert service"),
            lambda: record_expert_use(db, pid, used_on, summary, expert),
        )
        if done is not None:
            self.context.status.emit(
                self.tr("Recorded the expert service for {partner} on {date}").format(
                    partner=pid, date=local_date(used_on)
                )
            )
            self.saved.emit(done)
            self.accept()
