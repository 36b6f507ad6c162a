"""The dashboard: every partner's allowance position and risks, computed in bulk.

A per-partner loop over ``allowance_summary`` costs several queries per partner; with
10,000 partners that is tens of seconds. Here a handful of set-based queries fetch only
the rows the rules need (subscriptions, committed and pending IEM spans near today,
counting sessions near today, late requests waiting, purchases), and the domain's own
functions then count distinct days per partner in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session

from engagements.collector import collector_waiting
from engagements.domain.allowance import (
    NEARLY_OUT_DAYS,
    AllowancePosition,
    AllowanceYear,
    DateSpan,
    Purchase,
    allowance_position,
    allowance_position_without_purchases,
    allowance_year,
    allowance_years_by_anniversary,
    distinct_days_in,
    years_sharing_purchases,
)
from engagements.domain.calendars import BusinessCalendar
from engagements.domain.catalog import Edition, PlanCatalog
from engagements.domain.errors import RuleRefusal
from engagements.domain.sessions import session_quota
from engagements.domain.terms import term_end
from engagements.services.calendars import working_calendars_from_rows
from engagements.services.database import Database
from engagements.services.view_rows import (
    RISK_EXIT_LOCKED,
    RISK_EXPIRING,
    RISK_LATE_WAITING,
    RISK_NEARLY_OUT,
    RISK_NO_CALENDAR_DATA,
    RISK_UNDETERMINED_WAITING,
    DashboardRow,
)
from engagements.store.batch import Rows, compile_ahead, read_together
from engagements.store.calendar_queries import (
    adjustments_query,
    subscribed_calendars,
    weekends_query,
)
from engagements.store.dashboard_queries import (
    SubscriptionInForce,
    allowance_year_table,
    committed_spans_from_rows,
    committed_spans_near_purchases_query,
    committed_spans_queries,
    counting_sessions_near_years,
    expert_service_terms_from_rows,
    expert_service_terms_query,
    iem_days_used_query,
    iem_requests_in_years,
    iem_spans_from_rows,
    iem_spans_of_query,
    iem_spans_query,
    late_requests_query,
    purchases_from_rows,
    purchases_query,
    sessions_inside_years_query,
    sessions_near_year_ends_query,
    sessions_used_from_rows,
    subscriptions_from_rows,
    subscriptions_query,
    team_allowance_years,
)

EXPIRY_WARNING_DAYS = 60
UPCOMING_DAYS = 14
T = TypeVar("T")

__all__ = [
    "RISK_EXIT_LOCKED",
    "RISK_EXPIRING",
    "RISK_LATE_WAITING",
    "RISK_NEARLY_OUT",
    "RISK_NO_CALENDAR_DATA",
    "RISK_UNDETERMINED_WAITING",
    "dashboard_rows",
]


def dashboard_rows(db: Database, today: date) -> list[DashboardRow]:
    """Every partner's row, partners at risk first (most risks, then fewest days left).

    An embedded file reads in two rounds (what needs nothing else, then what each
    partner's allowance year bounds); a team database in one round trip on each of two
    connections (``store.batch.read_together``), its server working out the years
    itself."""
    return dashboard_rows_with(db, today, _nothing)[0]


def dashboard_rows_with(
    db: Database, today: date, also: Callable[[], T]
) -> tuple[list[DashboardRow], T]:
    """``dashboard_rows``, and the answer of ``also`` (another read, such as the coming
    fortnight's engagements). On a team database ``also`` runs on the connection of the
    reads that need no allowance year, once they are in: that connection is done long
    before the server has counted every partner's days, and the server then works on two
    statements at a time rather than three (measured at 10,000 partners on two cores: a
    tenth less time to the rows than reading the fortnight beside them). On an embedded
    file it runs after the rows."""
    with collector_waiting():
        catalog = db.catalog
        if db.is_sqlite:
            with db.reading() as session:
                read = _read_in_two_rounds(session, catalog, today)
            known, other = _partners_known(read, catalog, today), None
        else:  # the rows are made while ``also`` may still be running
            read, known, other = _read_at_once(db, catalog, today, also)
        rows = _rows_from(known, read)
        rows.sort(
            key=lambda r: (-len(r.risks), r.iem_left if r.iem_available else 99, r.partner_id)
        )
        return rows, (also() if other is None else other.result())


def _nothing() -> None:
    return None


@dataclass
class _Read:
    """What the dashboard's rows are made from, per partner."""

    subscriptions: list[SubscriptionInForce]
    years: dict[str, AllowanceYear]
    purchases: Mapping[str, list[Purchase]]
    shared: dict[str, list[AllowanceYear]]  # years sharing bought days, when several
    late: dict[str, int]
    undetermined: dict[str, int]
    calendars: dict[str, BusinessCalendar | None]
    expert_used: dict[str, set[date]]
    committed: dict[str, list[DateSpan]] = field(default_factory=dict)
    pending: dict[str, list[DateSpan]] = field(default_factory=dict)
    sessions: dict[str, int] = field(default_factory=dict)
    # A team database's counts for partners who bought no days: (used, with pending).
    days_used: dict[str, tuple[int, int]] = field(default_factory=dict)


def _first_round(expert_service_read: bool) -> dict[str, Select[*tuple[Any, ...]]]:
    """The reads that need nothing else (``expert_service_read``: the plan's catalog
    lets the expert service's use stop a downgrade or exit, so it is read)."""
    return {
        "subscriptions": subscriptions_query(),
        "purchases": purchases_query(),
        "late": late_requests_query(),
        "undetermined": late_requests_query(True),
        "weekends": weekends_query(subscribed_calendars()),
        "adjustments": adjustments_query(subscribed_calendars()),
        **({"expert_used": expert_service_terms_query()} if expert_service_read else {}),
    }


def _from_first_round(first: Mapping[str, Rows], catalog: PlanCatalog, today: date) -> _Read:
    subs = subscriptions_from_rows(first["subscriptions"], today)
    purchases = purchases_from_rows(first["purchases"])
    years = _allowance_years(subs, today, catalog.year_basis)
    return _Read(
        subscriptions=subs,
        years=years,
        purchases=purchases,
        shared=_years_sharing_purchases(subs, years, purchases, catalog.year_basis),
        late=dict(first["late"]),
        undetermined=dict(first["undetermined"]),
        calendars=working_calendars_from_rows(
            {s.calendar for s in subs}, first["weekends"], first["adjustments"]
        ),
        expert_used=expert_service_terms_from_rows(first.get("expert_used", ())),
    )


def _read_in_two_rounds(session: Session, catalog: PlanCatalog, today: date) -> _Read:
    """An embedded file: the years worked out in Python, then what lies within them.
    (SQLite is in the process: two rounds cost nothing, and it keeps its year table.)"""
    read = _from_first_round(
        read_together(session, _first_round(catalog.expert_service_constrains_exit)), catalog, today
    )
    windows = _windows(read.shared)
    bounds = allowance_year_table(session, read.years)
    spans_between = committed_spans_queries(windows)
    sessions_near = counting_sessions_near_years(bounds)
    second = read_together(
        session,
        {
            "spans": iem_spans_query(bounds),
            "sessions_inside": sessions_inside_years_query(sessions_near),
            "sessions_near_ends": sessions_near_year_ends_query(sessions_near),
            **{f"shared_{n}": query for n, query in enumerate(spans_between)},
        },
    )
    read.committed, read.pending = iem_spans_from_rows(second["spans"])
    read.sessions = sessions_used_from_rows(
        second["sessions_inside"], second["sessions_near_ends"], read.years
    )
    read.committed.update(
        committed_spans_from_rows(
            windows, (second[f"shared_{n}"] for n in range(len(spans_between)))
        )
    )
    return read


def _read_at_once(
    db: Database, catalog: PlanCatalog, today: date, also: Callable[[], T]
) -> tuple[_Read, list[_Known], Future[T]]:
    """A team database: two reads sent at once on two connections, each one round trip.

    On this one, what lies within every partner's allowance year, in one statement: the
    IEM days (counted by the server for partners who bought none), the spans of those
    who bought some, and the counting sessions. The server works the years out once for
    all of them, joining each subscription to the year of its anniversary (the domain's
    table of 366), so nothing waits for Python between reads; rows of a year other than
    that of the partner's subscription in force (a partner whose subscriptions start on
    different days of the year) are passed over here. On the other connection, what
    needs no year (partners, subscriptions, purchases, waiting requests, calendars):
    plain rows the server sends at once and Python takes apart while the server is still
    counting days."""
    statements = _statements_of(catalog, today)

    first_round: Future[_Read] = Future()

    def first_round_then_also() -> T:
        try:
            first_round.set_result(_read_first_round(db, catalog, today, statements.first_round))
        except BaseException as problem:  # told where it is waited for (rest.result)
            first_round.set_exception(problem)
            raise
        return also()

    def within_years() -> dict[str, Rows]:
        with db.reading() as session:
            return read_together(session, statements.within_years)

    other = ThreadPoolExecutor(2)
    within_read = other.submit(within_years)  # the longest: sent first
    rest = other.submit(first_round_then_also)
    other.shutdown(wait=False)  # ``also`` is not waited for here
    read = first_round.result()
    known = _partners_known(read, catalog, today)  # while the server counts the days
    within = within_read.result()
    first_days = {partner_id: year.start for partner_id, year in read.years.items()}
    read.committed, read.pending = iem_spans_from_rows(
        (partner_id, start, end, status)
        for partner_id, first_day, start, end, status in within["spans"]
        if first_days.get(partner_id) == first_day
    )
    read.days_used = {
        partner_id: (used, with_pending)
        for partner_id, first_day, used, with_pending in within["days_used"]
        if first_days.get(partner_id) == first_day
    }
    read.committed.update(committed_spans_from_rows(_windows(read.shared), [within["shared"]]))
    read.sessions = sessions_used_from_rows(
        within["sessions_inside"], within["sessions_near_ends"], read.years
    )
    return read, known, rest


def prepare_team_rows(dialect: Any, catalog: PlanCatalog, today: date) -> None:
    """Compile today's statements of a team dashboard ahead of its first read (see
    ``store.batch.compile_ahead``)."""
    statements = _statements_of(catalog, today)
    compile_ahead(statements.within_years, dialect)
    compile_ahead(statements.first_round, dialect)


def _statements_of(catalog: PlanCatalog, today: date) -> _TeamStatements:
    """Today's statements under this plan catalog: the ones a read sends are the ones
    compiled ahead (``_team_statements`` keeps them by these values)."""
    return _team_statements(today, catalog.year_basis, catalog.expert_service_constrains_exit)


class _TeamStatements(NamedTuple):
    """A team dashboard's two reads: what lies within every partner's allowance year,
    and what needs no year."""

    within_years: Mapping[str, Select[*tuple[Any, ...]]]
    first_round: Mapping[str, Select[*tuple[Any, ...]]]


@lru_cache(maxsize=4)
def _team_statements(today: date, basis: str, expert_service_read: bool) -> _TeamStatements:
    """The statements of a team dashboard on ``today``, made once a day: the years table
    alone (366 years' bounds written out) took some 5 ms, at the start of a read that
    every other step waits for. Statements are immutable; the same ones are sent again.
    (``team_allowance_years``: the years of every anniversary on ``today``.)"""
    by_anniversary = allowance_years_by_anniversary(today, basis)
    all_years = AllowanceYear(
        min(year.start for year in by_anniversary.values()),
        max(year.end for year in by_anniversary.values()),
    )
    bounds = team_allowance_years(by_anniversary)
    requests = iem_requests_in_years(bounds, all_years)
    sessions_near = counting_sessions_near_years(bounds, all_years)
    return _TeamStatements(
        within_years={
            "spans": iem_spans_of_query(requests),
            "days_used": iem_days_used_query(requests),
            "shared": committed_spans_near_purchases_query(bounds),
            "sessions_inside": sessions_inside_years_query(sessions_near),
            "sessions_near_ends": sessions_near_year_ends_query(sessions_near),
        },
        first_round=_first_round(expert_service_read),
    )


def _read_first_round(
    db: Database,
    catalog: PlanCatalog,
    today: date,
    statements: Mapping[str, Select[*tuple[Any, ...]]],
) -> _Read:
    """What needs no allowance year (on another connection): the partners and their
    subscriptions, purchases, waiting requests and working calendars."""
    with db.reading() as session:
        return _from_first_round(read_together(session, statements), catalog, today)


def _windows(shared: dict[str, list[AllowanceYear]]) -> dict[str, tuple[date, date]]:
    return {partner_id: (years[0].start, years[-1].end) for partner_id, years in shared.items()}


def _years_sharing_purchases(
    subs: list[SubscriptionInForce],
    years: dict[str, AllowanceYear],
    purchases: dict[str, list[Purchase]],
    basis: str,
) -> dict[str, list[AllowanceYear]]:
    """Partners whose purchases valid this year reach into other years: all those years."""
    found = {}
    for sub in subs:
        year = years[sub.partner_id]
        bought = purchases.get(sub.partner_id)
        if bought:
            shared = years_sharing_purchases(sub.start, (year.start, year.end), bought, basis)
            if len(shared) > 1:
                found[sub.partner_id] = shared
    return found


def _allowance_years(
    subs: list[SubscriptionInForce], today: date, basis: str
) -> dict[str, AllowanceYear]:
    # Many partners share a start date; work each year out once.
    by_start: dict[date, AllowanceYear] = {}
    years = {}
    for sub in subs:
        year = by_start.get(sub.start)
        if year is None:
            year = by_start[sub.start] = allowance_year(sub.start, today, basis)
        years[sub.partner_id] = year
    return years


class _Known(NamedTuple):
    """What a partner's row needs from the reads that know no allowance year: the row's
    first columns, the IEM days included, the sessions a year, the late requests, and
    each risk but "nearly out" (which needs the days used)."""

    head: tuple[Any, ...]  # partner, name, edition, calendar, TAM, year, term's last day
    year: AllowanceYear
    included: int
    quota: int
    late_waiting: int
    risks_but_nearly_out: tuple[bool, ...]


def _partners_known(read: _Read, catalog: PlanCatalog, today: date) -> list[_Known]:
    """The first half of the rows, from what needs no allowance year: on a team
    database it is worked out while the server is still counting every partner's days.
    Ten thousand partners share a handful of editions and a few hundred terms: what
    depends only on those is worked out once for each."""
    missing_data = _calendars_without_data(read.calendars, today)
    editions: dict[str, _EditionTerms] = {}
    terms: dict[tuple[date, int], _Term] = {}
    years, late, undetermined, expert_used = (
        read.years,
        read.late,
        read.undetermined,
        read.expert_used,
    )
    known = []
    for sub in read.subscriptions:
        partner_id = sub.partner_id
        edition = editions.get(sub.edition)
        if edition is None:
            edition = editions[sub.edition] = _EditionTerms(catalog.edition(sub.edition))
        term = terms.get((sub.start, sub.months))
        if term is None:
            term = terms[sub.start, sub.months] = _Term(term_end(sub.start, sub.months), today)
        year = years[partner_id]
        late_waiting = late.get(partner_id, 0)
        undetermined_waiting = undetermined.get(partner_id, 0)
        known.append(
            _Known(
                (
                    partner_id,
                    sub.name,
                    sub.edition,
                    sub.calendar,
                    sub.tam,
                    year.start,
                    year.end,
                    term.last_day,
                ),
                year,
                edition.iem_days,
                edition.sessions_a_year(sub.session_quota),
                late_waiting,
                (
                    late_waiting > 0,
                    undetermined_waiting > 0,
                    edition.includes_iem and sub.calendar in missing_data,
                    term.expiring,
                    term.running and sub.start in expert_used.get(partner_id, ()),
                ),
            )
        )
    return known


def _rows_from(known: list[_Known], read: _Read) -> list[DashboardRow]:
    """The rows: each partner's allowance position and sessions used, with what was
    known already. Among those who bought no days, a few hundred positions are shared:
    each is worked out once."""
    counted: dict[tuple[date, date, int, int, int], _Position] = {}
    committed, pending, purchases, shared = (
        read.committed,
        read.pending,
        read.purchases,
        read.shared,
    )
    sessions, days_used = read.sessions, read.days_used
    rows = []
    for head, year, included, quota, late_waiting, risks_but_nearly_out in known:
        partner_id = head[0]
        counts = days_used.get(partner_id)
        bought = purchases.get(partner_id)
        if counts is None and bought:
            position = _Position(
                allowance_position(
                    year,
                    included,
                    bought,
                    committed.get(partner_id, ()),
                    pending.get(partner_id, ()),
                    shared.get(partner_id, ()),
                )
            )
        else:
            # Nothing bought: the two day counts decide (counted by a team database, or
            # here from the spans; none at all when the partner has no IEM this year).
            if counts is None:
                counts = _day_counts(year, committed.get(partner_id), pending.get(partner_id))
            used, with_pending = counts
            key = (year.start, year.end, included, used, with_pending)  # dates hash in C
            found = counted.get(key)
            if found is None:
                found = counted[key] = _Position(
                    allowance_position_without_purchases(year, included, used, with_pending)
                )
            position = found
        sessions_used = sessions.get(partner_id, 0)
        flags = (position.nearly_out, *risks_but_nearly_out)
        risks = _RISK_SETS.get(flags)
        if risks is None:
            risks = _RISK_SETS[flags] = tuple(
                risk for risk, present in zip(_RISKS_IN_ORDER, flags, strict=True) if present
            )
        rows.append(
            _make_row(
                (
                    *head,
                    position.included,
                    position.available,
                    position.used,
                    position.pending,
                    position.remaining,
                    quota,
                    sessions_used,
                    quota - sessions_used if quota > sessions_used else 0,
                    late_waiting,
                    risks,
                )
            )
        )
    return rows


def _day_counts(
    year: AllowanceYear, committed: Sequence[DateSpan] | None, pending: Sequence[DateSpan] | None
) -> tuple[int, int]:
    """Distinct committed dates inside ``year``, and those of committed and pending
    requests together (what ``iem_days_used_query`` counts on a team database)."""
    if not committed and not pending:
        return 0, 0
    committed, pending = committed or [], pending or []
    return distinct_days_in(committed, year), distinct_days_in([*committed, *pending], year)


class _Position:
    """An allowance position's figures as the dashboard shows them, read once."""

    __slots__ = ("included", "available", "used", "pending", "remaining", "nearly_out")

    def __init__(self, position: AllowancePosition) -> None:
        self.included = position.included
        self.available = position.available
        self.used = position.used
        self.pending = position.pending
        self.remaining = position.remaining
        self.nearly_out = bool(self.available) and self.remaining <= NEARLY_OUT_DAYS


class _EditionTerms:
    """What the dashboard needs of an edition: its IEM days, and its sessions a year for
    each contract quota (none where none can be booked: a refusal is an exception,
    raised once here rather than for each of thousands of partners)."""

    def __init__(self, edition: Edition) -> None:
        self.edition = edition
        self.iem_days = edition.iem_days_per_year
        self.includes_iem = edition.includes_iem
        self._quotas: dict[int | None, int] = {}

    def sessions_a_year(self, contract_quota: int | None) -> int:
        quota = self._quotas.get(contract_quota)
        if quota is None:
            try:
                quota = session_quota(self.edition, contract_quota)
            except RuleRefusal:
                quota = 0
            self._quotas[contract_quota] = quota
        return quota


class _Term:
    """A committed term's last day, and what it means on the dashboard's day."""

    def __init__(self, last_day: date, today: date) -> None:
        self.last_day = last_day
        self.expiring = 0 <= (last_day - today).days <= EXPIRY_WARNING_DAYS
        self.running = today <= last_day


def _calendars_without_data(calendars: dict[str, BusinessCalendar | None], today: date) -> set[str]:
    """Working calendars lacking holiday data for any year of the coming twelve months
    (or unknown to workalendar)."""
    years = range(today.year, (today + timedelta(days=365)).year + 1)
    return {
        code
        for code, calendar in calendars.items()
        if calendar is None or not all(calendar.has_data_for(year) for year in years)
    }


# A row's risks, in the order they are listed; each combination's tuple is made once
# (64 at most) and shared by the rows that have it.
_RISKS_IN_ORDER = (
    RISK_NEARLY_OUT,
    RISK_LATE_WAITING,
    RISK_UNDETERMINED_WAITING,
    RISK_NO_CALENDAR_DATA,
    RISK_EXPIRING,
    RISK_EXIT_LOCKED,
)
_RISK_SETS: dict[tuple[bool, ...], tuple[str, ...]] = {}
_make_row = DashboardRow._make
