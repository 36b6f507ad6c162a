"""The reads behind working calendars and the calendar view.

Each calendar's weekend and the holiday adjustments an administrator loaded come for
several calendars in one query each (a view that shows partners on seven calendars must
not ask fourteen times). The calendar view's queries are statements here; the service
sends them together (``store.batch.read_together``) and reads their rows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select

from engagements.store.models import (
    CalendarSetting,
    Expert,
    HolidayAdjustment,
    IemPurchase,
    IemRequest,
    Partner,
    Subscription,
    TrainingSession,
)


def subscribed_calendars() -> Select[*tuple[Any, ...]]:
    """The codes of every calendar a subscription uses (a subquery for the two below)."""
    return select(Subscription.calendar).distinct()


def weekends_query(codes: Select[*tuple[Any, ...]] | list[str]) -> Select[*tuple[Any, ...]]:
    """(calendar, weekend) of the calendars ``codes`` that have their own weekend."""
    return select(CalendarSetting.calendar, CalendarSetting.weekend).where(
        _among(CalendarSetting.calendar, codes)
    )


def adjustments_query(codes: Select[*tuple[Any, ...]] | list[str]) -> Select[*tuple[Any, ...]]:
    """(calendar, day, kind, name, source) of every stored adjustment of ``codes``."""
    return select(
        HolidayAdjustment.calendar,
        HolidayAdjustment.day,
        HolidayAdjustment.kind,
        HolidayAdjustment.name,
        HolidayAdjustment.source,
    ).where(_among(HolidayAdjustment.calendar, codes))


def _among(column: Any, codes: Select[*tuple[Any, ...]] | list[str]) -> ColumnElement[bool]:
    return column.in_(codes)  # type: ignore[no-any-return]


# The calendar view's reads: what a range of days shows, and what its marks need.


def iem_events_query(
    first: date,
    last: date,
    shown_statuses: Iterable[str],
    partner_id: str | None = None,
    expert_id: str | None = None,
    tam: str | None = None,
) -> Select[*tuple[Any, ...]]:
    """(id, partner, partner name, event name, status, start, end, expert name, expert id)
    of IEM events overlapping ``first`` to ``last``."""
    query = (
        select(
            IemRequest.id,
            IemRequest.partner_id,
            Partner.name,
            IemRequest.event_name,
            IemRequest.status,
            IemRequest.start,
            IemRequest.end,
            Expert.name,
            IemRequest.expert_id,
        )
        .join(Partner, Partner.id == IemRequest.partner_id)
        .outerjoin(Expert, Expert.id == IemRequest.expert_id)
        .where(
            IemRequest.status.in_(list(shown_statuses)),
            IemRequest.end >= first,
            IemRequest.start <= last,
        )
    )
    return _filtered(query, IemRequest.partner_id, IemRequest.expert_id, partner_id, expert_id, tam)


def sessions_query(
    begin: datetime,
    end: datetime,
    shown_statuses: Iterable[str],
    partner_id: str | None = None,
    expert_id: str | None = None,
    tam: str | None = None,
) -> Select[*tuple[Any, ...]]:
    """(id, partner, partner name, topic, status, starts at, ends at, zone, expert name,
    expert id) of sessions overlapping the instants ``begin`` to ``end``."""
    query = (
        select(
            TrainingSession.id,
            TrainingSession.partner_id,
            Partner.name,
            TrainingSession.topic,
            TrainingSession.status,
            TrainingSession.starts_at,
            TrainingSession.ends_at,
            TrainingSession.timezone,
            Expert.name,
            TrainingSession.expert_id,
        )
        .join(Partner, Partner.id == TrainingSession.partner_id)
        .join(Expert, Expert.id == TrainingSession.expert_id)
        .where(
            TrainingSession.status.in_(list(shown_statuses)),
            TrainingSession.starts_at < end,
            TrainingSession.ends_at > begin,
        )
    )
    return _filtered(
        query, TrainingSession.partner_id, TrainingSession.expert_id, partner_id, expert_id, tam
    )


def expert_zones_query() -> Select[*tuple[Any, ...]]:
    """(expert id, time zone) of every expert."""
    return select(Expert.id, Expert.timezone)


def subscriptions_of_query(partner_ids: list[str]) -> Select[*tuple[Any, ...]]:
    """(partner, start, months, edition) of these partners' subscriptions, oldest first."""
    return (
        select(
            Subscription.partner_id, Subscription.start, Subscription.months, Subscription.edition
        )
        .where(Subscription.partner_id.in_(partner_ids))
        .order_by(Subscription.start)
    )


def committed_spans_query(
    partner_ids: list[str], first: date, last: date, committed_statuses: Iterable[str]
) -> Select[*tuple[Any, ...]]:
    """(partner, start, end) of these partners' committed spans from ``first`` to ``last``."""
    return select(IemRequest.partner_id, IemRequest.start, IemRequest.end).where(
        IemRequest.partner_id.in_(partner_ids),
        IemRequest.end >= first,
        IemRequest.start <= last,
        IemRequest.status.in_(list(committed_statuses)),
    )


def iem_events_with_marks_queries(
    events: Select[*tuple[Any, ...]], reach_days: int, committed_statuses: Iterable[str]
) -> dict[str, Select[*tuple[Any, ...]]]:
    """PostgreSQL: the IEM events of ``events`` (``iem_events_query``) with what their
    over-allowance marks need, for one statement (``read_together``): no second round
    trip to name the partners found.

    ``iem``: the events, as ``events`` reads them. ``subscriptions``: what
    ``subscriptions_of_query`` reads for their partners. ``spans_not_bought`` and
    ``spans_bought``: (partner, start, end) of their partners' committed spans, from
    ``reach_days`` before the first event to as long after the last, and, for partners
    who bought days, that far beyond the purchases of any of them too (bought days are
    spent once across the years they touch)."""
    shown = events.cte("shown_events")
    partners = select(shown.c.partner_id)
    since = select(func.min(shown.c.start)).scalar_subquery() - reach_days
    until = select(func.max(shown.c.end)).scalar_subquery() + reach_days
    of_shown = IemPurchase.partner_id.in_(partners)
    bought_since = (
        select(func.min(IemPurchase.valid_from)).where(of_shown).scalar_subquery() - reach_days
    )
    bought_until = (
        select(func.max(IemPurchase.valid_to)).where(of_shown).scalar_subquery() + reach_days
    )
    bought = exists().where(IemPurchase.partner_id == IemRequest.partner_id)

    def spans(buyers: bool, first: Any, last: Any) -> Select[*tuple[Any, ...]]:
        return select(IemRequest.partner_id, IemRequest.start, IemRequest.end).where(
            IemRequest.partner_id.in_(partners),
            bought if buyers else ~bought,
            IemRequest.end >= first,
            IemRequest.start <= last,
            IemRequest.status.in_(list(committed_statuses)),
        )

    return {
        "iem": select(shown),
        "subscriptions": (
            select(
                Subscription.partner_id,
                Subscription.start,
                Subscription.months,
                Subscription.edition,
            )
            .where(Subscription.partner_id.in_(partners))
            .order_by(Subscription.start)
        ),
        "spans_not_bought": spans(False, since, until),
        "spans_bought": spans(
            True, func.least(since, bought_since), func.greatest(until, bought_until)
        ),
    }


def _filtered(
    query: Select[*tuple[Any, ...]],
    partner_column: Any,
    expert_column: Any,
    partner_id: str | None,
    expert_id: str | None,
    tam: str | None,
) -> Select[*tuple[Any, ...]]:
    if partner_id:
        query = query.where(partner_column == partner_id)
    if expert_id:
        query = query.where(expert_column == expert_id)
    if tam:
        query = query.where(Partner.designated_tam == tam)
    return query
