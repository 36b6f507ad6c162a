"""The reads behind one partner's page and allowance: each a statement for
``store.batch.read_together``, so the whole page is one round trip on PostgreSQL.

Row readers turn the answers back into the records the rules work on (a partner with
its subscriptions, in start order, as ``load_partner`` gives it)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, String, and_, cast, or_, select
from sqlalchemy.orm import selectinload
from sqlalchemy.sql.elements import ColumnElement

from engagements.store.models import (
    AuditEvent,
    ExpertServiceUse,
    IemPurchase,
    IemRequest,
    IssuedForm,
    Partner,
    SessionRequest,
    SubClientAccount,
    Subscription,
    TrainingSession,
)

_PARTNER_FIELDS = ("id", "name", "designated_tam", "designated_asm", "created_at", "version")
_SUBSCRIPTION_FIELDS = tuple(attribute.key for attribute in Subscription.__mapper__.column_attrs)


def columns_of(model: Any) -> list[Any]:
    """Every mapped column of ``model``, in mapper order (for rows_as_record)."""
    return [attribute.class_attribute for attribute in model.__mapper__.column_attrs]


def record_from_row(model: Any, row: Sequence[Any]) -> Any:
    """A detached ``model`` record from a row of ``select(*columns_of(model))``: read, to
    decide on, never added to a session."""
    keys = [attribute.key for attribute in model.__mapper__.column_attrs]
    return model(**dict(zip(keys, row, strict=True)))


def partner_query(partner_id: str) -> Select[*tuple[Any, ...]]:
    return select(*(getattr(Partner, name) for name in _PARTNER_FIELDS)).where(
        Partner.id == partner_id
    )


def subscriptions_query(partner_id: str) -> Select[*tuple[Any, ...]]:
    """The partner's subscriptions in start order (as ``Partner.subscriptions``)."""
    return (
        select(*(getattr(Subscription, name) for name in _SUBSCRIPTION_FIELDS))
        .where(Subscription.partner_id == partner_id)
        .order_by(Subscription.start, Subscription.id)
    )


def partner_from_rows(
    partner: Iterable[Sequence[Any]], subscriptions: Iterable[Sequence[Any]]
) -> Partner | None:
    """The partner and its subscriptions as detached records (never added to a session:
    they are read, not changed); None when there is no such partner."""
    found = list(partner)
    if not found:
        return None
    record = Partner(**dict(zip(_PARTNER_FIELDS, found[0], strict=True)))
    record.subscriptions = [
        Subscription(**dict(zip(_SUBSCRIPTION_FIELDS, row, strict=True))) for row in subscriptions
    ]
    return record


def sub_clients_query(partner_id: str) -> Select[*tuple[Any, ...]]:
    return (
        select(SubClientAccount.account_id, SubClientAccount.name)
        .where(SubClientAccount.partner_id == partner_id)
        .order_by(SubClientAccount.account_id)
    )


def purchases_query(partner_id: Any) -> Select[*tuple[Any, ...]]:
    """(days, valid from, valid to, id) of the partner's bought IEM days (``partner_id``
    a value or a subquery naming the partner)."""
    return select(
        IemPurchase.days, IemPurchase.valid_from, IemPurchase.valid_to, IemPurchase.id
    ).where(IemPurchase.partner_id == partner_id)


def iem_spans_query(partner_id: Any, statuses: Iterable[str]) -> Select[*tuple[Any, ...]]:
    """(start, end, status) of the partner's IEM events in ``statuses``."""
    return select(IemRequest.start, IemRequest.end, IemRequest.status).where(
        IemRequest.partner_id == partner_id, IemRequest.status.in_(list(statuses))
    )


def sessions_query(partner_id: str, statuses: Iterable[str]) -> Select[*tuple[Any, ...]]:
    """(starts at, time zone) of the partner's sessions in ``statuses``."""
    return select(TrainingSession.starts_at, TrainingSession.timezone).where(
        TrainingSession.partner_id == partner_id, TrainingSession.status.in_(list(statuses))
    )


def expert_uses_query(partner_id: str) -> Select[*tuple[Any, ...]]:
    """(id, used on, summary, performed by) of the partner's expert-service uses."""
    return (
        select(
            ExpertServiceUse.id,
            ExpertServiceUse.used_on,
            ExpertServiceUse.summary,
            ExpertServiceUse.performed_by,
        )
        .where(ExpertServiceUse.partner_id == partner_id)
        .order_by(ExpertServiceUse.used_on)
    )


def history_query(belongs_to: Any, limit: int) -> Select[*tuple[Any, ...]]:
    """(at, actor, action, entity kind, entity id, before, after, reason) of the newest
    ``limit`` audit events matching ``belongs_to``."""
    return (
        select(
            AuditEvent.at,
            AuditEvent.actor,
            AuditEvent.action,
            AuditEvent.entity_kind,
            AuditEvent.entity_id,
            AuditEvent.before,
            AuditEvent.after,
            AuditEvent.reason,
        )
        .where(belongs_to)
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )


def partner_with_subscriptions_query(partner_id: str | None = None) -> Select[Partner]:
    """The partner ``partner_id`` (every partner, by id, when None) as ORM objects with
    their subscriptions loaded, to decide on and change in a unit of work."""
    query = select(Partner).options(selectinload(Partner.subscriptions))
    if partner_id is not None:
        return query.where(Partner.id == partner_id)
    return query.order_by(Partner.id)


def sub_client_query(partner_id: str, account_id: str) -> Select[SubClientAccount]:
    """The partner's sub-client account ``account_id`` (at most one)."""
    return select(SubClientAccount).where(
        SubClientAccount.partner_id == partner_id, SubClientAccount.account_id == account_id
    )


def iem_spans_between_query(
    partner_id: str, statuses: Iterable[str], first: date, last: date
) -> Select[*tuple[Any, ...]]:
    """(start, end) of the partner's IEM events in ``statuses`` that meet [first, last]."""
    return select(IemRequest.start, IemRequest.end).where(
        IemRequest.partner_id == partner_id,
        IemRequest.status.in_(statuses),
        IemRequest.end >= first,
        IemRequest.start <= last,
    )


def _ids_of(model: Any, partner_id: str) -> Any:
    return select(cast(model.id, String)).where(model.partner_id == partner_id)


def belongs_to(partner_id: str) -> ColumnElement[bool]:
    """An audit event about the partner or anything of theirs (for ``history_query``)."""
    kinds = {
        "iem_request": IemRequest,
        "session": TrainingSession,
        "subscription": Subscription,
        "sub_client": SubClientAccount,
        "iem_purchase": IemPurchase,
        "expert_service_use": ExpertServiceUse,
        "issued_form": IssuedForm,
        "session_request": SessionRequest,
    }
    return or_(
        and_(AuditEvent.entity_kind == "partner", AuditEvent.entity_id == partner_id),
        *(
            and_(
                AuditEvent.entity_kind == kind, AuditEvent.entity_id.in_(_ids_of(model, partner_id))
            )
            for kind, model in kinds.items()
        ),
    )
