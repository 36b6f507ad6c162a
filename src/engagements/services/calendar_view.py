"""What the calendar shows for a range of days: IEM days, sessions, holidays, markers.

One call per visible range (a month is about six weeks). Clashes are an expert's
commitments that overlap; over-allowance marks an IEM event whose days, counted with the
partner's committed days of that allowance year, go past the days available.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.allowance import (
    ONE_DAY,
    DateSpan,
    allowance_year,
    purchased_days_for,
    spend_bought_days,
    years_sharing_purchases,
)
from engagements.domain.errors import RuleRefusal, how_to_load_schedule
from engagements.domain.sessions import BusyPeriod, overlaps
from engagements.services.calendars import holidays_between, working_calendar
from engagements.store.dashboard_queries import purchases_by_partner
from engagements.services.database import Database
from engagements.services.view_rows import CalendarEntry, CalendarFilter, CalendarRange
from engagements.store.models import Expert, IemRequest, Partner, Subscription, TrainingSession

KIND_IEM, KIND_SESSION = "iem", "session"
SHOWN_IEM_STATUSES = lifecycle.COMMITTED_STATUSES | lifecycle.PENDING_STATUSES
YEAR = timedelta(days=366)  # an allowance year around an event reaches no further
EVERYTHING = CalendarFilter()  # no filter: every partner, expert and TAM


def calendar_range(db: Database, first: date, last: date, calendar_code: str,
                   wanted: CalendarFilter = EVERYTHING) -> CalendarRange:
    """Engagements, holidays and official working weekend days from ``first`` to ``last``."""
    with db.reading() as session:
        iem = _iem_entries(session, first, last, wanted)
        sessions = _session_entries(session, first, last, wanted)
        busy = _busy_by_expert(iem, sessions, session)
        over = _over_allowance(session, db, iem)
        calendar_days = _calendar_days(session, calendar_code, first, last)
    entries = [_marked(e, busy, over) for e in (*iem, *sessions)]
    entries.sort(key=lambda e: (e.first_day, e.kind != KIND_IEM, e.starts_at or _EPOCH, e.id))
    return CalendarRange(first, last, calendar_code, entries, *calendar_days)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _iem_entries(session: Session, first: date, last: date, wanted: CalendarFilter
                 ) -> list[tuple[CalendarEntry, str | None, str]]:
    """(entry, expert id, subscription info) for IEM events overlapping the range."""
    query = (select(IemRequest.id, IemRequest.partner_id, Partner.name, IemRequest.event_name,
                    IemRequest.status, IemRequest.start, IemRequest.end, Expert.name,
                    IemRequest.expert_id)
             .join(Partner, Partner.id == IemRequest.partner_id)
             .outerjoin(Expert, Expert.id == IemRequest.expert_id)
             .where(IemRequest.status.in_(SHOWN_IEM_STATUSES), IemRequest.end >= first,
                    IemRequest.start <= last))
    query = _filtered(query, IemRequest.partner_id, IemRequest.expert_id, wanted)
    return [(CalendarEntry(KIND_IEM, i, pid, name, title or "IEM", status, start, end,
                           expert=expert), expert_id, pid)
            for i, pid, name, title, status, start, end, expert, expert_id
            in session.connection().execute(query).all()]


def _session_entries(session: Session, first: date, last: date, wanted: CalendarFilter
                     ) -> list[tuple[CalendarEntry, str | None, str]]:
    # A day ahead and behind: a session's local day may differ from its UTC day.
    begin = datetime.combine(first - ONE_DAY, time.min, UTC)
    end = datetime.combine(last + 2 * ONE_DAY, time.min, UTC)
    query = (select(TrainingSession.id, TrainingSession.partner_id, Partner.name,
                    TrainingSession.topic, TrainingSession.status, TrainingSession.starts_at,
                    TrainingSession.ends_at, TrainingSession.timezone, Expert.name,
                    TrainingSession.expert_id)
             .join(Partner, Partner.id == TrainingSession.partner_id)
             .join(Expert, Expert.id == TrainingSession.expert_id)
             .where(TrainingSession.status.in_(lifecycle.SESSION_COUNTING_STATUSES),
                    TrainingSession.starts_at < end, TrainingSession.ends_at > begin))
    query = _filtered(query, TrainingSession.partner_id, TrainingSession.expert_id, wanted)
    found = []
    for i, pid, name, topic, status, starts, ends, zone, expert, expert_id in \
            session.connection().execute(query).all():
        local = ZoneInfo(zone)
        day = starts.astimezone(local).date()
        if first <= day <= last:
            found.append((CalendarEntry(KIND_SESSION, i, pid, name, topic, status, day, day,
                                        starts, ends, zone, expert), expert_id, pid))
    return found


def _filtered(query, partner_column, expert_column, wanted: CalendarFilter):  # type: ignore[no-untyped-def]
    if wanted.partner_id:
        query = query.where(partner_column == wanted.partner_id)
    if wanted.expert_id:
        query = query.where(expert_column == wanted.expert_id)
    if wanted.tam:
        query = query.where(Partner.designated_tam == wanted.tam)
    return query


def _busy_by_expert(iem: list[tuple[CalendarEntry, str | None, str]],
                    sessions: list[tuple[CalendarEntry, str | None, str]],
                    session: Session) -> set[tuple[str, int]]:
    """(kind, id) of entries whose expert is somewhere else at the same time."""
    periods: defaultdict[str, list[BusyPeriod]] = defaultdict(list)
    zones = dict(session.connection().execute(select(Expert.id, Expert.timezone)).all())
    for entry, expert_id, _ in iem:
        if expert_id:
            local = ZoneInfo(zones.get(expert_id, "UTC"))
            periods[expert_id].append(BusyPeriod(
                KIND_IEM, entry.id, datetime.combine(entry.first_day, time.min, local),
                datetime.combine(entry.last_day + ONE_DAY, time.min, local)))
    for entry, expert_id, _ in sessions:
        assert entry.starts_at and entry.ends_at and expert_id
        periods[expert_id].append(BusyPeriod(KIND_SESSION, entry.id, entry.starts_at,
                                             entry.ends_at))
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


def _over_allowance(session: Session, db: Database,
                    iem: list[tuple[CalendarEntry, str | None, str]]) -> set[int]:
    """IEM ids whose event would take (or has taken) its allowance year past its days."""
    partner_ids = sorted({pid for _, _, pid in iem})
    if not partner_ids:
        return set()
    subs = _subscriptions(session, partner_ids)
    purchases = purchases_by_partner(session)
    bought = [p for pid in partner_ids for p in purchases.get(pid, ())]
    # Bought days are spent once across the years they touch: read those years too.
    first = min([entry.first_day for entry, _, _ in iem] + [p.valid_from for p in bought]) - YEAR
    last = max([entry.last_day for entry, _, _ in iem] + [p.valid_to for p in bought]) + YEAR
    committed = _committed(session, partner_ids, first, last)
    over = set()
    shortfall_of_committed: dict[tuple[str, date], int] = {}
    for entry, _, pid in iem:
        start, months, edition = subs[pid]
        included = db.catalog.edition(edition).iem_days_per_year
        year = allowance_year(start, entry.first_day, db.catalog.year_basis)
        if not included + purchased_days_for(purchases[pid], year):
            continue  # nothing to go beyond: no IEM in this edition
        years = years_sharing_purchases(start, (year.start, year.end), purchases[pid],
                                        db.catalog.year_basis)
        if entry.status in lifecycle.COMMITTED_STATUSES:
            key = (pid, year.start)
            if key not in shortfall_of_committed:
                shortfall_of_committed[key] = spend_bought_days(
                    years, included, purchases[pid], committed[pid]).shortfall[year]
            short = shortfall_of_committed[key]
        else:
            short = spend_bought_days(years, included, purchases[pid], [
                *committed[pid], (entry.first_day, entry.last_day)]).shortfall[year]
        if short > 0:
            over.add(entry.id)
    return over


def _subscriptions(session: Session, partner_ids: list[str]) -> dict[str, tuple[date, int, str]]:
    found: dict[str, tuple[date, int, str]] = {}
    for chunk in _chunks(partner_ids):
        for pid, start, months, edition in session.connection().execute(
                select(Subscription.partner_id, Subscription.start, Subscription.months,
                       Subscription.edition).where(Subscription.partner_id.in_(chunk))
                .order_by(Subscription.start)).all():
            found[pid] = (start, months, edition)  # the latest started wins
    return found


def _committed(session: Session, partner_ids: list[str], first: date,
               last: date) -> defaultdict[str, list[DateSpan]]:
    """Committed spans of these partners from ``first`` to ``last`` (their allowance years)."""
    spans: defaultdict[str, list[DateSpan]] = defaultdict(list)
    for chunk in _chunks(partner_ids):
        for pid, start, end in session.connection().execute(
                select(IemRequest.partner_id, IemRequest.start, IemRequest.end).where(
                    IemRequest.partner_id.in_(chunk), IemRequest.end >= first,
                    IemRequest.start <= last,
                    IemRequest.status.in_(lifecycle.COMMITTED_STATUSES))).all():
            spans[pid].append((start, end))
    return spans


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[i:i + size] for i in range(0, len(values), size)]


def _marked(item: tuple[CalendarEntry, str | None, str], busy: set[tuple[str, int]],
            over: set[int]) -> CalendarEntry:
    entry = item[0]
    clash = (entry.kind, entry.id) in busy
    over_allowance = entry.kind == KIND_IEM and entry.id in over
    if not clash and not over_allowance:
        return entry
    return CalendarEntry(**{**entry.__dict__, "clash": clash, "over_allowance": over_allowance})


def _calendar_days(session: Session, code: str, first: date, last: date
                   ) -> tuple[dict[date, str], frozenset[date], tuple[str, ...]]:
    """Holidays and working weekend days of ``code``; years without data are named."""
    try:
        calendar = working_calendar(session, code)
    except RuleRefusal as refusal:
        return {}, frozenset(), (refusal.reason,)
    missing = tuple(f"no holiday data for {code} {year}"
                    for year in range(first.year, last.year + 1)
                    if not calendar.has_data_for(year))
    if missing:  # how to load them, said once after the years
        missing = (*missing, how_to_load_schedule(code))
    holidays = dict(holidays_between(calendar, first, last))
    working = frozenset(d for year in range(first.year, last.year + 1)
                        if calendar.has_data_for(year)
                        for d in calendar.working_weekend_days_in(year) if first <= d <= last)
    return holidays, working, missing


def month_grid(year: int, month: int) -> tuple[date, date]:
    """The first and last day of the six-week grid showing ``month`` (weeks start Monday)."""
    first_of_month = date(year, month, 1)
    first = first_of_month - timedelta(days=first_of_month.weekday())
    return first, first + timedelta(days=41)
