"""The statements behind a calendar-file export: the IEM requests and training sessions a
selection names (by partner, expert, designated TAM and dates), with what the file prints
of their relations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import selectinload

from engagements.store.models import (
    Expert,
    IemRequest,
    Partner,
    SubClientAccount,
    TrainingSession,
)


@dataclass(frozen=True)
class ExportSelection:
    """Which engagements to export; every filter given must hold (dates inclusive)."""

    partner_id: str | None = None
    expert_id: str | None = None
    tam: str | None = None  # the partners' designated TAM, by name
    first: date | None = None
    last: date | None = None


def expert_names_query() -> Select[*tuple[Any, ...]]:
    """(id, name) of every expert."""
    return select(Expert.id, Expert.name)


def tam_partner_query(tam: str) -> Select[*tuple[Any, ...]]:
    """The id of one partner whose designated TAM is ``tam``, if any."""
    return select(Partner.id).where(Partner.designated_tam == tam).limit(1)


def _partner_filters(model: Any, selection: ExportSelection) -> list[Any]:
    filters = []
    if selection.partner_id:
        filters.append(model.partner_id == selection.partner_id)
    if selection.expert_id:
        filters.append(model.expert_id == selection.expert_id)
    if selection.tam:
        filters.append(
            model.partner_id.in_(select(Partner.id).where(Partner.designated_tam == selection.tam))
        )
    return filters


def exported_iem_query(selection: ExportSelection) -> Select[IemRequest]:
    """The IEM requests ``selection`` names, with partner and sub-client, by start."""
    query = select(IemRequest).where(*_partner_filters(IemRequest, selection))
    if selection.first:
        query = query.where(IemRequest.end >= selection.first)
    if selection.last:
        query = query.where(IemRequest.start <= selection.last)
    query = query.options(selectinload(IemRequest.partner), selectinload(IemRequest.sub_client))
    return query.order_by(IemRequest.start, IemRequest.id)


def exported_sessions_query(selection: ExportSelection) -> Select[TrainingSession]:
    """The sessions ``selection`` may name, with partner and expert, by start: a day's
    margin in UTC each side of its dates (the exporter then tests the local dates)."""
    query = select(TrainingSession).where(*_partner_filters(TrainingSession, selection))
    if selection.first:
        query = query.where(TrainingSession.ends_at >= _utc_midnight(selection.first, -1))
    if selection.last:
        query = query.where(TrainingSession.starts_at < _utc_midnight(selection.last, 2))
    query = query.options(
        selectinload(TrainingSession.partner), selectinload(TrainingSession.expert)
    )
    return query.order_by(TrainingSession.starts_at, TrainingSession.id)


def _utc_midnight(day: date, shift_days: int) -> datetime:
    return datetime.combine(day + timedelta(days=shift_days), datetime.min.time(), UTC)


def sub_client_labels_query(ids: list[int]) -> Select[*tuple[Any, ...]]:
    """(id, name, account id) of the sub-client accounts ``ids``."""
    return select(SubClientAccount.id, SubClientAccount.name, SubClientAccount.account_id).where(
        SubClientAccount.id.in_(ids)
    )
