"""The statements behind returned forms: the session requests waiting for an ASM, one of
them locked to book or decline, and the form-signing secret read again after a race."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from engagements.store.models import AppSecret, Partner, SessionRequest


def pending_session_requests_query(
    status: str, partner_id: str | None = None
) -> Select[*tuple[Any, ...]]:
    """(session request, partner name) of the requests in ``status`` (of one partner, if
    given), oldest preferred start first."""
    query = (
        select(SessionRequest, Partner.name)
        .join(Partner, Partner.id == SessionRequest.partner_id)
        .where(SessionRequest.status == status)
        .order_by(SessionRequest.preferred_start, SessionRequest.id)
    )
    if partner_id is not None:
        query = query.where(SessionRequest.partner_id == partner_id)
    return query


def session_request_lock(request_id: int) -> Select[SessionRequest]:
    """Session request ``request_id``, row locked for this transaction."""
    return select(SessionRequest).where(SessionRequest.id == request_id).with_for_update()


def secret_reread_query(name: str) -> Select[AppSecret]:
    """The secret ``name`` as stored now (loaded again if the session already holds it)."""
    return select(AppSecret).where(AppSecret.name == name).execution_options(populate_existing=True)
