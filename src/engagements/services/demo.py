"""Realistic sample data, for trying the application and for the benchmarks.

Consistent by construction: allowances are never exceeded, no expert is double-booked,
late approvals carry a justification, every status occurs. Written with bulk inserts in
one transaction, so even ``--partners 10000`` takes seconds and a killed fill leaves
nothing behind.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.allowance import ONE_DAY, AllowanceYear, add_months, allowance_year
from engagements.domain.errors import NoHolidayData
from engagements.domain.lead_time import assess_lead_time
from engagements.domain.terms import term_end
from engagements.errors import InvalidInput
from engagements.services import audit, permissions
from engagements.services.calendars import working_calendar
from engagements.services.database import Database
from engagements.store import demo_queries
from engagements.store import models as m

CALENDARS = ("CN", "CN", "CN", "CN", "HK", "SG", "JP", "US", "GB", "DE")
CHINESE_NAMES = (
    "杭州云帆科技",
    "深圳星河数据",
    "北京极光网络",
    "上海蓝海电商",
    "成都熊猫游戏",
    "广州南方云",
    "南京紫金智能",
    "武汉长江物流",
    "西安古城文旅",
    "苏州园林软件",
)
CHINESE_SUFFIX = ("有限公司", "股份有限公司", "集团")
ENGLISH_NAMES = (
    "Harbour Cloud",
    "Lion City Retail",
    "Sakura Systems",
    "Redwood Analytics",
    "Thames Digital",
    "Rhein Logistics",
    "Kowloon Payments",
    "Maple Games",
    "Orchard Media",
    "Fuji Mobility",
    "Atlas Commerce",
    "Nordlicht Energy",
)
EXPERTS = (
    ("Wang Lei", "Asia/Shanghai"),
    ("Chen Jing", "Asia/Shanghai"),
    ("Li Na", "Asia/Shanghai"),
    ("Tan Wei Ming", "Asia/Singapore"),
    ("Sato Hiroshi", "Asia/Tokyo"),
    ("Anna Schmidt", "Europe/Berlin"),
    ("James Carter", "Europe/London"),
    ("Maria Lopez", "America/Los_Angeles"),
    ("Ho Ka Yan", "Asia/Hong_Kong"),
    ("Zhao Min", "Asia/Shanghai"),
)
TOPICS = ("architecture", "usage-plan", "key-issues", "product-requirements", "industry-experience")
LATE_JUSTIFICATION = "Partner's launch date was set by the regulator; team confirmed capacity."
EVENT_NAMES = {
    "launch": "新品发布 launch",
    "promotion": "Double 11 promotion",
    "version-update": "App version update",
    "migration": "Database migration",
    "other": "Peak readiness review",
}


DEFAULT_YEARS = 2  # allowance years of engagements per partner


@dataclass(frozen=True)
class DemoReport:
    partners: int
    engagements: int
    experts: int
    sessions: int


def fill_demo_if_empty(db: Database, today: date) -> DemoReport | None:
    """Fill a brand-new database with the demo, so a first start shows something real."""
    with db.reading() as session:
        if session.scalar(demo_queries.partner_count_query()):
            return None
    return fill_demo(db, partners=60, seed=7, today=today)


# Ten times the benchmarks' organisation (10,000 partners, about a minute): a bigger number
# is a typo, and would fill memory and disk in one transaction before anything is written.
MAX_DEMO_PARTNERS = 100_000


def fill_demo(
    db: Database, partners: int, seed: int, today: date, years: int = DEFAULT_YEARS
) -> DemoReport:
    """Add ``partners`` sample partners with up to ``years`` allowance years of engagements.

    Beyond the default two years, each partner's subscription starts ``years - 2`` years
    earlier and its committed term grows to cover today, so the extra years are history of
    the same subscription (the benchmarks use this for a whole organisation's past).
    """
    if not 1 <= partners <= MAX_DEMO_PARTNERS:
        raise InvalidInput(
            f"the demo makes 1 to {MAX_DEMO_PARTNERS:,} partners (asked for {partners:,})",
            "partners",
        )
    # The demo adds experts to the roster, which only administrators may change.
    return db.write(
        lambda session: _Filler(session, db, random.Random(seed), today, years).run(partners),
        needs=permissions.ADMIN,
    )


class _Filler:
    def __init__(
        self,
        session: Session,
        db: Database,
        rng: random.Random,
        today: date,
        years: int = DEFAULT_YEARS,
    ):
        self.session, self.db, self.rng, self.today = session, db, rng, today
        self.years = max(years, 1)
        self.rows: dict[type, list[dict[str, Any]]] = {}
        self.expert_days: dict[str, set[date]] = {}
        self.experts: list[tuple[str, str]] = []
        self.calendars: dict[str, Any] = {}

    def run(self, partner_count: int) -> DemoReport:
        first = self.session.scalar(demo_queries.partner_count_query()) or 0
        experts = self._experts(max(10, partner_count // 20))
        self.experts = experts
        self._note_booked_days()
        for number in range(first + 1, first + partner_count + 1):
            self._partner(number, experts)
        counts = self._write()
        audit.record(
            self.session,
            self.db.actor,
            "demo.fill",
            ("database", "demo"),
            None,
            {"partners": partner_count, **counts},
        )
        return DemoReport(
            partner_count, counts["iem"] + counts["sessions"], len(experts), counts["sessions"]
        )

    def _note_booked_days(self) -> None:
        """Days the roster is already busy (an earlier fill, real bookings): never reused."""
        booked = self.session.execute(demo_queries.sessions_not_cancelled_query("cancelled"))
        for expert_id, starts_at, zone in booked:
            local_day = starts_at.astimezone(ZoneInfo(zone)).date()
            self.expert_days.setdefault(expert_id, set()).add(local_day)
        # And the days of earlier IEM assignments: the database refuses an overlap with them.
        assigned = self.session.execute(
            demo_queries.assigned_iem_query(lifecycle.COMMITTED_STATUSES)
        )
        for assignee, first, last in assigned:
            days = self.expert_days.setdefault(str(assignee), set())
            days.update(first + timedelta(days=n) for n in range((last - first).days + 1))

    def _experts(self, count: int) -> list[tuple[str, str]]:
        roster = self.session.execute(demo_queries.roster_zones_query())
        existing: list[tuple[str, str]] = [(str(r[0]), str(r[1])) for r in roster]
        rows = []
        for index in range(len(existing), max(count, len(existing))):
            name, zone = EXPERTS[index % len(EXPERTS)]
            suffix = f" ({index // len(EXPERTS) + 1})" if index >= len(EXPERTS) else ""
            rows.append(
                {"id": f"E{index + 1:04d}", "name": name + suffix, "timezone": zone, "active": True}
            )
        if rows:
            self.session.execute(insert(m.Expert), rows)
        return existing + [(str(r["id"]), str(r["timezone"])) for r in rows]

    def _partner(self, number: int, experts: list[tuple[str, str]]) -> None:
        rng = self.rng
        edition = rng.choices(("enterprise", "commercial", "standard"), (5, 3, 2))[0]
        code = rng.choice(CALENDARS)
        start = self.today - timedelta(days=rng.randint(40, 700))
        months = rng.choice((24, 36)) if start < self.today - timedelta(days=330) else 12
        if self.years > DEFAULT_YEARS:
            start, months = self._longer_history(start, months)
        partner_id = f"P{number:05d}"
        name = (
            rng.choice(CHINESE_NAMES) + rng.choice(CHINESE_SUFFIX)
            if code == "CN"
            else f"{rng.choice(ENGLISH_NAMES)} {('Ltd', 'GmbH', 'Inc', 'Pte Ltd')[number % 4]}"
        )
        tam = f"tam{number % 7 + 1}" if edition == "enterprise" else None
        self.session.execute(
            insert(m.Partner),
            [{"id": partner_id, "name": name, "designated_tam": tam, "version": 1}],
        )
        quota = rng.randint(2, 6) if edition == "commercial" else None
        subscription_id = self.session.scalars(
            insert(m.Subscription).returning(m.Subscription.id),
            [
                {
                    "partner_id": partner_id,
                    "edition": edition,
                    "start": start,
                    "months": months,
                    "calendar": code,
                    "session_quota": quota,
                    "version": 1,
                }
            ],
        ).one()
        sub_clients = self._sub_clients(partner_id)
        context = (partner_id, subscription_id, code, start, months, sub_clients)
        for year in self._years(start):
            if edition == "enterprise":
                self._iem_year(context, year)
            if edition != "standard":
                self._sessions_year(context, year, quota or 4, experts)
        if edition == "enterprise" and rng.random() < 0.3:
            self._expert_uses(partner_id, subscription_id, start)
            if rng.random() < 0.5:
                self._add(
                    m.IemPurchase,
                    partner_id=partner_id,
                    days=4,
                    valid_from=start,
                    valid_to=term_end(start, months),
                )

    def _longer_history(self, start: date, months: int) -> tuple[date, int]:
        """Start ``years - 2`` years earlier, with a term that still runs past today."""
        extra_months = 12 * (self.years - DEFAULT_YEARS)
        return add_months(start, -extra_months), months + extra_months

    def _years(self, start: date) -> list[AllowanceYear]:
        """The allowance years from today backwards, at most ``self.years``, none before start."""
        basis = self.db.catalog.year_basis
        years = [allowance_year(start, self.today, basis)]
        while len(years) < self.years:
            previous = allowance_year(start, years[0].start - ONE_DAY, basis)
            if previous.start < start:
                break
            years.insert(0, previous)
        return years

    def _sub_clients(self, partner_id: str) -> list[int]:
        rows = [
            {
                "partner_id": partner_id,
                "account_id": f"{partner_id}-{i}",
                "name": f"Sub-client {i} of {partner_id}",
            }
            for i in range(1, 3)
        ]
        return list(
            self.session.scalars(
                insert(m.SubClientAccount).returning(
                    m.SubClientAccount.id, sort_by_parameter_order=True
                ),
                rows,
            )
        )

    def _add(self, model: type, **values: Any) -> None:
        self.rows.setdefault(model, []).append(values)

    def _iem_year(self, context: tuple[Any, ...], year: AllowanceYear) -> None:
        """Up to 8 committed days, plus a pending, a rejected and a cancelled request."""
        partner_id, subscription_id, code, start, months, sub_clients = context
        last = min(year.end, term_end(start, months))
        span_days = (last - year.start).days
        # Most partners leave some room; a few use the whole allowance.
        days_left = self.rng.choice((3, 4, 5, 6, 6, 7, 8))
        cursor = year.start + timedelta(days=self.rng.randint(14, 50))
        while days_left > 0 and cursor < last - timedelta(days=10):
            length = min(self.rng.randint(1, 3), days_left)
            event = (cursor, cursor + timedelta(days=length - 1))
            if self._request(context, event, committed=True):
                days_left -= length
            cursor += timedelta(days=self.rng.randint(20, max(21, span_days // 4)))
        for extra_status in (lifecycle.SUBMITTED, lifecycle.REJECTED, lifecycle.CANCELLED):
            if self.rng.random() < 0.7:
                day = year.start + timedelta(days=self.rng.randint(20, max(21, span_days - 5)))
                if day + ONE_DAY <= last:
                    self._request(context, (day, day + ONE_DAY), status=extra_status)

    def _request(
        self,
        context: tuple[Any, ...],
        event: tuple[date, date],
        committed: bool = False,
        status: str | None = None,
    ) -> bool:
        partner_id, subscription_id, code, _start, _months, sub_clients = context
        submitted = event[0] - timedelta(days=self.rng.choice((5, 9, 16, 21, 30, 45)))
        try:
            lead = assess_lead_time(
                self._calendar(code), submitted, event[0], self.db.catalog.required_business_days
            )
        except NoHolidayData:
            return False
        if lead.earliest_start is None or lead.missing_year is not None:
            return False  # no official schedule that far ahead: keep the samples exact
        if status is None:
            status = self._status_by_date(event)
        if status == lifecycle.SUBMITTED and event[0] <= self.today:
            status = lifecycle.CANCELLED  # nobody approved it in time
        event_type = self.rng.choice(tuple(EVENT_NAMES))
        late_note = None if lead.meets_lead_time else LATE_JUSTIFICATION
        staffed = status in lifecycle.COMMITTED_STATUSES and self.rng.random() < 0.4
        self._add(
            m.IemRequest,
            expert_id=self._iem_expert(event) if staffed else None,
            partner_id=partner_id,
            subscription_id=subscription_id,
            sub_client_id=self.rng.choice(sub_clients),
            event_name=EVENT_NAMES[event_type],
            event_type=event_type,
            description="Peak traffic expected; please review capacity, alarms and the runbook.",
            submitted=submitted,
            start=event[0],
            end=event[1],
            status=status,
            earliest_start=lead.earliest_start,
            notice_business_days=lead.notice_business_days,
            meets_lead_time=lead.meets_lead_time,
            justification=late_note if status in lifecycle.COMMITTED_STATUSES else None,
            rejection_reason="Outside the plan's scope" if status == lifecycle.REJECTED else None,
            contact_name="Liu Yang",
            contact_email="ops@example.com",
            version=1,
        )
        return committed

    def _iem_expert(self, event: tuple[date, date]) -> str | None:
        """An expert free on every day of the event (then busy on them), if one is found."""
        days = {event[0] + timedelta(days=i) for i in range((event[1] - event[0]).days + 1)}
        for expert_id, _zone in self.rng.sample(self.experts, min(5, len(self.experts))):
            booked = self.expert_days.setdefault(expert_id, set())
            if not booked & days:
                booked |= days
                return expert_id
        return None

    def _status_by_date(self, event: tuple[date, date]) -> str:
        if event[1] < self.today:
            return lifecycle.COMPLETED
        if event[0] <= self.today:
            return lifecycle.IN_PROGRESS
        return self.rng.choice((lifecycle.APPROVED, lifecycle.SCHEDULED))

    def _calendar(self, code: str) -> Any:
        if code not in self.calendars:
            self.calendars[code] = working_calendar(self.session, code)
        return self.calendars[code]

    def _sessions_year(
        self,
        context: tuple[Any, ...],
        year: AllowanceYear,
        quota: int,
        experts: list[tuple[str, str]],
    ) -> None:
        partner_id, subscription_id, _code, start, months, sub_clients = context
        last = min(year.end, term_end(start, months))
        slots = max((last - year.start).days // (quota + 1), 1)
        booked = quota if year.end < self.today else self.rng.randint(max(quota - 2, 1), quota)
        for index in range(booked):
            day = year.start + timedelta(days=slots * (index + 1) - self.rng.randint(0, slots // 2))
            expert_id, zone = self._free_expert(experts, day)
            begins = datetime.combine(day, time(10), ZoneInfo(zone)).astimezone(UTC)
            held = day < self.today
            cancelled = self.rng.random() < 0.08
            status = "cancelled" if cancelled else "held" if held else "scheduled"
            self._add(
                m.TrainingSession,
                partner_id=partner_id,
                subscription_id=subscription_id,
                expert_id=expert_id,
                sub_client_id=self.rng.choice(sub_clients),
                starts_at=begins,
                ends_at=begins + timedelta(hours=2),
                timezone=zone,
                topic=self.rng.choice(TOPICS),
                attendees="Partner architects, ASM",
                on_site=self.rng.random() < 0.2,
                status=status,
                version=1,
            )

    def _free_expert(self, experts: list[tuple[str, str]], day: date) -> tuple[str, str]:
        """An expert with nothing else that day (one session a day keeps clashes impossible)."""
        for _ in range(len(experts) * 2):
            expert_id, zone = self.rng.choice(experts)
            booked = self.expert_days.setdefault(expert_id, set())
            if day not in booked:
                booked.add(day)
                return expert_id, zone
        for expert_id, zone in experts:
            if day not in self.expert_days.setdefault(expert_id, set()):
                self.expert_days[expert_id].add(day)
                return expert_id, zone
        raise RuntimeError("demo: not enough experts for the sessions of one day")

    def _expert_uses(self, partner_id: str, subscription_id: int, start: date) -> None:
        for offset in sorted(self.rng.sample(range(20, 300), self.rng.randint(1, 3))):
            day = start + timedelta(days=offset)
            if day < self.today:
                self._add(
                    m.ExpertServiceUse,
                    partner_id=partner_id,
                    subscription_id=subscription_id,
                    used_on=day,
                    summary="Capacity and availability review; proposed multi-zone "
                    "failover and read replicas.",
                    performed_by="Wang Lei",
                )

    def _write(self) -> dict[str, int]:
        for model in (m.IemRequest, m.TrainingSession, m.ExpertServiceUse, m.IemPurchase):
            rows = self.rows.get(model, [])
            if rows:
                self.session.execute(insert(model), rows)
        return {
            "iem": len(self.rows.get(m.IemRequest, [])),
            "sessions": len(self.rows.get(m.TrainingSession, [])),
        }
