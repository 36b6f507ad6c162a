"""What a partner has included, used and left in an allowance year."""

from __future__ import annotations

from dataclasses import dataclass, replace
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
    years_sharing_purchases,
)
from engagements.domain.errors import RuleRefusal
from engagements.domain.sessions import session_quota
from engagements.services.database import Database
from engagements.services.partners import current_subscription, load_partner
from engagements.services.terms import outside_every_term, require_plannable, subscription_holding
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
    iem_purchases: tuple[PurchaseInYear, ...] = ()
    in_term: bool = True  # False: the date is outside every subscription term
    term_note: str | None = None


@dataclass(frozen=True)
class PurchaseInYear:
    """One purchase valid in the allowance year: its days, used in total and here, left."""

    id: int | None
    days: int
    valid_from: date
    valid_to: date
    used: int
    used_in_year: int
    left: int


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
    rows = session.execute(select(IemPurchase.days, IemPurchase.valid_from, IemPurchase.valid_to,
                                  IemPurchase.id).where(IemPurchase.partner_id == partner_id))
    return [Purchase(days, valid_from, valid_to, pid) for days, valid_from, valid_to, pid in rows]


@dataclass(frozen=True)
class PartnerIemDays:
    """What the allowance rules need about one partner's IEM days around an event.

    ``years`` run over the event's allowance years and every year a purchase valid then
    touches, since a bought day spent in one of them is gone for the others.
    """

    years: list[AllowanceYear]
    included: int
    purchases: list[Purchase]
    committed: list[DateSpan]
    pending: list[DateSpan]

    def position(self, year: AllowanceYear) -> AllowancePosition:
        return allowance_position(year, self.included, self.purchases, self.committed,
                                  self.pending, self.years)


def partner_iem_days(session: Session, db: Database, subscription: Subscription,
                     span: DateSpan) -> PartnerIemDays:
    """Read, once, the partner's purchases and IEM events that approving ``span`` meets."""
    pid = subscription.partner_id
    purchases = purchases_of(session, pid)
    years = years_sharing_purchases(subscription.start, span, purchases, db.catalog.year_basis)
    first, last = years[0].start, years[-1].end
    return PartnerIemDays(years, db.catalog.edition(subscription.edition).iem_days_per_year,
                          purchases, committed_spans(session, pid, first, last),
                          _spans(session, pid, lifecycle.PENDING_STATUSES, first, last))


def iem_position(session: Session, db: Database, subscription: Subscription,
                 year: AllowanceYear) -> AllowancePosition:
    """IEM days included, bought, used and pending for one allowance year."""
    return partner_iem_days(session, db, subscription, (year.start, year.end)).position(year)


def positions_around(session: Session, db: Database, subscription: Subscription,
                     span: DateSpan) -> tuple[list[AllowancePosition], PartnerIemDays]:
    """The IEM position of every allowance year ``span`` touches, and the partner's days
    read for them (read once for all of them): what approving or previewing an event needs.
    """
    days = partner_iem_days(session, db, subscription, span)
    years = allowance_years_touched(subscription.start, span, db.catalog.year_basis)
    return [days.position(year) for year in years], days


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
    """The allowance year holding ``on``: IEM days and sessions included, used and left.

    On a date outside every subscription term nothing is included (``in_term`` False,
    ``term_note`` says why): no IEM event or session can be dated there.
    """
    require_plannable(on, "on")
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
        if subscription_holding(partner, on) is None:
            outside = (f"{outside_every_term(partner, on).reason}: nothing is included, and "
                       "no IEM event or session can be dated there")
            position = replace(position, included=0, purchased=0, purchases=())
            quota, note = 0, note or outside
            return replace(_summary(subscription, year, position, quota, used, note),
                           in_term=False, term_note=outside)
        return _summary(subscription, year, position, quota, used, note)


def _summary(subscription: Subscription, year: AllowanceYear, position: AllowancePosition,
             quota: int, used: int, note: str | None) -> AllowanceSummary:
    return AllowanceSummary(
        partner_id=subscription.partner_id, edition=subscription.edition,
        year_start=year.start,
        year_end=year.end, iem_days_included=position.included,
        iem_days_purchased=position.purchased, iem_days_used=position.used,
        iem_days_remaining=position.remaining, iem_days_pending=position.pending,
        sessions_included=quota, sessions_used=used,
        sessions_remaining=max(quota - used, 0), sessions_note=note,
        iem_purchases=tuple(PurchaseInYear(
            u.purchase.id, u.purchase.days, u.purchase.valid_from, u.purchase.valid_to,
            u.used, u.used_in_year, u.left) for u in position.purchases))
