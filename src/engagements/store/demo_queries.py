"""The statements the demo filler reads before it adds sample data: how many partners
there are, the roster, and the days experts are already busy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, func, select

from engagements.store.models import Expert, IemRequest, Partner, TrainingSession


def partner_count_query() -> Select[int]:
    """How many partners the database holds."""
    return select(func.count()).select_from(Partner)


def sessions_not_cancelled_query(cancelled: str) -> Select[*tuple[Any, ...]]:
    """(expert id, starts at, time zone) of every session not in status ``cancelled``."""
    return select(
        TrainingSession.expert_id, TrainingSession.starts_at, TrainingSession.timezone
    ).where(TrainingSession.status != cancelled)


def assigned_iem_query(statuses: Iterable[str]) -> Select[*tuple[Any, ...]]:
    """(expert id, start, end) of IEM requests in ``statuses`` with an expert assigned."""
    return select(IemRequest.expert_id, IemRequest.start, IemRequest.end).where(
        IemRequest.expert_id.is_not(None), IemRequest.status.in_(statuses)
    )


def roster_zones_query() -> Select[*tuple[Any, ...]]:
    """(id, time zone) of every expert."""
    return select(Expert.id, Expert.timezone)
