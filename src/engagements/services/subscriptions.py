"""Renewals and edition changes: a new subscription record takes over; history stays.

A move to a lower edition (or a shorter plan) goes through the same downgrade check as
``downgrade-check``: once the expert service was used it is not effective before the
first day after the committed term, unless an early exit was approved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from engagements.domain.allowance import ONE_DAY
from engagements.domain.errors import RuleRefusal
from engagements.errors import InvalidInput
from engagements.services import audit
from engagements.services.calendars import require_known_calendar
from engagements.services.database import Database
from engagements.services.expert_service import downgrade_check
from engagements.services.partners import (
    MAX_TERM_MONTHS,
    PartnerSummary,
    current_subscription,
    load_partner,
    summarize,
)
from engagements.store.models import Subscription


@dataclass(frozen=True)
class SubscriptionChange:
    """The new subscription: from ``start`` for ``months``; None keeps the calendar."""

    edition: str
    start: date
    months: int
    session_quota: int | None = None
    calendar: str | None = None


def validate_change(db: Database, change: SubscriptionChange) -> None:
    if change.edition not in db.catalog.editions:
        raise InvalidInput(
            f"unknown edition {change.edition!r}; choose one of {', '.join(db.catalog.editions)}",
            "edition",
        )
    if not 1 <= change.months <= MAX_TERM_MONTHS:
        raise InvalidInput(f"the committed term must be 1-{MAX_TERM_MONTHS} months", "months")
    if change.session_quota is not None and not 0 <= change.session_quota <= 366:
        raise InvalidInput("the session quota must be between 0 and 366", "sessions")
    if change.calendar:
        require_known_calendar(change.calendar)


def change_subscription(
    db: Database, partner_id: str, change: SubscriptionChange
) -> PartnerSummary:
    """Renew or change the partner's subscription from ``change.start``.

    The subscription in force the day before ends then (``ended_on``); the new one is a
    new record. Refused when it would start on or before the latest recorded start, or
    when the downgrade check says the move is not yet allowed."""
    validate_change(db, change)
    decision = downgrade_check(db, partner_id, change.edition, change.start)
    if not decision.allowed:
        raise RuleRefusal(
            "downgrade_not_allowed",
            decision.reason,
            [decision.finding] if decision.finding else None,
        )

    def use_case(session: Session) -> PartnerSummary:
        partner = load_partner(session, partner_id)
        latest = partner.subscriptions[-1]
        if change.start <= latest.start:
            raise RuleRefusal(
                "not_after_current",
                f"a new subscription must start after "
                f"{latest.start.isoformat()}, when the latest one started",
            )
        previous = current_subscription(partner, change.start - ONE_DAY)
        before = audit.snapshot(previous)
        previous.ended_on = change.start - ONE_DAY
        subscription = Subscription(
            partner_id=partner.id,
            edition=change.edition,
            start=change.start,
            months=change.months,
            calendar=change.calendar or previous.calendar,
            session_quota=change.session_quota,
        )
        session.add(subscription)
        session.flush()
        audit.record(
            session,
            db.actor,
            "subscription.change",
            ("subscription", previous.id),
            before,
            audit.snapshot(previous),
        )
        audit.record(
            session,
            db.actor,
            "subscription.add",
            ("subscription", subscription.id),
            None,
            audit.snapshot(subscription),
        )
        return summarize(partner, subscription)

    return db.write(use_case)
