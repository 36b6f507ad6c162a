"""Expert service (architecture optimization) and the downgrade/exit constraint.

The committed term runs from the start date to the day before start + N months; the
first day after the term is start + N months. Once a subscription has used the expert
service, a downgrade or exit is not effective before that day unless an early exit was
approved and recorded. Without expert-service use it may take effect on any date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from engagements.domain import findings
from engagements.domain.catalog import Edition, PlanCatalog
from engagements.domain.errors import RuleRefusal
from engagements.domain.findings import Finding
from engagements.domain.terms import first_day_after_term

# The downgrade check's answers (``DowngradeDecision.grounds``).
NOT_LOWER = "not_lower"  # the target is not a lower edition
NO_USE = "no_use"  # no expert-service use recorded (or uses do not constrain the exit)
TERM_ENDED = "term_ended"  # the uses no longer constrain: the committed term ended
EXIT_APPROVED = "exit_approved"  # the uses no longer constrain: an early exit is approved
EXIT_LOCKED_GROUNDS = "exit_locked"  # not allowed before the first day after the term


def require_expert_service_eligible(edition: Edition, months: int, catalog: PlanCatalog) -> None:
    """Expert service: editions that include it, with a long enough committed term."""
    if not edition.expert_service:
        reason = f"the {edition.label} edition does not include the expert service"
        raise RuleRefusal(
            "not_entitled",
            reason,
            [
                Finding(
                    findings.NOT_ENTITLED,
                    reason,
                    {"edition": edition.label, "what": "expert_service"},
                )
            ],
        )
    minimum = catalog.expert_service_minimum_term_months
    if months < minimum:
        reason = (
            f"the expert service needs a committed term of {minimum} months or more "
            f"(this one is {months})"
        )
        raise RuleRefusal(
            "term_too_short",
            reason,
            [
                Finding(
                    findings.TERM_TOO_SHORT, reason, {"minimum_months": minimum, "months": months}
                )
            ],
        )


@dataclass(frozen=True)
class BookedEngagement:
    kind: str  # "iem" or "session"
    id: int
    first_day: date
    last_day: date


@dataclass(frozen=True)
class AffectedEngagement:
    kind: str
    id: int
    first_day: date
    why: str
    # Why, as a code for a window that words it itself: "ends" (the subscription ends),
    # "no_iem", "no_sessions", "contract_quota" (the target edition's coverage).
    cause: str = ""


@dataclass(frozen=True)
class DowngradeDecision:
    """``blocking_uses`` are the expert-service uses that stop the move on that date (so
    never any when ``allowed``); ``lifted_uses`` are recorded uses that no longer do (the
    term ended, or an early exit was approved)."""

    allowed: bool
    reason: str
    earliest_date: date
    blocking_uses: tuple[int, ...]
    affected_engagements: tuple[AffectedEngagement, ...]
    lifted_uses: tuple[int, ...] = ()
    # Which of the check's answers ``reason`` words, for a window that words it itself:
    # NOT_LOWER, NO_USE, TERM_ENDED, EXIT_APPROVED or EXIT_LOCKED_GROUNDS; ``numbers`` the
    # figures (editions' labels, uses counted, the first day after the term).
    grounds: str = ""
    numbers: Mapping[str, object] = field(default_factory=dict, hash=False)

    @property
    def finding(self) -> Finding | None:
        """Why the move is not allowed on that date, as a finding (None when it is)."""
        if self.allowed:
            return None
        return Finding(
            findings.EXIT_LOCKED,
            self.reason,
            {"earliest_date": self.earliest_date, "blocking_uses": self.blocking_uses},
        )


@dataclass(frozen=True)
class DowngradeCase:
    """Everything the check needs about one subscription."""

    current: Edition
    target: Edition | None  # None: the partner leaves the plan
    start: date
    months: int
    expert_uses: tuple[tuple[int, date], ...]  # (use id, date used)
    early_exit_approved: bool
    booked: tuple[BookedEngagement, ...]


def check_downgrade(case: DowngradeCase, on: date, catalog: PlanCatalog) -> DowngradeDecision:
    """May the subscription move to ``case.target`` (or end) with effect on ``on``?"""
    move = f"move to {case.target.label}" if case.target else "end the subscription"
    numbers: dict[str, object] = {
        "target": case.target.label if case.target else None,
        "current": case.current.label,
    }
    affected = _affected(case, on)
    if case.target is not None and case.target.rank >= case.current.rank:
        return DowngradeDecision(
            True,
            f"{case.target.label} is not a lower edition than "
            f"{case.current.label}; nothing constrains the move",
            on,
            (),
            affected,
            grounds=NOT_LOWER,
            numbers=numbers,
        )
    after_term = first_day_after_term(case.start, case.months)
    uses = tuple(use_id for use_id, used_on in case.expert_uses if used_on <= on)
    numbers |= {"uses": len(uses), "after_term": after_term}
    constrained = bool(uses) and catalog.expert_service_constrains_exit
    if not constrained:
        return DowngradeDecision(
            True,
            f"no expert-service use recorded; may {move} on any date",
            on,
            (),
            affected,
            grounds=NO_USE,
            numbers=numbers,
        )
    counted = f"{len(uses)} expert-service use{'s' if len(uses) != 1 else ''}"
    if on >= after_term:
        return DowngradeDecision(
            True,
            f"the {counted} no longer constrain{'s' * (len(uses) == 1)}"
            f" the move: the committed term ended, and "
            f"{after_term.isoformat()} was the first day after it; "
            f"may {move}",
            after_term,
            (),
            affected,
            uses,
            grounds=TERM_ENDED,
            numbers=numbers,
        )
    if case.early_exit_approved:
        return DowngradeDecision(
            True,
            f"the {counted} no longer constrain{'s' * (len(uses) == 1)}"
            f" the move: an early exit is approved and recorded; "
            f"may {move}",
            on,
            (),
            affected,
            uses,
            grounds=EXIT_APPROVED,
            numbers=numbers,
        )
    return DowngradeDecision(
        False,
        f"the expert service was used ({len(uses)} recorded use{'s' if len(uses) != 1 else ''})"
        f", so a downgrade or exit is not effective before {after_term.isoformat()}, the "
        "first day after the committed term; an earlier exit needs a recorded approval",
        after_term,
        uses,
        affected,
        grounds=EXIT_LOCKED_GROUNDS,
        numbers=numbers,
    )


def _affected(case: DowngradeCase, on: date) -> tuple[AffectedEngagement, ...]:
    target = case.target
    found: list[AffectedEngagement] = []
    for engagement in _from(case.booked, on):
        why, cause = _not_covered_because(engagement.kind, target)
        if why:
            found.append(
                AffectedEngagement(engagement.kind, engagement.id, engagement.first_day, why, cause)
            )
    return tuple(found)


def _from(booked: Iterable[BookedEngagement], on: date) -> list[BookedEngagement]:
    return sorted((b for b in booked if b.last_day >= on), key=lambda b: b.first_day)


def _not_covered_because(kind: str, target: Edition | None) -> tuple[str, str]:
    """Why the target would not cover a booked engagement of ``kind``: (words, cause)."""
    if target is None:
        return "the subscription ends", "ends"
    if kind == "iem" and not target.includes_iem:
        return f"{target.label} includes no IEM", "no_iem"
    if kind == "session" and target.sessions == "none":
        return f"{target.label} includes no training sessions", "no_sessions"
    if kind == "session" and target.sessions == "contract":
        return (
            f"{target.label} covers sessions only within the contract's quota",
            "contract_quota",
        )
    return "", ""
