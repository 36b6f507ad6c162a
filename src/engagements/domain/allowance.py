"""Allowance years and the natural-day IEM allowance.

Natural days are calendar days, weekends and holidays included. Days used in an
allowance year are the *distinct* dates in that year covered by the partner's committed
IEM events (approved, scheduled, in progress, completed); two events on one date use it
once, and an event crossing into the next allowance year uses days from each year.
Bought days (add-ons) are used only after the included days are gone.
"""

from __future__ import annotations

import calendar as gregorian
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from engagements.domain.errors import RuleRefusal

ONE_DAY = timedelta(days=1)
DateSpan = tuple[date, date]  # first and last day, inclusive


def add_months(day: date, months: int) -> date:
    """The same day of the month ``months`` later, clamped to the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, gregorian.monthrange(year, month)[1]))


@dataclass(frozen=True)
class AllowanceYear:
    """One allowance year, both ends inclusive."""

    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def overlaps(self, span: DateSpan) -> bool:
        return span[0] <= self.end and span[1] >= self.start


def allowance_year(subscription_start: date, on: date,
                   basis: str = "subscription") -> AllowanceYear:
    """The allowance year holding ``on``.

    ``basis="subscription"``: from the start date (or an anniversary of it) to the day
    before the next anniversary; a 29 February start has its anniversary on 28 February
    in common years. ``basis="calendar"``: 1 January to 31 December.
    """
    if basis == "calendar":
        return AllowanceYear(date(on.year, 1, 1), date(on.year, 12, 31))
    years = on.year - subscription_start.year
    if add_months(subscription_start, 12 * years) > on:
        years -= 1
    first = add_months(subscription_start, 12 * years)
    return AllowanceYear(first, add_months(subscription_start, 12 * (years + 1)) - ONE_DAY)


def allowance_years_touched(
    subscription_start: date, span: DateSpan, basis: str = "subscription"
) -> list[AllowanceYear]:
    """Every allowance year that the inclusive span ``span`` has a day in, in order."""
    years = [allowance_year(subscription_start, span[0], basis)]
    while years[-1].end < span[1]:
        years.append(allowance_year(subscription_start, years[-1].end + ONE_DAY, basis))
    return years


def natural_days(span: DateSpan) -> int:
    """Calendar days from the first to the last day of an event, both included."""
    return (span[1] - span[0]).days + 1


def distinct_days_in(spans: Iterable[DateSpan], year: AllowanceYear) -> int:
    """Distinct dates inside ``year`` covered by any of ``spans`` (overlaps counted once)."""
    clipped = sorted(
        (max(first, year.start), min(last, year.end))
        for first, last in spans
        if first <= year.end and last >= year.start and first <= last
    )
    total = 0
    run: list[date] = []  # first and last day of the run of covered days being merged
    for first, last in clipped:
        if run and first <= run[1] + ONE_DAY:
            run[1] = max(run[1], last)
            continue
        if run:
            total += (run[1] - run[0]).days + 1
        run = [first, last]
    if run:
        total += (run[1] - run[0]).days + 1
    return total


@dataclass(frozen=True)
class AllowancePosition:
    """The IEM allowance of one partner in one allowance year, in natural days."""

    year: AllowanceYear
    included: int
    purchased: int
    used: int
    pending: int  # extra distinct days that submitted requests would use if approved

    @property
    def available(self) -> int:
        return self.included + self.purchased

    @property
    def remaining(self) -> int:
        return max(self.available - self.used, 0)

    @property
    def purchased_used(self) -> int:
        """Bought days are drawn only after the included ones are gone."""
        return min(max(self.used - self.included, 0), self.purchased)


@dataclass(frozen=True)
class Purchase:
    days: int
    valid_from: date
    valid_to: date


def purchased_days_for(purchases: Iterable[Purchase], year: AllowanceYear) -> int:
    """Bought days usable in ``year``: purchases whose validity overlaps the year."""
    return sum(p.days for p in purchases if year.overlaps((p.valid_from, p.valid_to)))


def allowance_position(
    year: AllowanceYear,
    included: int,
    purchases: Iterable[Purchase],
    committed: Iterable[DateSpan],
    pending: Iterable[DateSpan] = (),
) -> AllowancePosition:
    """Included, bought, used and forecast natural days for one allowance year."""
    committed = list(committed)
    used = distinct_days_in(committed, year)
    with_pending = distinct_days_in([*committed, *pending], year)
    return AllowancePosition(year, included, purchased_days_for(purchases, year), used,
                             with_pending - used)


def require_room_for(
    positions: Iterable[AllowancePosition], committed: list[DateSpan], event: DateSpan
) -> None:
    """Refuse approving ``event`` when it would take any allowance year past its days.

    ``committed`` are the partner's already committed events; ``positions`` one per
    allowance year the event touches. The refusal names the shortfall in days.
    """
    for position in positions:
        after = distinct_days_in([*committed, event], position.year)
        shortfall = after - position.available
        if shortfall > 0:
            raise RuleRefusal(
                "allowance_exceeded",
                f"approving would use {after} IEM days in the allowance year "
                f"{position.year.start.isoformat()} to {position.year.end.isoformat()}, "
                f"but only {position.available} are available "
                f"({position.included} included, {position.purchased} bought): "
                f"{shortfall} day{'s' if shortfall != 1 else ''} short",
            )
