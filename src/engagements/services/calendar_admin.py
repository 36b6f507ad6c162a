"""What the Working calendars administration shows: one calendar's year at a glance.

Read side only; the edits themselves are ``services.holiday_schedules`` (add, remove,
import), so the window and the ``holidays`` commands share one source of truth.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engagements.domain.calendars import calendar_name
from engagements.domain.errors import NoHolidayData
from engagements.services.calendars import require_known_calendar, working_calendar
from engagements.services.database import Database
from engagements.services.holiday_schedules import Adjustment, list_adjustments
from engagements.store.holiday_queries import calendars_used_queries

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class CalendarDay:
    """A day the calendar treats specially: a public holiday or an official working day."""

    day: date
    kind: str  # "holiday" or "working_day"
    name: str


@dataclass(frozen=True)
class CalendarYear:
    """One working calendar's year as the lead-time rule sees it, and its stored adjustments.

    ``days`` is empty and ``missing_data`` says why when the calendar has no trustworthy
    holiday data for the year (the lead-time rule then refuses to guess).
    """

    code: str
    name: str
    year: int
    weekend: str  # e.g. "Saturday and Sunday"
    days: tuple[CalendarDay, ...]
    adjustments: tuple[Adjustment, ...]
    missing_data: str | None


def calendar_year(db: Database, code: str, year: int) -> CalendarYear:
    """Public holidays, official working weekend days and stored adjustments of ``year``."""
    code = code.strip().upper()
    require_known_calendar(code)
    with db.reading() as session:
        calendar = working_calendar(session, code)
    weekend = " and ".join(WEEKDAY_NAMES[d] for d in sorted(calendar.weekend))
    try:
        days = [CalendarDay(d, "holiday", n) for d, n in calendar.holidays_in(year)]
        days += [
            CalendarDay(d, "working_day", "official working day (weekend worked)")
            for d in calendar.working_weekend_days_in(year)
        ]
        missing = None
    except NoHolidayData as refusal:
        days, missing = [], refusal.reason
    return CalendarYear(
        code,
        calendar_name(code),
        year,
        weekend,
        tuple(sorted(days, key=lambda d: d.day)),
        tuple(list_adjustments(db, code, year)),
        missing,
    )


def calendars_in_use(db: Database, default: str) -> list[tuple[str, str]]:
    """(code, name) of the calendars partners use or adjustments exist for, default first."""
    with db.reading() as session:
        used = {code for query in calendars_used_queries() for code in session.scalars(query)}
    ordered = [default] + sorted(used - {default})
    return [(code, calendar_name(code)) for code in ordered]
