"""The dashboard: every partner's allowance position and risks, computed in bulk.

A per-partner loop over ``allowance_summary`` costs several queries per partner; with
10,000 partners that is tens of seconds. Here a handful of set-based queries fetch only
the rows the rules need (subscriptions, committed and pending IEM spans near today,
counting sessions near today, late requests waiting, purchases), and the domain's own
functions then count distinct days per partner in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from engagements.domain.allowance import (
    NEARLY_OUT_DAYS,
    AllowancePosition,
    AllowanceYear,
    DateSpan,
    Purchase,
    allowance_position,
    allowance_position_without_purchases,
    allowance_year,
    years_sharing_purchases,
)
from engagements.domain.calendars import BusinessCalendar
from engagements.domain.catalog import PlanCatalog
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
from engagements.store.batch import read_together
from engagements.store.calendar_queries import (
    adjustments_query,
    subscribed_calendars,
    weekends_query,
)
from engagements.store.dashboard_queries import (
    SubscriptionInForce,
    allowance_year_table,
    committed_spans_from_rows,
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
)

EXPIRY_WARNING_DAYS = 60
UPCOMING_DAYS = 14

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

    Two rounds of reads, each one round trip on PostgreSQL (``read_together``): what
    needs nothing else first, then what is bounded by each partner's allowance year."""
    catalog = db.catalog
    with db.reading() as session:
        first = read_together(
            session,
            {
                "subscriptions": subscriptions_query(),
                "purchases": purchases_query(),
                "late": late_requests_query(),
                "undetermined": late_requests_query(True),
                "weekends": weekends_query(subscribed_calendars()),
                "adjustments": adjustments_query(subscribed_calendars()),
                **(
                    {"expert_used": expert_service_terms_query()}
                    if catalog.expert_service_constrains_exit
                    else {}
                ),
            },
        )
        subs = subscriptions_from_rows(first["subscriptions"], today)
        purchases = purchases_from_rows(first["purchases"])
        late: dict[str, int] = dict(first["late"])
        undetermined: dict[str, int] = dict(first["undetermined"])
        calendars = working_calendars_from_rows(
            {s.calendar for s in subs}, first["weekends"], first["adjustments"]
        )
        expert_used = expert_service_terms_from_rows(first.get("expert_used", ()))
        years = _allowance_years(subs, today, catalog.year_basis)
        shared = _years_sharing_purchases(subs, years, purchases, catalog.year_basis)
        windows = {pid: (ys[0].start, ys[-1].end) for pid, ys in shared.items()}
        bounds = allowance_year_table(session, years)
        spans_between = committed_spans_queries(windows)
        sessions_near = counting_sessions_near_years(bounds)
        # A team database counts the days used by partners who bought none (the domain
        # needs only the counts for them) instead of sending each of their spans.
        if db.is_sqlite:
            spans_reads = {"spans": iem_spans_query(bounds)}
        else:
            requests = iem_requests_in_years(bounds)
            spans_reads = {
                "spans": iem_spans_of_query(requests, purchases.keys()),
                "days_used": iem_days_used_query(requests, purchases.keys()),
            }
        second = read_together(
            session,
            {
                **spans_reads,
                "sessions_inside": sessions_inside_years_query(sessions_near),
                "sessions_near_ends": sessions_near_year_ends_query(sessions_near),
                **{f"shared_{n}": query for n, query in enumerate(spans_between)},
            },
        )
        committed, pending = iem_spans_from_rows(second["spans"])
        days_used = {
            partner_id: (used, with_pending)
            for partner_id, used, with_pending in second.get("days_used", ())
        }
        sessions = sessions_used_from_rows(
            second["sessions_inside"], second["sessions_near_ends"], years
        )
        committed.update(
            committed_spans_from_rows(
                windows, (second[f"shared_{n}"] for n in range(len(spans_between)))
            )
        )
    missing_data = _calendars_without_data(calendars, today)
    term_ends = _TermEnds()
    rows = [
        _row(
            catalog,
            s,
            years[s.partner_id],
            committed.get(s.partner_id, ()),
            pending.get(s.partner_id, ()),
            purchases.get(s.partner_id, ()),
            sessions.get(s.partner_id, 0),
            late.get(s.partner_id, 0),
            s.calendar in missing_data,
            term_ends(s),
            today,
            s.start in expert_used.get(s.partner_id, ()),
            undetermined.get(s.partner_id, 0),
            shared.get(s.partner_id, ()),
            days_used.get(s.partner_id),
        )
        for s in subs
    ]
    rows.sort(key=lambda r: (-len(r.risks), r.iem_left if r.iem_available else 99, r.partner_id))
    return rows


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


class _TermEnds:
    """Last day of each committed term, worked out once per (start, months)."""

    def __init__(self) -> None:
        self.known: dict[tuple[date, int], date] = {}

    def __call__(self, sub: SubscriptionInForce) -> date:
        key = (sub.start, sub.months)
        if key not in self.known:
            self.known[key] = term_end(sub.start, sub.months)
        return self.known[key]


def _calendars_without_data(calendars: dict[str, BusinessCalendar | None], today: date) -> set[str]:
    """Working calendars lacking holiday data for any year of the coming twelve months
    (or unknown to workalendar)."""
    years = range(today.year, (today + timedelta(days=365)).year + 1)
    return {
        code
        for code, calendar in calendars.items()
        if calendar is None or not all(calendar.has_data_for(year) for year in years)
    }


def _row(
    catalog: PlanCatalog,
    sub: SubscriptionInForce,
    year: AllowanceYear,
    committed: Sequence[DateSpan],
    pending: Sequence[DateSpan],
    purchases: Sequence[Purchase],
    sessions_used: int,
    late_waiting: int,
    no_calendar_data: bool,
    term_end: date,
    today: date,
    expert_service_used: bool = False,
    undetermined_waiting: int = 0,
    shared_years: Sequence[AllowanceYear] = (),
    days_used: tuple[int, int] | None = None,
) -> DashboardRow:
    edition = catalog.edition(sub.edition)
    included = edition.iem_days_per_year
    if days_used is not None:  # counted by a team database: this partner bought no days
        position = allowance_position_without_purchases(year, included, *days_used)
    elif committed or pending or purchases:
        position = allowance_position(year, included, purchases, committed, pending, shared_years)
    else:
        position = AllowancePosition(year, included, 0, 0, 0)
    try:
        quota = session_quota(edition, sub.session_quota)
    except RuleRefusal:
        quota = 0
    risks = []
    if position.available and position.remaining <= NEARLY_OUT_DAYS:
        risks.append(RISK_NEARLY_OUT)
    if late_waiting:
        risks.append(RISK_LATE_WAITING)
    if undetermined_waiting:
        risks.append(RISK_UNDETERMINED_WAITING)
    if no_calendar_data and edition.includes_iem:
        risks.append(RISK_NO_CALENDAR_DATA)
    if 0 <= (term_end - today).days <= EXPIRY_WARNING_DAYS:
        risks.append(RISK_EXPIRING)
    if expert_service_used and today <= term_end:
        risks.append(RISK_EXIT_LOCKED)
    return DashboardRow(
        sub.partner_id,
        sub.name,
        sub.edition,
        sub.calendar,
        sub.tam,
        year.start,
        year.end,
        term_end,
        position.included,
        position.available,
        position.used,
        position.pending,
        position.remaining,
        quota,
        sessions_used,
        max(quota - sessions_used, 0),
        late_waiting,
        tuple(risks),
    )
