"""The life of an IEM request, as a small state machine.

submitted -> approved -> scheduled -> in_progress -> completed; a submitted request may
be rejected; anything not finished may be cancelled. Finished states are final.
"""

from __future__ import annotations

from engagements.domain.errors import RuleRefusal

SUBMITTED, APPROVED, SCHEDULED = "submitted", "approved", "scheduled"
IN_PROGRESS, COMPLETED = "in_progress", "completed"
REJECTED, CANCELLED = "rejected", "cancelled"

ALL_STATUSES = (SUBMITTED, APPROVED, SCHEDULED, IN_PROGRESS, COMPLETED, REJECTED, CANCELLED)
# Statuses whose days count against the allowance.
COMMITTED_STATUSES = frozenset({APPROVED, SCHEDULED, IN_PROGRESS, COMPLETED})
PENDING_STATUSES = frozenset({SUBMITTED})

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
        raise RuleRefusal(
            "invalid_transition",
            f"a request that is {current.replace('_', ' ')} cannot become "
            f"{target.replace('_', ' ')}",
        )


# Training sessions: scheduled -> held, or cancelled.
SESSION_SCHEDULED, SESSION_HELD, SESSION_CANCELLED = "scheduled", "held", "cancelled"
SESSION_COUNTING_STATUSES = frozenset({SESSION_SCHEDULED, SESSION_HELD})
SESSION_TRANSITIONS: dict[str, frozenset[str]] = {
    SESSION_SCHEDULED: frozenset({SESSION_HELD, SESSION_CANCELLED}),
    SESSION_HELD: frozenset(),
    SESSION_CANCELLED: frozenset(),
}
