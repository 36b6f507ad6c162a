"""The IEM lead-time rule: a request should reach the team some business days before the event.

All counts are business days of the partner's working calendar (see ``calendars``); the
submission date itself never counts. The rule is a recommendation: a late request is
reported as late, not refused (an ASM may accept it with a written justification).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engagements.domain.calendars import BusinessCalendar

DEFAULT_REQUIRED_BUSINESS_DAYS = 10
"""The lead time when the plan catalog sets none, in business days."""


@dataclass(frozen=True)
class LeadTimeAssessment:
    """How a request's event start compares with the lead time.

    ``earliest_start`` is the first start date that meets the lead time. Without a
    ``start``, ``notice_business_days`` and ``meets_lead_time`` are ``None``.
    """

    calendar: str
    submitted: date
    start: date | None
    earliest_start: date
    notice_business_days: int | None
    meets_lead_time: bool | None
    required_business_days: int


def earliest_allowed_start(
    calendar: BusinessCalendar,
    submitted: date,
    required_business_days: int = DEFAULT_REQUIRED_BUSINESS_DAYS,
) -> date:
    """The earliest event start that meets the lead time: the ``required_business_days``-th
    business day after ``submitted`` (workalendar's ``add_working_days``).

    Raises ``NoHolidayData`` when a year on the way has no trustworthy holiday data.
    """
    return calendar.add_business_days(submitted, required_business_days)


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

    Raises ``NoHolidayData`` for the first year from ``submitted`` to the later of
    ``start`` and the earliest start that has no trustworthy holiday data, and
    ``ValueError`` when ``required_business_days`` is negative.
    """
    if required_business_days < 0:
        raise ValueError(f"required_business_days must not be negative: {required_business_days}")
    calendar.require_data(submitted, submitted)
    earliest = earliest_allowed_start(calendar, submitted, required_business_days)
    notice = meets = None
    if start is not None:
        calendar.require_data(submitted, max(start, earliest))
        notice = calendar.business_days_between(submitted, start)
        meets = start >= earliest
    return LeadTimeAssessment(
        calendar=calendar.code,
        submitted=submitted,
        start=start,
        earliest_start=earliest,
        notice_business_days=notice,
        meets_lead_time=meets,
        required_business_days=required_business_days,
    )
