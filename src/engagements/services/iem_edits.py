"""Changing a recorded IEM request: its dates, type, description, sub-client and contacts,
and who of the expert team is on it.

Every change is checked again like a new request (lead time against the original
submission date, the subscription's term, and for a committed event the allowance and the
assigned expert's other commitments), and leaves an audit record with before and after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.errors import RuleRefusal
from engagements.services import audit
from engagements.services.database import Database
from engagements.services.iem import (
    IemOutcome,
    IemRequestInput,
    _load_request,
    _require_room,
    assess,
    outcome,
    require_entitled,
    require_expert_free,
    validate_request,
)
from engagements.services.iem_lead_time import lead_time_columns
from engagements.services.partners import current_subscription, find_or_add_sub_client, load_partner
from engagements.store.models import IemRequest


@dataclass(frozen=True)
class IemChange:
    """The request as it should read after the edit (every field, not only the changed)."""

    start: date
    end: date
    event_name: str = ""
    event_type: str = "other"
    description: str = ""
    sub_client: tuple[str, str] | None = None  # (account id, name)
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    justification: str | None = None  # needed when a committed event becomes late


def editable(status: str) -> bool:
    """A request can be changed while its life cycle is not over."""
    return not lifecycle.is_final(status)


def edit_iem(db: Database, request_id: int, change: IemChange) -> IemOutcome:
    """Change a request and re-check it; refused (nothing written) when a rule says no."""

    def use_case(session: Session) -> IemOutcome:
        row = _load_request(session, request_id)
        if not editable(row.status):
            raise RuleRefusal(
                "not_editable",
                f"IEM-{row.id} is {row.status.replace('_', ' ')}"
                "; a finished request cannot be changed",
            )
        validate_request(
            IemRequestInput(
                row.partner_id,
                change.start,
                change.end,
                event_name=change.event_name,
                event_type=change.event_type,
                description=change.description,
                justification=change.justification,
            )
        )
        before = audit.snapshot(row)
        moved = (row.start, row.end) != (change.start, change.end)
        # The rules read the database while the new values wait in the session: a clash
        # must be named by the rule, not refused unnamed by the database's own guard.
        with session.no_autoflush:
            _apply(session, db, row, change)
            if moved:
                _recheck_dates(session, db, row, change)
        audit.record(
            session,
            db.actor,
            "iem.edit",
            ("iem_request", row.id),
            before,
            audit.snapshot(row),
            change.justification,
        )
        return outcome(row)

    return db.write(use_case)


def _apply(session: Session, db: Database, row: IemRequest, change: IemChange) -> None:
    row.start, row.end = change.start, change.end
    row.event_name, row.event_type = change.event_name.strip(), change.event_type
    row.description = change.description.strip()
    row.contact_name = (change.contact_name or "").strip() or None
    row.contact_email = (change.contact_email or "").strip() or None
    row.contact_phone = (change.contact_phone or "").strip() or None
    row.sub_client_id = (
        find_or_add_sub_client(session, db.actor, row.partner_id, *change.sub_client)
        if change.sub_client
        else None
    )
    if change.justification and change.justification.strip():
        row.justification = change.justification.strip()


def _recheck_dates(session: Session, db: Database, row: IemRequest, change: IemChange) -> None:
    """New dates: the term, the lead time (from the original submission), the allowance
    and the expert's time, as for a new request."""
    subscription = current_subscription(load_partner(session, row.partner_id), row.start)
    require_entitled(db, subscription, (row.start, row.end))
    row.subscription_id = subscription.id
    lead = assess(session, db, subscription, row.submitted, row.start)
    for column, value in lead_time_columns(lead).items():
        setattr(row, column, value)
    if row.status not in lifecycle.COMMITTED_STATUSES:
        return
    if not row.meets_lead_time and not row.justification:
        raise RuleRefusal(
            "justification_required",
            f"IEM-{row.id} is approved and the new "
            f"dates are late (earliest start {row.earliest_start}): moving it "
            "needs a written justification",
        )
    if row.expert_id:
        require_expert_free(session, row, row.expert_id)
    session.flush()  # the allowance counts the event on its new dates
    _require_room(session, db, subscription, row)


def unassign_expert(db: Database, request_id: int) -> IemOutcome:
    """Take the assigned expert off an IEM event (audited)."""

    def use_case(session: Session) -> IemOutcome:
        row = _load_request(session, request_id)
        if row.expert_id is None:
            raise RuleRefusal("not_assigned", f"IEM-{row.id} has no expert assigned")
        if not editable(row.status):
            raise RuleRefusal(
                "not_editable",
                f"IEM-{row.id} is {row.status.replace('_', ' ')}; its team can no longer change",
            )
        before = audit.snapshot(row)
        row.expert_id = None
        audit.record(
            session,
            db.actor,
            "iem.unassign_expert",
            ("iem_request", row.id),
            before,
            audit.snapshot(row),
        )
        return outcome(row)

    return db.write(use_case)
