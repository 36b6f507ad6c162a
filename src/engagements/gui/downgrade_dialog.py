"""The downgrade check, explained: allowed or not, why, from when, what caused it, and which
booked engagements the lower edition would no longer cover."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from engagements.domain.expert_service import DowngradeDecision
from engagements.gui import theme
from engagements.gui.context import REFUSALS, AppContext
from engagements.gui.forms import embed
from engagements.gui.iem_editor import from_qdate, to_qdate
from engagements.gui.labels import edition_label, kind_label
from engagements.gui.language import local_date
from engagements.gui.problems import affected_text, decision_text, message_for
from engagements.services.expert_service import downgrade_check


class DowngradeDialog(QDialog):
    def __init__(self, context: AppContext, partner_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.partner_id = context, partner_id
        self.ui = embed(self, "downgrade_dialog")
        self.setWindowTitle(
            self.tr("Downgrade or exit check — {partner}").format(partner=partner_id)
        )
        for edition in context.db.catalog.editions.values():
            self.ui.target.addItem(edition_label(edition.label), edition.name)
        self.ui.target.addItem(self.tr("End the subscription"), None)
        self.ui.target.setCurrentIndex(0)
        self.ui.effective.setDate(to_qdate(context.today))
        self.ui.target.currentIndexChanged.connect(lambda _: self.update_answer())
        self.ui.effective.dateChanged.connect(lambda _: self.update_answer())
        self.ui.buttons.rejected.connect(self.reject)
        self.decision: DowngradeDecision | None = None
        self.update_answer()

    def update_answer(self) -> DowngradeDecision | None:
        on = from_qdate(self.ui.effective.date())
        try:
            self.decision = downgrade_check(
                self.context.db, self.partner_id, self.ui.target.currentData(), on
            )
        except REFUSALS as refusal:
            self.decision = None
            self.ui.answer.setHtml(f"<p>{escape(message_for(refusal))}</p>")
            return None
        self.ui.answer.setHtml(explain(self.decision, self.ui.target.currentText()))
        return self.decision


def explain(decision: DowngradeDecision, target: str) -> str:
    colour = theme.colour(theme.OK if decision.allowed else theme.DANGER).name()
    verdict = (
        QCoreApplication.translate("DowngradeDialog", "Allowed")
        if decision.allowed
        else QCoreApplication.translate("DowngradeDialog", "Not allowed on that date")
    )
    parts = [
        f"<h2 style='color:{colour}'>{verdict}</h2>",
        QCoreApplication.translate("DowngradeDialog", "<p><b>Why:</b> {reason}.</p>").format(
            reason=escape(decision_text(decision))
        ),
        QCoreApplication.translate(
            "DowngradeDialog", "<p><b>Earliest date it can take effect:</b> {date}</p>"
        ).format(date=local_date(decision.earliest_date)),
    ]
    if decision.blocking_uses:
        uses = ", ".join(f"#{u}" for u in decision.blocking_uses)
        parts.append(
            QCoreApplication.translate(
                "DowngradeDialog", "<p><b>Expert-service uses that constrain it:</b> {uses}</p>"
            ).format(uses=uses)
        )
    if decision.lifted_uses:
        uses = ", ".join(f"#{u}" for u in decision.lifted_uses)
        parts.append(
            QCoreApplication.translate(
                "DowngradeDialog",
                "<p><b>Expert-service uses that no longer constrain it:</b> {uses}</p>",
            ).format(uses=uses)
        )
    if decision.affected_engagements:
        rows = "".join(
            QCoreApplication.translate(
                "DowngradeDialog", "<li>{kind} #{id} from {first}: {why}</li>"
            ).format(
                kind=kind_label(a.kind),
                id=a.id,
                first=local_date(a.first_day),
                why=escape(affected_text(a, decision)),
            )
            for a in decision.affected_engagements
        )
        parts.append(
            QCoreApplication.translate(
                "DowngradeDialog",
                "<p><b>Booked engagements {target} would no longer cover:</b></p>",
            ).format(target=escape(target))
            + f"<ul>{rows}</ul>"
        )
    else:
        parts.append(
            QCoreApplication.translate(
                "DowngradeDialog", "<p>No booked engagement is affected.</p>"
            )
        )
    return "".join(parts)
