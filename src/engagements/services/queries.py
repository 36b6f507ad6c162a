"""Read-side answers the window needs: a partner's file, the expert roster, search, pick lists."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from engagements.domain import status as lifecycle
from engagements.domain.allowance import ONE_DAY, add_months
from engagements.domain.errors import RuleRefusal
from engagements.domain.terms import term_end
from engagements.services.allowance import (
    AllowanceSummary,
    PartnerRecord,
    partner_record_from,
    partner_record_queries,
)
from engagements.services.database import Database
from engagements.services.expert_service import ExpertUseRecord
from engagements.services.partner_history import (
    HISTORY_LIMIT,
    PartnerHistoryEntry,
    history_from_rows,
)
from engagements.services.reports import reports_refusal_of
from engagements.services.terms import require_plannable
from engagements.store import partner_queries
from engagements.store.batch import read_together
from engagements.store.booking_queries import expert_sessions_query
from engagements.store.pick_list_queries import partner_list_query, pick_list_queries
from engagements.store.roster_queries import roster_queries
from engagements.store.search_queries import (
    iem_search_query,
    partner_search_query,
    session_number_query,
)


@dataclass(frozen=True)
class SubscriptionRecord:
    id: int
    edition: str
    start: date
    months: int
    term_end: date
    calendar: str
    session_quota: int | None
    ended_on: date | None


@dataclass(frozen=True)
class SubClient:
    account_id: str
    name: str


@dataclass(frozen=True)
class PartnerFile:
    """Everything the Partners view shows about one partner."""

    id: str
    name: str
    designated_tam: str | None
    designated_asm: str | None
    subscriptions: list[SubscriptionRecord]  # oldest first; the last started one is current
    sub_clients: list[SubClient]
    allowance_years: list[AllowanceSummary]  # each allowance year of the current term so far
    expert_uses: list[ExpertUseRecord]


def partner_file(db: Database, partner_id: str, today: date) -> PartnerFile:
    """The partner's subscriptions, sub-clients, allowance per year and expert-service uses."""
    return partner_page(db, partner_id, today).file


@dataclass(frozen=True)
class PartnerPage:
    """What the Partners view shows for the chosen partner."""

    file: PartnerFile
    history: list[PartnerHistoryEntry]
    reports_refusal: RuleRefusal | None  # why the partner has no service reports, or None


def partner_page(
    db: Database, partner_id: str, today: date, history_limit: int = HISTORY_LIMIT
) -> PartnerPage:
    """The partner's file, history and report entitlement in one batched read (one round
    trip on PostgreSQL); each allowance year is worked out from it in memory."""
    with db.reading() as session:
        rows = read_together(
            session,
            {
                **partner_record_queries(partner_id),
                "sub_clients": partner_queries.sub_clients_query(partner_id),
                "expert_uses": partner_queries.expert_uses_query(partner_id),
                "history": partner_queries.history_query(
                    partner_queries.belongs_to(partner_id), history_limit
                ),
            },
        )
        record = partner_record_from(partner_id, rows)
        clients = [SubClient(a, n) for a, n in rows["sub_clients"]]
        uses = [ExpertUseRecord(*row) for row in rows["expert_uses"]]
        history = history_from_rows(rows["history"])
    partner = record.partner
    subs = [
        SubscriptionRecord(
            s.id,
            s.edition,
            s.start,
            s.months,
            term_end(s.start, s.months),
            s.calendar,
            s.session_quota,
            s.ended_on,
        )
        for s in partner.subscriptions
    ]
    file = PartnerFile(
        partner_id,
        partner.name,
        partner.designated_tam,
        partner.designated_asm,
        subs,
        clients,
        _allowance_years(db, record, subs, today),
        uses,
    )
    return PartnerPage(file, history, reports_refusal_of(db, partner, today))


def _allowance_years(
    db: Database, record: PartnerRecord, subs: list[SubscriptionRecord], today: date
) -> list[AllowanceSummary]:
    """One summary per allowance year from the first subscription's start to today's year."""
    if not subs:
        return []
    found: list[AllowanceSummary] = []
    day = subs[0].start
    last = max(today, subs[0].start)
    while day <= last and len(found) < 20:
        require_plannable(day, "on")
        summary = record.summary(db, day)
        found.append(summary)
        day = summary.year_end + ONE_DAY
    return found


@dataclass(frozen=True)
class PartnerListRow:
    id: str
    name: str
    edition: str
    calendar: str
    designated_tam: str | None
    term_end: date
    # Expert service used on this subscription: no downgrade or exit before this day.
    exit_locked_until: date | None = None


def partner_list(db: Database, today: date) -> list[PartnerListRow]:
    """Every partner with the subscription in force today, by id (one batched read)."""
    from engagements.store.dashboard_queries import (
        expert_service_terms_from_rows,
        expert_service_terms_query,
    )

    query = partner_list_query()
    chosen: dict[str, tuple[PartnerListRow, date]] = {}
    locks = db.catalog.expert_service_constrains_exit
    with db.reading() as session:
        rows = read_together(
            session,
            {"partners": query, **({"expert_used": expert_service_terms_query()} if locks else {})},
        )
        for pid, name, tam, edition, code, start, months in rows["partners"]:
            if pid not in chosen or start <= today:
                chosen[pid] = (
                    PartnerListRow(pid, name, edition, code, tam, term_end(start, months)),
                    start,
                )
        used = expert_service_terms_from_rows(rows.get("expert_used", ()))
    return [
        replace(row, exit_locked_until=row.term_end + ONE_DAY)
        if start in used.get(row.id, ()) and today <= row.term_end
        else row
        for row, start in chosen.values()
    ]


@dataclass(frozen=True)
class RosterRow:
    """An expert and the time booked with them (hours of scheduled or held sessions)."""

    id: str
    name: str
    timezone: str
    active: bool
    sessions_ahead: int
    hours_this_month: float
    iem_days_ahead: int
    skills: str = ""


def expert_roster(db: Database, today: date) -> list[RosterRow]:
    """The roster with each expert's booked time: four set-based queries, one batched read."""
    month_start = datetime.combine(today.replace(day=1), time.min, UTC)
    month_end = datetime.combine(add_months(today.replace(day=1), 1), time.min, UTC)
    now = datetime.combine(today, time.min, UTC)
    with db.reading() as session:
        rows = read_together(
            session,
            roster_queries(
                now,
                month_start,
                month_end,
                today,
                lifecycle.SESSION_COUNTING_STATUSES,
                lifecycle.COMMITTED_STATUSES,
            ),
        )
        experts = list(rows["experts"])
        ahead: dict[str, int] = dict(rows["ahead"])
        hours: defaultdict[str, float] = defaultdict(float)
        for expert_id, starts, ends in rows["month"]:
            hours[expert_id] += (ends - starts).total_seconds() / 3600
        iem_days: defaultdict[str, int] = defaultdict(int)
        for assigned, start, end in rows["iem"]:
            iem_days[str(assigned)] += (end - max(start, today)).days + 1
    return [
        RosterRow(i, n, z, bool(a), ahead.get(i, 0), round(hours[i], 1), iem_days[i], skills or "")
        for i, n, z, a, skills in experts
    ]


@dataclass(frozen=True)
class ExpertBooking:
    kind: str
    id: int
    partner_name: str
    label: str
    starts_at: datetime
    ends_at: datetime


def expert_schedule(
    db: Database, expert_id: str, first: date, days: int = 14
) -> list[ExpertBooking]:
    """The expert's sessions from ``first`` for ``days`` days (UTC bounds)."""
    begin = datetime.combine(first, time.min, UTC)
    end = begin + timedelta(days=days)
    with db.reading() as session:
        rows = session.connection().execute(expert_sessions_query(expert_id, begin, end)).all()
    return [ExpertBooking("session", i, p, t, s, e) for i, p, t, s, e in rows]


REQUEST_NUMBER = re.compile(r"^(?:(IEM|S)[-\s#]?|#)?(\d{1,9})$", re.IGNORECASE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "partner", "iem", "session"
    id: str
    label: str
    partner_id: str


def _numbered(text: str) -> tuple[str | None, int | None]:
    """A request number as typed: "179" or "#179" (either kind), "IEM-179", "S-179"."""
    found = REQUEST_NUMBER.match(text.strip())
    if not found:
        return None, None
    prefix = (found.group(1) or "").upper()
    return {"IEM": "iem", "S": "session"}.get(prefix), int(found.group(2))


def search(db: Database, text: str, limit: int = 20) -> list[SearchHit]:
    """Partners by id or name, requests by number (IEM-179, S-179, 179) or event name;
    partners first."""
    text = text.strip()
    if not text:
        return []
    kind, number = _numbered(text)
    with db.reading() as session:
        connection = session.connection()
        hits = [
            SearchHit("partner", pid, f"{pid} · {name}", pid)
            for pid, name in connection.execute(partner_search_query(text, limit)).all()
        ]
        numbered = number if kind in (None, "iem") else None
        hits += [
            SearchHit("iem", str(i), f"IEM-{i} · {event} · {name} ({start})", pid)
            for i, event, name, start, pid in connection.execute(
                iem_search_query(text, numbered, limit)
            ).all()
        ]
        if number is not None and kind in (None, "session"):
            hits += [
                SearchHit("session", str(i), f"S-{i} · {topic} · {name}", pid)
                for i, topic, name, pid in connection.execute(session_number_query(number)).all()
            ]
    return hits[:limit]


@dataclass(frozen=True)
class PickLists:
    """Choices for the filters: partners (id, name), experts (id, name), TAMs, calendars."""

    partners: list[tuple[str, str]]
    experts: list[tuple[str, str]]
    tams: list[str]
    calendars: list[str]


def pick_lists(db: Database) -> PickLists:
    """The filters' choices, in one batched read (one round trip on PostgreSQL)."""
    with db.reading() as session:
        rows = read_together(session, pick_list_queries())
        partners = [(i, n) for i, n in rows["partners"]]
        experts = [(i, n) for i, n in rows["experts"]]
        tams = [str(t) for (t,) in rows["tams"]]
        calendars = [c for (c,) in rows["calendars"]]
    return PickLists(partners, experts, tams, calendars)
