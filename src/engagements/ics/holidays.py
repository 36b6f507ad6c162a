"""Official holiday schedules published as iCalendar, read into holidays and working days.

The file comes from outside (a government site, a colleague's mail), so it is treated as
untrusted: its size, its number of events, the length of each event and the years it
may touch are bounded, and anything unexpected is refused with a sentence saying what and
where, rather than half-read. Plain bytes in, plain values out; no database.

Meaning of an event (see the command-line contract):
- CATEGORIES include ``WORKDAY``, or the SUMMARY says it is a working day (``补班``,
  ``上班``, ``working day``; any case), so its dates are working days (make-up days);
- any other event makes every date it covers a holiday. All-day events only: DTEND is
  exclusive, a DURATION is allowed, no DTEND means one day. Recurring events are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from icalendar import Calendar

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_EVENTS = 2000
MAX_EVENT_DAYS = 31  # the longest official break is about ten days; a month is generous
MAX_DATES = 5000
YEARS_ACCEPTED = range(1990, 2100)  # the years the working calendars can hold
MAX_NAME = 200
WORKDAY_CATEGORY = "WORKDAY"
# "non-working day" says the opposite of "working day", hence the look-behind.
WORKING_DAY_SUMMARY = re.compile(r"补班|上班|(?<!non-)(?<!non )working day", re.IGNORECASE)


class HolidayScheduleError(ValueError):
    """The file is not a holiday schedule this application can load; the message says why."""


@dataclass(frozen=True)
class HolidaySchedule:
    """What a schedule file says: holiday dates and working-day dates, each with a name."""

    holidays: dict[date, str]
    working_days: dict[date, str]

    @property
    def years(self) -> frozenset[int]:
        """Every year the file has a date in."""
        return frozenset(d.year for d in [*self.holidays, *self.working_days])


def parse_holiday_schedule(data: bytes) -> HolidaySchedule:
    """Read an iCalendar holiday schedule; raises :class:`HolidayScheduleError`."""
    if len(data) > MAX_FILE_BYTES:
        raise HolidayScheduleError(
            f"the file is {len(data) // 1024} KiB; a holiday schedule is at most "
            f"{MAX_FILE_BYTES // 1024 // 1024} MiB"
        )
    events = _events(_calendar(data))
    holidays: dict[date, str] = {}
    working: dict[date, str] = {}
    for index, event in enumerate(events, start=1):
        where = f"event {index}"
        try:
            summary = str(event.get("summary", "")).strip()[:MAX_NAME]
            where += f" ({summary})" if summary else ""
            target = working if _is_working_day(event, summary) else holidays
            days = _days(event, where)
        except HolidayScheduleError:
            raise
        except Exception as error:  # noqa: BLE001 - icalendar fails in many ways on odd input
            raise HolidayScheduleError(
                f"{where}: cannot be read ({type(error).__name__}: {error})"
            ) from None
        for day in days:
            target.setdefault(day, summary or ("working day" if target is working else "holiday"))
        if len(holidays) + len(working) > MAX_DATES:
            raise HolidayScheduleError(f"the file lists more than {MAX_DATES} dates")
    clash = sorted(set(holidays) & set(working))
    if clash:
        raise HolidayScheduleError(
            f"{clash[0].isoformat()} is both a holiday ({holidays[clash[0]]}) and a working "
            f"day ({working[clash[0]]})"
        )
    if not holidays and not working:
        raise HolidayScheduleError("the file holds no events")
    return HolidaySchedule(holidays, working)


def _calendar(data: bytes) -> Calendar:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise HolidayScheduleError(f"the file is not UTF-8 text (byte {error.start})") from None
    if "BEGIN:VCALENDAR" not in text[:4096].upper():
        raise HolidayScheduleError("not an iCalendar file: it does not start with BEGIN:VCALENDAR")
    try:
        return Calendar.from_ical(text)
    except Exception as error:  # noqa: BLE001 - a list-valued VALUE= raised AttributeError
        raise HolidayScheduleError(f"not a readable iCalendar file: {error}") from None


def _events(calendar: Any) -> list[Any]:
    if getattr(calendar, "name", None) != "VCALENDAR":
        raise HolidayScheduleError("not an iCalendar file: no VCALENDAR")
    events = list(calendar.walk("VEVENT"))
    if len(events) > MAX_EVENTS:
        raise HolidayScheduleError(
            f"the file has {len(events)} events; at most {MAX_EVENTS} are read"
        )
    return events


def _is_working_day(event: Any, summary: str) -> bool:
    return WORKDAY_CATEGORY in _categories(event) or bool(WORKING_DAY_SUMMARY.search(summary))


def _categories(event: Any) -> set[str]:
    found = event.get("categories")
    if found is None:
        return set()
    properties = found if isinstance(found, list) else [found]
    names: set[str] = set()
    for prop in properties:
        for name in getattr(prop, "cats", [prop]):
            names.add(str(name).strip().upper())
    return names


def _days(event: Any, where: str) -> list[date]:
    """The dates an all-day event covers (DTEND exclusive)."""
    if "rrule" in event or "rdate" in event:
        raise HolidayScheduleError(
            f"{where}: recurring events are not supported; list each holiday as its own event"
        )
    first = _date_of(event, "dtstart", where)
    if first.year not in YEARS_ACCEPTED:  # before any arithmetic: 9999-12-31 + 1 overflows
        raise HolidayScheduleError(
            f"{where}: year {first.year} is outside {YEARS_ACCEPTED[0]}-{YEARS_ACCEPTED[-1]}"
        )
    if "dtend" in event:
        end = _date_of(event, "dtend", where)
    elif "duration" in event:
        end = first + _whole_days(event, where)
    else:
        end = first + timedelta(days=1)
    if end <= first:
        raise HolidayScheduleError(f"{where}: ends before it starts")
    if (end - first).days > MAX_EVENT_DAYS:
        raise HolidayScheduleError(
            f"{where}: covers {(end - first).days} days; at most {MAX_EVENT_DAYS} are accepted"
        )
    for year in {first.year, (end - timedelta(days=1)).year}:
        if year not in YEARS_ACCEPTED:
            raise HolidayScheduleError(
                f"{where}: year {year} is outside {YEARS_ACCEPTED[0]}-{YEARS_ACCEPTED[-1]}"
            )
    return [first + timedelta(days=i) for i in range((end - first).days)]


def _date_of(event: Any, name: str, where: str) -> date:
    try:
        value = event.decoded(name)
    except (KeyError, ValueError, TypeError):
        raise HolidayScheduleError(f"{where}: {name.upper()} is missing or not a date") from None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise HolidayScheduleError(
            f"{where}: not an all-day event ({name.upper()} must be a date, VALUE=DATE)"
        )
    return value


def _whole_days(event: Any, where: str) -> timedelta:
    try:
        duration = event.decoded("duration")
    except (KeyError, ValueError, TypeError):
        duration = None
    if not isinstance(duration, timedelta) or duration % timedelta(days=1):
        raise HolidayScheduleError(f"{where}: DURATION must be whole days")
    # Checked here already: a huge duration would overflow the date arithmetic.
    return min(duration, timedelta(days=MAX_EVENT_DAYS + 1))
