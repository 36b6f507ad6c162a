"""Allowance years and the natural-day IEM allowance.

Natural days are calendar days, weekends and holidays included. Days used in an
allowance year are the *distinct* dates in that year covered by the partner's committed
IEM events (approved, scheduled, in progress, completed); two events on one date use it
once, and an event crossing into the next allowance year uses days from each year.
Bought days (add-ons) are used only after the included days are gone.
"""

from __future__ import annotations

import calendar as gregorian
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from engagements.domain import findings
from engagements.domain.errors import RuleRefusal
from engagements.domain.findings import Finding

ONE_DAY = timedelta(days=1)
# No allowance year is longer: from a date, every day of the years holding it lies within
# this many days (reads of spans that may share a year with a date reach this far).
LONGEST_YEAR = timedelta(days=366)
NEARLY_OUT_DAYS = 2
"""IEM days left at or below which a partner is nearly out (flagged, drawn in warning)."""
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


@lru_cache(maxsize=4096)  # a dashboard asks it of thousands of partners sharing starts
def allowance_year(
    subscription_start: date, on: date, basis: str = "subscription"
) -> AllowanceYear:
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


def allowance_years_by_anniversary(
    on: date, basis: str = "subscription"
) -> dict[tuple[int, int], AllowanceYear]:
    """The allowance year holding ``on`` for a subscription starting on each day of the
    year, by (month, day): 366 entries, 29 February included.

    The year holding a day is the one from the latest anniversary of the start on or
    before that day, so it depends on the start's month and day alone, not on its year
    (even for a start after ``on``). A team database joins its subscriptions to this
    table instead of waiting for each partner's year to be worked out one by one.
    ``allowance_year`` stays the rule; tests prove the table agrees with it."""
    leap_year = date(2000, 1, 1)  # 2000 has a 29 February
    days = (leap_year + timedelta(days=n) for n in range(366))
    return {(day.month, day.day): allowance_year(day, on, basis) for day in days}


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
    # Asked thousands of times for the dashboard and the calendar's marks: the year's
    # ends are read once and spans clipped by comparison rather than by calls to max/min.
    year_start, year_end = year.start, year.end
    clipped = sorted(
        (first if first > year_start else year_start, last if last < year_end else year_end)
        for first, last in spans
        if first <= year_end and last >= year_start and first <= last
    )
    total = 0
    run_first = run_last = None  # the run of covered days being merged
    for first, last in clipped:
        if run_last is not None and first <= run_last + ONE_DAY:
            if last > run_last:
                run_last = last
            continue
        if run_first is not None and run_last is not None:
            total += (run_last - run_first).days + 1
        run_first, run_last = first, last
    if run_first is not None and run_last is not None:
        total += (run_last - run_first).days + 1
    return total


@dataclass(frozen=True)
class Purchase:
    """IEM days bought as an add-on: ``days`` natural days for dates from ``valid_from`` to
    ``valid_to`` (inclusive), in total over every allowance year that period touches."""

    days: int
    valid_from: date
    valid_to: date
    id: int | None = None

    def covers(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_to


@dataclass(frozen=True)
class PurchaseUse:
    """One purchase as one allowance year sees it: days used in total and in that year."""

    purchase: Purchase
    used: int
    used_in_year: int

    @property
    def left(self) -> int:
        return self.purchase.days - self.used


@dataclass(frozen=True)
class BoughtDaysSpent:
    """Which purchases pay for which allowance year's days beyond the included ones.

    ``purchases`` are in spending order (earliest-expiring first); ``used_by_year`` gives,
    per year, the days each of them pays for there; ``shortfall`` the days of each year
    that neither included nor bought days can pay for.
    """

    purchases: tuple[Purchase, ...]
    used_by_year: dict[AllowanceYear, tuple[int, ...]]
    shortfall: dict[AllowanceYear, int]

    def used(self, index: int) -> int:
        return sum(counts[index] for counts in self.used_by_year.values())

    def uses_for(self, year: AllowanceYear) -> tuple[PurchaseUse, ...]:
        """The purchases whose validity overlaps ``year``, with their use."""
        in_year = self.used_by_year.get(year, (0,) * len(self.purchases))
        return tuple(
            PurchaseUse(p, self.used(i), in_year[i])
            for i, p in enumerate(self.purchases)
            if year.overlaps((p.valid_from, p.valid_to))
        )


def years_sharing_purchases(
    subscription_start: date,
    span: DateSpan,
    purchases: Iterable[Purchase],
    basis: str = "subscription",
) -> list[AllowanceYear]:
    """The allowance years ``span`` touches, widened to every year that a purchase valid in
    them also touches, and so on: the years whose committed days may spend the same bought
    days, directly or by using up a purchase another year would otherwise have used."""
    purchases = list(purchases)
    years = allowance_years_touched(subscription_start, span, basis)
    while True:
        first, last = years[0].start, years[-1].end
        linked = [p for p in purchases if p.valid_from <= last and p.valid_to >= first]
        wider = (
            min([first, *(p.valid_from for p in linked)]),
            max([last, *(p.valid_to for p in linked)]),
        )
        if wider == (first, last):
            return years
        years = allowance_years_touched(subscription_start, wider, basis)


def covered_dates(spans: Iterable[DateSpan], year: AllowanceYear) -> list[date]:
    """The distinct dates inside ``year`` covered by ``spans``, in order."""
    days: set[date] = set()
    for first, last in spans:
        first, last = max(first, year.start), min(last, year.end)
        days.update(first + timedelta(days=i) for i in range((last - first).days + 1))
    return sorted(days)


def spend_bought_days(
    years: Iterable[AllowanceYear],
    included: int,
    purchases: Iterable[Purchase],
    committed: Iterable[DateSpan],
) -> BoughtDaysSpent:
    """Pay each year's committed dates: included days first, then bought days.

    Years are paid in order. In a year with more distinct dates than ``included``, the
    excess is paid by bought days, date by date in order, each from the earliest-expiring
    purchase that still has days and whose validity holds that date; a date no purchase
    can pay for is left to the included days. A purchase never pays for more than its
    days in total, whichever years they fall in. What cannot be paid is the shortfall.
    """
    order = tuple(sorted(purchases, key=lambda p: (p.valid_to, p.valid_from, p.days)))
    left = [p.days for p in order]
    committed = list(committed)
    used_by_year: dict[AllowanceYear, tuple[int, ...]] = {}
    shortfall: dict[AllowanceYear, int] = {}
    for year in years:
        if not order:  # nothing bought: counting the dates is enough, no need to list them
            used_by_year[year] = ()
            shortfall[year] = max(distinct_days_in(committed, year) - included, 0)
            continue
        if distinct_days_in(committed, year) <= included:
            # Included days pay for every date: no need to list them (the dashboard
            # asks this of every partner who bought days, most of them within it).
            used_by_year[year], shortfall[year] = (0,) * len(order), 0
            continue
        dates = covered_dates(committed, year)
        need, paid = max(len(dates) - included, 0), [0] * len(order)
        for day in dates:
            if need == 0:
                break
            source = next((i for i, p in enumerate(order) if left[i] and p.covers(day)), None)
            if source is not None:
                left[source] -= 1
                paid[source] += 1
                need -= 1
        used_by_year[year], shortfall[year] = tuple(paid), need
    return BoughtDaysSpent(order, used_by_year, shortfall)


@dataclass(frozen=True)
class AllowancePosition:
    """The IEM allowance of one partner in one allowance year, in natural days.

    ``purchased`` is what bought days can do for this year: the days they pay for here
    plus the days still left on purchases valid in it (a day left may serve either of
    two years its purchase touches, but is spent only once).
    """

    year: AllowanceYear
    included: int
    purchased: int
    used: int
    pending: int  # extra distinct days that submitted requests would use if approved
    purchases: tuple[PurchaseUse, ...] = ()
    shortfall: int = 0  # used days that neither included nor bought days pay for

    @property
    def available(self) -> int:
        return self.included + self.purchased

    @property
    def remaining(self) -> int:
        return max(self.available - self.used, 0)

    @property
    def purchased_used(self) -> int:
        """Bought days paying for this year's dates (only beyond the included ones)."""
        return sum(use.used_in_year for use in self.purchases)


def purchased_days_for(purchases: Iterable[Purchase], year: AllowanceYear) -> int:
    """Bought days whose validity overlaps ``year``, before any is spent."""
    return sum(p.days for p in purchases if year.overlaps((p.valid_from, p.valid_to)))


def allowance_position(
    year: AllowanceYear,
    included: int,
    purchases: Iterable[Purchase],
    committed: Iterable[DateSpan],
    pending: Iterable[DateSpan] = (),
    years: Iterable[AllowanceYear] = (),
) -> AllowancePosition:
    """Included, bought, used and forecast natural days for one allowance year.

    ``years`` are every allowance year (in order) whose committed dates may have spent
    the purchases, ``year`` among them; by default ``year`` alone.
    """
    committed = list(committed)
    used = distinct_days_in(committed, year)
    with_pending = distinct_days_in([*committed, *pending], year)
    spent = spend_bought_days(list(years) or [year], included, purchases, committed)
    uses = spent.uses_for(year)
    purchased = sum(use.used_in_year + use.left for use in uses)
    return AllowancePosition(
        year, included, purchased, used, with_pending - used, uses, spent.shortfall.get(year, 0)
    )


def allowance_position_without_purchases(
    year: AllowanceYear, included: int, used: int, used_with_pending: int
) -> AllowancePosition:
    """``allowance_position`` for a partner who bought no days, from the day counts alone:
    ``used`` distinct committed dates inside ``year`` and ``used_with_pending`` those of
    committed and pending requests together (``distinct_days_in`` of each).

    A team database counts these days itself rather than sending every request's span
    across the network; nothing bought means nothing to spend, so the counts decide the
    position (tests/domain prove both give the same position)."""
    return AllowancePosition(
        year, included, 0, used, used_with_pending - used, (), max(used - included, 0)
    )


def shortfall_of_approving(
    years: Iterable[AllowanceYear],
    included: int,
    purchases: Iterable[Purchase],
    committed: Iterable[DateSpan],
    event: DateSpan,
    before: Mapping[AllowanceYear, int] | None = None,
) -> dict[AllowanceYear, int]:
    """The days, per allowance year, that approving ``event`` would leave unpaid: what
    neither included nor bought days can pay for once it is committed, beyond what was
    already short before (data from before this rule). Only short years are listed.

    This is the one answer to "over the allowance": the approval's refusal, the editors'
    previews and the calendar's marks all ask it. ``before`` is the shortfall of
    ``committed`` alone when the caller already has it (``spend_bought_days``).
    """
    years, purchases, committed = list(years), list(purchases), list(committed)
    if before is None:
        before = spend_bought_days(years, included, purchases, committed).shortfall
    after = spend_bought_days(years, included, purchases, [*committed, event]).shortfall
    return {y: days - before.get(y, 0) for y, days in after.items() if days > before.get(y, 0)}


def overlap_finding(request_ids: Iterable[int]) -> Finding:
    """The partner's other standing requests on some of the same dates: a warning, since
    shared dates cost no allowance twice but are usually a duplicate."""
    ids = tuple(request_ids)
    named = ", ".join(str(i) for i in ids)
    return Finding(
        findings.OVERLAPPING_REQUESTS,
        f"overlaps IEM request{'s' if len(ids) != 1 else ''} {named} of the same "
        "partner: the shared dates cost no allowance twice, but check it is not a "
        "duplicate",
        {"requests": ids},
    )


def over_allowance_finding(
    year: AllowanceYear, used_after: int, available: int, short: int
) -> Finding:
    """A preview's words for a year that approving would leave ``short`` days unpaid."""
    return Finding(
        findings.OVER_ALLOWANCE,
        f"approving would use {used_after} of {available} IEM days in "
        f"{year.start} to {year.end}: {short} short",
        {
            "year_start": year.start,
            "year_end": year.end,
            "used_after": used_after,
            "available": available,
            "shortfall_days": short,
        },
    )


class AllowanceExceeded(RuleRefusal):
    """Approving would use more IEM days than included and bought days can pay for.

    ``shortfall_days`` is the total; ``shortfall_by_year`` one entry per short year.
    """

    def __init__(
        self,
        reason: str,
        shortfall_by_year: dict[AllowanceYear, int],
        found: Iterable[Finding] = (),
    ) -> None:
        super().__init__("allowance_exceeded", reason, list(found) or None)
        self.shortfall_by_year = shortfall_by_year
        self.shortfall_days = sum(shortfall_by_year.values())
        self.details = {
            "shortfall_days": self.shortfall_days,
            "shortfall_by_year": [
                {"year_start": y.start, "year_end": y.end, "shortfall_days": days}
                for y, days in shortfall_by_year.items()
            ],
        }


def require_room_for(
    years: list[AllowanceYear],
    included: int,
    purchases: Iterable[Purchase],
    committed: list[DateSpan],
    event: DateSpan,
) -> None:
    """Refuse approving ``event`` when some allowance year could not pay for its days.

    ``years`` are every allowance year (in order) holding the partner's committed dates,
    the event's and the purchases' periods; ``committed`` the events already committed.
    A year already short before (data from before this rule) refuses only what adds to it.
    The refusal names the shortfall in days, per year.
    """
    purchases = list(purchases)
    short = shortfall_of_approving(years, included, purchases, committed, event)
    if not short:
        return
    spans = [*committed, event]
    found = []
    for year, days in short.items():
        used = distinct_days_in(spans, year)
        bought = purchased_days_for(purchases, year)
        found.append(
            Finding(
                findings.OVER_ALLOWANCE,
                f"approving would use {used} IEM days in the allowance "
                f"year {year.start.isoformat()} to {year.end.isoformat()}, which {included} "
                f"included and the bought days valid then ({bought} bought for periods touching "
                f"it, each spent once) cannot pay for: {days} day{'s' if days != 1 else ''} short",
                {
                    "year_start": year.start,
                    "year_end": year.end,
                    "used_after": used,
                    "included": included,
                    "bought": bought,
                    "shortfall_days": days,
                },
            )
        )
    raise AllowanceExceeded("; ".join(findings.messages(found)), short, found)
