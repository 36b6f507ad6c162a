"""One IEM request or session in full, bought IEM days, and whole filtered lists.

The lists reuse the requests list's filtered query (``listings``), so the command line
and the window's Requests view narrow by the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from engagements.domain.errors import NotFound
from engagements.services.database import Database
from engagements.services.listings import (
    KIND_IEM,
    KIND_SESSION,
    PAGE_SIZE,
    RequestFilter,
    RequestRow,
    request_page,
)
from engagements.store.models import IemRequest, Partner, TrainingSession
from engagements.store.request_queries import purchase_list_query


def every_request(
    db: Database, wanted: RequestFilter, limit: int | None = None
) -> list[RequestRow]:
    """Every engagement the filter lets through, earliest first (at most ``limit``)."""
    found: list[RequestRow] = []
    while limit is None or len(found) < limit:
        size = PAGE_SIZE if limit is None else min(PAGE_SIZE, limit - len(found))
        page = request_page(
            db, wanted, "first_day", descending=False, offset=len(found), limit=size
        )
        found.extend(page)
        if len(page) < size:
            break
    return found


@dataclass(frozen=True)
class StatusStep:
    at: datetime
    actor: str
    from_status: str | None
    to_status: str
    reason: str | None


@dataclass(frozen=True)
class IemDetail:
    """An IEM request as recorded, with the summary line the list shows."""

    row: RequestRow
    event_type: str
    description: str
    earliest_start: date
    notice_business_days: int
    meets_lead_time: bool
    expert_id: str | None
    sub_client: str | None
    contact_name: str | None
    contact_email: str | None
    contact_phone: str | None
    rejection_reason: str | None
    form_id: str | None
    history: list[StatusStep]


def iem_detail(db: Database, request_id: int) -> IemDetail:
    """The IEM request ``request_id``; NotFound when there is none."""
    rows = request_page(db, RequestFilter(kinds=(KIND_IEM,), request_id=request_id))
    if not rows:
        raise NotFound("IEM request", request_id)
    with db.reading() as session:
        request = session.get(IemRequest, request_id)
        assert request is not None
        sub_client = (
            f"{request.sub_client.account_id} {request.sub_client.name}"
            if request.sub_client
            else None
        )
        history = [
            StatusStep(h.at, h.actor, h.from_status, h.to_status, h.reason) for h in request.history
        ]
        return IemDetail(
            rows[0],
            request.event_type,
            request.description,
            request.earliest_start,
            request.notice_business_days,
            request.meets_lead_time,
            request.expert_id,
            sub_client,
            request.contact_name,
            request.contact_email,
            request.contact_phone,
            request.rejection_reason,
            request.form_id,
            history,
        )


@dataclass(frozen=True)
class SessionDetail:
    row: RequestRow
    expert_id: str
    attendees: str
    on_site: bool
    form_id: str | None


def session_detail(db: Database, session_id: int) -> SessionDetail:
    """The training session ``session_id``; NotFound when there is none."""
    rows = request_page(db, RequestFilter(kinds=(KIND_SESSION,), request_id=session_id))
    if not rows:
        raise NotFound("session", session_id)
    with db.reading() as session:
        booked = session.get(TrainingSession, session_id)
        assert booked is not None
        return SessionDetail(
            rows[0], booked.expert_id, booked.attendees, booked.on_site, booked.form_id
        )


@dataclass(frozen=True)
class PurchaseRecord:
    id: int
    partner_id: str
    partner_name: str
    days: int
    valid_from: date
    valid_to: date


def purchases(
    db: Database, partner_id: str | None = None, first: date | None = None, last: date | None = None
) -> list[PurchaseRecord]:
    """Bought IEM days, by partner and validity; ``first``/``last`` keep those valid on
    some day between them."""
    query = purchase_list_query(partner_id, first, last)
    with db.reading() as session:
        if partner_id and session.get(Partner, partner_id) is None:
            raise NotFound("partner", partner_id)
        return [PurchaseRecord(*row) for row in session.execute(query).all()]


def require_partner(db: Database, partner_id: str | None) -> None:
    """A list narrowed to a partner that does not exist is a typo, not an empty list."""
    if not partner_id:
        return
    with db.reading() as session:
        if session.get(Partner, partner_id) is None:
            raise NotFound("partner", partner_id)
