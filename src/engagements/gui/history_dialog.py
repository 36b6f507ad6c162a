"""The audit history of one request or session: who changed what, when, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.labels import (
    audit_action_label,
    audit_field_label,
    audit_value_label,
    status_label,
)
from engagements.gui.language import local_date
from engagements.services.audit import AuditEntry, audit_trail
from engagements.services.partner_history import action_name

# The audit trail names an engagement by these kinds (see the services' audit records).
AUDIT_KIND = {"iem": "iem_request", "session": "session"}
LABEL = {
    "iem": QT_TRANSLATE_NOOP("HistoryDialog", "IEM request"),
    "session": QT_TRANSLATE_NOOP("HistoryDialog", "Session"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "When (UTC)"),
    QT_TRANSLATE_NOOP("Columns", "Who"),
    QT_TRANSLATE_NOOP("Columns", "What"),
    QT_TRANSLATE_NOOP("Columns", "Changed"),
    QT_TRANSLATE_NOOP("Columns", "Reason"),
)
SHOWN_FIELDS = (
    "status",
    "start",
    "end",
    "starts_at",
    "ends_at",
    "justification",
    "rejection_reason",
    "expert_id",
    "topic",
    "event_name",
    "event_type",
    "description",
    "sub_client_id",
    "contact_name",
    "contact_email",
    "contact_phone",
    "name",
    "calendar",
    "designated_tam",
    "designated_asm",
    "edition",
    "months",
    "session_quota",
    "ended_on",
    "timezone",
    "skills",
    "active",
)


class HistoryDialog(QDialog):
    loaded = Signal()

    def __init__(
        self, context: AppContext, kind: str, engagement_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = embed(self, "history_dialog")
        self.entries: list[AuditEntry] = []
        self.setWindowTitle(
            self.tr("History — {what} #{id}").format(what=self.tr(LABEL[kind]), id=engagement_id)
        )
        self.ui.buttons.rejected.connect(self.reject)
        entity = (AUDIT_KIND[kind], str(engagement_id))
        db = context.db
        context.load(lambda _progress: audit_trail(db, entity, 200), self._show, self)

    def _show(self, entries: list[AuditEntry]) -> None:
        self.entries = entries
        table = self.ui.events
        table.setColumnCount(len(HEADERS))
        table.setHorizontalHeaderLabels([QCoreApplication.translate("Columns", h) for h in HEADERS])
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                f"{local_date(entry.at.date())} {entry.at:%H:%M}",
                entry.actor,
                audit_action_label(action_name(entry.action)),
                describe_change(entry.before, entry.after),
                entry.reason or "",
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ui.heading.setText(
            self.tr(
                "%n recorded change(s), newest first. The audit trail cannot be edited.",
                "",
                len(entries),
            )
        )
        self.loaded.emit()


def describe_change(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """The fields a reviewer cares about that differ, as 'status: submitted → approved'."""
    if before is None:
        return QCoreApplication.translate("HistoryDialog", "created") + (
            f" ({status_label(after['status'])})" if after and after.get("status") else ""
        )
    if after is None:
        return QCoreApplication.translate("HistoryDialog", "removed")
    changed = [
        f"{audit_field_label(name)}: {audit_value_label(name, before.get(name))} → "
        f"{audit_value_label(name, after.get(name))}"
        for name in SHOWN_FIELDS
        if before.get(name) != after.get(name)
    ]
    return "; ".join(changed) or QCoreApplication.translate("HistoryDialog", "no visible change")


def open_history(
    context: AppContext, kind: str, engagement_id: int, parent: QWidget | None = None
) -> HistoryDialog:
    dialog = HistoryDialog(context, kind, engagement_id, parent)
    dialog.open()
    return dialog
