"""Imported session requests as a work queue: list the pending ones, book or decline them.

Booking goes through ``sessions.book_session`` in the same transaction that marks the
request booked, so a refused booking (quota, clash) leaves the request pending.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from engagements.domain.errors import NotFound, RuleRefusal
from engagements.domain.findings import KINDS, Finding
from engagements.errors import InvalidInput
from engagements.forms.values import FieldProblem
from engagements.services import audit
from engagements.services.database import Database
from engagements.services.forms.joined import JoinedTransaction
from engagements.services.sessions import SessionBooking, SessionOutcome, book_session
from engagements.store.form_queries import pending_session_requests_query, session_request_lock
from engagements.store.models import SessionRequest

SESSION_REQUEST_PENDING, SESSION_REQUEST_BOOKED, SESSION_REQUEST_DECLINED = (
    "pending",
    "booked",
    "declined",
)
MAX_REASON = 4000


@dataclass(frozen=True)
class PendingSessionRequest:
    """A session a partner asked for on a returned form, waiting to be booked or declined."""

    id: int
    partner_id: str
    partner_name: str
    form_id: str
    topic: str
    preferred_start: datetime  # aware, in ``timezone``
    timezone: str
    description: str
    sub_client: str | None  # "name (account id)"
    contact: str  # name, e-mail, phone as given
    warnings: tuple[str, ...]
    received: datetime  # when the form was imported (UTC)
    # What each warning found (None for one stored as words only), for the window.
    warning_findings: tuple[Finding | None, ...] = ()


def stored_warnings(warnings: list[FieldProblem]) -> str:
    """The warnings as stored with the request: each its words and, when it has one, what
    it found (kind and numbers), so the list can word it again in any language."""
    stored: list[object] = []
    for warning in warnings:
        found = warning.finding
        record = (
            {"message": warning.message, "kind": found.kind, "numbers": dict(found.numbers)}
            if found is not None
            else warning.message
        )
        try:
            json.dumps(record)
        except (TypeError, ValueError):  # numbers that are no JSON: keep the words
            record = warning.message
        stored.append(record)
    return json.dumps(stored, ensure_ascii=False)


def _read_warnings(text: str | None) -> tuple[tuple[str, ...], tuple[Finding | None, ...]]:
    """The stored warnings' words and findings (older rows stored only the words)."""
    messages: list[str] = []
    found: list[Finding | None] = []
    for record in json.loads(text or "[]"):
        if isinstance(record, dict):
            messages.append(str(record.get("message", "")))
            kind = record.get("kind")
            found.append(
                Finding(kind, messages[-1], record.get("numbers") or {}) if kind in KINDS else None
            )
        else:
            messages.append(str(record))
            found.append(None)
    return tuple(messages), tuple(found)


def pending_session_requests(
    db: Database, partner_id: str | None = None
) -> list[PendingSessionRequest]:
    """Imported session requests still waiting for an ASM, oldest preferred start first."""
    query = pending_session_requests_query(SESSION_REQUEST_PENDING, partner_id)
    with db.reading() as session:
        return [_pending(row, name) for row, name in session.execute(query)]


def _pending(row: SessionRequest, partner_name: str) -> PendingSessionRequest:
    client = row.sub_client
    contact = ", ".join(v for v in (row.contact_name, row.contact_email, row.contact_phone) if v)
    messages, found = _read_warnings(row.warnings)
    return PendingSessionRequest(
        row.id,
        row.partner_id,
        partner_name,
        row.form_id,
        row.topic,
        row.preferred_start.astimezone(ZoneInfo(row.timezone)),
        row.timezone,
        row.description,
        f"{client.name} ({client.account_id})" if client else None,
        contact,
        messages,
        row.created_at,
        found,
    )


def _load_pending(session: Session, request_id: int) -> SessionRequest:
    """The request, locked for this transaction; refused unless it is still pending."""
    row = session.scalars(session_request_lock(request_id)).one_or_none()
    if row is None:
        raise NotFound("session request", request_id)
    if row.status != SESSION_REQUEST_PENDING:
        raise RuleRefusal(
            "invalid_transition", f"session request {request_id} is already {row.status}"
        )
    return row


def book_requested_session(
    db: Database,
    request_id: int,
    expert_id: str,
    starts_at: datetime,
    ends_at: datetime,
    *,
    topic: str | None = None,
    attendees: str = "",
    on_site: bool = False,
) -> SessionOutcome:
    """Book the session a partner asked for and mark the request booked, in one transaction.

    The booking goes through ``sessions.book_session`` (quota, clashes, times); times
    without an offset are read in the zone the partner gave. ``topic`` defaults to the
    one asked for.
    """

    def use_case(session: Session) -> SessionOutcome:
        row = _load_pending(session, request_id)
        before = audit.snapshot(row)
        booking = SessionBooking(
            partner_id=row.partner_id,
            expert_id=expert_id,
            starts_at=starts_at,
            ends_at=ends_at,
            topic=topic or row.topic,
            timezone=row.timezone,
            attendees=attendees,
            on_site=on_site,
            form_id=row.form_id,
        )
        booked = book_session(JoinedTransaction(db, session), booking)
        row.status, row.session_id = SESSION_REQUEST_BOOKED, booked.id
        session.flush()
        audit.record(
            session,
            db.actor,
            "session_request.book",
            ("session_request", row.id),
            before,
            audit.snapshot(row),
        )
        return booked

    return db.write(use_case)


def decline_session_request(db: Database, request_id: int, reason: str) -> int:
    """Decline a pending session request with a reason the ASM can give the partner."""
    reason = reason.strip()
    if not reason or len(reason) > MAX_REASON:
        raise InvalidInput(f"a reason of 1-{MAX_REASON} characters is needed", "reason")

    def use_case(session: Session) -> int:
        row = _load_pending(session, request_id)
        before = audit.snapshot(row)
        row.status, row.decline_reason = SESSION_REQUEST_DECLINED, reason
        session.flush()
        audit.record(
            session,
            db.actor,
            "session_request.decline",
            ("session_request", row.id),
            before,
            audit.snapshot(row),
            reason,
        )
        return row.id

    return db.write(use_case)
