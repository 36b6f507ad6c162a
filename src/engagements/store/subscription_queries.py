"""The statements behind a downgrade check: what one subscription has used and approved,
and what its partner has booked."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, select

from engagements.store.models import (
    EarlyExitApproval,
    ExpertServiceUse,
    IemRequest,
    TrainingSession,
)


def subscription_expert_uses_query(subscription_id: int) -> Select[*tuple[Any, ...]]:
    """(id, used on) of the expert-service uses under the subscription, by day."""
    return (
        select(ExpertServiceUse.id, ExpertServiceUse.used_on)
        .where(ExpertServiceUse.subscription_id == subscription_id)
        .order_by(ExpertServiceUse.used_on)
    )


def early_exit_approval_query(subscription_id: int) -> Select[*tuple[Any, ...]]:
    """The id of one early-exit approval of the subscription, if any."""
    return (
        select(EarlyExitApproval.id)
        .where(EarlyExitApproval.subscription_id == subscription_id)
        .limit(1)
    )


def booked_iem_query(partner_id: str, statuses: Iterable[str]) -> Select[*tuple[Any, ...]]:
    """(id, start, end) of the partner's IEM events in ``statuses``."""
    return select(IemRequest.id, IemRequest.start, IemRequest.end).where(
        IemRequest.partner_id == partner_id, IemRequest.status.in_(statuses)
    )


def booked_sessions_query(partner_id: str, status: str) -> Select[*tuple[Any, ...]]:
    """(id, starts at) of the partner's sessions in ``status``."""
    return select(TrainingSession.id, TrainingSession.starts_at).where(
        TrainingSession.partner_id == partner_id, TrainingSession.status == status
    )
