"""Business-day calendars: which dates count as business days for the lead-time rule.

A business day is neither a weekend day (Saturday and Sunday unless another weekend is set)
nor a public holiday of workalendar's calendar for the ISO code. Official adjustments
override both: a listed holiday is never a business day, a listed working day always is.
For ``CN`` the shipped adjustments are the State Council's yearly schedules.

Trust policy: a calendar answers only for years with trustworthy data and raises
:class:`NoHolidayData` for any other year it needs, instead of guessing. A year is trusted
when its official adjustments are loaded (shipped or added at run time), or when it lies in
:data:`RULE_BASED_YEARS` and workalendar computes its holidays without raising: rule-based
calendars (US, GB, DE...) pass in the whole window, calendars built on tables or precomputed
astronomy only within them (workalendar's CN 2018-2023, HK and JP 1991-2051, SG 2000-2030).
"""

from __future__ import annotations

import tomllib
import warnings
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate, compress
from types import MappingProxyType
from typing import Any

from workalendar.core import Calendar
from workalendar.exceptions import CalendarError
from workalendar.registry import registry

from engagements.domain.bounds import PLANNABLE_DATES
from engagements.domain.errors import NoHolidayData, UnknownCalendar

SATURDAY_SUNDAY: frozenset[int] = frozenset({5, 6})
"""The default weekend, as ``date.weekday()`` numbers (Monday is 0)."""

RULE_BASED_YEARS = range(PLANNABLE_DATES[0].year, PLANNABLE_DATES[1].year + 1)
"""Years in which workalendar's computed holidays are trusted (official years always are)."""

# What workalendar raises for a year it cannot compute: CN's "Need configure 2027",
# HK/JP's "not pre-computed" astronomy, SG's missing Deepavali table, lunar range limits.
_NO_DATA_ERRORS = (CalendarError, LookupError, NotImplementedError, ValueError, OverflowError)


@dataclass(frozen=True)
class CalendarAdjustments:
    """Dates that override a calendar's weekend and public holidays.

    ``holidays`` maps a date to the holiday's name; ``working_days`` are dates worked even
    on a weekend or holiday (China's make-up days); ``official_years`` are the years whose
    holidays here are official and complete, so they replace workalendar's for that year.
    A date cannot be both a holiday and a working day.
    """

    holidays: Mapping[date, str] = field(default_factory=dict)
    working_days: frozenset[date] = frozenset()
    official_years: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "holidays", MappingProxyType(dict(sorted(self.holidays.items()))))
        object.__setattr__(self, "working_days", frozenset(self.working_days))
        object.__setattr__(self, "official_years", frozenset(self.official_years))
        clash = sorted(self.working_days.intersection(self.holidays))
        if clash:
            raise ValueError(f"dates both holiday and working day: {clash[0].isoformat()}")

    def __hash__(self) -> int:
        return hash((frozenset(self.holidays.items()), self.working_days, self.official_years))

    def merged(self, other: CalendarAdjustments) -> CalendarAdjustments:
        """These adjustments with ``other`` laid on top: on the same date, ``other`` wins."""
        holidays = {d: n for d, n in self.holidays.items() if d not in other.working_days}
        holidays.update(other.holidays)
        return CalendarAdjustments(
            holidays=holidays,
            working_days=self.working_days.difference(other.holidays).union(other.working_days),
            official_years=self.official_years | other.official_years,
        )


def parse_adjustments(text: str) -> CalendarAdjustments:
    """Read official adjustments in the ``resources/holidays/*.toml`` format.

    Each ``[years.YYYY]`` table holds ``holidays`` (``{name, first, last}`` periods, both
    days inclusive) and ``working_days`` (dates); every year given is an official year.
    Raises ``ValueError`` naming the year when the text does not follow the format.
    """
    holidays: dict[date, str] = {}
    working_days: list[date] = []
    years: dict[str, Any] = tomllib.loads(text).get("years", {})
    for key, table in years.items():
        try:
            if not key.isdigit():
                raise ValueError("the table must be named after a year")
            for period in table.get("holidays", []):
                first, last = _dates(period["first"], period.get("last", period["first"]))
                if not isinstance(period["name"], str) or not period["name"] or last < first:
                    raise ValueError(f"bad holiday period {period!r}")
                holidays.update(
                    (first + timedelta(i), period["name"]) for i in range((last - first).days + 1)
                )
            working_days += _dates(*table.get("working_days", []))
        except (AttributeError, TypeError, KeyError, ValueError) as error:
            raise ValueError(f"[years.{key}]: {error}") from error
    return CalendarAdjustments(holidays, frozenset(working_days), frozenset(map(int, years)))


def _dates(*values: Any) -> list[date]:
    for value in values:
        if not isinstance(value, date) or isinstance(value, datetime):
            raise ValueError(f"{value!r} is not a date (write YYYY-MM-DD)")
    return list(values)


def shipped_adjustments(code: str) -> CalendarAdjustments:
    """The official adjustments shipped for ``code`` (empty when none are shipped)."""
    _workalendar_class(code)  # only known codes name a file
    file_name = f"{code.strip().upper()}.toml"
    data = resources.files("engagements.resources").joinpath("holidays", file_name)
    if not data.is_file():
        return CalendarAdjustments()
    return parse_adjustments(data.read_text(encoding="utf-8"))


def known_calendar_codes() -> list[str]:
    """Every ISO code workalendar has a calendar for, subdivisions included, sorted."""
    return sorted(registry.get_calendars(include_subregions=True))


def calendar_name(code: str) -> str:
    """The English name of the calendar, e.g. ``"China"`` for ``CN``."""
    return str(_workalendar_class(code).name)


def _workalendar_class(code: str) -> type[Calendar]:
    found: type[Calendar] | None = registry.get(code.strip().upper())
    if found is None:
        raise UnknownCalendar(code)
    return found


def _public_holidays(law: type[Calendar], year: int) -> list[tuple[date, str]]:
    """workalendar's public holidays for one year, computed as the law defines them.

    A fresh instance per year, with the calendar's own weekend: some calendars shift
    holidays off their own weekend, and workalendar's HK leaves per-year state behind.
    """
    with warnings.catch_warnings():
        # workalendar warns here about its own data (China: "Support years 2018-2023";
        # Islamic dates "may be wrong"), which the trust policy already decides, and
        # about deprecated lunardate calls; nothing a caller could act on.
        warnings.simplefilter("ignore")
        return list(law().holidays(year))


class _AdjustedCalendar(Calendar):  # type: ignore[misc]  # workalendar is untyped
    """Mixed in front of a workalendar class: the business weekend and the adjustments."""

    law: type[Calendar]
    adjustments: CalendarAdjustments
    weekend: tuple[int, ...]  # the business weekend, not necessarily the law's

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        official = self.adjustments.official_years
        own = [d for d in getattr(self, "extra_working_days", ()) if d.year not in official]
        self.extra_working_days = tuple(sorted({*own, *self.adjustments.working_days}))

    def get_weekend_days(self) -> tuple[int, ...]:
        return self.weekend

    def get_calendar_holidays(self, year: int) -> list[tuple[date, str]]:
        listed = [(d, n) for d, n in self.adjustments.holidays.items() if d.year == year]
        if year in self.adjustments.official_years:
            return listed
        overridden = self.adjustments.working_days.union(self.adjustments.holidays)
        law = [(d, n) for d, n in _public_holidays(self.law, year) if d not in overridden]
        return law + listed

    def is_working_day(
        self, day: date, extra_working_days: Any = None, extra_holidays: Any = None
    ) -> bool:
        worked = extra_working_days or self.extra_working_days
        return bool(super().is_working_day(day, worked, extra_holidays))


# One year's business days: (ordinal of 1 January, ranks, days), where ranks[i] counts
# the business days from 1 January to 1 January + i inclusive and days lists them in order,
# so that counting and adding are look-ups rather than searches or new dates. The tables
# are kept small because an answer costs hardly more than reading them: over many
# calendars and years, tables too big for the processor's cache made a look-up up to
# twice as slow, most of all when other programs share the machine. So ranks are
# two-byte numbers (a year has at most 366 days), and days holds dates that every
# calendar shares (see _every_day) instead of each calendar's own copies.
_BusinessYear = tuple[int, "array[int]", list[date]]


@cache
def _every_day(year: int) -> tuple[date, ...]:
    """Every date of ``year`` in order, one object per date for all calendars' tables."""
    first = date(year, 1, 1).toordinal()
    return tuple(map(date.fromordinal, range(first, date(year, 12, 31).toordinal() + 1)))


class BusinessCalendar:
    """The business days of one working calendar (ISO code, weekend, adjustments).

    Built once and reused: each year's business days are worked out on first use and kept,
    so each question below costs about a microsecond. Every method raises
    :class:`NoHolidayData` for the first year it needs that has no trustworthy data.
    """

    def __init__(
        self,
        code: str,
        weekend: frozenset[int] = SATURDAY_SUNDAY,
        adjustments: CalendarAdjustments | None = None,
    ) -> None:
        if not weekend <= set(range(7)) or len(weekend) == 7:
            raise ValueError(f"weekend must be some of the weekdays 0-6, not all: {weekend}")
        law = _workalendar_class(code)
        self.code, self.name = code.strip().upper(), str(law.name)
        self.weekend = frozenset(weekend)
        self.adjustments = adjustments or CalendarAdjustments()
        # The workalendar class, subclassed once for this calendar (see _AdjustedCalendar).
        rules = {"law": law, "adjustments": self.adjustments, "weekend": tuple(sorted(weekend))}
        self._workalendar = type(f"Business{law.__name__}", (_AdjustedCalendar, law), rules)()
        self._trusted: dict[int, bool] = {}
        self._years: dict[int, _BusinessYear] = {}

    def has_data_for(self, year: int) -> bool:
        """Whether the calendar has trustworthy holiday data for ``year`` (see the module)."""
        if year not in self._trusted:
            self._trusted[year] = year in self.adjustments.official_years or (
                year in RULE_BASED_YEARS and self._workalendar_computes(year)
            )
        return self._trusted[year]

    def _workalendar_computes(self, year: int) -> bool:
        try:
            self._workalendar.holidays(year)
        except _NO_DATA_ERRORS:
            return False
        return True

    def require_data(self, first: date, last: date) -> None:
        """Raise :class:`NoHolidayData` for the first year from ``first`` to ``last`` lacking
        trustworthy data."""
        for year in range(min(first, last).year, max(first, last).year + 1):
            self._require_year(year)

    def _require_year(self, year: int) -> None:
        if not self.has_data_for(year):
            raise NoHolidayData(self.code, year)

    def _year(self, year: int) -> _BusinessYear:
        known = self._years.get(year)
        if known is not None:
            return known
        self._require_year(year)
        holidays = self._workalendar.holidays_set(year)
        worked = frozenset(self._workalendar.extra_working_days)
        every_day = _every_day(year)
        # workalendar's order: working days first, then the weekend, then holidays.
        business = [
            d in worked or (d.weekday() not in self.weekend and d not in holidays)
            for d in every_day
        ]
        ranks = array("H", accumulate(business))
        self._years[year] = (every_day[0].toordinal(), ranks, list(compress(every_day, business)))
        return self._years[year]

    def is_business_day(self, day: date) -> bool:
        """Whether ``day`` is a business day."""
        first, ranks, _ = self._year(day.year)
        index = day.toordinal() - first
        return ranks[index] > (ranks[index - 1] if index else 0)

    def add_business_days(self, day: date, n: int) -> date:
        """The ``n``-th business day after ``day`` (``day`` itself not counted; ``n`` >= 0).

        This is workalendar's ``add_working_days(day, n)``; ``n = 0`` returns ``day``.
        """
        year = day.year
        first, ranks, days = self._years.get(year) or self._year(year)  # the hot path
        if n <= 0:
            if n < 0:
                raise ValueError(f"n must not be negative: {n}")
            return day
        index = ranks[day.toordinal() - first] + n - 1
        while index >= len(days):
            index -= len(days)
            year += 1
            _, _, days = self._year(year)
        return days[index]

    def business_days_between(self, after: date, until: date) -> int:
        """The number of business days d with ``after`` < d <= ``until`` (0 when none)."""
        if until <= after:
            return 0
        first, ranks, _ = self._year(after.year)
        counted = -ranks[after.toordinal() - first]
        for year in range(after.year, until.year):
            counted += len(self._year(year)[2])
        first, ranks, _ = self._year(until.year)
        return counted + ranks[until.toordinal() - first]

    def holidays_in(self, year: int) -> list[tuple[date, str]]:
        """The public holidays of ``year`` as (date, name), official adjustments included."""
        self._require_year(year)
        return list(self._workalendar.holidays(year))

    def working_weekend_days_in(self, year: int) -> list[date]:
        """The weekend days of ``year`` that are working days (China's make-up days)."""
        self._require_year(year)
        worked = self._workalendar.extra_working_days
        return [d for d in worked if d.year == year and d.weekday() in self.weekend]


def business_calendar(
    code: str,
    weekend: Iterable[int] | None = None,
    adjustments: CalendarAdjustments | None = None,
) -> BusinessCalendar:
    """The shared business calendar for ``code``; build calendars through here.

    ``weekend`` is a set of ``date.weekday()`` numbers (default Saturday and Sunday);
    ``adjustments`` (e.g. loaded from the database) are laid over the shipped ones.
    Raises :class:`UnknownCalendar` for a code workalendar does not know.
    """
    _workalendar_class(code)
    return _shared_calendar(
        code.strip().upper(),
        SATURDAY_SUNDAY if weekend is None else frozenset(weekend),
        adjustments or CalendarAdjustments(),
    )


@lru_cache(maxsize=64)
def _shared_calendar(
    code: str, weekend: frozenset[int], adjustments: CalendarAdjustments
) -> BusinessCalendar:
    return BusinessCalendar(code, weekend, shipped_adjustments(code).merged(adjustments))
