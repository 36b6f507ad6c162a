"""The reads behind working calendars: each calendar's weekend and the holiday
adjustments an administrator loaded, for several calendars in one query each (a view
that shows partners on seven calendars must not ask fourteen times)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, select

from engagements.store.models import CalendarSetting, HolidayAdjustment, Subscription


def subscribed_calendars() -> Select[Any]:
    """The codes of every calendar a subscription uses (a subquery for the two below)."""
    return select(Subscription.calendar).distinct()


def weekends_query(codes: Select[Any] | list[str]) -> Select[Any]:
    """(calendar, weekend) of the calendars ``codes`` that have their own weekend."""
    return select(CalendarSetting.calendar, CalendarSetting.weekend).where(
        _among(CalendarSetting.calendar, codes))


def adjustments_query(codes: Select[Any] | list[str]) -> Select[Any]:
    """(calendar, day, kind, name, source) of every stored adjustment of ``codes``."""
    return select(HolidayAdjustment.calendar, HolidayAdjustment.day, HolidayAdjustment.kind,
                  HolidayAdjustment.name, HolidayAdjustment.source).where(
        _among(HolidayAdjustment.calendar, codes))


def _among(column: Any, codes: Select[Any] | list[str]) -> ColumnElement[bool]:
    return column.in_(codes)
