"""What a partner has included, used and left in an allowance year."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select
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
from engagements.domain.errors import NotFound, RuleRefusal
from engagements.domain.sessions import session_quota
from engagements.services.database import Database
from engagements.services.partners import current_subscription
from engagements.services.terms import outside_every_term, require_plannable, subscription_holding
from engagements.store import partner_queries
from engagements.store.batch import read_together
from engagements.store.models import (
    Partner,
    Subscription,
)


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


def _spans(
    session: Session, partner_id: str, statuses: frozenset[str], first: date, last: date
) -> list[DateSpan]:
    rows = session.execute(
        partner_queries.iem_spans_between_query(partner_id, statuses, first, last)
    )
    return [(start, end) for start, end in rows]


def committed_spans(session: Session, partner_id: str, first: date, last: date) -> list[DateSpan]:
    """Events whose days count (approved, scheduled, in progress, completed) in the window."""
    return _spans(session, partner_id, lifecycle.COMMITTED_STATUSES, first, last)


def purchases_of(session: Session, partner_id: str) -> list[Purchase]:
    rows = session.execute(partner_queries.purchases_query(partner_id))
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
        return allowance_position(
            year, self.included, self.purchases, self.committed, self.pending, self.years
        )


def partner_iem_days(
    session: Session, db: Database, subscription: Subscription, span: DateSpan
) -> PartnerIemDays:
    """Read, once, the partner's purchases and IEM events that approving ``span`` meets."""
    pid = subscription.partner_id
    # One batched read (one round trip on PostgreSQL): the purchases decide which years
    # count, so every committed and pending event comes back, and the years' window is
    # applied in partner_iem_days_from, as the separate queries did in SQL.
    rows = read_together(session, partner_iem_queries(pid))
    return partner_iem_days_from(db, subscription, span, rows["purchases"], rows["iem_spans"])


def partner_iem_queries(partner_id: Any) -> dict[str, Select[*tuple[Any, ...]]]:
    """What partner_iem_days reads: the purchases and every committed or pending event
    (``partner_id`` may be a subquery naming the partner)."""
    return {
        "purchases": partner_queries.purchases_query(partner_id),
        "iem_spans": partner_queries.iem_spans_query(
            partner_id, lifecycle.COMMITTED_STATUSES | lifecycle.PENDING_STATUSES
        ),
    }


def partner_iem_days_from(
    db: Database,
    subscription: Subscription,
    span: DateSpan,
    purchase_rows: Iterable[Sequence[Any]],
    span_rows: Iterable[Sequence[Any]],
) -> PartnerIemDays:
    """PartnerIemDays from the rows of partner_iem_queries."""
    purchases = [
        Purchase(days, valid_from, valid_to, purchase_id)
        for days, valid_from, valid_to, purchase_id in purchase_rows
    ]
    spans = list(span_rows)
    years = years_sharing_purchases(subscription.start, span, purchases, db.catalog.year_basis)
    first, last = years[0].start, years[-1].end

    def within(statuses: frozenset[str]) -> list[DateSpan]:
        return [
            (start, end)
            for start, end, status in spans
            if status in statuses and end >= first and start <= last
        ]

    return PartnerIemDays(
        years,
        db.catalog.edition(subscription.edition).iem_days_per_year,
        purchases,
        within(lifecycle.COMMITTED_STATUSES),
        within(lifecycle.PENDING_STATUSES),
    )


def positions_around(
    session: Session, db: Database, subscription: Subscription, span: DateSpan
) -> tuple[list[AllowancePosition], PartnerIemDays]:
    """The IEM position of every allowance year ``span`` touches, and the partner's days
    read for them (read once for all of them): what approving or previewing an event needs.
    """
    days = partner_iem_days(session, db, subscription, span)
    years = allowance_years_touched(subscription.start, span, db.catalog.year_basis)
    return [days.position(year) for year in years], days


def sessions_used(session: Session, partner_id: str, year: AllowanceYear) -> int:
    """Scheduled and held sessions whose local start date falls in the allowance year."""
    rows = session.execute(
        partner_queries.sessions_query(partner_id, lifecycle.SESSION_COUNTING_STATUSES)
    )
    return sum(
        1 for starts_at, zone in rows if year.contains(starts_at.astimezone(ZoneInfo(zone)).date())
    )


def subscription_year(db: Database, subscription: Subscription, on: date) -> AllowanceYear:
    return allowance_year(subscription.start, on, db.catalog.year_basis)


def allowance_summary(db: Database, partner_id: str, on: date) -> AllowanceSummary:
    """The allowance year holding ``on``: IEM days and sessions included, used and left.

    On a date outside every subscription term nothing is included (``in_term`` False,
    ``term_note`` says why): no IEM event or session can be dated there. One batched
    read (one round trip on PostgreSQL), then the rules in memory.
    """
    require_plannable(on, "on")
    with db.reading() as session:
        record = read_partner_record(session, partner_id)
    return record.summary(db, on)


def partner_record_queries(partner_id: str) -> dict[str, Select[*tuple[Any, ...]]]:
    """What a partner's allowance is worked out from, as statements for read_together."""
    return {
        "partner": partner_queries.partner_query(partner_id),
        "subscriptions": partner_queries.subscriptions_query(partner_id),
        "purchases": partner_queries.purchases_query(partner_id),
        "iem_spans": partner_queries.iem_spans_query(
            partner_id, lifecycle.COMMITTED_STATUSES | lifecycle.PENDING_STATUSES
        ),
        "sessions": partner_queries.sessions_query(partner_id, lifecycle.SESSION_COUNTING_STATUSES),
    }


def read_partner_record(session: Session, partner_id: str) -> PartnerRecord:
    """The partner, its subscriptions, purchases, IEM events and counting sessions."""
    return partner_record_from(
        partner_id, read_together(session, partner_record_queries(partner_id))
    )


def partner_record_from(partner_id: str, rows: dict[str, Any]) -> PartnerRecord:
    """A PartnerRecord from the rows of partner_record_queries; NotFound without one."""
    partner = partner_queries.partner_from_rows(rows["partner"], rows["subscriptions"])
    if partner is None:
        raise NotFound("partner", partner_id)
    return PartnerRecord(
        partner,
        [Purchase(days, first, last, pid) for days, first, last, pid in rows["purchases"]],
        [(start, end, status) for start, end, status in rows["iem_spans"]],
        [(starts_at, zone) for starts_at, zone in rows["sessions"]],
    )


@dataclass(frozen=True)
class PartnerRecord:
    """Everything a partner's allowance in any year is worked out from, read at once, so
    a page showing several years reads the database once, not once per year."""

    partner: Partner
    purchases: list[Purchase]
    iem_spans: list[tuple[date, date, str]]  # committed and pending events
    sessions: list[tuple[datetime, str]]  # counting sessions: start and time zone

    def spans(self, statuses: frozenset[str], first: date, last: date) -> list[DateSpan]:
        return [
            (start, end)
            for start, end, status in self.iem_spans
            if status in statuses and end >= first and start <= last
        ]

    def sessions_used(self, year: AllowanceYear) -> int:
        return sum(
            1
            for starts_at, zone in self.sessions
            if year.contains(starts_at.astimezone(ZoneInfo(zone)).date())
        )

    def summary(self, db: Database, on: date) -> AllowanceSummary:
        """The allowance year holding ``on`` (as allowance_summary)."""
        partner = self.partner
        subscription = current_subscription(partner, on)
        year = subscription_year(db, subscription, on)
        years = years_sharing_purchases(
            subscription.start, (year.start, year.end), self.purchases, db.catalog.year_basis
        )
        first, last = years[0].start, years[-1].end
        edition = db.catalog.edition(subscription.edition)
        position = PartnerIemDays(
            years,
            edition.iem_days_per_year,
            self.purchases,
            self.spans(lifecycle.COMMITTED_STATUSES, first, last),
            self.spans(lifecycle.PENDING_STATUSES, first, last),
        ).position(year)
        note = None
        try:
            quota = session_quota(edition, subscription.session_quota)
        except RuleRefusal as refusal:
            quota, note = 0, refusal.reason
        used = self.sessions_used(year)
        if subscription_holding(partner, on) is None:
            outside = (
                f"{outside_every_term(partner, on).reason}: nothing is included, and "
                "no IEM event or session can be dated there"
            )
            position = replace(position, included=0, purchased=0, purchases=())
            quota, note = 0, note or outside
            return replace(
                _summary(subscription, year, position, quota, used, note),
                in_term=False,
                term_note=outside,
            )
        return _summary(subscription, year, position, quota, used, note)


def _summary(
    subscription: Subscription,
    year: AllowanceYear,
    position: AllowancePosition,
    quota: int,
    used: int,
    note: str | None,
) -> AllowanceSummary:
    return AllowanceSummary(
        partner_id=subscription.partner_id,
        edition=subscription.edition,
        year_start=year.start,
        year_end=year.end,
        iem_days_included=position.included,
        iem_days_purchased=position.purchased,
        iem_days_used=position.used,
        iem_days_remaining=position.remaining,
        iem_days_pending=position.pending,
        sessions_included=quota,
        sessions_used=used,
        sessions_remaining=max(quota - used, 0),
        sessions_note=note,
        iem_purchases=tuple(
            PurchaseInYear(
                u.purchase.id,
                u.purchase.days,
                u.purchase.valid_from,
                u.purchase.valid_to,
                u.used,
                u.used_in_year,
                u.left,
            )
            for u in position.purchases
        ),
    )
