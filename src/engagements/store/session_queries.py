"""The reads behind booking a session and checking an expert is free: the expert's zone,
what already holds the expert's time, the partner's calendars, and the new session's id."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select

from engagements.domain import status as lifecycle
from engagements.store.models import Expert, IemRequest, Subscription, TrainingSession


def expert_query(expert_id: str) -> Select[*tuple[Any, ...]]:
    """(id, time zone, active) of expert ``expert_id``."""
    return select(Expert.id, Expert.timezone, Expert.active).where(Expert.id == expert_id)


def expert_sessions_overlapping(
    expert_id: str, first: datetime, last: datetime
) -> Select[*tuple[Any, ...]]:
    """(id, start, end, topic) of the expert's counting sessions overlapping
    (``first``, ``last``)."""
    return select(
        TrainingSession.id,
        TrainingSession.starts_at,
        TrainingSession.ends_at,
        TrainingSession.topic,
    ).where(
        TrainingSession.expert_id == expert_id,
        TrainingSession.status.in_(lifecycle.SESSION_COUNTING_STATUSES),
        TrainingSession.starts_at < last,
        TrainingSession.ends_at > first,
    )


def expert_assignments_near(
    expert_id: str, first: datetime, last: datetime
) -> Select[*tuple[Any, ...]]:
    """(id, first day, last day, event name) of the expert's committed IEM assignments
    within a day of ``first``..``last`` (an assignment takes whole days in the expert's
    zone, which may lie a day either side of the UTC dates)."""
    return select(IemRequest.id, IemRequest.start, IemRequest.end, IemRequest.event_name).where(
        IemRequest.expert_id == expert_id,
        IemRequest.status.in_(lifecycle.COMMITTED_STATUSES),
        IemRequest.start <= last.date() + timedelta(days=1),
        IemRequest.end >= first.date() - timedelta(days=1),
    )


def partner_calendars(partner_id: str) -> Select[*tuple[Any, ...]]:
    """The calendar codes of the partner's subscriptions (a subquery for the calendar
    reads of ``store.calendar_queries``)."""
    return select(Subscription.calendar).where(Subscription.partner_id == partner_id)


def new_session_id_and_now() -> Select[*tuple[Any, ...]]:
    """The next training session id, taken from its sequence, and the transaction's time
    (PostgreSQL only: booking in two round trips inserts the session with both)."""
    return select(func.nextval(func.pg_get_serial_sequence("training_sessions", "id")), func.now())
