"""Moving an engagement to other days or times (the calendar's drag and resize).

A move is checked like a new engagement would be: the IEM lead time counted from the
original submission date, the allowance of every year the new days touch (for committed
requests), the expert's other commitments, the session quota of the year it lands in.
Nothing is written when a check refuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from engagements.domain import sessions as rules
from engagements.domain import status as lifecycle
from engagements.domain.errors import RuleRefusal
from engagements.domain.sessions import require_no_clash
from engagements.services import audit
from engagements.services.allowance import sessions_used, subscription_year
from engagements.services.database import Database
from engagements.services.iem import (
    IemOutcome,
    IemRequestInput,
    _load_request,
    _require_room,
    assess,
    outcome,
    require_entitled,
    require_expert_free,
    validate_request,
)
from engagements.services.iem_lead_time import lead_time_columns
from engagements.services.partners import current_subscription, load_partner
from engagements.services.sessions import expert_busy_periods, scheduled_session, zone

MOVABLE_IEM = lifecycle.MOVABLE_STATUSES


def move_iem(
    db: Database, request_id: int, start: date, end: date, justification: str | None = None
) -> IemOutcome:
    """Give an IEM request new first and last days (inclusive), re-checking its rules.

    The lead time is counted from the request's own submission date. A committed request
    that the move makes late needs a written justification, as its approval did; a
    submitted one is simply recorded as late.
    """

    def use_case(session: Session) -> IemOutcome:
        row = _load_request(session, request_id)
        validate_request(IemRequestInput(row.partner_id, start, end, justification=justification))
        if row.status not in MOVABLE_IEM:
            raise RuleRefusal(
                "invalid_transition",
                f"a request that is {row.status.replace('_', ' ')} cannot be moved",
            )
        before = audit.snapshot(row)
        subscription = current_subscription(load_partner(session, row.partner_id), start)
        require_entitled(db, subscription, (start, end))
        lead = assess(session, db, subscription, row.submitted, start)
        reason = (justification or "").strip() or row.justification
        committed = row.status in lifecycle.COMMITTED_STATUSES
        if committed and lead.meets_lead_time is not True and not reason:
            earliest = (
                lead.earliest_start.isoformat()
                if lead.earliest_start
                else "not yet known: holiday data is missing"
            )
            raise RuleRefusal(
                "justification_required",
                f"the new start {start.isoformat()} may be before the earliest start that "
                f"meets the lead time ({earliest}): moving an approved request there needs "
                "a written justification",
            )
        row.start, row.end, row.subscription_id = start, end, subscription.id
        for column, value in lead_time_columns(lead).items():
            setattr(row, column, value)
        row.justification = reason
        if row.expert_id:
            # Before the new days reach the database, whose no-overlap guard would refuse
            # them without naming the other booking.
            with session.no_autoflush:
                require_expert_free(session, row, row.expert_id)
        session.flush()  # the room check reads the committed days: with the new ones only
        if committed:
            _require_room(session, db, subscription, row)
        audit.record(
            session,
            db.actor,
            "iem.move",
            ("iem_request", row.id),
            before,
            audit.snapshot(row),
            justification,
        )
        return outcome(row)

    return db.write(use_case)


@dataclass(frozen=True)
class SessionMove:
    id: int
    starts_at: datetime
    ends_at: datetime


def move_session(
    db: Database, session_id: int, starts_at: datetime, ends_at: datetime
) -> SessionMove:
    """Give a scheduled session new start and end instants (aware), re-checking the
    expert's other commitments and the quota of the allowance year it lands in."""
    rules.require_valid_times(starts_at, ends_at)

    def use_case(session: Session) -> SessionMove:
        row = scheduled_session(session, session_id, "moved")
        before = audit.snapshot(row)
        local = zone(row.timezone)
        old_day, new_day = (
            row.starts_at.astimezone(local).date(),
            starts_at.astimezone(local).date(),
        )
        subscription = current_subscription(load_partner(session, row.partner_id), new_day)
        new_year = subscription_year(db, subscription, new_day)
        if not new_year.contains(old_day):  # it takes a place in another year's quota
            edition = db.catalog.edition(subscription.edition)
            quota = rules.session_quota(edition, subscription.session_quota)
            rules.require_quota_left(quota, sessions_used(session, row.partner_id, new_year))
        require_no_clash(
            row.expert_id,
            starts_at,
            ends_at,
            expert_busy_periods(session, row.expert_id, starts_at, ends_at, ignore_session=row.id),
        )
        row.starts_at, row.ends_at, row.subscription_id = starts_at, ends_at, subscription.id
        audit.record(
            session, db.actor, "session.move", ("session", row.id), before, audit.snapshot(row)
        )
        return SessionMove(row.id, starts_at, ends_at)

    return db.write(use_case)
