"""Everything that happened to one partner: its own record, its subscriptions,
sub-clients, purchases, expert-service uses, forms and every engagement, newest first,
with action names a person can read."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, and_, cast, or_, select
from sqlalchemy.sql.elements import ColumnElement

from engagements.services.database import Database
from engagements.store.models import (
    AuditEvent,
    ExpertServiceUse,
    IemPurchase,
    IemRequest,
    IssuedForm,
    SessionRequest,
    SubClientAccount,
    Subscription,
    TrainingSession,
)

# The audit trail's action codes, as a person says them.
ACTION_NAMES = {
    "partner.add": "Partner added", "partner.edit": "Partner details changed",
    "subscription.add": "Subscription started", "subscription.change":
    "Subscription ended by a renewal or change",
    "subscription.approve_early_exit": "Early exit approved",
    "sub_client.add": "Sub-client account added", "sub_client.rename": "Sub-client renamed",
    "iem.request": "IEM requested", "iem.approve": "IEM approved", "iem.reject": "IEM rejected",
    "iem.cancel": "IEM cancelled", "iem.scheduled": "IEM scheduled",
    "iem.in_progress": "IEM started", "iem.completed": "IEM completed",
    "iem.edit": "IEM request changed", "iem.assign_expert": "Expert assigned to IEM",
    "iem.unassign_expert": "Expert taken off IEM", "iem.purchase": "IEM days bought",
    "session.book": "Session booked", "session.cancel": "Session cancelled",
    "expert_service.record": "Expert service used", "form.import": "Request form imported",
    "form.correct": "Imported form corrected", "form.export": "Request form issued",
    "session_request.create": "Session asked for on a form",
    "session_request.book": "Asked-for session booked",
    "session_request.decline": "Asked-for session declined",
}
# How an entity is named in the list: IEM and sessions as in the requests list.
SUBJECTS = {"iem_request": "IEM-{}", "session": "S-{}", "subscription": "subscription {}",
            "sub_client": "sub-client {}", "iem_purchase": "purchase {}",
            "expert_service_use": "expert-service use {}", "issued_form": "form {}",
            "partner": "partner {}", "session_request": "session request {}"}


def action_name(action: str) -> str:
    """A readable name for an audit action code (unknown codes are spelled out)."""
    return ACTION_NAMES.get(action) or action.replace(".", " ").replace("_", " ").capitalize()


@dataclass(frozen=True)
class PartnerHistoryEntry:
    at: datetime  # aware, UTC; shown in the person's local time
    actor: str
    action: str  # the code, e.g. "iem.approve"
    what: str  # readable, e.g. "IEM approved"
    subject: str  # e.g. "IEM-12"
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None


def _ids_of(model: Any, partner_id: str) -> Any:
    return select(cast(model.id, String)).where(model.partner_id == partner_id)


def _belongs_to(partner_id: str) -> ColumnElement[bool]:
    kinds = {"iem_request": IemRequest, "session": TrainingSession,
             "subscription": Subscription, "sub_client": SubClientAccount,
             "iem_purchase": IemPurchase, "expert_service_use": ExpertServiceUse,
             "issued_form": IssuedForm, "session_request": SessionRequest}
    return or_(and_(AuditEvent.entity_kind == "partner", AuditEvent.entity_id == partner_id),
               *(and_(AuditEvent.entity_kind == kind,
                      AuditEvent.entity_id.in_(_ids_of(model, partner_id)))
                 for kind, model in kinds.items()))


def partner_history(db: Database, partner_id: str, limit: int = 500
                    ) -> list[PartnerHistoryEntry]:
    """The newest ``limit`` changes to the partner and everything of theirs."""
    query = (select(AuditEvent).where(_belongs_to(partner_id))
             .order_by(AuditEvent.id.desc()).limit(limit))
    with db.reading() as session:
        return [PartnerHistoryEntry(
            event.at, event.actor, event.action, action_name(event.action),
            SUBJECTS.get(event.entity_kind, event.entity_kind + " {}").format(event.entity_id),
            json.loads(event.before) if event.before else None,
            json.loads(event.after) if event.after else None, event.reason)
            for event in session.scalars(query)]
