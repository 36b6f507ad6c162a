"""The life of an IEM request, as a small state machine.

submitted -> approved -> scheduled -> in_progress -> completed; a submitted request may
be rejected; anything not finished may be cancelled. Finished states are final.

This is the one statement of the life cycle: the window asks ``allowed_actions`` and
``next_statuses`` what it may offer, never keeps a list of its own.
"""

from __future__ import annotations

from engagements.domain import findings
from engagements.domain.errors import RuleRefusal
from engagements.domain.findings import Finding

SUBMITTED, APPROVED, SCHEDULED = "submitted", "approved", "scheduled"
IN_PROGRESS, COMPLETED = "in_progress", "completed"
REJECTED, CANCELLED = "rejected", "cancelled"

ALL_STATUSES = (SUBMITTED, APPROVED, SCHEDULED, IN_PROGRESS, COMPLETED, REJECTED, CANCELLED)
# Statuses whose days count against the allowance.
COMMITTED_STATUSES = frozenset({APPROVED, SCHEDULED, IN_PROGRESS, COMPLETED})
PENDING_STATUSES = frozenset({SUBMITTED})
# Statuses of an event that keeps an expert busy: one may be assigned (and one is needed).
STAFFED_STATUSES = frozenset({APPROVED, SCHEDULED, IN_PROGRESS})
# Statuses of an event that has not started: it may still move to other dates.
MOVABLE_STATUSES = frozenset({SUBMITTED, APPROVED, SCHEDULED})

ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    SUBMITTED: frozenset({APPROVED, REJECTED, CANCELLED}),
    APPROVED: frozenset({SCHEDULED, IN_PROGRESS, CANCELLED}),
    SCHEDULED: frozenset({IN_PROGRESS, CANCELLED}),
    IN_PROGRESS: frozenset({COMPLETED}),
    COMPLETED: frozenset(),
    REJECTED: frozenset(),
    CANCELLED: frozenset(),
}


def require_transition(current: str, target: str) -> None:
    """Refuse a status change the life cycle does not allow."""
    if target not in ALLOWED_TRANSITIONS.get(current, frozenset()):
        reason = (
            f"a request that is {current.replace('_', ' ')} cannot become "
            f"{target.replace('_', ' ')}"
        )
        raise RuleRefusal(
            "invalid_transition",
            reason,
            [Finding(findings.INVALID_TRANSITION, reason, {"status": current, "target": target})],
        )


# Training sessions: scheduled -> held, or cancelled.
SESSION_SCHEDULED, SESSION_HELD, SESSION_CANCELLED = "scheduled", "held", "cancelled"
SESSION_COUNTING_STATUSES = frozenset({SESSION_SCHEDULED, SESSION_HELD})
SESSION_TRANSITIONS: dict[str, frozenset[str]] = {
    SESSION_SCHEDULED: frozenset({SESSION_HELD, SESSION_CANCELLED}),
    SESSION_HELD: frozenset(),
    SESSION_CANCELLED: frozenset(),
}

# What a person does to a request or a session, and the status each action leads to.
IEM, SESSION = "iem", "session"
APPROVE, REJECT, CANCEL = "approve", "reject", "cancel"
SCHEDULE, START, COMPLETE, HOLD = "schedule", "start", "complete", "hold"
ACTION_TARGETS: dict[str, dict[str, str]] = {
    IEM: {
        APPROVE: APPROVED,
        REJECT: REJECTED,
        SCHEDULE: SCHEDULED,
        START: IN_PROGRESS,
        COMPLETE: COMPLETED,
        CANCEL: CANCELLED,
    },
    SESSION: {HOLD: SESSION_HELD, CANCEL: SESSION_CANCELLED},
}


def next_statuses(status: str, kind: str = IEM) -> frozenset[str]:
    """The statuses a request (``kind`` "iem") or a session may move to from ``status``."""
    if kind not in ACTION_TARGETS:
        raise ValueError(f"unknown kind {kind!r}: {IEM!r} or {SESSION!r}")
    transitions = ALLOWED_TRANSITIONS if kind == IEM else SESSION_TRANSITIONS
    return transitions.get(status, frozenset())


def allowed_actions(status: str, kind: str = IEM) -> frozenset[str]:
    """The actions (``APPROVE``, ``CANCEL``, ...) the life cycle allows from ``status``."""
    allowed = next_statuses(status, kind)
    return frozenset(action for action, target in ACTION_TARGETS[kind].items() if target in allowed)


def is_final(status: str, kind: str = IEM) -> bool:
    """Whether the life cycle is over: nothing may change the request any more."""
    return not next_statuses(status, kind)
