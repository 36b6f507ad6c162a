"""The statements behind the audit trail: the newest records, of everything or of one
entity."""

from __future__ import annotations

from sqlalchemy import Select, select

from engagements.store.models import AuditEvent


def audit_trail_query(entity: tuple[str, str] | None, limit: int) -> Select[AuditEvent]:
    """The newest ``limit`` audit records, newest first, optionally of one (kind, id)."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if entity is not None:
        query = query.where(AuditEvent.entity_kind == entity[0], AuditEvent.entity_id == entity[1])
    return query
