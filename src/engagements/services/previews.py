"""Rule answers for an editor while a person is still typing: nothing is written.

The window shows these live; saving then goes through ``iem.request_iem`` or
``sessions.book_session``, which check the same rules again in their transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from engagements.domain import findings
from engagements.domain.allowance import (
    AllowancePosition,
    AllowanceYear,
    DateSpan,
    distinct_days_in,
    natural_days,
    over_allowance_finding,
    overlap_finding,
    shortfall_of_approving,
)
from engagements.domain.errors import RuleRefusal
from engagements.domain.findings import Finding
from engagements.domain.lead_time import lead_time_findings
from engagements.domain.sessions import (
    BusyPeriod,
    clash_finding,
    clashes,
    invalid_times_finding,
    quota_exhausted_finding,
    session_quota,
)
from engagements.errors import InvalidInput
from engagements.services.allowance import (
    PartnerIemDays,
    positions_around,
    sessions_used,
    subscription_year,
)
from engagements.services.database import Database
from engagements.services.iem import assess, require_entitled
from engagements.services.iem_overlaps import overlapping_requests
from engagements.services.partners import current_subscription, load_partner
from engagements.services.sessions import expert_busy_periods, session_times, zone
from engagements.services.terms import require_plannable
from engagements.store.models import Expert, Subscription


@dataclass(frozen=True)
class YearEffect:
    """What approving the event would do to one allowance year (natural days)."""

    year_start: date
    year_end: date
    available: int
    used_now: int
    used_after: int
    shortfall_after: int = 0  # days approving would leave unpaid (shortfall_of_approving)

    @property
    def left_after(self) -> int:
        return self.available - self.used_after


class _FindingsAnswer:
    """A preview's findings in words (``problems``, ``warnings``) and by kind."""

    problem_findings: tuple[Finding, ...]
    warning_findings: tuple[Finding, ...]

    @property
    def problems(self) -> list[str]:
        return findings.messages(self.problem_findings)

    @property
    def warnings(self) -> list[str]:
        return findings.messages(self.warning_findings)

    @property
    def problem_kinds(self) -> frozenset[str]:
        return findings.kinds(self.problem_findings)

    @property
    def warning_kinds(self) -> frozenset[str]:
        return findings.kinds(self.warning_findings)


@dataclass(frozen=True)
class IemPreview(_FindingsAnswer):
    """The lead time and allowance answers for a request being typed.

    ``problem_findings`` are the rules that fail, ``warning_findings`` what to know (no
    holiday data, requests on the same dates): the domain's findings, passed on as they
    are. ``problems`` and ``warnings`` are their words.
    """

    natural_days: int
    earliest_start: date | None
    notice_business_days: int | None
    required_business_days: int
    meets_lead_time: bool | None
    years: list[YearEffect] = field(default_factory=list)
    problem_findings: tuple[Finding, ...] = ()
    warning_findings: tuple[Finding, ...] = ()
    lead_time: str | None = None  # "met", "late" or "undetermined"
    notice_at_least: bool = False  # the notice counts only days with holiday data
    overlapping_requests: tuple[int, ...] = ()  # the partner's requests on the same dates

    @property
    def late(self) -> bool:
        return self.meets_lead_time is False

    @property
    def over_allowance(self) -> bool:
        """Approving would leave days of some allowance year unpaid."""
        return findings.OVER_ALLOWANCE in self.problem_kinds

    @property
    def left_after(self) -> int | None:
        return min((y.left_after for y in self.years), default=None)


def preview_iem(
    db: Database, partner_id: str, submitted: date, start: date, end: date
) -> IemPreview:
    """Assess an IEM request without recording it."""
    required = db.catalog.required_business_days
    if end < start:
        return IemPreview(
            0,
            None,
            None,
            required,
            None,
            problem_findings=(Finding(findings.INVALID_DATES, "the event ends before it starts"),),
        )
    try:
        for day, field_name in (
            (submitted, "submitted"),
            (start, "event_start"),
            (end, "event_end"),
        ):
            require_plannable(day, field_name)
    except InvalidInput as absurd:
        return IemPreview(
            natural_days((start, end)),
            None,
            None,
            required,
            None,
            problem_findings=(findings.of_refusal(absurd.error, absurd.reason),),
        )
    with db.reading() as session:
        subscription = current_subscription(load_partner(session, partner_id), start)
        problems: list[Finding] = []
        try:
            require_entitled(db, subscription, (start, end))
        except RuleRefusal as refusal:
            problems += refusal.findings
        lead = assess(session, db, subscription, submitted, start)
        late, warnings = lead_time_findings(lead)
        problems += late
        overlapping = overlapping_requests(session, subscription.partner_id, (start, end))
        if overlapping:
            warnings.append(overlap_finding(overlapping))
        years = _year_effects(session, db, subscription, (start, end))
    problems += over_allowance_findings(years)
    return IemPreview(
        natural_days((start, end)),
        lead.earliest_start,
        lead.notice_business_days,
        required,
        lead.meets_lead_time,
        years,
        tuple(problems),
        tuple(warnings),
        lead.lead_time,
        lead.notice_at_least,
        tuple(overlapping),
    )


def over_allowance_findings(years: list[YearEffect]) -> list[Finding]:
    """One finding per allowance year that approving would leave short (years with no
    IEM days at all are the entitlement's problem, named once by it)."""
    return [
        over_allowance_finding(
            AllowanceYear(e.year_start, e.year_end), e.used_after, e.available, e.shortfall_after
        )
        for e in years
        if e.available and e.shortfall_after > 0
    ]


def _year_effects(
    session: Session, db: Database, subscription: Subscription, span: DateSpan
) -> list[YearEffect]:
    positions, days = positions_around(session, db, subscription, span)
    return year_effects(positions, days, span)


def year_effects(
    positions: list[AllowancePosition], days: PartnerIemDays, span: DateSpan
) -> list[YearEffect]:
    """What approving ``span`` would do to each allowance year of ``positions``; the days
    short are the domain's one answer (``shortfall_of_approving``)."""
    short = shortfall_of_approving(days.years, days.included, days.purchases, days.committed, span)
    return [
        YearEffect(
            p.year.start,
            p.year.end,
            p.available,
            p.used,
            distinct_days_in([*days.committed, span], p.year),
            short.get(p.year, 0),
        )
        for p in positions
    ]


@dataclass(frozen=True)
class BookingPreview(_FindingsAnswer):
    """What booking this session would meet: quota, the expert's other commitments."""

    sessions_included: int
    sessions_used: int
    clashes: list[BusyPeriod]
    free_slots: list[tuple[datetime, datetime]]  # the expert's free working hours that day
    problem_findings: tuple[Finding, ...] = ()
    warning_findings: tuple[Finding, ...] = ()  # day off, outside business hours
    times: list[str] = field(default_factory=list)  # in the partner's and the expert's zone

    @property
    def sessions_left(self) -> int:
        return max(self.sessions_included - self.sessions_used, 0)


WORKING_HOURS = (time(9), time(18))


def preview_booking(
    db: Database, partner_id: str, expert_id: str, starts_at: datetime, ends_at: datetime
) -> BookingPreview:
    """Quota left, clashes and the expert's free slots for a session being typed."""
    problems: list[Finding] = []
    with db.reading() as session:
        subscription = current_subscription(load_partner(session, partner_id), starts_at.date())
        try:
            quota = session_quota(
                db.catalog.edition(subscription.edition), subscription.session_quota
            )
        except RuleRefusal as refusal:
            quota = 0
            problems += refusal.findings
        year = subscription_year(db, subscription, starts_at.date())
        used = sessions_used(session, partner_id, year)
        expert = session.get(Expert, expert_id)
        local = zone(expert.timezone) if expert else ZoneInfo("UTC")
        day = starts_at.astimezone(local).date()
        day_start = datetime.combine(day, time.min, local)
        busy = expert_busy_periods(
            session, expert_id, day_start - timedelta(days=1), day_start + timedelta(days=2)
        )
        partner_time, expert_time, warnings = (
            session_times(session, subscription.calendar, str(local), starts_at, ends_at)
            if (ends_at > starts_at)
            else ("", "", ())
        )
    exhausted = quota_exhausted_finding(quota, used) if quota else None
    problems += [exhausted] if exhausted else []
    found = clashes(starts_at, ends_at, busy) if ends_at > starts_at else []
    problems += [clash_finding(period, local) for period in found]
    invalid = invalid_times_finding(starts_at, ends_at)
    problems += [invalid] if invalid else []
    return BookingPreview(
        quota,
        used,
        found,
        free_slots(day, local, busy),
        tuple(problems),
        tuple(warnings),
        [t for t in (partner_time, expert_time) if t],
    )


def free_slots(
    day: date, local: ZoneInfo, busy: list[BusyPeriod]
) -> list[tuple[datetime, datetime]]:
    """Free whole hours of the working day in the expert's zone, merged into runs."""
    slots: list[tuple[datetime, datetime]] = []
    hour = datetime.combine(day, WORKING_HOURS[0], local)
    closing = datetime.combine(day, WORKING_HOURS[1], local)
    while hour < closing:
        following = hour + timedelta(hours=1)
        if not clashes(hour, following, busy):
            if slots and slots[-1][1] == hour:
                slots[-1] = (slots[-1][0], following)
            else:
                slots.append((hour, following))
        hour = following
    return slots
