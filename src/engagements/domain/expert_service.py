"""Expert service (architecture optimization) and the downgrade/exit constraint.

The committed term runs from the start date to the day before start + N months; the
first day after the term is start + N months. Once a subscription has used the expert
service, a downgrade or exit is not effective before that day unless an early exit was
approved and recorded. Without expert-service use it may take effect on any date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from engagements.domain import findings
from engagements.domain.catalog import Edition, PlanCatalog
from engagements.domain.errors import RuleRefusal
from engagements.domain.findings import Finding
from engagements.domain.terms import first_day_after_term


def require_expert_service_eligible(edition: Edition, months: int, catalog: PlanCatalog) -> None:
    """Expert service: editions that include it, with a long enough committed term."""
    if not edition.expert_service:
        raise RuleRefusal("not_entitled",
                          f"the {edition.label} edition does not include the expert service")
    minimum = catalog.expert_service_minimum_term_months
    if months < minimum:
        reason = (f"the expert service needs a committed term of {minimum} months or more "
                  f"(this one is {months})")
        raise RuleRefusal("term_too_short", reason, [Finding(
            findings.TERM_TOO_SHORT, reason, {"minimum_months": minimum, "months": months})])


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

    @property
    def finding(self) -> Finding | None:
        """Why the move is not allowed on that date, as a finding (None when it is)."""
        if self.allowed:
            return None
        return Finding(findings.EXIT_LOCKED, self.reason,
                       {"earliest_date": self.earliest_date,
                        "blocking_uses": self.blocking_uses})


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
    affected = _affected(case, on)
    if case.target is not None and case.target.rank >= case.current.rank:
        return DowngradeDecision(True, f"{case.target.label} is not a lower edition than "
                                 f"{case.current.label}; nothing constrains the move",
                                 on, (), affected)
    after_term = first_day_after_term(case.start, case.months)
    uses = tuple(use_id for use_id, used_on in case.expert_uses if used_on <= on)
    constrained = bool(uses) and catalog.expert_service_constrains_exit
    if not constrained:
        return DowngradeDecision(True, f"no expert-service use recorded; may {move} on any "
                                 "date", on, (), affected)
    counted = f"{len(uses)} expert-service use{'s' if len(uses) != 1 else ''}"
    if on >= after_term:
        return DowngradeDecision(True, f"the {counted} no longer constrain{'s' * (len(uses) == 1)}"
                                 f" the move: the committed term ended, and "
                                 f"{after_term.isoformat()} was the first day after it; "
                                 f"may {move}", after_term, (), affected, uses)
    if case.early_exit_approved:
        return DowngradeDecision(True, f"the {counted} no longer constrain{'s' * (len(uses) == 1)}"
                                 f" the move: an early exit is approved and recorded; "
                                 f"may {move}", on, (), affected, uses)
    return DowngradeDecision(
        False,
        f"the expert service was used ({len(uses)} recorded use{'s' if len(uses) != 1 else ''})"
        f", so a downgrade or exit is not effective before {after_term.isoformat()}, the "
        "first day after the committed term; an earlier exit needs a recorded approval",
        after_term, uses, affected)


def _affected(case: DowngradeCase, on: date) -> tuple[AffectedEngagement, ...]:
    target = case.target
    found: list[AffectedEngagement] = []
    for engagement in _from(case.booked, on):
        why = _not_covered_because(engagement.kind, target)
        if why:
            found.append(AffectedEngagement(engagement.kind, engagement.id,
                                            engagement.first_day, why))
    return tuple(found)


def _from(booked: Iterable[BookedEngagement], on: date) -> list[BookedEngagement]:
    return sorted((b for b in booked if b.last_day >= on), key=lambda b: b.first_day)


def _not_covered_because(kind: str, target: Edition | None) -> str:
    if target is None:
        return "the subscription ends"
    if kind == "iem" and not target.includes_iem:
        return f"{target.label} includes no IEM"
    if kind == "session" and target.sessions == "none":
        return f"{target.label} includes no training sessions"
    if kind == "session" and target.sessions == "contract":
        return f"{target.label} covers sessions only within the contract's quota"
    return ""
