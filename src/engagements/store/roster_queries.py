"""The reads behind the expert roster: statements for ``store.batch.read_together``."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select

from engagements.store.models import Expert, IemRequest, TrainingSession


def roster_queries(
    now: datetime,
    month_start: datetime,
    month_end: datetime,
    today: date,
    counting_statuses: Iterable[str],
    committed_statuses: Iterable[str],
) -> dict[str, Select[*tuple[Any, ...]]]:
    """The experts; per expert the counting sessions from ``now`` on; the sessions of the
    month (expert, start, end); and committed IEM assignments not over by ``today``."""
    counting = TrainingSession.status.in_(list(counting_statuses))
    return {
        "experts": select(
            Expert.id, Expert.name, Expert.timezone, Expert.active, Expert.skills
        ).order_by(Expert.name),
        "ahead": select(TrainingSession.expert_id, func.count())
        .where(counting, TrainingSession.starts_at >= now)
        .group_by(TrainingSession.expert_id),
        "month": select(
            TrainingSession.expert_id, TrainingSession.starts_at, TrainingSession.ends_at
        ).where(
            counting,
            TrainingSession.starts_at >= month_start,
            TrainingSession.starts_at < month_end,
        ),
        "iem": select(IemRequest.expert_id, IemRequest.start, IemRequest.end).where(
            IemRequest.expert_id.is_not(None),
            IemRequest.end >= today,
            IemRequest.status.in_(list(committed_statuses)),
        ),
    }


def assignments_ahead_query(
    expert_id: str, today: date, committed_statuses: Iterable[str]
) -> Select[*tuple[Any, ...]]:
    """Ids of the expert's IEM requests in ``committed_statuses`` not over by ``today``,
    soonest first."""
    return (
        select(IemRequest.id)
        .where(
            IemRequest.expert_id == expert_id,
            IemRequest.end >= today,
            IemRequest.status.in_(list(committed_statuses)),
        )
        .order_by(IemRequest.start)
    )
