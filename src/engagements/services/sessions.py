"""The expert roster and communication and training sessions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import insert
from sqlalchemy.orm import Session

from engagements.domain import findings
from engagements.domain import session_hours as hours
from engagements.domain import sessions as rules
from engagements.domain import status as lifecycle
from engagements.domain.calendars import BusinessCalendar
from engagements.domain.errors import AlreadyExists, NotFound, RuleRefusal
from engagements.domain.findings import Finding
from engagements.errors import InvalidInput
from engagements.services import audit, permissions
from engagements.services.allowance import sessions_used, subscription_year
from engagements.services.calendars import (
    require_known_calendar,
    working_calendar,
    working_calendars_from_rows,
)
from engagements.services.database import Database
from engagements.services.locks import lock_partner
from engagements.services.partners import current_subscription, load_partner
from engagements.services.terms import outside_every_term, require_plannable, subscription_holding
from engagements.store import calendar_queries, partner_queries, session_queries
from engagements.store.lock_queries import partner_lock, session_lock, subscription_id_lock
from engagements.store.models import AuditEvent, Expert, TrainingSession
from engagements.store.partner_queries import columns_of
from engagements.store.pipeline import pipelined

EXPERT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MAX_SKILLS = 500  # characters of an expert's skills line


def zone(name: str) -> ZoneInfo:
    """An IANA time zone, or a clear refusal naming it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            f"unknown time zone {name!r}; use an IANA name such as Asia/Shanghai", "timezone"
        ) from None


def tidy_skills(skills: str) -> str:
    """Skills as one comma-separated line: trimmed, empty items and repeats dropped."""
    items = [item.strip() for item in skills.replace(";", ",").split(",")]
    tidy = ", ".join(dict.fromkeys(item for item in items if item))
    if len(tidy) > MAX_SKILLS:
        raise InvalidInput(f"skills must fit in {MAX_SKILLS} characters", "skills")
    return tidy


def add_expert(
    db: Database, expert_id: str, name: str, timezone: str = "Asia/Shanghai", skills: str = ""
) -> str:
    skills = tidy_skills(skills)
    if not EXPERT_ID.match(expert_id):
        raise InvalidInput("expert id must be 1-64 letters, digits, '.', '_' or '-'", "id")
    if not name.strip() or len(name) > 200:
        raise InvalidInput("expert name must be 1-200 characters", "name")
    zone(timezone)

    def use_case(session: Session) -> str:
        if session.get(Expert, expert_id) is not None:
            raise AlreadyExists("expert", expert_id)
        expert = Expert(
            id=expert_id, name=name.strip(), timezone=timezone, active=True, skills=skills
        )
        session.add(expert)
        session.flush()
        audit.record(
            session, db.actor, "expert.add", ("expert", expert_id), None, audit.snapshot(expert)
        )
        return expert_id

    return db.write(use_case, needs=permissions.ADMIN)  # the roster is the administrators'


@dataclass(frozen=True)
class SessionBooking:
    partner_id: str
    expert_id: str
    starts_at: datetime  # aware
    ends_at: datetime  # aware
    topic: str
    timezone: str | None = None  # display zone; default: the offset's zone or the expert's
    attendees: str = ""
    on_site: bool = False
    form_id: str | None = None


@dataclass(frozen=True)
class SessionOutcome:
    """A booked session; ``partner_time``/``expert_time`` show it in each one's zone, and
    ``warnings`` say when it falls on a day off or outside business hours (not refused)."""

    id: int
    status: str
    starts_at: datetime
    ends_at: datetime
    sessions_remaining: int
    partner_time: str = ""
    expert_time: str = ""
    warnings: tuple[str, ...] = ()


def expert_busy_periods(
    session: Session,
    expert_id: str,
    first: datetime,
    last: datetime,
    ignore_session: int | None = None,
) -> list[rules.BusyPeriod]:
    """The expert's sessions and IEM assignments overlapping ``first``..``last``."""
    busy = [
        rules.BusyPeriod("session", i, s, e, topic)
        for i, s, e, topic in session.execute(
            session_queries.expert_sessions_overlapping(expert_id, first, last)
        )
        if i != ignore_session
    ]
    expert = session.get(Expert, expert_id)
    local = ZoneInfo(expert.timezone) if expert else UTC
    for i, start, end, name in session.execute(
        session_queries.expert_assignments_near(expert_id, first, last)
    ):
        begins, ends = whole_local_days(start, end, local)
        busy.append(rules.BusyPeriod("iem", i, begins, ends, name))
    return busy


def whole_local_days(first: date, last: date, tz: str | tzinfo) -> tuple[datetime, datetime]:
    """The instants that start ``first`` and end ``last`` in ``tz`` (whole local days).

    An IEM assignment takes the expert's whole local days.
    """
    local = zone(tz) if isinstance(tz, str) else tz
    return (
        datetime.combine(first, time.min, local),
        datetime.combine(last + timedelta(days=1), time.min, local),
    )


def book_session(db: Database, booking: SessionBooking) -> SessionOutcome:
    """Book a session: quota left in its allowance year, expert free, times valid.

    Times given without an offset are read in ``booking.timezone``, else the expert's zone.
    """
    rules.require_topic(booking.topic)
    for moment, field in ((booking.starts_at, "start"), (booking.ends_at, "end")):
        require_plannable(moment.date(), field)
    if booking.timezone:
        zone(booking.timezone)

    def use_case(session: Session) -> SessionOutcome:
        if not db.is_sqlite and not _joined(db):
            return _book_in_two_round_trips(session, db, booking)
        lock_partner(session, booking.partner_id)  # the first lock of every quota write
        partner = load_partner(session, booking.partner_id)
        expert = session.get(Expert, booking.expert_id)
        if expert is None or not expert.active:
            raise NotFound("expert", booking.expert_id)
        tz_name = booking.timezone or expert.timezone
        starts_at, ends_at = (_aware(t, tz_name) for t in (booking.starts_at, booking.ends_at))
        rules.require_valid_times(starts_at, ends_at)
        local_start = starts_at.astimezone(zone(tz_name))
        subscription = current_subscription(partner, local_start.date())
        if subscription_holding(partner, local_start.date()) is None:
            raise outside_every_term(partner, local_start.date(), "a session")
        # The same per-partner lock as IEM approvals: two bookings cannot both take the
        # last session of the quota (on SQLite, BEGIN IMMEDIATE already serialises them).
        session.execute(subscription_id_lock(subscription.id))
        quota = rules.session_quota(
            db.catalog.edition(subscription.edition), subscription.session_quota
        )
        year = subscription_year(db, subscription, local_start.date())
        used = sessions_used(session, partner.id, year)
        rules.require_quota_left(quota, used)
        rules.require_no_clash(
            expert.id,
            starts_at,
            ends_at,
            expert_busy_periods(session, expert.id, starts_at, ends_at),
        )
        row = TrainingSession(
            partner_id=partner.id,
            subscription_id=subscription.id,
            expert_id=expert.id,
            starts_at=starts_at,
            ends_at=ends_at,
            timezone=tz_name,
            topic=booking.topic,
            attendees=booking.attendees,
            on_site=booking.on_site,
            status=lifecycle.SESSION_SCHEDULED,
            form_id=booking.form_id,
        )
        session.add(row)
        session.flush()
        audit.record(
            session, db.actor, "session.book", ("session", row.id), None, audit.snapshot(row)
        )
        partner_time, expert_time, warnings = session_times(
            session, subscription.calendar, expert.timezone, starts_at, ends_at
        )
        return SessionOutcome(
            row.id,
            row.status,
            row.starts_at,
            row.ends_at,
            max(quota - used - 1, 0),
            partner_time,
            expert_time,
            tuple(findings.messages(warnings)),
        )

    return db.write(use_case)


def _joined(db: Database) -> bool:
    """Booking inside a transaction already begun (a form's session request, booked in
    the transaction that marks it: ``forms.joined.JoinedTransaction``): statement by
    statement, on that transaction's connection."""
    return bool(getattr(db, "joins_open_transaction", False))


def _book_in_two_round_trips(
    session: Session, db: Database, booking: SessionBooking
) -> SessionOutcome:
    """``book_session`` on PostgreSQL, where each statement waiting for its answer costs a
    round trip across the network (``store.pipeline``, as approving a request).

    First round trip, with ``BEGIN``: the partner's lock (the first lock of every quota
    write, which every other quota write waits for), then, read under it, the partner and
    its subscriptions, the expert, the partner's counting sessions, the expert's sessions
    and IEM assignments a day either side of the times as given (a time without an offset
    is within a day of the same time in UTC), the working calendars of the partner's
    subscriptions, and the new session's id and the transaction's time (its
    ``created_at``). The same rules then decide here. Second, with ``COMMIT``: the
    subscription's lock, the session and its audit record."""
    partner_id, expert_id = booking.partner_id, booking.expert_id
    around = [
        moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
        for moment in (booking.starts_at, booking.ends_at)
    ]
    first, last = around[0] - timedelta(days=1), around[1] + timedelta(days=1)
    calendars = session_queries.partner_calendars(partner_id)
    with pipelined(session) as wire:
        locked = wire.send(partner_lock(partner_id))
        partner_rows = wire.send(partner_queries.partner_query(partner_id))
        subscription_rows = wire.send(partner_queries.subscriptions_query(partner_id))
        expert_row = wire.send(session_queries.expert_query(expert_id))
        counting = wire.send(
            partner_queries.sessions_query(partner_id, lifecycle.SESSION_COUNTING_STATUSES)
        )
        busy_sessions = wire.send(
            session_queries.expert_sessions_overlapping(expert_id, first, last)
        )
        busy_iem = wire.send(session_queries.expert_assignments_near(expert_id, first, last))
        weekends = wire.send(calendar_queries.weekends_query(calendars))
        adjustments = wire.send(calendar_queries.adjustments_query(calendars))
        new_id_and_now = wire.send(session_queries.new_session_id_and_now())
        if locked.first() is None:
            raise NotFound("partner", partner_id)
        partner = partner_queries.partner_from_rows(partner_rows.rows(), subscription_rows.rows())
        if partner is None:
            raise NotFound("partner", partner_id)
        expert = expert_row.first()
        if expert is None or not expert[2]:
            raise NotFound("expert", expert_id)
        expert_zone = expert[1]
        tz_name = booking.timezone or expert_zone
        starts_at, ends_at = (_aware(t, tz_name) for t in (booking.starts_at, booking.ends_at))
        rules.require_valid_times(starts_at, ends_at)
        local_start = starts_at.astimezone(zone(tz_name))
        subscription = current_subscription(partner, local_start.date())
        if subscription_holding(partner, local_start.date()) is None:
            raise outside_every_term(partner, local_start.date(), "a session")
        quota = rules.session_quota(
            db.catalog.edition(subscription.edition), subscription.session_quota
        )
        year = subscription_year(db, subscription, local_start.date())
        used = sum(
            1
            for moment, its_zone in counting.rows()
            if year.contains(moment.astimezone(ZoneInfo(its_zone)).date())
        )
        rules.require_quota_left(quota, used)
        local = ZoneInfo(expert_zone)
        busy = [
            rules.BusyPeriod("session", i, s, e, topic) for i, s, e, topic in busy_sessions.rows()
        ]
        busy += [
            rules.BusyPeriod("iem", i, *whole_local_days(start, end, local), name)
            for i, start, end, name in busy_iem.rows()
        ]
        rules.require_no_clash(expert_id, starts_at, ends_at, busy)
        new_id, now = new_id_and_now.rows()[0]
        row = TrainingSession(
            id=new_id,
            partner_id=partner.id,
            subscription_id=subscription.id,
            expert_id=expert_id,
            sub_client_id=None,
            starts_at=starts_at,
            ends_at=ends_at,
            timezone=tz_name,
            topic=booking.topic,
            attendees=booking.attendees,
            on_site=booking.on_site,
            status=lifecycle.SESSION_SCHEDULED,
            form_id=booking.form_id,
            created_at=now,
            version=1,
        )
        calendar = working_calendars_from_rows(
            [subscription.calendar], weekends.rows(), adjustments.rows()
        )[subscription.calendar]
        partner_time, expert_time, warnings = _session_times_in(
            calendar, subscription.calendar, expert_zone, starts_at, ends_at
        )
        # The same per-partner lock as IEM approvals hold while they count allowance.
        wire.send(subscription_id_lock(subscription.id))
        wire.send(
            insert(TrainingSession).values(
                {column.key: getattr(row, column.key) for column in columns_of(TrainingSession)}
            )
        )
        wire.send(
            insert(AuditEvent).values(
                audit.event_values(
                    db.actor, "session.book", ("session", new_id), None, audit.snapshot(row)
                )
            )
        )
        wire.commit()
    return SessionOutcome(
        new_id,
        row.status,
        starts_at,
        ends_at,
        max(quota - used - 1, 0),
        partner_time,
        expert_time,
        tuple(findings.messages(warnings)),
    )


def session_times(
    session: Session, calendar_code: str, expert_zone: str, starts_at: datetime, ends_at: datetime
) -> tuple[str, str, tuple[Finding, ...]]:
    """The session in the partner's and the expert's zone, and why it is awkward if it is."""
    return _session_times_in(
        working_calendar(session, calendar_code), calendar_code, expert_zone, starts_at, ends_at
    )


def _session_times_in(
    calendar: BusinessCalendar | None,
    calendar_code: str,
    expert_zone: str,
    starts_at: datetime,
    ends_at: datetime,
) -> tuple[str, str, tuple[Finding, ...]]:
    if calendar is None:  # unknown to workalendar: refused as working_calendar refuses it
        require_known_calendar(calendar_code)
        raise AssertionError(f"calendar {calendar_code} known but not built")
    partner = hours.partner_zone(calendar_code, expert_zone)
    warnings = hours.session_findings(starts_at, ends_at, calendar, partner, expert_zone)
    return (
        hours.local_times(starts_at, ends_at, partner),
        hours.local_times(starts_at, ends_at, expert_zone),
        tuple(warnings),
    )


def _aware(moment: datetime, tz_name: str) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone(tz_name))


def scheduled_session(session: Session, session_id: int, verb: str) -> TrainingSession:
    """The scheduled session ``session_id``, locked for the change; refused when it is
    missing, or no longer scheduled and so cannot be ``verb`` ("cancelled", "moved")."""
    row = session.scalars(session_lock(session_id)).one_or_none()
    if row is None:
        raise NotFound("session", session_id)
    if row.status != lifecycle.SESSION_SCHEDULED:
        raise RuleRefusal("invalid_transition", f"a session that is {row.status} cannot be {verb}")
    return row


def cancel_session(db: Database, session_id: int, reason: str | None = None) -> SessionOutcome:
    """Cancel a scheduled session; it no longer counts against the quota."""

    def use_case(session: Session) -> SessionOutcome:
        row = scheduled_session(session, session_id, "cancelled")
        before = audit.snapshot(row)
        row.status = lifecycle.SESSION_CANCELLED
        audit.record(
            session,
            db.actor,
            "session.cancel",
            ("session", row.id),
            before,
            audit.snapshot(row),
            reason,
        )
        return SessionOutcome(row.id, row.status, row.starts_at, row.ends_at, 0)

    return db.write(use_case)
