"""Rule answers for an editor while a person is still typing: nothing is written.

The window shows these live; saving then goes through ``iem.request_iem`` or
``sessions.book_session``, which check the same rules again in their transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from engagements.domain.allowance import (
    DateSpan,
    distinct_days_in,
    natural_days,
    spend_bought_days,
)
from engagements.domain.errors import RuleRefusal
from engagements.domain.lead_time import LeadTimeAssessment
from engagements.domain.sessions import BusyPeriod, clashes, session_quota
from engagements.services.allowance import (
    positions_around,
    sessions_used,
    subscription_year,
)
from engagements.services.database import Database
from engagements.services.errors import InvalidInput
from engagements.services.iem import assess, require_entitled
from engagements.services.iem_overlaps import overlap_warning, overlapping_requests
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
    shortfall_after: int = 0  # days no included or bought day could pay for after approval

    @property
    def left_after(self) -> int:
        return self.available - self.used_after


@dataclass(frozen=True)
class IemPreview:
    """The lead time and allowance answers for a request being typed."""

    natural_days: int
    earliest_start: date | None
    notice_business_days: int | None
    required_business_days: int
    meets_lead_time: bool | None
    years: list[YearEffect] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # rules that fail, in words
    warnings: list[str] = field(default_factory=list)  # e.g. no holiday data
    lead_time: str | None = None  # "met", "late" or "undetermined"
    notice_at_least: bool = False  # the notice counts only days with holiday data
    overlapping_requests: tuple[int, ...] = ()  # the partner's requests on the same dates

    @property
    def late(self) -> bool:
        return self.meets_lead_time is False

    @property
    def left_after(self) -> int | None:
        return min((y.left_after for y in self.years), default=None)


def preview_iem(db: Database, partner_id: str, submitted: date, start: date,
                end: date) -> IemPreview:
    """Assess an IEM request without recording it."""
    required = db.catalog.required_business_days
    if end < start:
        return IemPreview(0, None, None, required, None,
                          problems=["the event ends before it starts"])
    try:
        for day, field_name in ((submitted, "submitted"), (start, "event_start"),
                                (end, "event_end")):
            require_plannable(day, field_name)
    except InvalidInput as absurd:
        return IemPreview(natural_days((start, end)), None, None, required, None,
                          problems=[absurd.reason])
    with db.reading() as session:
        subscription = current_subscription(load_partner(session, partner_id), start)
        problems, warnings = [], []
        try:
            require_entitled(db, subscription, (start, end))
        except RuleRefusal as refusal:
            problems.append(refusal.reason)
        lead = assess(session, db, subscription, submitted, start)
        warnings += _lead_time_warnings(lead)
        if lead.meets_lead_time is False:
            problems.append(_late_words(lead))
        overlapping = overlapping_requests(session, subscription.partner_id, (start, end))
        if overlapping:
            warnings.append(overlap_warning(overlapping))
        years = _year_effects(session, db, subscription, (start, end))
    for effect in years:
        if effect.available and effect.shortfall_after > 0:
            problems.append(f"approving would use {effect.used_after} of {effect.available} "
                            f"IEM days in {effect.year_start} to {effect.year_end}: "
                            f"{effect.shortfall_after} short")
    return IemPreview(natural_days((start, end)), lead.earliest_start,
                      lead.notice_business_days, required, lead.meets_lead_time, years,
                      problems, warnings, lead.lead_time, lead.notice_at_least,
                      tuple(overlapping))


def _lead_time_warnings(lead: LeadTimeAssessment) -> list[str]:
    if lead.undetermined:
        return [f"{lead.missing_data}. The lead time is undetermined until then: the request "
                "can be recorded, and approving it needs an explicit acknowledgement"]
    if lead.missing_data and lead.meets_lead_time:
        return [f"{lead.missing_data}. The lead time is met for certain; the notice is at "
                f"least {lead.notice_business_days} business days"]
    if lead.missing_data and not lead.submitted_after_start:
        return [f"{lead.missing_data}. The request is late for certain; its earliest start "
                "cannot be counted until then"]
    return []


def _late_words(lead: LeadTimeAssessment) -> str:
    if lead.submitted_after_start:
        return "late: submitted after the event started; approving needs a justification"
    return (f"late: {lead.notice_business_days} business days' notice, "
            f"{lead.required_business_days} needed (earliest start "
            f"{lead.earliest_start or 'undetermined'}); approving needs a justification")


def _year_effects(session: Session, db: Database, subscription: Subscription,
                  span: DateSpan) -> list[YearEffect]:
    positions, days = positions_around(session, db, subscription, span)
    short = spend_bought_days(days.years, days.included, days.purchases,
                              [*days.committed, span]).shortfall
    return [YearEffect(p.year.start, p.year.end, p.available, p.used,
                       distinct_days_in([*days.committed, span], p.year),
                       short.get(p.year, 0)) for p in positions]


@dataclass(frozen=True)
class BookingPreview:
    """What booking this session would meet: quota, the expert's other commitments."""

    sessions_included: int
    sessions_used: int
    clashes: list[BusyPeriod]
    free_slots: list[tuple[datetime, datetime]]  # the expert's free working hours that day
    problems: list[str]
    warnings: list[str] = field(default_factory=list)  # day off, outside business hours
    times: list[str] = field(default_factory=list)  # in the partner's and the expert's zone

    @property
    def sessions_left(self) -> int:
        return max(self.sessions_included - self.sessions_used, 0)


WORKING_HOURS = (time(9), time(18))


def preview_booking(db: Database, partner_id: str, expert_id: str, starts_at: datetime,
                    ends_at: datetime) -> BookingPreview:
    """Quota left, clashes and the expert's free slots for a session being typed."""
    problems: list[str] = []
    with db.reading() as session:
        subscription = current_subscription(load_partner(session, partner_id),
                                            starts_at.date())
        try:
            quota = session_quota(db.catalog.edition(subscription.edition),
                                  subscription.session_quota)
        except RuleRefusal as refusal:
            quota = 0
            problems.append(refusal.reason)
        year = subscription_year(db, subscription, starts_at.date())
        used = sessions_used(session, partner_id, year)
        expert = session.get(Expert, expert_id)
        local = zone(expert.timezone) if expert else ZoneInfo("UTC")
        day = starts_at.astimezone(local).date()
        day_start = datetime.combine(day, time.min, local)
        busy = expert_busy_periods(session, expert_id, day_start - timedelta(days=1),
                                   day_start + timedelta(days=2))
        partner_time, expert_time, warnings = session_times(
            session, subscription.calendar, str(local), starts_at, ends_at) if (
            ends_at > starts_at) else ("", "", ())
    if quota and used >= quota:
        problems.append(f"all {quota} training sessions of this allowance year are booked")
    found = clashes(starts_at, ends_at, busy) if ends_at > starts_at else []
    for period in found:
        problems.append(f"the expert is already booked {period.starts_at.astimezone(local):%H:%M}"
                        f"-{period.ends_at.astimezone(local):%H:%M} ({period.kind} "
                        f"#{period.id}{': ' + period.label if period.label else ''})")
    if ends_at <= starts_at:
        problems.append("a session must end after it starts")
    return BookingPreview(quota, used, found, free_slots(day, local, busy), problems,
                          list(warnings), [t for t in (partner_time, expert_time) if t])


def free_slots(day: date, local: ZoneInfo, busy: list[BusyPeriod]
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
