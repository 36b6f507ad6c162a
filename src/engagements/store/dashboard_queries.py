"""The set-based reads behind the dashboard, bounded by each partner's allowance year.

Each partner's current allowance year is worked out in Python (the domain's rule), then
handed to SQL as a small table of (partner, first day, last day) rows, a few thousand
partners per query. SQL then returns only what lies inside those years: the IEM spans
that touch them, and the counting sessions already counted per partner. Only sessions on
a UTC day next to a year's ends come back one by one, to be dated in their own zone.

Each read is a statement (``*_query``) and a reader of its rows (``*_from_rows``): the
service sends the statements together (``store.batch.read_together``, one round trip to
a team database). On SQLite the rows are read one by one rather than listed whole: tens
of thousands of rows held in a list live long enough for Python's cyclic garbage
collector to walk them all, though each row is needed only for a moment.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import (
    CTE,
    Date,
    Select,
    String,
    and_,
    case,
    column,
    distinct,
    exists,
    func,
    select,
    text,
    true,
)
from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.allowance import (
    LONGEST_YEAR,
    ONE_DAY,
    AllowanceYear,
    DateSpan,
    Purchase,
)
from engagements.store.models import (
    ExpertServiceUse,
    IemPurchase,
    IemRequest,
    Partner,
    Subscription,
    TrainingSession,
    UtcDateTime,
)


class SubscriptionInForce(NamedTuple):  # ten thousand at once: a tuple is made in C
    """A partner and the subscription in force on the day the dashboard is for."""

    partner_id: str
    name: str
    tam: str | None
    edition: str
    start: date
    months: int
    calendar: str
    session_quota: int | None


def subscriptions_query() -> Select[*tuple[Any, ...]]:
    """Every partner's subscriptions, in no order (read by subscriptions_from_rows: sorting
    10,000 rows and numbering them to keep the order cost the server a fifth of its
    time for this read)."""
    return select(
        Partner.id,
        Partner.name,
        Partner.designated_tam,
        Subscription.edition,
        Subscription.start,
        Subscription.months,
        Subscription.calendar,
        Subscription.session_quota,
    ).join(Subscription, Subscription.partner_id == Partner.id)


def subscriptions_from_rows(
    rows: Iterable[Sequence[Any]], today: date
) -> list[SubscriptionInForce]:
    """Each partner's subscription in force today, read in any order: the latest one
    started by then, else the first (the choice of ``current_subscription``)."""
    chosen: dict[str, SubscriptionInForce] = {}
    for row in rows:
        sub = SubscriptionInForce._make(row)
        held = chosen.get(sub.partner_id)
        if held is None or _more_in_force(sub.start, held.start, today):
            chosen[sub.partner_id] = sub
    return list(chosen.values())


def _more_in_force(start: date, than: date, today: date) -> bool:
    if start <= today:
        return than > today or start > than  # started: the latest started wins
    return than > today and start < than  # none started yet: the first wins


def allowance_year_table(session: Session, years: dict[str, AllowanceYear]) -> CTE:
    """The partners' allowance years as an SQL table, sent as one JSON parameter.

    One parameter keeps the statement the same for any number of partners (so it is
    compiled once and never meets a driver's limit on parameters). Besides the first and
    last day, each row carries UTC midnights: ``inner_from`` to ``inner_to`` holds the
    days strictly inside the year, ``edge_from`` to ``edge_to`` those plus one day either
    side of each end (where a session's own zone decides its date).

    Partners share years (at most one per start day of the year), so each year is sent
    once with the list of its partners: the database reads each year's bounds once
    instead of taking them apart again for every partner and every row it joins.
    """
    on_sqlite = session.get_bind().dialect.name == "sqlite"
    partners_in: defaultdict[AllowanceYear, list[str]] = defaultdict(list)
    for partner_id, year in years.items():
        partners_in[year].append(partner_id)
    rows = [[*_bounds(year, on_sqlite), partner_ids] for year, partner_ids in partners_in.items()]
    table = _year_table(_SQLITE_YEAR_ROWS if on_sqlite else _POSTGRESQL_YEAR_ROWS, rows)
    # PostgreSQL would otherwise fold the table into each query that reads it and parse
    # each year's bounds from text again for every session or request row it joins
    # (twelve times slower at 10,000 partners); materialized, each is parsed once.
    return table if on_sqlite else table.prefix_with("MATERIALIZED")


def team_allowance_years(by_anniversary: Mapping[tuple[int, int], AllowanceYear]) -> CTE:
    """PostgreSQL: the allowance years of every partner on the dashboard's day, with the
    columns of ``allowance_year_table``, worked out by the server in the same statement
    as everything read within them (no round trip for the years first).

    ``by_anniversary`` is the domain's year for a start on each month and day
    (``allowance_years_by_anniversary``); the server joins each subscription to it by its
    start's month and day. A partner whose subscriptions start on different days of the
    year gets a row for each: the readers keep the row of the subscription in force, by
    the year's first day (``first_day`` is in every reader's rows)."""
    rows = [
        [f"{month:02d}-{day:02d}", *_bounds(year, on_sqlite=False)]
        for (month, day), year in by_anniversary.items()
    ]
    return _year_table(_POSTGRESQL_ANNIVERSARY_YEARS, rows).prefix_with("MATERIALIZED")


def _year_table(statement: str, rows: list[list[Any]]) -> CTE:
    """The years table's columns, from ``statement`` given ``rows`` as its one JSON
    parameter (``:years``)."""
    return (
        text(statement)
        .bindparams(years=json.dumps(rows))
        .columns(
            column("partner_id", String),
            column("first_day", Date),
            column("last_day", Date),
            *(
                column(name, UtcDateTime)
                for name in ("edge_from", "inner_from", "inner_to", "edge_to")
            ),
        )
        .cte("allowance_years")
    )


def _midnights(year: AllowanceYear) -> tuple[datetime, ...]:
    """The UTC midnights of ``allowance_year_table``: from the day before the first day
    (``edge_from``), from the second day (``inner_from``), to the last day
    (``inner_to``) and to the day after it (``edge_to``)."""
    days = (year.start - ONE_DAY, year.start + ONE_DAY, year.end, year.end + 2 * ONE_DAY)
    return tuple(datetime.combine(day, time.min, UTC) for day in days)


def _bounds(year: AllowanceYear, on_sqlite: bool) -> list[str]:
    """First and last day, and the four UTC midnights, as the database writes them."""
    # SQLite keeps UTC instants as naive text in this form, so text compares rightly.
    instant = "%Y-%m-%d %H:%M:%S.%f" if on_sqlite else "%Y-%m-%dT%H:%M:%S+00:00"
    return [
        year.start.isoformat(),
        year.end.isoformat(),
        *(midnight.strftime(instant) for midnight in _midnights(year)),
    ]


# SQLite's json_extract parses its JSON text on every call. Materialized, each year is
# taken apart once; flattened into a query, its bounds (and its whole list of partners)
# would be parsed again for every request or session row joined to it. SQLite before
# 3.35 (RHEL 9, Debian 11) does not know the word; it gets the same query, only slower.
_MATERIALIZED = "MATERIALIZED " if sqlite3.sqlite_version_info >= (3, 35) else ""
_SQLITE_YEAR_ROWS = (
    f"WITH years AS {_MATERIALIZED}(SELECT json_extract(value, '$[0]') AS first_day, "
    "json_extract(value, '$[1]') AS last_day, json_extract(value, '$[2]') AS edge_from, "
    "json_extract(value, '$[3]') AS inner_from, json_extract(value, '$[4]') AS inner_to, "
    "json_extract(value, '$[5]') AS edge_to, json_extract(value, '$[6]') AS partner_ids "
    "FROM json_each(:years)) "
    "SELECT partner.value AS partner_id, first_day, last_day, edge_from, inner_from, "
    "inner_to, edge_to FROM years, json_each(years.partner_ids) AS partner"
)
# As jsonb the parameter is parsed once (a json value is text, parsed again by every
# ``->``), and each year's bounds are cast once in ``years``, not once per partner: at
# 10,000 partners this table took 165 ms of the server's time, now a few.
_POSTGRESQL_YEAR_ROWS = (
    "WITH years AS MATERIALIZED (SELECT CAST(y->>0 AS date) AS first_day, "
    "CAST(y->>1 AS date) AS last_day, CAST(y->>2 AS timestamptz) AS edge_from, "
    "CAST(y->>3 AS timestamptz) AS inner_from, CAST(y->>4 AS timestamptz) AS inner_to, "
    "CAST(y->>5 AS timestamptz) AS edge_to, y->6 AS partner_ids "
    "FROM jsonb_array_elements(CAST(:years AS jsonb)) AS y) "
    "SELECT partner.partner_id, first_day, last_day, edge_from, inner_from, inner_to, "
    "edge_to FROM years CROSS JOIN LATERAL jsonb_array_elements_text(years.partner_ids) "
    "AS partner(partner_id)"
)


_POSTGRESQL_ANNIVERSARY_YEARS = (
    "WITH anniversaries AS MATERIALIZED (SELECT y->>0 AS month_day, "
    "CAST(y->>1 AS date) AS first_day, CAST(y->>2 AS date) AS last_day, "
    "CAST(y->>3 AS timestamptz) AS edge_from, CAST(y->>4 AS timestamptz) AS inner_from, "
    "CAST(y->>5 AS timestamptz) AS inner_to, CAST(y->>6 AS timestamptz) AS edge_to "
    "FROM jsonb_array_elements(CAST(:years AS jsonb)) AS y) "
    "SELECT s.partner_id, a.first_day, a.last_day, a.edge_from, a.inner_from, "
    "a.inner_to, a.edge_to FROM (SELECT DISTINCT partner_id, to_char(start, 'MM-DD') "
    "AS month_day FROM subscriptions) AS s JOIN anniversaries AS a USING (month_day)"
)


def iem_spans_query(bounds: CTE) -> Select[*tuple[Any, ...]]:
    """IEM spans that touch each partner's allowance year, with their status.

    The status is checked in Python, not in SQL: a status condition tempts SQLite to walk
    the whole status index and look each request's partner up in the years table.
    """
    return (
        select(IemRequest.partner_id, IemRequest.start, IemRequest.end, IemRequest.status)
        .join(bounds, bounds.c.partner_id == IemRequest.partner_id)
        .where(IemRequest.end >= bounds.c.first_day, IemRequest.start <= bounds.c.last_day)
    )


def iem_spans_from_rows(
    rows: Iterable[Sequence[Any]],
) -> tuple[defaultdict[str, list[DateSpan]], defaultdict[str, list[DateSpan]]]:
    """Committed and pending IEM spans per partner, from iem_spans_query's rows."""
    committed: defaultdict[str, list[DateSpan]] = defaultdict(list)
    pending: defaultdict[str, list[DateSpan]] = defaultdict(list)
    for partner_id, start, end, status in rows:
        if status in lifecycle.PENDING_STATUSES:
            pending[partner_id].append((start, end))
        elif status in lifecycle.COMMITTED_STATUSES:
            committed[partner_id].append((start, end))
    return committed, pending


def iem_requests_in_years(bounds: CTE, all_years: AllowanceYear | None = None) -> CTE:
    """PostgreSQL: the IEM requests that touch each partner's allowance year, with the
    year's first and last day; joined once (materialized) for both readers below.

    ``all_years`` (the first day of the earliest year to the last of the latest) lets
    the server pass over the requests outside every year before joining the rest (a
    third of five years' requests is left to join)."""
    within = (
        ()
        if all_years is None
        else (IemRequest.end >= all_years.start, IemRequest.start <= all_years.end)
    )
    return (
        select(
            IemRequest.partner_id,
            IemRequest.start,
            IemRequest.end,
            IemRequest.status,
            bounds.c.first_day,
            bounds.c.last_day,
        )
        .join(bounds, bounds.c.partner_id == IemRequest.partner_id)
        .where(IemRequest.end >= bounds.c.first_day, IemRequest.start <= bounds.c.last_day, *within)
        .cte("requests_in_years")
        .prefix_with("MATERIALIZED")
    )


def iem_days_used_query(requests: CTE) -> Select[*tuple[Any, ...]]:
    """PostgreSQL only: per partner who bought no days and allowance year, the distinct
    committed dates inside the year, and those of committed and pending requests
    together (the domain's ``distinct_days_in`` of each; tests/store prove the counts
    equal). A team database sends two numbers per partner instead of every span (25,000
    at 10,000 partners): each date is numbered by its offset from the year's first day,
    and the distinct numbers are counted. ``requests`` is iem_requests_in_years.

    Partners with bought days still get their spans (``iem_spans_of_query``): which
    purchase pays for which date needs the dates themselves."""
    first_day = requests.c.first_day
    days = (
        func.generate_series(
            func.greatest(requests.c.start, first_day) - first_day,
            func.least(requests.c.end, requests.c.last_day) - first_day,
        )
        .table_valued("n", joins_implicitly=True)
        .render_derived("days")
    )  # lateral by nature
    committed = requests.c.status.in_(lifecycle.COMMITTED_STATUSES)
    return (
        select(
            requests.c.partner_id,
            first_day,
            func.count(distinct(case((committed, days.c.n)))),
            func.count(distinct(days.c.n)),
        )
        .select_from(requests)
        .join(days, true())
        .where(
            requests.c.status.in_(lifecycle.COMMITTED_STATUSES | lifecycle.PENDING_STATUSES),
            ~_bought_days(requests.c.partner_id),
        )
        .group_by(requests.c.partner_id, first_day)
    )


def iem_spans_of_query(requests: CTE) -> Select[*tuple[Any, ...]]:
    """What ``iem_spans_query`` reads, with the year's first day, for the partners who
    bought days only, from iem_requests_in_years (iem_days_used_query counts the
    others)."""
    return select(
        requests.c.partner_id,
        requests.c.first_day,
        requests.c.start,
        requests.c.end,
        requests.c.status,
    ).where(_bought_days(requests.c.partner_id))


def _bought_days(partner_id: Any) -> Any:
    """Whether the partner has bought IEM days (any purchase: ``purchases_from_rows``)."""
    return exists().where(IemPurchase.partner_id == partner_id)


def counting_sessions_near_years(bounds: CTE, all_years: AllowanceYear | None = None) -> CTE:
    """Counting sessions on a UTC day inside each partner's allowance year or next to
    either end, each marked ``inside`` when its UTC day is strictly inside the year.

    Both readers below take their rows from this one table: the server joins the
    sessions to the years once (materialized) instead of once for each reader. With
    ``all_years`` (as for iem_requests_in_years) the sessions far from every year are
    passed over before the join.
    """
    starts_at = TrainingSession.starts_at
    within: tuple[Any, ...] = ()
    if all_years is not None:
        earliest, _, _, latest = _midnights(all_years)
        within = (starts_at >= earliest, starts_at < latest)
    table = (
        select(
            TrainingSession.partner_id,
            bounds.c.first_day,
            starts_at,
            TrainingSession.timezone,
            and_(starts_at >= bounds.c.inner_from, starts_at < bounds.c.inner_to).label("inside"),
        )
        .join(bounds, bounds.c.partner_id == TrainingSession.partner_id)
        .where(_COUNTING, starts_at >= bounds.c.edge_from, starts_at < bounds.c.edge_to, *within)
        .cte("counting_sessions")
    )
    return table.prefix_with("MATERIALIZED") if _MATERIALIZED else table


def sessions_inside_years_query(sessions: CTE) -> Select[*tuple[Any, ...]]:
    """Per partner, counting sessions on a UTC day strictly inside its allowance year
    (``sessions`` is counting_sessions_near_years).

    Offsets are under a day, so a session on a UTC day strictly inside the year is inside
    it locally too: SQL counts those. Sessions on a UTC day next to either end are fetched
    (sessions_near_year_ends_query) and dated in their own zone.
    """
    return (
        select(sessions.c.partner_id, sessions.c.first_day, func.count())
        .where(sessions.c.inside)
        .group_by(sessions.c.partner_id, sessions.c.first_day)
    )


def sessions_used_from_rows(
    inside: Iterable[Sequence[Any]],
    near_ends: Iterable[Sequence[Any]],
    years: dict[str, AllowanceYear],
) -> dict[str, int]:
    """Counting sessions per partner in its allowance year, from the two queries' rows
    (a team database's rows of a partner's other years are passed over)."""
    used: dict[str, int] = defaultdict(int)
    for partner_id, first_day, count in inside:
        if first_day == years[partner_id].start:
            used[partner_id] += count
    for partner_id, first_day, starts_at, zone in near_ends:
        year = years[partner_id]
        if first_day == year.start:
            used[partner_id] += year.contains(starts_at.astimezone(ZoneInfo(zone)).date())
    return used


_COUNTING = TrainingSession.status.in_(lifecycle.SESSION_COUNTING_STATUSES)


def sessions_near_year_ends_query(sessions: CTE) -> Select[*tuple[Any, ...]]:
    """Counting sessions on the UTC day before, first or last day of a year, or after it
    (``sessions`` is counting_sessions_near_years)."""
    return select(
        sessions.c.partner_id, sessions.c.first_day, sessions.c.starts_at, sessions.c.timezone
    ).where(~sessions.c.inside)


def purchases_query() -> Select[*tuple[Any, ...]]:
    """Every partner's bought IEM days (read by purchases_from_rows)."""
    return select(
        IemPurchase.partner_id,
        IemPurchase.days,
        IemPurchase.valid_from,
        IemPurchase.valid_to,
        IemPurchase.id,
    )


def purchases_from_rows(rows: Iterable[Sequence[Any]]) -> defaultdict[str, list[Purchase]]:
    found: defaultdict[str, list[Purchase]] = defaultdict(list)
    for partner_id, days, first, last, purchase_id in rows:
        found[partner_id].append(Purchase(days, first, last, purchase_id))
    return found


def committed_spans_queries(
    windows: dict[str, tuple[date, date]],
) -> list[Select[*tuple[Any, ...]]]:
    """Committed IEM spans of the partners in ``windows`` near their (first, last) days:
    the few partners whose bought days are shared with other allowance years; one query
    per 500 partners (read by committed_spans_from_rows)."""
    ids = sorted(windows)
    queries = []
    for at in range(0, len(ids), 500):
        chunk = ids[at : at + 500]
        first = min(windows[pid][0] for pid in chunk)
        last = max(windows[pid][1] for pid in chunk)
        queries.append(
            select(IemRequest.partner_id, IemRequest.start, IemRequest.end).where(
                IemRequest.partner_id.in_(chunk),
                IemRequest.end >= first,
                IemRequest.start <= last,
                IemRequest.status.in_(lifecycle.COMMITTED_STATUSES),
            )
        )
    return queries


def committed_spans_near_purchases_query(bounds: CTE) -> Select[*tuple[Any, ...]]:
    """PostgreSQL: what ``committed_spans_queries`` reads, without waiting for the
    windows to be worked out: the committed IEM spans of every partner with a purchase
    that reaches outside one of its allowance years (only such a purchase can share its
    days with another year), from a year before the earliest of its purchases and years
    to a year after the latest. That holds every window ``years_sharing_purchases``
    can give (allowance years touched by its purchases' validity, each at most 366
    days); ``committed_spans_from_rows`` keeps what lies inside the exact window.
    ``bounds`` is team_allowance_years."""
    a_year = LONGEST_YEAR.days
    reach = (
        select(
            IemPurchase.partner_id,
            (
                func.least(func.min(IemPurchase.valid_from), func.min(bounds.c.first_day)) - a_year
            ).label("earliest"),
            (
                func.greatest(func.max(IemPurchase.valid_to), func.max(bounds.c.last_day)) + a_year
            ).label("latest"),
        )
        .join(bounds, bounds.c.partner_id == IemPurchase.partner_id)
        .group_by(IemPurchase.partner_id)
        .having(
            func.bool_or(
                (IemPurchase.valid_from < bounds.c.first_day)
                | (IemPurchase.valid_to > bounds.c.last_day)
            )
        )
        .subquery("purchase_reach")
    )
    # Each partner's requests looked up by its index (a few hundred partners), not the
    # whole table read and joined.
    spans = (
        select(IemRequest.partner_id, IemRequest.start, IemRequest.end)
        .where(
            IemRequest.partner_id == reach.c.partner_id,
            IemRequest.start <= reach.c.latest,
            IemRequest.end >= reach.c.earliest,
            IemRequest.status.in_(lifecycle.COMMITTED_STATUSES),
        )
        .lateral("spans")
    )
    return (
        select(spans.c.partner_id, spans.c.start, spans.c.end)
        .select_from(reach)
        .join(spans, true())
    )


def committed_spans_from_rows(
    windows: dict[str, tuple[date, date]], results: Iterable[Iterable[Sequence[Any]]]
) -> dict[str, list[DateSpan]]:
    """Each partner's committed spans inside its window (the query may read more: a team
    database's ``committed_spans_near_purchases_query`` reads a wider one)."""
    found: dict[str, list[DateSpan]] = {pid: [] for pid in windows}
    for rows in results:
        for pid, start, end in rows:
            window = windows.get(pid)
            if window is not None and end >= window[0] and start <= window[1]:
                found[pid].append((start, end))
    return found


def late_requests_query(undetermined: bool = False) -> Select[*tuple[Any, ...]]:
    """Submitted requests that miss the lead time, counted per partner; with
    ``undetermined``, those whose lead time cannot be decided yet (a year without holiday
    data) instead."""
    return (
        select(IemRequest.partner_id, func.count())
        .where(
            IemRequest.status.in_(lifecycle.PENDING_STATUSES),
            IemRequest.meets_lead_time.is_(False),
            IemRequest.lead_time_undetermined.is_(undetermined),
        )
        .group_by(IemRequest.partner_id)
    )


def expert_service_terms_query() -> Select[*tuple[Any, ...]]:
    """(partner, subscription start) of each subscription the expert service was used on."""
    return (
        select(ExpertServiceUse.partner_id, Subscription.start)
        .distinct()
        .join(Subscription, Subscription.id == ExpertServiceUse.subscription_id)
    )


def expert_service_terms_from_rows(rows: Iterable[Sequence[Any]]) -> dict[str, set[date]]:
    found: dict[str, set[date]] = defaultdict(set)
    for partner_id, start in rows:
        found[partner_id].add(start)
    return found
