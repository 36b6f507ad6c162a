"""What the calendar shows for a range of days: IEM days, sessions, holidays, markers.

One call per visible range (a month is about six weeks). Clashes are an expert's
commitments that overlap; over-allowance marks an IEM event whose days, counted with the
partner's committed days of that allowance year, go past the days available.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select
from sqlalchemy.orm import Session

from engagements.collector import collector_waiting
from engagements.domain import status as lifecycle
from engagements.domain.allowance import (
    LONGEST_YEAR,
    ONE_DAY,
    AllowanceYear,
    DateSpan,
    Purchase,
    allowance_year,
    purchased_days_for,
    shortfall_of_approving,
    spend_bought_days,
    years_sharing_purchases,
)
from engagements.domain.calendars import BusinessCalendar
from engagements.domain.errors import RuleRefusal, how_to_load_schedule
from engagements.domain.sessions import BusyPeriod, overlaps
from engagements.services.calendars import (
    holidays_between,
    require_known_calendar,
    working_calendars_from_rows,
)
from engagements.services.database import Database
from engagements.services.view_rows import CalendarEntry, CalendarFilter, CalendarRange
from engagements.store import calendar_queries as queries
from engagements.store.batch import compile_ahead, read_together
from engagements.store.dashboard_queries import purchases_from_rows, purchases_query

KIND_IEM, KIND_SESSION = "iem", "session"
SHOWN_IEM_STATUSES = lifecycle.COMMITTED_STATUSES | lifecycle.PENDING_STATUSES
EVERYTHING = CalendarFilter()  # no filter: every partner, expert and TAM


def calendar_range(
    db: Database, first: date, last: date, calendar_code: str, wanted: CalendarFilter = EVERYTHING
) -> CalendarRange:
    """Engagements, holidays and official working weekend days from ``first`` to ``last``.

    Two rounds of reads, each one round trip on PostgreSQL (``read_together``): what the
    range shows, then what its over-allowance marks need about the partners in it."""
    with collector_waiting():  # a month grid makes thousands of entries, all kept
        return _calendar_range(db, first, last, calendar_code, wanted)


@lru_cache(maxsize=16)
def _range_statements(
    first: date, last: date, calendar_code: str, wanted: CalendarFilter, in_one_statement: bool
) -> Mapping[str, Select[*tuple[Any, ...]]]:
    """What a range shows, as statements made once for the same range and filter (the
    dashboard's fortnight at every load, a month seen again): statements are immutable,
    and the store sends one it has seen without compiling it again."""
    # A day ahead and behind: a session's local day may differ from its UTC day.
    begin = datetime.combine(first - ONE_DAY, time.min, UTC)
    end = datetime.combine(last + 2 * ONE_DAY, time.min, UTC)
    chosen = (wanted.partner_id, wanted.expert_id, wanted.tam)
    events = queries.iem_events_query(first, last, SHOWN_IEM_STATUSES, *chosen)
    return {
        **(
            queries.iem_events_with_marks_queries(
                events, LONGEST_YEAR.days, lifecycle.COMMITTED_STATUSES
            )
            if in_one_statement
            else {"iem": events}
        ),
        "sessions": queries.sessions_query(
            begin, end, lifecycle.SESSION_COUNTING_STATUSES, *chosen
        ),
        "zones": queries.expert_zones_query(),
        "purchases": purchases_query(),
        "weekends": queries.weekends_query([calendar_code]),
        "adjustments": queries.adjustments_query([calendar_code]),
    }


def prepare_team_range(dialect: Any, first: date, last: date, calendar_code: str) -> None:
    """Compile a range's statements for a team database ahead of its first read (see
    ``store.batch.compile_ahead``)."""
    compile_ahead(_range_statements(first, last, calendar_code, EVERYTHING, True), dialect)


def _calendar_range(
    db: Database, first: date, last: date, calendar_code: str, wanted: CalendarFilter
) -> CalendarRange:
    # A team database reads what the over-allowance marks need in the same statement as
    # the events, a round trip saved; an embedded file reads it afterwards, for the
    # partners found (a read there costs no wait).
    in_one_statement = _marks_read_with_events(db)
    with db.reading() as session:
        shown = read_together(
            session, _range_statements(first, last, calendar_code, wanted, in_one_statement)
        )
        iem = _iem_entries(shown["iem"])
        sessions = _session_entries(shown["sessions"], first, last)
        busy = _busy_by_expert(iem, sessions, dict(shown["zones"]))
        purchases = purchases_from_rows(shown["purchases"])
        calendar = working_calendars_from_rows(
            [calendar_code], shown["weekends"], shown["adjustments"]
        )[calendar_code]
        if in_one_statement:
            marks = _MarksInputs.from_rows(
                shown["subscriptions"], (shown["spans_not_bought"], shown["spans_bought"])
            )
        else:
            marks = _read_marks_inputs(session, iem, purchases)
        over = _over_allowance(db, iem, purchases, marks)
    calendar_days = _calendar_days(calendar, calendar_code, first, last)
    entries = [_marked(e, busy, over) for e in (*iem, *sessions)]
    entries.sort(key=lambda e: (e.first_day, e.kind != KIND_IEM, e.starts_at or _EPOCH, e.id))
    return CalendarRange(first, last, calendar_code, entries, *calendar_days)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _marks_read_with_events(db: Database) -> bool:
    """Whether the over-allowance marks' reads go in the events' statement: on a team
    database (tests compare both ways on one)."""
    return not db.is_sqlite


def _iem_entries(rows: Iterable[Sequence[Any]]) -> list[tuple[CalendarEntry, str | None, str]]:
    """(entry, expert id, partner) for IEM events overlapping the range."""
    return [
        (
            CalendarEntry(
                KIND_IEM, i, pid, name, title or "IEM", status, start, end, expert=expert
            ),
            expert_id,
            pid,
        )
        for i, pid, name, title, status, start, end, expert, expert_id in rows
    ]


def _session_entries(
    rows: Iterable[Sequence[Any]], first: date, last: date
) -> list[tuple[CalendarEntry, str | None, str]]:
    """(entry, expert id, partner) for sessions whose local day is in the range."""
    found = []
    for i, pid, name, topic, status, starts, ends, zone, expert, expert_id in rows:
        local = ZoneInfo(zone)
        day = starts.astimezone(local).date()
        if first <= day <= last:
            found.append(
                (
                    CalendarEntry(
                        KIND_SESSION,
                        i,
                        pid,
                        name,
                        topic,
                        status,
                        day,
                        day,
                        starts,
                        ends,
                        zone,
                        expert,
                    ),
                    expert_id,
                    pid,
                )
            )
    return found


def _busy_by_expert(
    iem: list[tuple[CalendarEntry, str | None, str]],
    sessions: list[tuple[CalendarEntry, str | None, str]],
    zones: dict[str, str],
) -> set[tuple[str, int]]:
    """(kind, id) of entries whose expert is somewhere else at the same time."""
    periods: defaultdict[str, list[BusyPeriod]] = defaultdict(list)
    for entry, expert_id, _ in iem:
        if expert_id:
            local = ZoneInfo(zones.get(expert_id, "UTC"))
            periods[expert_id].append(
                BusyPeriod(
                    KIND_IEM,
                    entry.id,
                    datetime.combine(entry.first_day, time.min, local),
                    datetime.combine(entry.last_day + ONE_DAY, time.min, local),
                )
            )
    for entry, expert_id, _ in sessions:
        assert entry.starts_at and entry.ends_at and expert_id
        periods[expert_id].append(
            BusyPeriod(KIND_SESSION, entry.id, entry.starts_at, entry.ends_at)
        )
    clashing: set[tuple[str, int]] = set()
    for busy in periods.values():
        busy.sort(key=lambda p: p.starts_at)
        for index, period in enumerate(busy):
            following = index + 1
            # Sorted by start: only the periods starting before this one ends can overlap it.
            while following < len(busy) and busy[following].starts_at < period.ends_at:
                later = busy[following]
                if overlaps(period.starts_at, period.ends_at, later.starts_at, later.ends_at):
                    clashing.update({(period.kind, period.id), (later.kind, later.id)})
                following += 1
    return clashing


@dataclass
class _MarksInputs:
    """What the over-allowance marks need of the partners with IEM events shown: the
    latest subscription each started (start, months, edition), and its committed spans."""

    subscriptions: dict[str, tuple[date, int, str]] = field(default_factory=dict)
    committed: defaultdict[str, list[DateSpan]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def from_rows(
        cls, subscriptions: Iterable[Sequence[Any]], spans: Iterable[Iterable[Sequence[Any]]]
    ) -> _MarksInputs:
        """From subscription rows, oldest first, and groups of span rows."""
        found = cls()
        for pid, start, months, edition in subscriptions:
            found.subscriptions[pid] = (start, months, edition)  # the latest started wins
        for rows in spans:
            for pid, start, end in rows:
                found.committed[pid].append((start, end))
        return found


def _read_marks_inputs(
    session: Session,
    iem: list[tuple[CalendarEntry, str | None, str]],
    purchases: dict[str, list[Purchase]],
) -> _MarksInputs:
    """An embedded file: the marks' inputs read after the events, for the partners found
    (what ``iem_events_with_marks_queries`` reads with them on a team database)."""
    partner_ids = sorted({pid for _, _, pid in iem})
    if not partner_ids:
        return _MarksInputs()
    # The allowance years of the events shown reach a year either side of them; bought
    # days are spent once across the years they touch, so partners who bought some are
    # read over those years too. Most bought none: their window stays narrow (reading
    # everyone over the widest purchase read three times the spans).
    first = min(entry.first_day for entry, _, _ in iem) - LONGEST_YEAR
    last = max(entry.last_day for entry, _, _ in iem) + LONGEST_YEAR
    buyers = [pid for pid in partner_ids if purchases.get(pid)]
    windows = [([pid for pid in partner_ids if not purchases.get(pid)], first, last)]
    if buyers:
        bought = [p for pid in buyers for p in purchases[pid]]
        earliest = min(p.valid_from for p in bought) - LONGEST_YEAR
        latest = max(p.valid_to for p in bought) + LONGEST_YEAR
        windows.append((buyers, min(first, earliest), max(last, latest)))
    # SQLite takes at most a few hundred parameters a statement.
    chunks = [(chunk, since, until) for ids, since, until in windows for chunk in _chunks(ids)]
    found = read_together(
        session,
        {
            **{
                f"subscriptions_{n}": queries.subscriptions_of_query(chunk)
                for n, (chunk, _, _) in enumerate(chunks)
            },
            **{
                f"committed_{n}": queries.committed_spans_query(
                    chunk, since, until, lifecycle.COMMITTED_STATUSES
                )
                for n, (chunk, since, until) in enumerate(chunks)
            },
        },
    )
    return _MarksInputs.from_rows(
        (row for n in range(len(chunks)) for row in found[f"subscriptions_{n}"]),
        (found[f"committed_{n}"] for n in range(len(chunks))),
    )


def _over_allowance(
    db: Database,
    iem: list[tuple[CalendarEntry, str | None, str]],
    purchases: dict[str, list[Purchase]],
    marks: _MarksInputs,
) -> set[int]:
    """IEM ids whose event would take (or has taken) its allowance year past its days."""
    subs, committed = marks.subscriptions, marks.committed
    purchases = defaultdict(list, purchases)
    over = set()
    shortfall_of_committed: dict[tuple[str, date], dict[AllowanceYear, int]] = {}
    for entry, _, pid in iem:
        start, months, edition = subs[pid]
        included = db.catalog.edition(edition).iem_days_per_year
        year = allowance_year(start, entry.first_day, db.catalog.year_basis)
        if not included + purchased_days_for(purchases[pid], year):
            continue  # nothing to go beyond: no IEM in this edition
        years = years_sharing_purchases(
            start, (year.start, year.end), purchases[pid], db.catalog.year_basis
        )
        key = (pid, year.start)
        if key not in shortfall_of_committed:
            shortfall_of_committed[key] = spend_bought_days(
                years, included, purchases[pid], committed[pid]
            ).shortfall
        if entry.status in lifecycle.COMMITTED_STATUSES:
            short = shortfall_of_committed[key][year]
        else:  # the one answer to "would approving it go over"
            short = shortfall_of_approving(
                years,
                included,
                purchases[pid],
                committed[pid],
                (entry.first_day, entry.last_day),
                shortfall_of_committed[key],
            ).get(year, 0)
        if short > 0:
            over.add(entry.id)
    return over


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def _marked(
    item: tuple[CalendarEntry, str | None, str], busy: set[tuple[str, int]], over: set[int]
) -> CalendarEntry:
    entry = item[0]
    clash = (entry.kind, entry.id) in busy
    over_allowance = entry.kind == KIND_IEM and entry.id in over
    if not clash and not over_allowance:
        return entry
    return CalendarEntry(**{**entry.__dict__, "clash": clash, "over_allowance": over_allowance})


def _calendar_days(
    calendar: BusinessCalendar | None, code: str, first: date, last: date
) -> tuple[dict[date, str], frozenset[date], tuple[str, ...]]:
    """Holidays and working weekend days of ``code``; years without data are named."""
    if calendar is None:
        try:
            require_known_calendar(code)
        except RuleRefusal as refusal:
            return {}, frozenset(), (refusal.reason,)
        raise AssertionError(f"calendar {code} known but not built")
    missing = tuple(
        f"no holiday data for {code} {year}"
        for year in range(first.year, last.year + 1)
        if not calendar.has_data_for(year)
    )
    if missing:  # how to load them, said once after the years
        missing = (*missing, how_to_load_schedule(code))
    holidays = dict(holidays_between(calendar, first, last))
    working = frozenset(
        d
        for year in range(first.year, last.year + 1)
        if calendar.has_data_for(year)
        for d in calendar.working_weekend_days_in(year)
        if first <= d <= last
    )
    return holidays, working, missing


def month_grid(year: int, month: int) -> tuple[date, date]:
    """The first and last day of the six-week grid showing ``month`` (weeks start Monday)."""
    first_of_month = date(year, month, 1)
    first = first_of_month - timedelta(days=first_of_month.weekday())
    return first, first + timedelta(days=41)
