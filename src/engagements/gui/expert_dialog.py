"""Add an expert to the roster or change one (name, time zone, skills)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.unsaved import EditingDialog
from engagements.services.queries import RosterRow
from engagements.services.roster import ExpertDetails, edit_expert
from engagements.services.sessions import add_expert

ZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "UTC",
)


class ExpertDialog(EditingDialog):
    saved = Signal(str)  # the expert id

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, expert: RosterRow | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.expert = context, expert
        self.ui = embed(self, "expert_dialog")
        self.resize(self.ui.root.minimumSize())
        self.ui.timezone.addItems(ZONES)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        context.guard(save)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        if expert is None:
            self.setWindowTitle(self.tr("New expert"))
            self.ui.heading.setText(self.tr("<h3>New expert on the roster</h3>"))
        else:
            self.setWindowTitle(self.tr("Expert {name}").format(name=expert.name))
            self.ui.heading.setText(
                self.tr("<h3>{name}</h3>{sessions} sessions and {days} IEM days ahead").format(
                    name=expert.name, sessions=expert.sessions_ahead, days=expert.iem_days_ahead
                )
            )
            self.ui.expertId.setText(expert.id)
            self.ui.expertId.setReadOnly(True)
            self.ui.expertName.setText(expert.name)
            self.ui.timezone.setCurrentText(expert.timezone)
            self.ui.skills.setText(expert.skills)
        self.remember_edits()

    def discard_question(self) -> str:
        return self.tr("Discard the changes to this expert?")

    def save(self) -> None:
        db = self.context.db
        details = ExpertDetails(
            self.ui.expertName.text(), self.ui.timezone.currentText(), self.ui.skills.text()
        )
        if self.expert is None:
            expert_id = self.ui.expertId.text().strip()
            done = self.context.perform(
                self,
                self.tr("Add expert"),
                lambda: add_expert(
                    db, expert_id, details.name, details.timezone.strip(), details.skills
                ),
            )
        else:
            expert_id = self.expert.id
            done = self.context.perform(
                self, self.tr("Save expert"), lambda: edit_expert(db, expert_id, details)
            )
        if done is not None:
            self.context.status.emit(self.tr("Saved expert {name}").format(name=done))
            self.saved.emit(done)
            self.accept()
