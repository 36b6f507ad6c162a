"""The statements behind the working calendars' stored adjustments (imported schedules and
hand-added dates) and the open IEM requests a change to them may decide differently."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Delete, Select, delete, extract, select
from sqlalchemy.orm import selectinload
from sqlalchemy.sql.elements import ColumnElement

from engagements.store.models import HolidayAdjustment, IemRequest, Subscription


def in_years(years: Iterable[int]) -> ColumnElement[bool]:
    """An adjustment dated in one of ``years``."""
    return extract("year", HolidayAdjustment.day).in_(tuple(years))


def plan_query(code: str, years: Iterable[int] | None) -> Select[*tuple[Any, ...]]:
    """(day, kind, name) of the adjustments of ``code`` (in ``years``, if given), by day."""
    query = select(HolidayAdjustment.day, HolidayAdjustment.kind, HolidayAdjustment.name).where(
        HolidayAdjustment.calendar == code
    )
    if years is not None:
        query = query.where(in_years(years))
    return query.order_by(HolidayAdjustment.day)


def delete_plan(code: str, years: Iterable[int]) -> Delete:
    """Remove the adjustments of ``code`` in ``years`` (an imported schedule replaces them)."""
    return delete(HolidayAdjustment).where(HolidayAdjustment.calendar == code, in_years(years))


def adjustment_rows_query(code: str) -> Select[*tuple[Any, ...]]:
    """(day, kind, name, source) of every adjustment of ``code``."""
    return select(
        HolidayAdjustment.day,
        HolidayAdjustment.kind,
        HolidayAdjustment.name,
        HolidayAdjustment.source,
    ).where(HolidayAdjustment.calendar == code)


def adjustments_query(code: str, year: int | None = None) -> Select[HolidayAdjustment]:
    """The adjustments of ``code`` (in ``year``, if given) as ORM objects, by day."""
    query = select(HolidayAdjustment).where(HolidayAdjustment.calendar == code)
    if year is not None:
        query = query.where(in_years((year,)))
    return query.order_by(HolidayAdjustment.day)


def adjustment_on_query(code: str, day: date) -> Select[HolidayAdjustment]:
    """The adjustment of ``code`` on ``day`` (at most one)."""
    return select(HolidayAdjustment).where(
        HolidayAdjustment.calendar == code, HolidayAdjustment.day == day
    )


def calendars_used_queries() -> list[Select[*tuple[Any, ...]]]:
    """The calendar codes partners subscribe on, and those adjustments are stored for."""
    return [select(Subscription.calendar).distinct(), select(HolidayAdjustment.calendar).distinct()]


def requests_near_query(
    code: str, statuses: Iterable[str], first: date, last: date
) -> Select[IemRequest]:
    """IEM requests in ``statuses`` on calendar ``code`` whose lead time a change from
    ``first`` to ``last`` can reach: submitted by ``last`` and starting from ``first`` or
    submitted in the 90 days before it; with their partner, by start."""
    return (
        select(IemRequest)
        .join(Subscription, IemRequest.subscription_id == Subscription.id)
        .where(
            Subscription.calendar == code,
            IemRequest.status.in_(statuses),
            IemRequest.submitted <= last,
            (IemRequest.start >= first) | (IemRequest.submitted >= first - timedelta(90)),
        )
        .options(selectinload(IemRequest.partner))
        .order_by(IemRequest.start, IemRequest.id)
    )


def undecided_requests_query(ids: Iterable[int]) -> Select[IemRequest]:
    """Those of the IEM requests ``ids`` whose lead time or earliest start is not known."""
    return select(IemRequest).where(
        IemRequest.id.in_(list(ids)),
        IemRequest.lead_time_undetermined.is_(True) | IemRequest.earliest_start_unknown.is_(True),
    )
