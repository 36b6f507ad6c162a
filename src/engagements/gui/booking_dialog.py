"""Booking a session: the partner's quota, the expert's clashes and free slots, live."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDateTime, QTime, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from engagements.domain.sessions import TOPICS
from engagements.gui import theme
from engagements.gui.choices import set_choices
from engagements.gui.commands import push_done
from engagements.gui.context import REFUSALS, AppContext
from engagements.gui.forms import embed
from engagements.gui.iem_editor import to_qdate
from engagements.gui.labels import topic_label
from engagements.gui.problems import findings_text, message_for
from engagements.gui.unsaved import EditingDialog
from engagements.services import reversals, sessions
from engagements.services.previews import BookingPreview, preview_booking
from engagements.services.queries import expert_roster, pick_lists


class BookingDialog(EditingDialog):
    previewed = Signal(object)
    saved = Signal(object)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        partner_id: str | None = None,
        expert_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = embed(self, "booking_dialog")
        self.setWindowTitle(self.tr("Book a training session"))
        self.preview: BookingPreview | None = None
        lists = pick_lists(context.db)
        set_choices(self.ui.partner, [(f"{name} ({pid})", pid) for pid, name in lists.partners])
        self.zones = {r.id: r.timezone for r in expert_roster(context.db, context.today)}
        for eid, name in lists.experts:
            self.ui.expert.addItem(f"{name} · {self.zones.get(eid, '')}", eid)
        for topic in TOPICS:
            self.ui.topic.addItem(topic_label(topic), topic)
        if partner_id:
            self.ui.partner.setCurrentIndex(max(self.ui.partner.findData(partner_id), 0))
        if expert_id:
            self.ui.expert.setCurrentIndex(max(self.ui.expert.findData(expert_id), 0))
        start = QDateTime(to_qdate(context.today + timedelta(days=7)), QTime(10, 0))
        self.ui.starts.setDateTime(start)
        for signal in (
            self.ui.partner.currentIndexChanged,
            self.ui.expert.currentIndexChanged,
            self.ui.starts.dateTimeChanged,
            self.ui.duration.valueChanged,
        ):
            signal.connect(lambda *_: self.update_feedback())
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.update_feedback()
        self.remember_edits()

    def discard_question(self) -> str:
        return self.tr("Discard the changes to this session booking?")

    def times(self) -> tuple[datetime, datetime]:
        """Start and end as instants, read in the expert's own time zone."""
        zone = ZoneInfo(self.zones.get(self.ui.expert.currentData(), "Asia/Shanghai"))
        value = self.ui.starts.dateTime()
        day, clock = value.date(), value.time()
        starts = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=zone
        )
        return starts, starts + timedelta(hours=self.ui.duration.value())

    def update_feedback(self) -> BookingPreview | None:
        partner, expert = self.ui.partner.currentData(), self.ui.expert.currentData()
        if not partner or not expert:
            return None
        starts, ends = self.times()
        try:
            self.preview = preview_booking(self.context.db, partner, expert, starts, ends)
        except REFUSALS as refusal:
            self.preview = None
            self.ui.feedback.setText(
                self.tr("<b>Cannot check:</b> {reason}").format(reason=escape(message_for(refusal)))
            )
            return None
        self.ui.feedback.setText(describe(self.preview, starts.tzinfo))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not self.preview.problems and not self.context.read_only
        )
        self.previewed.emit(self.preview)
        return self.preview

    def save(self) -> None:
        if self.preview is None or self.preview.problems:
            return
        starts, ends = self.times()
        booking = sessions.SessionBooking(
            partner_id=self.ui.partner.currentData(),
            expert_id=self.ui.expert.currentData(),
            starts_at=starts,
            ends_at=ends,
            topic=self.ui.topic.currentData(),
            timezone=str(starts.tzinfo),
            attendees=self.ui.attendees.text().strip(),
            on_site=self.ui.onSite.isChecked(),
        )
        db = self.context.db
        outcome = push_done(
            self.context,
            self.tr("Book session"),
            lambda: sessions.book_session(db, booking),
            lambda done: sessions.cancel_session(db, done.id, reversals.UNDO_REASON),
            lambda done: reversals.restore_session(db, done.id),  # the same session again
            lambda done: self.tr("booking of session #{id} for {partner}").format(
                id=done.id, partner=booking.partner_id
            ),
        )
        if outcome is not None:
            self.saved.emit(outcome)
            self.accept()


def describe(preview: BookingPreview, zone: object) -> str:
    ok, bad = theme.colour(theme.OK).name(), theme.colour(theme.DANGER).name()
    colour = ok if preview.sessions_left else bad
    lines = [
        QCoreApplication.translate(
            "BookingDialog",
            "<h3>Before booking</h3><p><b>Partner's quota:</b> <span "
            "style='color:{colour}'>{left} of {included} sessions left</span> this "
            "allowance year</p>",
        ).format(colour=colour, left=preview.sessions_left, included=preview.sessions_included)
    ]
    slots = ", ".join(
        f"{a:%H:%M}–{b:%H:%M}" for a, b in preview.free_slots
    ) or QCoreApplication.translate("BookingDialog", "none")
    lines.append(
        QCoreApplication.translate(
            "BookingDialog", "<p><b>Expert's free hours that day</b> ({zone}): {slots}</p>"
        ).format(zone=zone, slots=slots)
    )
    if preview.clashes:
        lines.append(
            f"<p style='color:{bad}'><b>⚠ "
            + QCoreApplication.translate("BookingDialog", "Clash:")
            + "</b></p>"
        )
    lines += [f"<p>🕘 {escape(t)}</p>" for t in preview.times]
    lines += [
        f"<p style='color:{theme.colour(theme.WARNING).name()}'>⚠ {escape(w)}</p>"
        for w in findings_text(preview.warning_findings)
    ]
    lines += [
        f"<p style='color:{bad}'>✗ {escape(p)}</p>" for p in findings_text(preview.problem_findings)
    ]
    if not preview.problems:
        lines.append(
            f"<p style='color:{ok}'>✓ "
            + QCoreApplication.translate("BookingDialog", "The expert is free and quota is left.")
            + "</p>"
        )
    return "".join(lines)
