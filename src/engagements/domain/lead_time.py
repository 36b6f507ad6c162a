"""The IEM lead-time rule: a request should reach the team some business days before the event.

All counts are business days of the partner's working calendar (see ``calendars``); the
submission date itself never counts. The rule is a recommendation: a late request is
reported as late, not refused (an ASM may accept it with a written justification).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from engagements.domain import findings
from engagements.domain.calendars import BusinessCalendar
from engagements.domain.errors import NoHolidayData
from engagements.domain.findings import Finding

DEFAULT_REQUIRED_BUSINESS_DAYS = 10
"""The lead time when the plan catalog sets none, in business days."""


MET, LATE, UNDETERMINED = "met", "late", "undetermined"
"""The lead-time verdicts: certain either way, or waiting for a year's official data."""


@dataclass(frozen=True)
class LeadTimeAssessment:
    """How a request's event start compares with the lead time.

    ``earliest_start`` is the first start date that meets the lead time, ``None`` when
    counting to it needs a year without holiday data. Without a ``start``,
    ``notice_business_days``, ``meets_lead_time`` and ``lead_time`` are ``None``.
    ``lead_time`` is ``"met"``, ``"late"`` or ``"undetermined"`` (then ``meets_lead_time``
    is ``None``). ``notice_at_least``: the notice counts only the days up to the first
    year without data, so the real notice is that number or more. ``missing_year`` is
    that year when one was met on the way (``missing_data`` says it in words).
    """

    calendar: str
    submitted: date
    start: date | None
    earliest_start: date | None
    notice_business_days: int | None
    meets_lead_time: bool | None
    required_business_days: int
    lead_time: str | None = None
    notice_at_least: bool = False
    submitted_after_start: bool = False
    missing_year: int | None = None

    @property
    def undetermined(self) -> bool:
        return self.lead_time == UNDETERMINED

    @property
    def missing_data(self) -> str | None:
        """ "no holiday data for CN 2027: import ..." when the count met such a year."""
        if self.missing_year is None:
            return None
        return NoHolidayData(self.calendar, self.missing_year).reason


def earliest_allowed_start(
    calendar: BusinessCalendar,
    submitted: date,
    required_business_days: int = DEFAULT_REQUIRED_BUSINESS_DAYS,
) -> date:
    """The earliest event start that meets the lead time: the ``required_business_days``-th
    business day after ``submitted`` (workalendar's ``add_working_days``).

    Raises ``NoHolidayData`` when a year on the way has no trustworthy holiday data (none
    is needed when no business day is required: the start may then be the submission day).
    """
    if required_business_days == 0:
        return submitted
    return calendar.add_business_days(submitted, required_business_days)


def notice_known(
    calendar: BusinessCalendar, submitted: date, start: date
) -> tuple[int, int | None]:
    """Business days d with ``submitted`` < d <= ``start``, counted on known years only.

    Returns (count, first year without data or ``None``): with a missing year, the count
    stops at the end of the year before it, so the real notice is that count or more.
    """
    if start <= submitted:
        return 0, None
    missing = next(
        (year for year in range(submitted.year, start.year + 1) if not calendar.has_data_for(year)),
        None,
    )
    if missing is None:
        return calendar.business_days_between(submitted, start), None
    if missing == submitted.year:
        return 0, missing
    return calendar.business_days_between(submitted, date(missing - 1, 12, 31)), missing


def assess_lead_time(
    calendar: BusinessCalendar,
    submitted: date,
    start: date | None = None,
    required_business_days: int = DEFAULT_REQUIRED_BUSINESS_DAYS,
) -> LeadTimeAssessment:
    """Assess the notice a request gives, in business days of ``calendar``.

    - earliest start = the ``required_business_days``-th business day after ``submitted``;
    - notice = the number of business days d with ``submitted`` < d <= ``start``
      (0 when the event starts on or before the submission date);
    - the request meets the lead time when ``start`` >= earliest start; when the event
      starts on or after the submission date, that is notice >= ``required_business_days``
      (an event starting before its request never meets it, even with 0 required).

    A year without data never blocks a certain verdict: when the earliest start is known,
    a later start meets the lead time whatever year it is in (notice "at least N"); a
    start before the submission, or before the end of the known days that still fall
    short, is late. Only when the earliest start needs a missing year and the start lies
    in or after it is the verdict ``"undetermined"``.

    Raises ``NoHolidayData`` only without a ``start`` when the earliest start needs a year
    without data, and ``ValueError`` when ``required_business_days`` is negative.
    """
    if required_business_days < 0:
        raise ValueError(f"required_business_days must not be negative: {required_business_days}")
    try:
        earliest: date | None = earliest_allowed_start(calendar, submitted, required_business_days)
        gap: NoHolidayData | None = None
    except NoHolidayData as missing:
        earliest, gap = None, missing
    base = LeadTimeAssessment(
        calendar.code, submitted, start, earliest, None, None, required_business_days
    )
    if start is None:
        if gap is not None:
            raise gap
        return base
    if start < submitted:
        return replace(
            base,
            notice_business_days=0,
            meets_lead_time=False,
            lead_time=LATE,
            submitted_after_start=True,
            missing_year=gap.year if gap else None,
        )
    notice, missing_year = notice_known(calendar, submitted, start)
    known = replace(
        base,
        notice_business_days=notice,
        notice_at_least=missing_year is not None,
        missing_year=missing_year,
    )
    if earliest is not None:
        meets = start >= earliest
        return replace(known, meets_lead_time=meets, lead_time=MET if meets else LATE)
    assert gap is not None
    # Short for certain: the start comes before the missing year (so the known days were
    # all counted and fell short), or too few calendar days are left for the business days.
    if start.year < gap.year or (start - submitted).days < required_business_days:
        return replace(known, meets_lead_time=False, lead_time=LATE, missing_year=gap.year)
    return replace(known, lead_time=UNDETERMINED)


def lead_time_findings(lead: LeadTimeAssessment) -> tuple[list[Finding], list[Finding]]:
    """What the lead time says about a request being typed: (problems, warnings).

    A late request is a problem (approving it needs a justification); a year without
    holiday data is a warning, undetermined when the verdict waits for it.
    """
    numbers = {
        "notice_business_days": lead.notice_business_days,
        "required_business_days": lead.required_business_days,
        "earliest_start": lead.earliest_start,
        "missing_year": lead.missing_year,
        "notice_at_least": lead.notice_at_least,
        "calendar": lead.calendar,
        "meets_lead_time": lead.meets_lead_time,
    }
    warnings = []
    if lead.undetermined:
        warnings.append(
            Finding(
                findings.LEAD_TIME_UNDETERMINED,
                f"{lead.missing_data}. The lead time is undetermined until then: the request "
                "can be recorded, and approving it needs an explicit acknowledgement",
                numbers,
            )
        )
    elif lead.missing_data and lead.meets_lead_time:
        warnings.append(
            Finding(
                findings.NO_HOLIDAY_DATA,
                f"{lead.missing_data}. The lead time is met for certain; the notice is at "
                f"least {lead.notice_business_days} business days",
                numbers,
            )
        )
    elif lead.missing_data and not lead.submitted_after_start:
        warnings.append(
            Finding(
                findings.NO_HOLIDAY_DATA,
                f"{lead.missing_data}. The request is late for certain; its earliest start "
                "cannot be counted until then",
                numbers,
            )
        )
    if lead.meets_lead_time is not False:
        return [], warnings
    if lead.submitted_after_start:
        words = "late: submitted after the event started; approving needs a justification"
    else:
        words = (
            f"late: {lead.notice_business_days} business days' notice, "
            f"{lead.required_business_days} needed (earliest start "
            f"{lead.earliest_start or 'undetermined'}); approving needs a justification"
        )
    return [
        Finding(
            findings.LATE, words, {**numbers, "submitted_after_start": lead.submitted_after_start}
        )
    ], warnings
