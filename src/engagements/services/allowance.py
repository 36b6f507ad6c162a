"""What a partner has included, used and left in an allowance year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.allowance import (
    AllowancePosition,
    AllowanceYear,
    DateSpan,
    Purchase,
    allowance_position,
    allowance_year,
    allowance_years_touched,
)
from engagements.domain.errors import RuleRefusal
from engagements.domain.sessions import session_quota
from engagements.services.database import Database
from engagements.services.partners import current_subscription, load_partner
from engagements.store.models import IemPurchase, IemRequest, Subscription, TrainingSession


@dataclass(frozen=True)
class AllowanceSummary:
    partner_id: str
    edition: str
    year_start: date
    year_end: date
    iem_days_included: int
    iem_days_purchased: int
    iem_days_used: int
    iem_days_remaining: int
    iem_days_pending: int
    sessions_included: int
    sessions_used: int
    sessions_remaining: int
    sessions_note: str | None = None  # why sessions cannot be booked, when they cannot


def _spans(session: Session, partner_id: str, statuses: frozenset[str], first: date,
           last: date) -> list[DateSpan]:
    rows = session.execute(
        select(IemRequest.start, IemRequest.end).where(
            IemRequest.partner_id == partner_id, IemRequest.status.in_(statuses),
            IemRequest.end >= first, IemRequest.start <= last))
    return [(start, end) for start, end in rows]


def committed_spans(session: Session, partner_id: str, first: date, last: date) -> list[DateSpan]:
    """Events whose days count (approved, scheduled, in progress, completed) in the window."""
    return _spans(session, partner_id, lifecycle.COMMITTED_STATUSES, first, last)


def purchases_of(session: Session, partner_id: str) -> list[Purchase]:
    rows = session.execute(select(IemPurchase.days, IemPurchase.valid_from, IemPurchase.valid_to)
                           .where(IemPurchase.partner_id == partner_id))
    return [Purchase(days, valid_from, valid_to) for days, valid_from, valid_to in rows]


def iem_position(session: Session, db: Database, subscription: Subscription,
                 year: AllowanceYear) -> AllowancePosition:
    """IEM days included, bought, used and pending for one allowance year."""
    included = db.catalog.edition(subscription.edition).iem_days_per_year
    pid = subscription.partner_id
    return allowance_position(
        year, included, purchases_of(session, pid),
        committed_spans(session, pid, year.start, year.end),
        _spans(session, pid, lifecycle.PENDING_STATUSES, year.start, year.end))


def positions_around(session: Session, db: Database, subscription: Subscription,
                     span: DateSpan) -> tuple[list[AllowancePosition], list[DateSpan]]:
    """The IEM position of every allowance year ``span`` touches, and the committed spans
    in those years (read once for all of them): what approving or previewing an event needs.
    """
    years = allowance_years_touched(subscription.start, span, db.catalog.year_basis)
    first, last, pid = years[0].start, years[-1].end, subscription.partner_id
    committed = committed_spans(session, pid, first, last)
    pending = _spans(session, pid, lifecycle.PENDING_STATUSES, first, last)
    purchases = purchases_of(session, pid)
    included = db.catalog.edition(subscription.edition).iem_days_per_year
    return ([allowance_position(year, included, purchases, committed, pending)
             for year in years], committed)


def sessions_used(session: Session, partner_id: str, year: AllowanceYear) -> int:
    """Scheduled and held sessions whose local start date falls in the allowance year."""
    rows = session.execute(select(TrainingSession.starts_at, TrainingSession.timezone).where(
        TrainingSession.partner_id == partner_id,
        TrainingSession.status.in_(lifecycle.SESSION_COUNTING_STATUSES)))
    return sum(1 for starts_at, zone in rows
               if year.contains(starts_at.astimezone(ZoneInfo(zone)).date()))


def subscription_year(db: Database, subscription: Subscription, on: date) -> AllowanceYear:
    return allowance_year(subscription.start, on, db.catalog.year_basis)


def allowance_summary(db: Database, partner_id: str, on: date) -> AllowanceSummary:
    """The allowance year holding ``on``: IEM days and sessions included, used and left."""
    with db.reading() as session:
        partner = load_partner(session, partner_id)
        subscription = current_subscription(partner, on)
        year = subscription_year(db, subscription, on)
        position = iem_position(session, db, subscription, year)
        edition = db.catalog.edition(subscription.edition)
        note = None
        try:
            quota = session_quota(edition, subscription.session_quota)
        except RuleRefusal as refusal:
            quota, note = 0, refusal.reason
        used = sessions_used(session, partner_id, year)
        return AllowanceSummary(
            partner_id=partner_id, edition=subscription.edition, year_start=year.start,
            year_end=year.end, iem_days_included=position.included,
            iem_days_purchased=position.purchased, iem_days_used=position.used,
            iem_days_remaining=position.remaining, iem_days_pending=position.pending,
            sessions_included=quota, sessions_used=used,
            sessions_remaining=max(quota - used, 0), sessions_note=note)
