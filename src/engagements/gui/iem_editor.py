"""The IEM request editor: the lead-time and allowance answers change as the dates change."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QCompleter, QDialogButtonBox, QWidget

from engagements.domain import findings
from engagements.domain import status as lifecycle
from engagements.domain.events import EVENT_TYPES
from engagements.gui import theme
from engagements.gui.choices import set_choices
from engagements.gui.commands import push_done
from engagements.gui.context import REFUSALS, AppContext
from engagements.gui.forms import embed
from engagements.gui.labels import event_type_label
from engagements.gui.language import local_date
from engagements.gui.problems import findings_text, message_for
from engagements.gui.unsaved import EditingDialog
from engagements.services import iem, reversals
from engagements.services.previews import IemPreview, preview_iem
from engagements.services.queries import partner_file, pick_lists


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class IemEditor(EditingDialog):
    previewed = Signal(object)  # the IemPreview just shown
    saved = Signal(object)  # the IemOutcome

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, partner_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = embed(self, "iem_editor")
        self.setWindowTitle(self.tr("New IEM request"))
        self.preview: IemPreview | None = None
        for event_type in EVENT_TYPES:
            self.ui.eventType.addItem(event_type_label(event_type), event_type)
        self._fill_partners(partner_id)
        today = context.today
        self.ui.submitted.setDate(to_qdate(today))
        self.ui.start.setDate(to_qdate(today + timedelta(days=21)))
        self.ui.end.setDate(to_qdate(today + timedelta(days=22)))
        self._length = timedelta(days=1)  # end minus start, kept when the start moves
        self.ui.start.dateChanged.connect(lambda _: self._start_moved())
        for edit in (self.ui.submitted, self.ui.end):
            edit.dateChanged.connect(lambda _: self.update_feedback())
        self.ui.partner.currentIndexChanged.connect(lambda _: self._partner_changed())
        self.ui.approveNow.toggled.connect(lambda _: self.update_feedback())
        self.ui.justification.textChanged.connect(self.update_feedback)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self._partner_changed()
        self.remember_edits()

    def discard_question(self) -> str:
        return self.tr("Discard the changes to this IEM request?")

    def _fill_partners(self, partner_id: str | None) -> None:
        set_choices(
            self.ui.partner,
            [(f"{name} ({pid})", pid) for pid, name in pick_lists(self.context.db).partners],
        )
        completer = QCompleter(self.ui.partner.model(), self)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.ui.partner.setCompleter(completer)
        if partner_id:
            self.ui.partner.setCurrentIndex(max(self.ui.partner.findData(partner_id), 0))

    def partner_id(self) -> str | None:
        return self.ui.partner.currentData()

    def _partner_changed(self) -> None:
        self.ui.subClient.clear()
        self.ui.subClient.addItem(self.tr("(none)"), None)
        if self.partner_id():
            try:
                file = partner_file(self.context.db, self.partner_id(), self.context.today)
            except REFUSALS:
                file = None
            for client in file.sub_clients if file else []:
                self.ui.subClient.addItem(
                    f"{client.name} ({client.account_id})", (client.account_id, client.name)
                )
        self.update_feedback()

    def _start_moved(self) -> None:
        # Like a calendar client: moving the start carries the end along.
        start = from_qdate(self.ui.start.date())
        end = from_qdate(self.ui.end.date())
        if end < start or end - start != self._length:
            self.ui.end.blockSignals(True)
            self.ui.end.setDate(to_qdate(start + self._length))
            self.ui.end.blockSignals(False)
        self.update_feedback()

    def dates(self) -> tuple[date, date, date]:
        return (
            from_qdate(self.ui.submitted.date()),
            from_qdate(self.ui.start.date()),
            from_qdate(self.ui.end.date()),
        )

    def update_feedback(self) -> IemPreview | None:
        """Ask the rules about the dates as they are now, and show the answer in words."""
        if not self.partner_id():
            self.ui.feedback.setText(self.tr("Choose a partner."))
            return None
        submitted, start, end = self.dates()
        self._length = max(end - start, timedelta(0))
        try:
            self.preview = preview_iem(self.context.db, self.partner_id(), submitted, start, end)
        except REFUSALS as refusal:
            self.preview = None
            self.ui.feedback.setText(
                self.tr("<b>Cannot assess:</b> {reason}").format(
                    reason=escape(message_for(refusal))
                )
            )
            return None
        self.ui.feedback.setText(describe(self.preview))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.can_save())
        self.ui.justification.setEnabled(True)
        self.previewed.emit(self.preview)
        return self.preview

    def justification(self) -> str | None:
        return self.ui.justification.toPlainText().strip() or None

    def can_save(self) -> bool:
        """Saving records the request; approving at once also needs a late one justified.

        Decided by the kinds of the rules' findings, never by their words."""
        if self.preview is None or self.context.read_only:
            return False
        if findings.blocks_recording(self.preview.problem_findings):
            return False
        if self.ui.approveNow.isChecked():
            problems = self.preview.problem_kinds
            if findings.LATE in problems and not self.justification():
                return False
            if findings.LEAD_TIME_UNDETERMINED in self.preview.warning_kinds:
                return False  # recorded first; approving then asks for the acknowledgement
            if findings.OVER_ALLOWANCE in problems:
                return False
        return True

    def save(self) -> None:
        if not self.can_save():
            return
        db = self.context.db
        submitted, start, end = self.dates()
        request = iem.IemRequestInput(
            partner_id=self.partner_id(),
            start=start,
            end=end,
            submitted=submitted,
            event_name=self.ui.eventName.text().strip(),
            event_type=self.ui.eventType.currentData(),
            description=self.ui.description.toPlainText().strip(),
            sub_client=self.ui.subClient.currentData(),
            justification=self.justification(),
            approve=self.ui.approveNow.isChecked(),
        )
        outcome = push_done(
            self.context,
            self.tr("New IEM request"),
            lambda: iem.request_iem(db, request, self.context.today),
            # Undo withdraws the new request (cancelled, kept in the history); redo puts
            # the same request back, never a copy.
            lambda done: reversals.restore_iem_status(
                db, done.id, done.status, lifecycle.CANCELLED
            ),
            lambda done: reversals.restore_iem_status(
                db, done.id, lifecycle.CANCELLED, done.status
            ),
            lambda done: self.tr("new IEM request #{id} for {partner}").format(
                id=done.id, partner=request.partner_id
            ),
        )
        if outcome is not None:
            self.saved.emit(outcome)
            self.accept()


def describe(preview: IemPreview) -> str:
    """The rules' answer in words, for the feedback panel (HTML)."""
    ok, bad, warn = (theme.colour(c).name() for c in (theme.OK, theme.DANGER, theme.WARNING))
    lines = [
        QCoreApplication.translate(
            "IemEditor", "<h3>Rule check</h3><p><b>Natural days:</b> {days}</p>"
        ).format(days=preview.natural_days)
    ]
    if preview.earliest_start:
        lines.append(
            QCoreApplication.translate(
                "IemEditor", "<p><b>Earliest allowed start:</b> {date}</p>"
            ).format(date=local_date(preview.earliest_start))
        )
    if preview.notice_business_days is not None:
        colour = ok if preview.meets_lead_time else bad
        verdict = (
            QCoreApplication.translate("IemEditor", "meets the lead time")
            if preview.meets_lead_time
            else QCoreApplication.translate("IemEditor", "late")
        )
        if preview.lead_time == "undetermined":
            colour, verdict = (
                warn,
                QCoreApplication.translate(
                    "IemEditor", "undetermined (a year without holiday data)"
                ),
            )
        notice = (
            QCoreApplication.translate(
                "IemEditor",
                "<p><b>Notice:</b> <span style='color:{colour}'>at least {days} "
                "business days of {needed} needed — {verdict}</span></p>",
            )
            if preview.notice_at_least
            else QCoreApplication.translate(
                "IemEditor",
                "<p><b>Notice:</b> <span style='color:{colour}'>{days} business days of "
                "{needed} needed — {verdict}</span></p>",
            )
        )
        lines.append(
            notice.format(
                colour=colour,
                days=preview.notice_business_days,
                needed=preview.required_business_days,
                verdict=verdict,
            )
        )
    for year in preview.years:
        colour = bad if year.available and year.shortfall_after > 0 else ok
        lines.append(
            QCoreApplication.translate(
                "IemEditor",
                "<p><b>Allowance {start} – {end}:</b> {used} of {available} "
                "days used; <span style='color:{colour}'>{left} left after "
                "approval</span></p>",
            ).format(
                start=local_date(year.year_start),
                end=local_date(year.year_end),
                used=year.used_now,
                available=year.available,
                colour=colour,
                left=year.left_after,
            )
        )
    lines += [
        f"<p style='color:{warn}'>⚠ {escape(w)}</p>"
        for w in findings_text(preview.warning_findings)
    ]
    lines += [
        f"<p style='color:{bad}'>✗ {escape(p)}</p>" for p in findings_text(preview.problem_findings)
    ]
    if not preview.problems and not preview.warnings:
        lines.append(
            f"<p style='color:{ok}'>✓ "
            + QCoreApplication.translate("IemEditor", "All rules pass.")
            + "</p>"
        )
    return "".join(lines)
