"""The statements behind an expert's schedule: the sessions that hold the expert's time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, select

from engagements.domain import status as lifecycle
from engagements.store.models import Partner, TrainingSession


def expert_sessions_query(
    expert_id: str, begin: datetime, end: datetime
) -> Select[*tuple[Any, ...]]:
    """(id, partner name, topic, start, end) of the expert's counting sessions that overlap
    [``begin``, ``end``), soonest first."""
    return (
        select(
            TrainingSession.id,
            Partner.name,
            TrainingSession.topic,
            TrainingSession.starts_at,
            TrainingSession.ends_at,
        )
        .join(Partner, Partner.id == TrainingSession.partner_id)
        .where(
            TrainingSession.expert_id == expert_id,
            TrainingSession.status.in_(lifecycle.SESSION_COUNTING_STATUSES),
            TrainingSession.starts_at < end,
            TrainingSession.ends_at > begin,
        )
        .order_by(TrainingSession.starts_at)
    )
