"""Pending session requests (from returned forms) in the Sessions view: book one with the
booking dialog prefilled from what the partner asked for, or decline it with a reason."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QTime, Signal
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from engagements.gui import prompts
from engagements.gui.booking_dialog import BookingDialog
from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.iem_editor import to_qdate
from engagements.gui.language import local_date_time, weekday_name
from engagements.gui.problems import finding_text
from engagements.services import forms

HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("Columns", "Partner"),
    QT_TRANSLATE_NOOP("Columns", "Topic"),
    QT_TRANSLATE_NOOP("Columns", "Preferred start"),
    QT_TRANSLATE_NOOP("Columns", "Sub-client"),
    QT_TRANSLATE_NOOP("Columns", "Contact"),
    QT_TRANSLATE_NOOP("Columns", "Warnings"),
)


class SessionRequestsPanel(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = embed(self, "form_session_requests")
        self.requests: list[forms.PendingSessionRequest] = []
        self.ui.bookRequestButton.clicked.connect(lambda: self.book_selected())
        self.ui.declineRequestButton.clicked.connect(lambda: self.decline_selected())
        context.guard(self.ui.bookRequestButton, self.ui.declineRequestButton)

    def refresh(self) -> None:
        db = self.context.db
        self.context.load(lambda progress: forms.pending_session_requests(db), self._show, self)

    def _show(self, requests: list[forms.PendingSessionRequest]) -> None:
        self.requests = requests
        table = self.ui.requestsTable
        table.clear()
        table.setColumnCount(len(HEADERS))
        table.setHorizontalHeaderLabels([QCoreApplication.translate("Columns", h) for h in HEADERS])
        table.setRowCount(len(requests))
        for row, request in enumerate(requests):
            cells = (
                str(request.id),
                f"{request.partner_name} ({request.partner_id})",
                request.topic.replace("-", " "),
                f"{weekday_name(request.preferred_start)} "
                f"{local_date_time(request.preferred_start)} {request.timezone}",
                request.sub_client or "",
                request.contact,
                "; ".join(stored_warning_texts(request)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(request.description if column == 2 else text)
                table.setItem(row, column, item)
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.ui.title.setText(
            self.tr("<h3>Pending session requests ({count})</h3>").format(count=len(requests))
        )
        self.loaded.emit()

    def selected(self) -> forms.PendingSessionRequest | None:
        row = self.ui.requestsTable.currentRow()
        return self.requests[row] if 0 <= row < len(self.requests) else None

    def book_selected(self, expert_id: str | None = None) -> RequestBookingDialog | None:
        request = self.selected()
        if request is None or self.context.read_only:
            return None
        dialog = RequestBookingDialog(self.context, request, self, expert_id)
        dialog.open()
        return dialog

    def decline_selected(self) -> None:
        request = self.selected()
        if request is None or self.context.read_only:
            return
        reason = prompts.ask_text(
            self,
            self.tr("Decline session request"),
            self.tr("Why is request #{id} from {partner} declined? (kept with the request)").format(
                id=request.id, partner=request.partner_name
            ),
        )
        if reason:
            self.context.perform(
                self,
                self.tr("Decline session request"),
                lambda: forms.decline_session_request(self.context.db, request.id, reason),
            )


class RequestBookingDialog(BookingDialog):
    """The booking dialog, prefilled from a session request; saving books it and marks
    the request booked in one transaction."""

    def __init__(
        self,
        context: AppContext,
        request: forms.PendingSessionRequest,
        parent: QWidget | None = None,
        expert_id: str | None = None,
    ) -> None:
        super().__init__(context, parent, partner_id=request.partner_id, expert_id=expert_id)
        self.request = request
        self.setWindowTitle(
            self.tr("Book session request #{id} from {partner}").format(
                id=request.id, partner=request.partner_name
            )
        )
        self.ui.partner.setEnabled(False)  # the request is this partner's
        self.ui.topic.setCurrentIndex(max(self.ui.topic.findData(request.topic), 0))
        self.ui.expert.currentIndexChanged.connect(lambda *_: self._show_preferred_start())
        self._show_preferred_start()

    def _show_preferred_start(self) -> None:
        """The partner's preferred start, shown in the chosen expert's zone (as booked)."""
        zone = ZoneInfo(self.zones.get(self.ui.expert.currentData(), "Asia/Shanghai"))
        local: datetime = self.request.preferred_start.astimezone(zone)
        self.ui.starts.setDateTime(
            QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute))
        )

    def save(self) -> None:
        if self.preview is None or self.preview.problems:
            return
        starts, ends = self.times()
        db, request = self.context.db, self.request
        outcome = self.context.perform(
            self,
            self.tr("Book session request"),
            lambda: forms.book_requested_session(
                db,
                request.id,
                self.ui.expert.currentData(),
                starts,
                ends,
                topic=self.ui.topic.currentData(),
                attendees=self.ui.attendees.text().strip(),
                on_site=self.ui.onSite.isChecked(),
            ),
        )
        if outcome is not None:
            self.context.status.emit(
                self.tr("Booked session #{session} for request #{id}").format(
                    session=outcome.id, id=request.id
                )
            )
            self.saved.emit(outcome)
            self.accept()


def stored_warning_texts(request: forms.PendingSessionRequest) -> list[str]:
    """The warnings stored with the request, in the window's language (their words when
    what they found was not stored)."""
    found = request.warning_findings or (None,) * len(request.warnings)
    return [
        finding_text(f) if f is not None and f.message == words else words
        for words, f in zip(request.warnings, found, strict=True)
    ]
