"""Working calendars as the services see them: shipped data plus the database's adjustments.

A calendar is rebuilt only when its adjustments or weekend change, so its per-year
business-day tables stay warm across calls (the hot path of every table row and form).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from engagements.domain.calendars import (
    BusinessCalendar,
    CalendarAdjustments,
    business_calendar,
    known_calendar_codes,
)
from engagements.domain.errors import UnknownCalendar
from engagements.domain.lead_time import LeadTimeAssessment, assess_lead_time
from engagements.services.database import Database
from engagements.services.terms import require_plannable
from engagements.store.holiday_queries import adjustment_rows_query
from engagements.store.models import CalendarSetting

HOLIDAY, WORKING_DAY = "holiday", "working_day"
# Adjustments an administrator adds one by one. Unlike an imported schedule they do not
# make their year official: they lay over workalendar's holidays instead of replacing them.
MANUAL_SOURCE = "manual"


def require_known_calendar(code: str) -> None:
    """Refuse a calendar code workalendar does not know."""
    if code not in _known_codes():
        raise UnknownCalendar(code)


_KNOWN: frozenset[str] | None = None


def _known_codes() -> frozenset[str]:
    global _KNOWN
    if _KNOWN is None:
        _KNOWN = frozenset(known_calendar_codes())
    return _KNOWN


def stored_adjustments(session: Session, code: str) -> CalendarAdjustments:
    """The adjustments an administrator loaded into the database for ``code``."""
    rows = session.execute(adjustment_rows_query(code)).all()
    return replace(
        adjustments_from_rows((day, kind, name) for day, kind, name, _ in rows),
        official_years=official_years_of(rows),
    )


def official_years_of(rows: Iterable[Sequence[Any]]) -> frozenset[int]:
    """Years an imported schedule put a date in; rows are (day, kind, name, source)."""
    return frozenset(row[0].year for row in rows if row[3] != MANUAL_SOURCE)


def adjustments_from_rows(rows: Iterable[tuple[date, str, str]]) -> CalendarAdjustments:
    """Adjustments from (day, kind, name) rows, with no year marked official."""
    rows = list(rows)
    return CalendarAdjustments(
        holidays={day: name for day, kind, name in rows if kind == HOLIDAY},
        working_days=frozenset(day for day, kind, _ in rows if kind == WORKING_DAY),
    )


def weekend_of(session: Session, code: str) -> frozenset[int] | None:
    setting = session.get(CalendarSetting, code)
    if setting is None:
        return None
    return frozenset(int(part) for part in setting.weekend.split(",") if part.strip())


def working_calendar(session: Session, code: str) -> BusinessCalendar:
    """The business-day calendar for ``code`` with shipped and stored adjustments."""
    require_known_calendar(code)
    # business_calendar lays these over the shipped schedules itself.
    return business_calendar(
        code, weekend=weekend_of(session, code), adjustments=stored_adjustments(session, code)
    )


def working_calendars_from_rows(
    codes: Iterable[str], weekends: Iterable[Sequence[Any]], adjustments: Iterable[Sequence[Any]]
) -> dict[str, BusinessCalendar | None]:
    """The business-day calendars of ``codes`` from ``store.calendar_queries``' rows
    (weekends_query, adjustments_query), read for all of them at once; None for a code
    workalendar does not know."""
    weekend_by_code = {
        code: frozenset(int(part) for part in weekend.split(",") if part.strip())
        for code, weekend in weekends
    }
    rows_by_code: dict[str, list[Sequence[Any]]] = {}
    for calendar, *row in adjustments:
        rows_by_code.setdefault(calendar, []).append(row)
    found: dict[str, BusinessCalendar | None] = {}
    for code in codes:
        if code not in _known_codes():
            found[code] = None
            continue
        rows = rows_by_code.get(code, [])
        adjustments_ = replace(
            adjustments_from_rows((day, kind, name) for day, kind, name, _ in rows),
            official_years=official_years_of(rows),
        )
        found[code] = business_calendar(
            code, weekend=weekend_by_code.get(code), adjustments=adjustments_
        )
    return found


def holidays_between(calendar: BusinessCalendar, first: date, last: date) -> list[tuple[date, str]]:
    """Public holidays (with official adjustments) from ``first`` to ``last``, for display."""
    found: list[tuple[date, str]] = []
    for year in range(first.year, last.year + 1):
        if calendar.has_data_for(year):
            found.extend(h for h in calendar.holidays_in(year) if first <= h[0] <= last)
    return found


def lead_time_for(
    db: Database, code: str, submitted: date, start: date | None = None
) -> LeadTimeAssessment:
    """The lead-time rule alone, on ``code``'s working calendar as this database knows it."""
    require_known_calendar(code)
    for day, field in ((submitted, "submitted"), (start, "start")):
        if day is not None:
            require_plannable(day, field)
    with db.reading() as session:
        calendar = working_calendar(session, code)
        return assess_lead_time(calendar, submitted, start, db.catalog.required_business_days)
