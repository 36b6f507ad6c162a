"""The dashboard: every partner's allowance position and risks, computed in bulk.

A per-partner loop over ``allowance_summary`` costs several queries per partner; with
10,000 partners that is tens of seconds. Here a handful of set-based queries fetch only
the rows the rules need (subscriptions, committed and pending IEM spans near today,
counting sessions near today, late requests waiting, purchases), and the domain's own
functions then count distinct days per partner in memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Date, func, select
from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.allowance import (
    ONE_DAY,
    AllowancePosition,
    AllowanceYear,
    DateSpan,
    Purchase,
    add_months,
    allowance_position,
    allowance_year,
)
from engagements.domain.catalog import PlanCatalog
from engagements.domain.errors import RuleRefusal
from engagements.domain.sessions import session_quota
from engagements.services.calendars import working_calendar
from engagements.services.database import Database
from engagements.store.models import (
    IemPurchase,
    IemRequest,
    Partner,
    Subscription,
    TrainingSession,
)

NEARLY_OUT_DAYS = 2  # IEM days left at or below which a partner is flagged
EXPIRY_WARNING_DAYS = 60
UPCOMING_DAYS = 14
# Events further than this from today cannot touch the current allowance year.
YEAR_WINDOW = timedelta(days=367)

RISK_NEARLY_OUT = "nearly out of IEM days"
RISK_LATE_WAITING = "late request waiting"
RISK_NO_CALENDAR_DATA = "no holiday data ahead"
RISK_EXPIRING = "subscription expiring"


@dataclass(frozen=True)
class DashboardRow:
    """One partner's position in its current allowance year (IEM in natural days)."""

    partner_id: str
    name: str
    edition: str
    calendar: str
    designated_tam: str | None
    year_start: date
    year_end: date
    term_end: date
    iem_included: int
    iem_available: int  # included plus bought
    iem_used: int
    iem_pending: int
    iem_left: int
    sessions_included: int
    sessions_used: int
    sessions_left: int
    late_waiting: int
    risks: tuple[str, ...]


@dataclass(frozen=True)
class _Sub:
    partner_id: str
    name: str
    tam: str | None
    edition: str
    start: date
    months: int
    calendar: str
    session_quota: int | None


def dashboard_rows(db: Database, today: date) -> list[DashboardRow]:
    """Every partner's row, partners at risk first (most risks, then fewest days left)."""
    with db.reading() as session:
        subs = _subscriptions_in_force(session, today)
        years = _allowance_years(subs, today, db.catalog.year_basis)
        committed, pending = _iem_spans(session, today)
        purchases = _purchases(session)
        sessions = _sessions_used(session, years, today)
        late = _late_waiting(session)
        missing_data = _calendars_without_data(session, {s.calendar for s in subs}, today)
    rows = [_row(db.catalog, s, years[s.partner_id], committed[s.partner_id],
                 pending[s.partner_id], purchases[s.partner_id],
                 sessions.get(s.partner_id, 0), late.get(s.partner_id, 0),
                 s.calendar in missing_data, today) for s in subs]
    rows.sort(key=lambda r: (-len(r.risks), r.iem_left if r.iem_available else 99,
                             r.partner_id))
    return rows


def _allowance_years(subs: list[_Sub], today: date, basis: str) -> dict[str, AllowanceYear]:
    # Many partners share a start date; work each year out once.
    by_start: dict[date, AllowanceYear] = {}
    years = {}
    for sub in subs:
        year = by_start.get(sub.start)
        if year is None:
            year = by_start[sub.start] = allowance_year(sub.start, today, basis)
        years[sub.partner_id] = year
    return years


def _subscriptions_in_force(session: Session, today: date) -> list[_Sub]:
    """Each partner's subscription in force today (same choice as current_subscription)."""
    query = (select(Partner.id, Partner.name, Partner.designated_tam, Subscription.edition,
                    Subscription.start, Subscription.months, Subscription.calendar,
                    Subscription.session_quota)
             .join(Subscription, Subscription.partner_id == Partner.id)
             .order_by(Partner.id, Subscription.start))
    chosen: dict[str, _Sub] = {}
    for row in session.connection().execute(query).all():
        sub = _Sub(*row)
        earlier = chosen.get(sub.partner_id)
        if earlier is None or sub.start <= today:
            chosen[sub.partner_id] = sub
    return list(chosen.values())


def _iem_spans(session: Session, today: date
               ) -> tuple[defaultdict[str, list[DateSpan]], defaultdict[str, list[DateSpan]]]:
    """Committed and pending IEM spans that may touch a current allowance year."""
    committed: defaultdict[str, list[DateSpan]] = defaultdict(list)
    pending: defaultdict[str, list[DateSpan]] = defaultdict(list)
    query = select(IemRequest.partner_id, IemRequest.start, IemRequest.end,
                   IemRequest.status).where(
        IemRequest.status.in_(lifecycle.COMMITTED_STATUSES | lifecycle.PENDING_STATUSES),
        IemRequest.end >= today - YEAR_WINDOW, IemRequest.start <= today + YEAR_WINDOW)
    for partner_id, start, end, status in session.connection().execute(query).all():
        target = pending if status in lifecycle.PENDING_STATUSES else committed
        target[partner_id].append((start, end))
    return committed, pending


def _purchases(session: Session) -> defaultdict[str, list[Purchase]]:
    found: defaultdict[str, list[Purchase]] = defaultdict(list)
    for partner_id, days, first, last in session.connection().execute(select(
            IemPurchase.partner_id, IemPurchase.days, IemPurchase.valid_from,
            IemPurchase.valid_to)):
        found[partner_id].append(Purchase(days, first, last))
    return found


def _sessions_used(session: Session, years: dict[str, AllowanceYear],
                   today: date) -> dict[str, int]:
    """Counting sessions whose local start date falls in the partner's allowance year.

    Counted per partner and UTC day in SQL. Offsets are under a day, so a UTC day well
    inside the year is inside it locally too; only days next to a year's ends are looked
    at session by session, in the session's own zone.
    """
    used: dict[str, int] = defaultdict(int)
    near_an_end: set[str] = set()
    utc_day = func.date(TrainingSession.starts_at, type_=Date)
    query = (select(TrainingSession.partner_id, utc_day, func.count())
             .where(TrainingSession.status.in_(lifecycle.SESSION_COUNTING_STATUSES),
                    TrainingSession.starts_at >= _utc_midnight(today - YEAR_WINDOW),
                    TrainingSession.starts_at < _utc_midnight(today + YEAR_WINDOW))
             .group_by(TrainingSession.partner_id, utc_day))
    for partner_id, day, count in session.connection().execute(query).all():
        year = years.get(partner_id)
        if year is None:
            continue
        if year.start < day < year.end:
            used[partner_id] += count
        elif year.start - ONE_DAY <= day <= year.end + ONE_DAY:
            near_an_end.add(partner_id)
    for partner_id, count in _sessions_counted_locally(session, near_an_end, years).items():
        used[partner_id] += count
    return used


def _sessions_counted_locally(session: Session, partner_ids: set[str],
                              years: dict[str, AllowanceYear]) -> dict[str, int]:
    """Sessions on a year's first or last UTC day (or next to it), by local start date."""
    counted: dict[str, int] = defaultdict(int)
    ids = sorted(partner_ids)
    for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
        for partner_id, starts_at, zone in session.connection().execute(select(
                TrainingSession.partner_id, TrainingSession.starts_at, TrainingSession.timezone
        ).where(TrainingSession.partner_id.in_(chunk),
                TrainingSession.status.in_(lifecycle.SESSION_COUNTING_STATUSES))):
            year = years[partner_id]
            day = starts_at.date()
            if year.start < day < year.end:
                continue  # already counted from the per-day totals
            counted[partner_id] += year.contains(starts_at.astimezone(ZoneInfo(zone)).date())
    return counted


def _utc_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, UTC)


def _late_waiting(session: Session) -> dict[str, int]:
    query = (select(IemRequest.partner_id, func.count())
             .where(IemRequest.status.in_(lifecycle.PENDING_STATUSES),
                    IemRequest.meets_lead_time.is_(False))
             .group_by(IemRequest.partner_id))
    return {partner_id: count for partner_id, count in session.connection().execute(query)}


def _calendars_without_data(session: Session, codes: Iterable[str], today: date) -> set[str]:
    """Working calendars lacking holiday data for any year of the coming twelve months."""
    years = range(today.year, (today + timedelta(days=365)).year + 1)
    missing = set()
    for code in codes:
        try:
            calendar = working_calendar(session, code)
        except RuleRefusal:
            missing.add(code)
            continue
        if not all(calendar.has_data_for(year) for year in years):
            missing.add(code)
    return missing


def _row(catalog: PlanCatalog, sub: _Sub, year: AllowanceYear, committed: list[DateSpan],
         pending: list[DateSpan], purchases: list[Purchase], sessions_used: int,
         late_waiting: int, no_calendar_data: bool, today: date) -> DashboardRow:
    edition = catalog.edition(sub.edition)
    position = allowance_position(year, edition.iem_days_per_year, purchases, committed,
                                  pending) if committed or pending or purchases else \
        AllowancePosition(year, edition.iem_days_per_year, 0, 0, 0)
    try:
        quota = session_quota(edition, sub.session_quota)
    except RuleRefusal:
        quota = 0
    term_end = add_months(sub.start, sub.months) - ONE_DAY
    risks = []
    if position.available and position.remaining <= NEARLY_OUT_DAYS:
        risks.append(RISK_NEARLY_OUT)
    if late_waiting:
        risks.append(RISK_LATE_WAITING)
    if no_calendar_data and edition.includes_iem:
        risks.append(RISK_NO_CALENDAR_DATA)
    if 0 <= (term_end - today).days <= EXPIRY_WARNING_DAYS:
        risks.append(RISK_EXPIRING)
    return DashboardRow(
        sub.partner_id, sub.name, sub.edition, sub.calendar, sub.tam, year.start, year.end,
        term_end, position.included, position.available, position.used, position.pending,
        position.remaining, quota, sessions_used, max(quota - sessions_used, 0),
        late_waiting, tuple(risks))
