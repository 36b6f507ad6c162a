"""What the calendar's double-clicks and drags ask for, done through the services.

Moves are undoable: undo moves the engagement back, through the same service and its
checks. A move the rules refuse is shown and nothing is written. Opening an engagement
shows it in the Requests view; creating one opens the usual dialogs, whose rule check
runs live as the dates and times are chosen.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDateTime, QTime
from PySide6.QtWidgets import QInputDialog, QWidget

from engagements.domain.errors import RuleRefusal
from engagements.errors import NotAllowed
from engagements.gui.commands import ServiceCommand, push_done
from engagements.gui.context import REFUSALS, AppContext
from engagements.gui.iem_editor import to_qdate
from engagements.gui.language import local_date, local_date_time
from engagements.gui.problems import message_for
from engagements.services.reschedule import move_iem, move_session
from engagements.services.view_rows import CalendarEntry


def open_entry(context: AppContext, entry: CalendarEntry) -> None:
    context.navigate.emit(entry.kind, str(entry.id))


def _editable(context: AppContext, parent: QWidget | None, what: str) -> bool:
    if context.read_only:
        context.show_problem(
            parent,
            NotAllowed(
                context.read_only_reason or QCoreApplication.translate("CalendarEdits", "read only")
            ),
            what,
        )
        return False
    return True


def create_iem_on(context: AppContext, parent: QWidget, day: date) -> QWidget | None:
    """A new IEM request starting and ending on ``day`` (the dialog checks it live)."""
    from engagements.gui.iem_editor import IemEditor

    if not _editable(
        context, parent, QCoreApplication.translate("CalendarEdits", "New IEM request")
    ):
        return None
    editor = IemEditor(context, parent)
    editor.ui.start.setDate(to_qdate(day))
    editor.ui.end.setDate(to_qdate(day))
    editor.open()
    return editor


def create_session_at(context: AppContext, parent: QWidget, moment: datetime) -> QWidget | None:
    """Book a session starting at the instant ``moment`` (where it was asked)."""
    from engagements.gui.booking_dialog import BookingDialog

    if not _editable(context, parent, QCoreApplication.translate("CalendarEdits", "Book session")):
        return None
    dialog = BookingDialog(context, parent)
    # The dialog reads its clock time in the chosen expert's zone: the same instant there.
    expert_zone = dialog.zones.get(dialog.ui.expert.currentData(), "Asia/Shanghai")
    local = moment.astimezone(ZoneInfo(expert_zone))
    dialog.ui.starts.setDateTime(QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute)))
    dialog.open()
    return dialog


def move_iem_days(
    context: AppContext, parent: QWidget | None, entry: CalendarEntry, first: date, last: date
) -> Any:
    """Give an IEM request new days; a late start on an approved request asks why."""
    what = QCoreApplication.translate("CalendarEdits", "move IEM #{id}").format(id=entry.id)
    cannot = QCoreApplication.translate("CalendarEdits", "Cannot move IEM #{id}").format(
        id=entry.id
    )
    if not _editable(
        context,
        parent,
        QCoreApplication.translate("CalendarEdits", "Move IEM #{id}").format(id=entry.id),
    ):
        return None
    db, old = context.db, (entry.first_day, entry.last_day)
    justification: str | None = None
    try:
        result = move_iem(db, entry.id, first, last)
    except RuleRefusal as refusal:
        if refusal.error != "justification_required":
            context.show_problem(parent, refusal, cannot)
            return None
        justification = _ask_justification(parent, message_for(refusal))
        if not justification:
            return None
        result = context.perform(
            parent, cannot, lambda: move_iem(db, entry.id, first, last, justification)
        )
        if result is None:
            return None
    except REFUSALS as refusal:
        context.show_problem(parent, refusal, cannot)
        return None
    else:
        context.changed.emit()
    context.undo_stack.push(
        ServiceCommand(
            context,
            what,
            lambda: move_iem(db, entry.id, *old),
            lambda: move_iem(db, entry.id, first, last, justification),
        )
    )
    context.status.emit(
        QCoreApplication.translate(
            "CalendarEdits", "Moved IEM #{id} to {first} – {last}; Ctrl+Z moves it back"
        ).format(id=entry.id, first=local_date(first), last=local_date(last))
    )
    return result


def _ask_justification(parent: QWidget | None, reason: str) -> str | None:
    text, accepted = QInputDialog.getText(
        parent,
        QCoreApplication.translate("CalendarEdits", "Late start"),
        QCoreApplication.translate("CalendarEdits", "{reason}.\n\nJustification:").format(
            reason=reason
        ),
    )
    return text.strip() if accepted and text.strip() else None


def move_session_to(
    context: AppContext,
    parent: QWidget | None,
    entry: CalendarEntry,
    starts_at: datetime,
    ends_at: datetime,
) -> Any:
    """Give a session new times (expert and quota checked again by the service)."""
    what = QCoreApplication.translate("CalendarEdits", "move session #{id}").format(id=entry.id)
    if not _editable(
        context,
        parent,
        QCoreApplication.translate("CalendarEdits", "Move session #{id}").format(id=entry.id),
    ):
        return None
    assert entry.starts_at is not None and entry.ends_at is not None
    db, old = context.db, (entry.starts_at, entry.ends_at)
    result = push_done(
        context,
        what,
        lambda: move_session(db, entry.id, starts_at, ends_at),
        lambda _done: move_session(db, entry.id, *old),
    )
    if result is not None:
        local = starts_at.astimezone(ZoneInfo(entry.timezone or "UTC"))
        context.status.emit(
            QCoreApplication.translate(
                "CalendarEdits", "Moved session #{id} to {when} {zone}; Ctrl+Z moves it back"
            ).format(id=entry.id, when=local_date_time(local), zone=entry.timezone)
        )
    return result


def move_days(
    context: AppContext, parent: QWidget | None, entry: CalendarEntry, first: date, last: date
) -> Any:
    """A bar dragged to other days: an IEM request's days, or a session's day (its clock
    time in its own zone kept)."""
    if entry.kind == "iem":
        return move_iem_days(context, parent, entry, first, last)
    assert entry.starts_at is not None and entry.ends_at is not None
    zone = ZoneInfo(entry.timezone or "UTC")
    shift = timedelta(days=(first - entry.first_day).days)
    # Wall-clock arithmetic in the session's zone: 10:00 stays 10:00 across a DST change.
    return move_session_to(
        context,
        parent,
        entry,
        entry.starts_at.astimezone(zone) + shift,
        entry.ends_at.astimezone(zone) + shift,
    )
