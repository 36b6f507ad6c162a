"""The audit trail: one append-only record per change, written in the same transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from engagements.services.database import Database
from engagements.store.audit_queries import audit_trail_query
from engagements.store.models import AuditEvent, Base


def snapshot(row: Base | None) -> dict[str, Any] | None:
    """The row's column values as JSON-ready data (dates as ISO text)."""
    if row is None:
        return None
    mapper = inspect(type(row))
    return {column.key: _plain(getattr(row, column.key)) for column in mapper.column_attrs}


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def record(
    session: Session,
    actor: str,
    action: str,
    entity: tuple[str, object],
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    reason: str | None = None,
) -> None:
    """Append one audit record; ``entity`` is (kind, id), e.g. ("iem_request", 12)."""
    session.add(AuditEvent(**event_values(actor, action, entity, before, after, reason)))


def event_values(
    actor: str,
    action: str,
    entity: tuple[str, object],
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    reason: str | None = None,
) -> dict[str, Any]:
    """The columns of one audit record (for ``record``, or an INSERT sent by itself)."""
    return {
        "actor": actor,
        "action": action,
        "entity_kind": entity[0],
        "entity_id": str(entity[1]),
        "before": json.dumps(before, ensure_ascii=False, sort_keys=True) if before else None,
        "after": json.dumps(after, ensure_ascii=False, sort_keys=True) if after else None,
        "reason": reason,
    }


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    entity: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None


def audit_trail(
    db: Database, entity: tuple[str, str] | None = None, limit: int = 100
) -> list[AuditEntry]:
    """The newest ``limit`` audit records, optionally for one (kind, id)."""
    query = audit_trail_query(entity, limit)
    with db.reading() as session:
        return [
            AuditEntry(
                event.at,
                event.actor,
                event.action,
                f"{event.entity_kind}:{event.entity_id}",
                json.loads(event.before) if event.before else None,
                json.loads(event.after) if event.after else None,
                event.reason,
            )
            for event in session.scalars(query)
        ]
