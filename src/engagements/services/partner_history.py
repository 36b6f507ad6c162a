"""Everything that happened to one partner: its own record, its subscriptions,
sub-clients, purchases, expert-service uses, forms and every engagement, newest first,
with action names a person can read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from engagements.services.database import Database
from engagements.store import partner_queries

# The audit trail's action codes, as a person says them.
ACTION_NAMES = {
    "partner.add": "Partner added",
    "partner.edit": "Partner details changed",
    "subscription.add": "Subscription started",
    "subscription.change": "Subscription ended by a renewal or change",
    "subscription.approve_early_exit": "Early exit approved",
    "sub_client.add": "Sub-client account added",
    "sub_client.rename": "Sub-client renamed",
    "iem.request": "IEM requested",
    "iem.approve": "IEM approved",
    "iem.reject": "IEM rejected",
    "iem.cancel": "IEM cancelled",
    "iem.scheduled": "IEM scheduled",
    "iem.in_progress": "IEM started",
    "iem.completed": "IEM completed",
    "iem.edit": "IEM request changed",
    "iem.assign_expert": "Expert assigned to IEM",
    "iem.unassign_expert": "Expert taken off IEM",
    "iem.purchase": "IEM days bought",
    "session.book": "Session booked",
    "session.cancel": "Session cancelled",
    "expert_service.record": "Expert service used",
    "form.import": "Request form imported",
    "form.correct": "Imported form corrected",
    "form.export": "Request form issued",
    "session_request.create": "Session asked for on a form",
    "session_request.book": "Asked-for session booked",
    "session_request.decline": "Asked-for session declined",
}
# How an entity is named in the list: IEM and sessions as in the requests list.
SUBJECTS = {
    "iem_request": "IEM-{}",
    "session": "S-{}",
    "subscription": "subscription {}",
    "sub_client": "sub-client {}",
    "iem_purchase": "purchase {}",
    "expert_service_use": "expert-service use {}",
    "issued_form": "form {}",
    "partner": "partner {}",
    "session_request": "session request {}",
}


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


HISTORY_LIMIT = 500


def partner_history(
    db: Database, partner_id: str, limit: int = HISTORY_LIMIT
) -> list[PartnerHistoryEntry]:
    """The newest ``limit`` changes to the partner and everything of theirs."""
    with db.reading() as session:
        return history_from_rows(
            session.connection().execute(
                partner_queries.history_query(partner_queries.belongs_to(partner_id), limit)
            )
        )


def history_from_rows(rows: Iterable[Sequence[Any]]) -> list[PartnerHistoryEntry]:
    """Entries from the rows of ``store.partner_queries.history_query``, newest first."""
    return [
        PartnerHistoryEntry(
            at,
            actor,
            action,
            action_name(action),
            SUBJECTS.get(kind, kind + " {}").format(entity_id),
            json.loads(before) if before else None,
            json.loads(after) if after else None,
            reason,
        )
        for at, actor, action, kind, entity_id, before, after, reason in rows
    ]
