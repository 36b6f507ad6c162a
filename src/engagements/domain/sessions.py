"""Communication and training sessions: quotas and clashes.

Enterprise includes a yearly number (catalog default 4); Commercial a number written
into each contract, which must be set before anything is booked; Standard none.
Scheduled and held sessions count; cancelled ones do not. An expert is never in two
places at once: intervals are compared as instants, half-open, so a session that ends
at 10:00 does not clash with one that starts at 10:00.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from engagements.domain import findings
from engagements.domain.catalog import Edition
from engagements.domain.errors import RuleRefusal
from engagements.domain.findings import Finding

TOPICS = ("architecture", "usage-plan", "key-issues", "product-requirements", "industry-experience")
MAX_SESSION_LENGTH = timedelta(hours=12)


def session_quota(edition: Edition, contract_quota: int | None) -> int:
    """Sessions a year this subscription may book; refuses when none can be booked."""
    if edition.sessions == "none":
        reason = f"the {edition.label} edition includes no training sessions"
        raise RuleRefusal(
            "not_entitled",
            reason,
            [
                Finding(
                    findings.NOT_ENTITLED, reason, {"edition": edition.label, "what": "sessions"}
                )
            ],
        )
    if edition.sessions == "contract":
        if contract_quota is None:
            reason = (
                f"the {edition.label} contract's session quota must be set before a "
                "session can be booked"
            )
            raise RuleRefusal(
                "contract_quota_unset",
                reason,
                [Finding(findings.QUOTA_UNSET, reason, {"edition": edition.label})],
            )
        return contract_quota
    return contract_quota if contract_quota is not None else edition.sessions_per_year


def quota_exhausted_finding(quota: int, used: int) -> Finding | None:
    """Every session of the allowance year is booked (``used`` of ``quota``), if so."""
    if used < quota:
        return None
    return Finding(
        findings.QUOTA_EXHAUSTED,
        f"all {quota} training sessions of this allowance year are already booked",
        {"quota": quota, "used": used},
    )


def require_quota_left(quota: int, used: int) -> None:
    found = quota_exhausted_finding(quota, used)
    if found is not None:
        raise RuleRefusal("session_quota_exhausted", found.message, [found])


def invalid_times_finding(starts_at: datetime, ends_at: datetime) -> Finding | None:
    """Why the times cannot make a session, if they cannot: a session needs aware
    instants, a positive length and no more than 12 hours."""
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        return Finding(
            findings.INVALID_TIMES,
            "session times need a time zone or an offset",
            {"error": "naive_time"},
        )
    hours = (ends_at - starts_at) / timedelta(hours=1)
    if ends_at <= starts_at:
        return Finding(
            findings.INVALID_TIMES,
            "a session must end after it starts",
            {"error": "invalid_times", "hours": hours},
        )
    if ends_at - starts_at > MAX_SESSION_LENGTH:
        return Finding(
            findings.INVALID_TIMES,
            "a session cannot last more than 12 hours",
            {"error": "invalid_times", "hours": hours},
        )
    return None


def require_valid_times(starts_at: datetime, ends_at: datetime) -> None:
    found = invalid_times_finding(starts_at, ends_at)
    if found is not None:
        raise RuleRefusal(str(found.numbers["error"]), found.message, [found])


def require_topic(topic: str) -> None:
    if topic not in TOPICS:
        raise RuleRefusal(
            "invalid_topic", f"unknown topic {topic!r}; choose one of {', '.join(TOPICS)}"
        )


@dataclass(frozen=True)
class BusyPeriod:
    """Something an expert is committed to: a session or an IEM assignment."""

    kind: str  # "session" or "iem"
    id: int
    starts_at: datetime
    ends_at: datetime
    label: str = ""


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open interval overlap of two periods given as instants."""
    return a_start < b_end and b_start < a_end


def clashes(starts_at: datetime, ends_at: datetime, busy: Iterable[BusyPeriod]) -> list[BusyPeriod]:
    """The expert's commitments that overlap the proposed period."""
    return [p for p in busy if overlaps(starts_at, ends_at, p.starts_at, p.ends_at)]


def clash_finding(period: BusyPeriod, local: tzinfo, expert: str | None = None) -> Finding:
    """The expert is already booked for ``period``: with ``expert`` named, the refusal's
    words (instants in full); without, the editor's (hours in the expert's zone ``local``)."""
    numbers = {
        "kind": period.kind,
        "id": period.id,
        "starts_at": period.starts_at,
        "ends_at": period.ends_at,
        "label": period.label,
        "expert": expert,
        "expert_zone": local,
    }
    label = f": {period.label}" if period.label else ""
    if expert is not None:
        return Finding(
            findings.EXPERT_CLASH,
            f"expert {expert} is already booked from {period.starts_at.isoformat()} "
            f"to {period.ends_at.isoformat()} ({period.kind} {period.id}{label})",
            numbers,
        )
    return Finding(
        findings.EXPERT_CLASH,
        f"the expert is already booked {period.starts_at.astimezone(local):%H:%M}"
        f"-{period.ends_at.astimezone(local):%H:%M} ({period.kind} "
        f"#{period.id}{label})",
        numbers,
    )


def require_no_clash(
    expert: str, starts_at: datetime, ends_at: datetime, busy: Iterable[BusyPeriod]
) -> None:
    found = clashes(starts_at, ends_at, busy)
    if found:
        first = clash_finding(found[0], UTC, expert)
        raise RuleRefusal("expert_clash", first.message, [first])
