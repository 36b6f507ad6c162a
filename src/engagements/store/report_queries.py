"""The statements behind a partner's service report: the period's events, sessions and
expert-service uses, as ORM objects with what the report prints of their relations."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import selectinload

from engagements.store.models import ExpertServiceUse, IemRequest, TrainingSession


def report_events_query(
    partner_id: str, statuses: Iterable[str], first: date, last: date
) -> Select[IemRequest]:
    """The partner's IEM events in ``statuses`` that meet [first, last], with their
    sub-client, by start."""
    return (
        select(IemRequest)
        .where(
            IemRequest.partner_id == partner_id,
            IemRequest.status.in_(statuses),
            IemRequest.end >= first,
            IemRequest.start <= last,
        )
        .options(selectinload(IemRequest.sub_client))
        .order_by(IemRequest.start, IemRequest.id)
    )


def report_sessions_query(partner_id: str, statuses: Iterable[str]) -> Select[TrainingSession]:
    """The partner's sessions in ``statuses``, with their expert, by start (the period is
    applied in the partner's zone by the report)."""
    return (
        select(TrainingSession)
        .where(TrainingSession.partner_id == partner_id, TrainingSession.status.in_(statuses))
        .options(selectinload(TrainingSession.expert))
        .order_by(TrainingSession.starts_at)
    )


def report_expert_uses_query(partner_id: str, first: date, last: date) -> Select[ExpertServiceUse]:
    """The partner's expert-service uses from ``first`` to ``last``, by day."""
    return (
        select(ExpertServiceUse)
        .where(
            ExpertServiceUse.partner_id == partner_id,
            ExpertServiceUse.used_on >= first,
            ExpertServiceUse.used_on <= last,
        )
        .order_by(ExpertServiceUse.used_on)
    )
