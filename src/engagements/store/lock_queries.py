"""The statements that read a row and lock it for the change a use case makes, in the
order ``services.locks`` documents: the partner, then the request or session, then the
subscription. ``FOR NO KEY UPDATE`` on the partner (``key_share``) still lets others
insert rows that refer to it; SQLite ignores the locks (``BEGIN IMMEDIATE`` serialises
every writer there)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.sql.selectable import ScalarSelect

from engagements.store.models import IemRequest, Partner, Subscription, TrainingSession
from engagements.store.partner_queries import columns_of


def partner_of_request(request_id: int) -> ScalarSelect[Any]:
    """The partner id of IEM request ``request_id``, as a subquery for one statement."""
    return select(IemRequest.partner_id).where(IemRequest.id == request_id).scalar_subquery()


def partner_lock(partner_id: Any) -> Select[*tuple[Any, ...]]:
    """The partner's id, row locked (``partner_id`` a value or ``partner_of_request``)."""
    return select(Partner.id).where(Partner.id == partner_id).with_for_update(key_share=True)


def request_lock(request_id: int, lock: bool = True) -> Select[IemRequest]:
    """IEM request ``request_id`` as an ORM object, row locked unless ``lock`` is False."""
    query = select(IemRequest).where(IemRequest.id == request_id)
    return query.with_for_update() if lock else query


def request_columns_lock(request_id: int) -> Select[*tuple[Any, ...]]:
    """Every column of IEM request ``request_id`` (for ``record_from_row``), row locked."""
    return select(*columns_of(IemRequest)).where(IemRequest.id == request_id).with_for_update()


def subscription_lock(subscription_id: int, reread: bool = False) -> Select[Subscription]:
    """Subscription ``subscription_id`` as an ORM object, row locked; ``reread`` loads it
    again under the lock when the session already holds it unlocked."""
    query = select(Subscription).where(Subscription.id == subscription_id).with_for_update()
    return query.execution_options(populate_existing=True) if reread else query


def subscription_id_lock(subscription_id: int) -> Select[*tuple[Any, ...]]:
    """Subscription ``subscription_id``'s id alone, row locked (the lock without loading
    the subscription)."""
    return select(Subscription.id).where(Subscription.id == subscription_id).with_for_update()


def subscription_of_request_columns_lock(request_id: int) -> Select[*tuple[Any, ...]]:
    """Every column of the subscription IEM request ``request_id`` is under, row locked."""
    its_subscription = select(IemRequest.subscription_id).where(IemRequest.id == request_id)
    return (
        select(*columns_of(Subscription))
        .where(Subscription.id == its_subscription.scalar_subquery())
        .with_for_update()
    )


def session_lock(session_id: int) -> Select[TrainingSession]:
    """Training session ``session_id`` as an ORM object, row locked."""
    return select(TrainingSession).where(TrainingSession.id == session_id).with_for_update()
