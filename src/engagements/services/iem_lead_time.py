"""How an IEM request's lead time is stored, read back, and accepted at approval.

A request keeps the verdict it was given at submission: met, late, or undetermined when
its earliest start needed a year without official holiday data (re-decided when that
year's schedule is imported, see ``holiday_schedules``).
"""

from __future__ import annotations

from datetime import date

from engagements.domain import findings
from engagements.domain.allowance import ONE_DAY
from engagements.domain.errors import RuleRefusal, how_to_load_schedule
from engagements.domain.findings import Finding
from engagements.domain.lead_time import LATE, MET, UNDETERMINED, LeadTimeAssessment
from engagements.store.models import IemRequest


def lead_time_columns(lead: LeadTimeAssessment) -> dict[str, object]:
    """The stored reading of a lead-time assessment (of a request with a start).

    When the earliest start cannot be counted, the first day it might be (the first of the
    missing year, after the submission) is stored as a bound, never shown as a date.
    """
    earliest = lead.earliest_start
    if earliest is None:
        earliest = max(lead.submitted + ONE_DAY, date(lead.missing_year or 1, 1, 1))
    return {
        "earliest_start": earliest,
        "notice_business_days": lead.notice_business_days or 0,
        "meets_lead_time": bool(lead.meets_lead_time),
        "lead_time_undetermined": lead.undetermined,
        "notice_at_least": lead.notice_at_least,
        "earliest_start_unknown": lead.earliest_start is None,
    }


def earliest_start_of(row: IemRequest) -> date | None:
    """The stored earliest allowed start, or None when it could not be counted."""
    return None if row.earliest_start_unknown or row.lead_time_undetermined else row.earliest_start


def lead_time_of(row: IemRequest) -> str:
    """ "met", "late" or "undetermined", as stored with the request."""
    if row.lead_time_undetermined:
        return UNDETERMINED
    return MET if row.meets_lead_time else LATE


def require_lead_time_accepted(
    row: IemRequest,
    justification: str | None,
    acknowledge_undetermined: bool,
    required_business_days: int,
) -> None:
    """A late request needs a written justification; an undetermined one an explicit
    acknowledgement that its lead time could not be checked."""
    if row.lead_time_undetermined:
        if not acknowledge_undetermined:
            reason = (
                f"the lead time of request {row.id} is undetermined: its earliest start "
                f"needs holiday data from {row.earliest_start.year} on, which "
                f"{row.subscription.calendar} lacks; to decide it, "
                f"{how_to_load_schedule(row.subscription.calendar)}; or approve with an "
                "explicit acknowledgement (--acknowledge-undetermined)"
            )
            raise RuleRefusal(
                "lead_time_undetermined",
                reason,
                [
                    Finding(
                        findings.LEAD_TIME_UNDETERMINED,
                        reason,
                        {
                            "calendar": row.subscription.calendar,
                            "missing_year": row.earliest_start.year,
                            "required_business_days": required_business_days,
                            "request": row.id,
                        },
                    )
                ],
            )
        return
    if row.meets_lead_time or justification:
        return
    earliest = earliest_start_of(row)
    why = (
        "it was submitted after its event started"
        if row.start < row.submitted
        else f"notice {row.notice_business_days} business days, "
        f"{required_business_days} needed; earliest start "
        + (
            earliest.isoformat()
            if earliest
            else f"in {row.earliest_start.year} or later, "
            "not countable without that year's holiday data"
        )
    )
    reason = f"the request is late ({why}): approving it needs a written justification"
    raise RuleRefusal(
        "justification_required",
        reason,
        [
            Finding(
                findings.LATE,
                reason,
                {
                    "notice_business_days": row.notice_business_days,
                    "required_business_days": required_business_days,
                    "earliest_start": earliest,
                    "submitted_after_start": row.start < row.submitted,
                    # The year the earliest start waits for, when it cannot be counted yet.
                    "missing_year": row.earliest_start.year,
                    "calendar": row.subscription.calendar,
                },
            )
        ],
    )
