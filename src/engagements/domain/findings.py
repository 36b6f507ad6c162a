"""What a rule found, as data: a kind from a closed set, the numbers, and the words.

A rule answers once, in the domain. Previews list findings (problems and warnings) and
refusals carry them, so the window decides by ``kind`` (what blocks saving, what needs a
justification) and shows ``message``; it never reads the words to decide. ``numbers``
are the figures the words were made from (days short, notice given, the year missing),
for whoever needs them as values: the command line's JSON answer, a test, a tooltip.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# Lead time (domain.lead_time)
LATE = "late"  # less notice than the lead time, or submitted after the event started
LEAD_TIME_UNDETERMINED = "lead_time_undetermined"  # the earliest start needs a missing year
NO_HOLIDAY_DATA = "no_holiday_data"  # a year without official data; the verdict is certain
# Allowance (domain.allowance)
OVER_ALLOWANCE = "over_allowance"  # approving would use days nothing can pay for
# Entitlement and term (domain.terms)
NOT_ENTITLED = "not_entitled"  # the edition does not include it
OUTSIDE_TERM = "outside_term"  # the dates fall outside the committed term
# Dates typed
INVALID_DATES = "invalid_dates"  # ends before it starts, or outside the computable years
# Requests on the same dates (a warning: two events may share a day)
OVERLAPPING_REQUESTS = "overlapping_requests"
# Sessions (domain.sessions)
QUOTA_UNSET = "quota_unset"  # a contract's session quota is not set yet
QUOTA_EXHAUSTED = "quota_exhausted"  # every session of the allowance year is booked
EXPERT_CLASH = "expert_clash"  # the expert is already booked then
INVALID_TIMES = "invalid_times"  # no time zone, not positive, or too long
OUTSIDE_WORKING_HOURS = "outside_working_hours"  # outside business hours in someone's zone
DAY_OFF = "day_off"  # a weekend day or a holiday of the partner's working calendar
# Life cycle (domain.status) and expert service (domain.expert_service)
INVALID_TRANSITION = "invalid_transition"
TERM_TOO_SHORT = "term_too_short"  # too short a committed term for the expert service
EXIT_LOCKED = "exit_locked"  # expert service used: no downgrade or exit before the term ends
# Any other refusal; its machine code is in ``numbers["error"]``.
REFUSED = "refused"

KINDS = frozenset(
    {
        LATE,
        LEAD_TIME_UNDETERMINED,
        NO_HOLIDAY_DATA,
        OVER_ALLOWANCE,
        NOT_ENTITLED,
        OUTSIDE_TERM,
        INVALID_DATES,
        OVERLAPPING_REQUESTS,
        QUOTA_UNSET,
        QUOTA_EXHAUSTED,
        EXPERT_CLASH,
        INVALID_TIMES,
        OUTSIDE_WORKING_HOURS,
        DAY_OFF,
        INVALID_TRANSITION,
        TERM_TOO_SHORT,
        EXIT_LOCKED,
        REFUSED,
    }
)

# Problems a request may still be recorded with: they are settled when it is approved
# (a written justification for a late one, bought days for one over the allowance).
SETTLED_AT_APPROVAL = frozenset({LATE, OVER_ALLOWANCE})

# The refusal codes (``RuleRefusal.error``) that name a kind of their own.
_KIND_OF_ERROR = {
    "not_entitled": NOT_ENTITLED,
    "outside_term": OUTSIDE_TERM,
    "no_holiday_data": NO_HOLIDAY_DATA,
    "allowance_exceeded": OVER_ALLOWANCE,
    "justification_required": LATE,
    "lead_time_undetermined": LEAD_TIME_UNDETERMINED,
    "session_quota_exhausted": QUOTA_EXHAUSTED,
    "contract_quota_unset": QUOTA_UNSET,
    "expert_clash": EXPERT_CLASH,
    "invalid_times": INVALID_TIMES,
    "naive_time": INVALID_TIMES,
    "invalid_transition": INVALID_TRANSITION,
    "term_too_short": TERM_TOO_SHORT,
    "invalid_input": INVALID_DATES,
    "downgrade_not_allowed": EXIT_LOCKED,
}


@dataclass(frozen=True)
class Finding:
    """One rule's answer: ``kind`` (one of ``KINDS``), the ``message`` in words, and the
    ``numbers`` the words were made from."""

    kind: str
    message: str
    numbers: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown finding kind {self.kind!r}")

    def __str__(self) -> str:
        return self.message


def kind_of_error(error: str) -> str:
    """The finding kind of a refusal code (``REFUSED`` for one without its own)."""
    return _KIND_OF_ERROR.get(error, REFUSED)


def of_refusal(error: str, reason: str, **numbers: object) -> Finding:
    """A refusal's answer as one finding; the code is kept in ``numbers`` (``error``), so
    whoever words the finding itself knows which refusal it was."""
    return Finding(kind_of_error(error), reason, {"error": error, **numbers})


def messages(findings: Iterable[Finding]) -> list[str]:
    """The words of ``findings``, in order (what the window and the reports print)."""
    return [f.message for f in findings]


def kinds(findings: Iterable[Finding]) -> frozenset[str]:
    return frozenset(f.kind for f in findings)


def blocks_recording(problems: Iterable[Finding]) -> bool:
    """Whether a request with these problems cannot even be recorded (only the ones
    settled at approval let it be)."""
    return any(p.kind not in SETTLED_AT_APPROVAL for p in problems)
