"""One IEM request in its own window: what it is, its life cycle, its expert team, and
its fields to change, with the rules' answer following the dates as they are typed.

``open_request`` is what opening a request from the requests list (or search, or the
calendar) shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from engagements.domain import findings
from engagements.domain import status as lifecycle
from engagements.domain.events import EVENT_TYPES
from engagements.gui import prompts
from engagements.gui.commands import push_done
from engagements.gui.context import REFUSALS, AppContext
from engagements.gui.forms import embed
from engagements.gui.iem_editor import describe, from_qdate, to_qdate
from engagements.gui.labels import event_type_label, status_label
from engagements.gui.language import local_date
from engagements.gui.problems import message_for
from engagements.gui.purchase_dialog import approve_or_offer
from engagements.gui.unsaved import EditingDialog
from engagements.services import iem, iem_edits
from engagements.services.iem_detail import IemDetail, iem_detail, preview_iem_edit
from engagements.services.previews import IemPreview
from engagements.services.queries import expert_roster, partner_file

# The words on the buttons that move a request on; which are offered is the domain's.
MOVES = {
    lifecycle.APPROVED: QT_TRANSLATE_NOOP("RequestDialog", "A&pprove…"),
    lifecycle.REJECTED: QT_TRANSLATE_NOOP("RequestDialog", "&Reject…"),
    lifecycle.SCHEDULED: QT_TRANSLATE_NOOP("RequestDialog", "&Schedule"),
    lifecycle.IN_PROGRESS: QT_TRANSLATE_NOOP("RequestDialog", "S&tart"),
    lifecycle.COMPLETED: QT_TRANSLATE_NOOP("RequestDialog", "&Complete"),
    lifecycle.CANCELLED: QT_TRANSLATE_NOOP("RequestDialog", "Cance&l request…"),
}


def as_change(detail: IemDetail) -> iem_edits.IemChange:
    """The request as recorded, as an edit that would put it back."""
    return iem_edits.IemChange(
        detail.start,
        detail.end,
        detail.event_name,
        detail.event_type,
        detail.description,
        detail.sub_client,
        detail.contact_name,
        detail.contact_email,
        detail.contact_phone,
    )


def request_label(kind: str, request_id: int) -> str:
    """How requests are named everywhere: IEM-179, S-179."""
    return f"{'IEM' if kind == 'iem' else 'S'}-{request_id}"


def open_request(
    context: AppContext, kind: str, request_id: int, parent: QWidget | None = None
) -> QDialog:
    """Open a request: an IEM request in its own window; a session's history."""
    if kind != "iem":
        from engagements.gui.history_dialog import open_history

        return open_history(context, kind, request_id, parent)
    dialog = RequestDialog(context, request_id, parent)
    # Gone when closed: a window opened from a list is not kept for the next one.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class RequestDialog(EditingDialog):
    previewed = Signal(object)  # the IemPreview shown
    changed = Signal()  # the request was written (saved, moved on, staffed)

    def __init__(self, context: AppContext, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.request_id = context, request_id
        self.ui = embed(self, "request_dialog")
        self.resize(self.ui.root.minimumSize())
        self.preview: IemPreview | None = None
        self.move_buttons: dict[str, QPushButton] = {}
        for event_type in EVENT_TYPES:
            self.ui.eventType.addItem(event_type_label(event_type), event_type)
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.historyButton.clicked.connect(self.show_history)
        self.ui.assignButton.clicked.connect(self.assign)
        self.ui.unassignButton.clicked.connect(self.unassign)
        self.ui.start.dateChanged.connect(lambda _: self._start_moved())
        self.ui.end.dateChanged.connect(lambda _: self.update_feedback())
        self.reload()

    def _start_moved(self) -> None:
        # As in the new-request editor: moving the start carries the end along.
        length = self.detail.end - self.detail.start
        self.ui.end.blockSignals(True)
        self.ui.end.setDate(to_qdate(from_qdate(self.ui.start.date()) + length))
        self.ui.end.blockSignals(False)
        self.update_feedback()

    def reload(self) -> None:
        self.detail: IemDetail = iem_detail(self.context.db, self.request_id)
        detail = self.detail
        self.setWindowTitle(f"{request_label('iem', detail.id)} — {detail.partner_name}")
        self._fill_fields(detail)
        self._fill_moves(detail)
        self._fill_staffing(detail)
        editable = iem_edits.editable(detail.status) and not self.context.read_only
        for name in (
            "eventName",
            "eventType",
            "start",
            "end",
            "subClient",
            "description",
            "contactName",
            "contactEmail",
            "contactPhone",
            "justification",
        ):
            getattr(self.ui, name).setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.context.guard(self.save_button, self.ui.assignButton, self.ui.unassignButton)
        self.update_feedback()
        # As recorded now: only what differs from it is an edit to keep. The expert
        # chosen for staffing is written by Assign at once, never by Save.
        self.remember_edits(ignored=(self.ui.expert,))

    def discard_question(self) -> str:
        return self.tr("Discard the changes to this IEM request?")

    def _fill_fields(self, detail: IemDetail) -> None:
        status = status_label(detail.status)
        extra = (
            [self.tr("Justification: {text}").format(text=escape(detail.justification))]
            if detail.justification
            else []
        )
        extra += (
            [self.tr("Rejected: {text}").format(text=escape(detail.rejection_reason))]
            if detail.rejection_reason
            else []
        )
        self.ui.heading.setText(
            f"<h2>{request_label('iem', detail.id)} · {escape(detail.partner_name)} "
            f"({detail.partner_id})</h2><b>{status}</b> · "
            + self.tr("submitted {date}").format(date=local_date(detail.submitted))
            + "".join(f"<br>{line}" for line in extra)
        )
        for edit in (self.ui.start, self.ui.end):
            edit.blockSignals(True)
        self.ui.start.setDate(to_qdate(detail.start))
        self.ui.end.setDate(to_qdate(detail.end))
        for edit in (self.ui.start, self.ui.end):
            edit.blockSignals(False)
        self.ui.eventName.setText(detail.event_name)
        self.ui.eventType.setCurrentIndex(max(self.ui.eventType.findData(detail.event_type), 0))
        self.ui.description.setPlainText(detail.description)
        self.ui.contactName.setText(detail.contact_name or "")
        self.ui.contactEmail.setText(detail.contact_email or "")
        self.ui.contactPhone.setText(detail.contact_phone or "")
        self.ui.justification.setPlainText("")
        self.ui.justification.setPlaceholderText(
            self.tr("Needed to approve a late request, or to move an approved one to late dates")
        )
        self.ui.subClient.clear()
        self.ui.subClient.addItem(self.tr("(none)"), None)
        file = partner_file(self.context.db, detail.partner_id, self.context.today)
        # Qt keeps a tuple as a list: the account id is the data, the name looked up.
        self.sub_clients = {c.account_id: c.name for c in file.sub_clients}
        for client in file.sub_clients:
            self.ui.subClient.addItem(f"{client.name} ({client.account_id})", client.account_id)
        if detail.sub_client:
            self.ui.subClient.setCurrentIndex(
                max(self.ui.subClient.findData(detail.sub_client[0]), 0)
            )

    def _fill_moves(self, detail: IemDetail) -> None:
        for button in self.move_buttons.values():
            button.deleteLater()
        self.move_buttons = {}
        row = self.ui.root.findChild(QHBoxLayout, "lifecycleRow")
        for target in lifecycle.ALL_STATUSES:
            if target in detail.allowed_next:
                button = QPushButton(self.tr(MOVES[target]) if target in MOVES else target, self)
                button.setObjectName(f"moveTo_{target}")
                button.setAccessibleName(
                    self.tr("Make the request {status}").format(status=status_label(target))
                )
                button.clicked.connect(lambda _=False, t=target: self.move_to(t))
                row.insertWidget(row.count() - 2, button)
                self.context.guard(button)
                self.move_buttons[target] = button
        self.ui.lifecycleLabel.setText(
            self.tr("Move it on:") if self.move_buttons else self.tr("Its life cycle is over.")
        )

    def _fill_staffing(self, detail: IemDetail) -> None:
        self.ui.staffLabel.setText(
            self.tr("On this event: <b>{expert}</b>").format(expert=escape(detail.expert_name))
            if detail.expert_name
            else self.tr("<b>No expert assigned</b>")
        )
        self.ui.expert.clear()
        for row in expert_roster(self.context.db, self.context.today):
            if row.active:
                skills = f" · {row.skills}" if row.skills else ""
                self.ui.expert.addItem(
                    f"{row.name}{skills} · "
                    + self.tr("{days} IEM days ahead").format(days=row.iem_days_ahead),
                    row.id,
                )
        staffable = detail.status in lifecycle.STAFFED_STATUSES
        self.ui.assignButton.setEnabled(staffable and not self.context.read_only)
        self.ui.unassignButton.setEnabled(
            detail.expert_id is not None and not self.context.read_only
        )
        self.ui.staffingBox.setToolTip(
            "" if staffable else self.tr("Experts are assigned once the request is approved")
        )

    def update_feedback(self) -> IemPreview | None:
        start, end = from_qdate(self.ui.start.date()), from_qdate(self.ui.end.date())
        try:
            self.preview = preview_iem_edit(self.context.db, self.request_id, start, end)
        except REFUSALS as refusal:
            self.preview = None
            self.ui.feedback.setText(
                self.tr("<b>Cannot assess:</b> {reason}").format(
                    reason=escape(message_for(refusal))
                )
            )
            return None
        if self.detail.justification and self.detail.status != lifecycle.SUBMITTED:
            # Approved with its lateness justified: nothing left to ask for.
            self.preview = replace(
                self.preview,
                problem_findings=tuple(
                    p for p in self.preview.problem_findings if p.kind != findings.LATE
                ),
            )
        self.ui.feedback.setText(describe(self.preview))
        self.previewed.emit(self.preview)
        return self.preview

    def change(self) -> iem_edits.IemChange:
        """The request as the fields now say."""
        return iem_edits.IemChange(
            start=from_qdate(self.ui.start.date()),
            end=from_qdate(self.ui.end.date()),
            event_name=self.ui.eventName.text(),
            event_type=self.ui.eventType.currentData(),
            description=self.ui.description.toPlainText(),
            sub_client=self._chosen_sub_client(),
            contact_name=self.ui.contactName.text(),
            contact_email=self.ui.contactEmail.text(),
            contact_phone=self.ui.contactPhone.text(),
            justification=self.ui.justification.toPlainText().strip() or None,
        )

    def _chosen_sub_client(self) -> tuple[str, str] | None:
        account_id = self.ui.subClient.currentData()
        return (account_id, self.sub_clients[account_id]) if account_id else None

    def save(self) -> None:
        """Save the fields; Ctrl+Z puts the request back as it was (checked again)."""
        change, before, db = self.change(), as_change(self.detail), self.context.db
        label = request_label("iem", self.request_id)
        if self._undoable(
            self.tr("edit {request}").format(request=label),
            lambda: iem_edits.edit_iem(db, self.request_id, change),
            lambda _done: iem_edits.edit_iem(db, self.request_id, before),
        ):
            self.context.status.emit(
                self.tr("Saved {request}; Ctrl+Z undoes the edit").format(request=label)
            )

    def _undoable(
        self, text: str, do: Callable[[], object], undo: Callable[[object], object]
    ) -> bool:
        """A change that a service can reverse: made now, and put on the undo stack."""
        if push_done(self.context, text, do, undo) is None:
            return False
        self._written()
        return True

    def _write(self, what: str, action: object) -> bool:
        done = self.context.perform(self, what, action)  # type: ignore[arg-type]
        if done is None:
            return False
        self._written()
        return True

    def _written(self, _outcome: object = None) -> None:
        self.reload()
        self.changed.emit()

    def move_to(self, target: str) -> None:
        """Move the request to ``target`` (one of the moves the life cycle allows now)."""
        detail, db = self.detail, self.context.db
        if target == lifecycle.APPROVED:
            self._approve()
        elif target == lifecycle.REJECTED:
            reason = prompts.ask_text(
                self,
                self.tr("Reject request"),
                self.tr("Why is {request} rejected?").format(
                    request=request_label("iem", detail.id)
                ),
            )
            if reason:
                self._write(
                    self.tr("Reject IEM request"), lambda: iem.reject_iem(db, detail.id, reason)
                )
        elif target == lifecycle.CANCELLED:
            if prompts.confirm(
                self,
                self.tr("Cancel"),
                self.tr("Cancel {request} for {partner}? This cannot be undone.").format(
                    request=request_label("iem", detail.id), partner=detail.partner_name
                ),
            ):
                self._write(self.tr("Cancel IEM request"), lambda: iem.cancel_iem(db, detail.id))
        else:
            self._write(
                self.tr("Make the request {status}").format(status=status_label(target)),
                lambda: iem.advance_iem(db, detail.id, target),
            )

    def _approve(self) -> None:
        detail = self.detail
        justification = self.ui.justification.toPlainText().strip() or None
        if not detail.meets_lead_time and not (justification or detail.justification):
            justification = prompts.ask_text(
                self,
                self.tr("Justify a late request"),
                self.tr(
                    "{request} gives less notice than the lead time.\nWhy approve it anyway?"
                ).format(request=request_label("iem", detail.id)),
            )
            if justification is None:
                return
        approve_or_offer(
            self.context,
            self,
            detail.id,
            detail.partner_id,
            (detail.start, detail.end),
            justification,
            self._written,
        )

    def assign(self) -> None:
        expert_id, db, request_id = self.ui.expert.currentData(), self.context.db, self.request_id
        previous = self.detail.expert_id
        if expert_id:
            self._undoable(
                self.tr("assign {expert} to {request}").format(
                    expert=expert_id, request=request_label("iem", request_id)
                ),
                lambda: iem.assign_expert(db, request_id, expert_id),
                lambda _done: self._put_back(previous),
            )

    def unassign(self) -> None:
        db, request_id, previous = self.context.db, self.request_id, self.detail.expert_id
        self._undoable(
            self.tr("unassign the expert of {request}").format(
                request=request_label("iem", request_id)
            ),
            lambda: iem_edits.unassign_expert(db, request_id),
            lambda _done: self._put_back(previous),
        )

    def _put_back(self, expert_id: str | None) -> object:
        """Undo of a staffing change: the expert who was on the event, or nobody."""
        if expert_id is None:
            return iem_edits.unassign_expert(self.context.db, self.request_id)
        return iem.assign_expert(self.context.db, self.request_id, expert_id)

    def show_history(self) -> None:
        from engagements.gui.history_dialog import open_history

        self.history = open_history(self.context, "iem", self.request_id, self)
