"""Undoing a status change: a request or session goes back to the state it had, audited.

The life cycle never moves backwards on its own (an approved request is not "unapproved"
by a later decision); these steps exist for Undo, right after the change, and only while
nobody has moved the engagement on since. Going back to a state that counts against the
allowance or quota, or that keeps an expert busy, is checked again like a new decision.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from engagements.domain import sessions as rules
from engagements.domain import status as lifecycle
from engagements.domain.errors import NotFound, RuleRefusal
from engagements.services import audit
from engagements.services.allowance import partner_iem_days, sessions_used, subscription_year
from engagements.services.database import Database
from engagements.services.sessions import SessionOutcome, expert_busy_periods, zone
from engagements.store.lock_queries import request_lock, session_lock, subscription_lock
from engagements.store.models import IemStatusChange

UNDO_REASON = "undone in the window"


def _moved_on(what: str, now: str, expected: str) -> RuleRefusal:
    return RuleRefusal(
        "moved_on",
        f"{what} is {now.replace('_', ' ')} now, no longer "
        f"{expected.replace('_', ' ')}: someone changed it since, so it is "
        "left as it is",
    )


def restore_iem_status(db: Database, request_id: int, expected: str, back_to: str) -> str:
    """Move IEM request ``request_id`` from ``expected`` back to ``back_to``; returns the
    status it has afterwards. Refused when it is no longer ``expected``, or when going
    back would commit days the allowance no longer has."""
    from engagements.domain.allowance import require_room_for

    def use_case(session: Session) -> str:
        row = session.scalars(request_lock(request_id)).one_or_none()
        if row is None:
            raise NotFound("IEM request", request_id)
        if row.status != expected:
            raise _moved_on(f"IEM #{request_id}", row.status, expected)
        if back_to in lifecycle.COMMITTED_STATUSES:
            subscription = session.scalars(
                subscription_lock(row.subscription_id, reread=True)
            ).one()
            span = (row.start, row.end)
            days = partner_iem_days(session, db, subscription, span)
            require_room_for(days.years, days.included, days.purchases, days.committed, span)
            subscription.version += 1
        before = audit.snapshot(row)
        session.add(
            IemStatusChange(
                request_id=row.id,
                from_status=row.status,
                to_status=back_to,
                actor=db.actor,
                reason=UNDO_REASON,
            )
        )
        row.status = back_to
        if expected == lifecycle.REJECTED:
            row.rejection_reason = None
        audit.record(
            session,
            db.actor,
            "iem.undo",
            ("iem_request", row.id),
            before,
            audit.snapshot(row),
            UNDO_REASON,
        )
        return row.status

    return db.write(use_case)


def restore_session(db: Database, session_id: int) -> SessionOutcome:
    """Put a cancelled session back on the schedule, if the quota and the expert still
    allow it (checked as for a new booking)."""

    def use_case(session: Session) -> SessionOutcome:
        row = session.scalars(session_lock(session_id)).one_or_none()
        if row is None:
            raise NotFound("session", session_id)
        if row.status != lifecycle.SESSION_CANCELLED:
            raise _moved_on(f"session #{session_id}", row.status, lifecycle.SESSION_CANCELLED)
        subscription = session.scalars(subscription_lock(row.subscription_id)).one()
        quota = rules.session_quota(
            db.catalog.edition(subscription.edition), subscription.session_quota
        )
        local_day = row.starts_at.astimezone(zone(row.timezone)).date()
        used = sessions_used(
            session, row.partner_id, subscription_year(db, subscription, local_day)
        )
        rules.require_quota_left(quota, used)
        rules.require_no_clash(
            row.expert_id,
            row.starts_at,
            row.ends_at,
            expert_busy_periods(session, row.expert_id, row.starts_at, row.ends_at),
        )
        before = audit.snapshot(row)
        row.status = lifecycle.SESSION_SCHEDULED
        audit.record(
            session,
            db.actor,
            "session.undo",
            ("session", row.id),
            before,
            audit.snapshot(row),
            UNDO_REASON,
        )
        return SessionOutcome(
            row.id, row.status, row.starts_at, row.ends_at, max(quota - used - 1, 0)
        )

    return db.write(use_case)
