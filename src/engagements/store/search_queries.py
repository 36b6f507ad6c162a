"""The statements behind the search box: partners by id or name, IEM requests by event
name or number, training sessions by number."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from engagements.store.models import IemRequest, Partner, TrainingSession


def _containing(text: str) -> str:
    return f"%{text.lower()}%"


def partner_search_query(text: str, limit: int) -> Select[*tuple[Any, ...]]:
    """(id, name) of partners whose id or name contains ``text``, any case, by id."""
    pattern = _containing(text)
    return (
        select(Partner.id, Partner.name)
        .where(or_(func.lower(Partner.id).like(pattern), func.lower(Partner.name).like(pattern)))
        .order_by(Partner.id)
        .limit(limit)
    )


def iem_search_query(text: str, number: int | None, limit: int) -> Select[*tuple[Any, ...]]:
    """(id, event name, partner name, start, partner id) of IEM requests whose event name
    contains ``text`` (or numbered ``number``), latest start first."""
    condition: ColumnElement[bool] = func.lower(IemRequest.event_name).like(_containing(text))
    if number is not None:
        condition = or_(condition, IemRequest.id == number)
    return (
        select(
            IemRequest.id,
            IemRequest.event_name,
            Partner.name,
            IemRequest.start,
            IemRequest.partner_id,
        )
        .join(Partner, Partner.id == IemRequest.partner_id)
        .where(condition)
        .order_by(IemRequest.start.desc())
        .limit(limit)
    )


def session_number_query(number: int) -> Select[*tuple[Any, ...]]:
    """(id, topic, partner name, partner id) of the training session numbered ``number``."""
    return (
        select(TrainingSession.id, TrainingSession.topic, Partner.name, TrainingSession.partner_id)
        .join(Partner, Partner.id == TrainingSession.partner_id)
        .where(TrainingSession.id == number)
    )
