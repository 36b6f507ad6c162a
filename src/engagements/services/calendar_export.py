"""Export engagements to an iCalendar file, for TAMs who live in their calendar client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from engagements.domain.errors import NotFound
from engagements.errors import InvalidInput
from engagements.ics.export import IemEntry, SessionEntry, engagements_calendar
from engagements.services.database import Database
from engagements.services.output_files import write_file_atomically

# The selection callers build (the command line, the window) is the one the store reads.
from engagements.store.export_queries import ExportSelection as ExportSelection
from engagements.store.export_queries import (
    expert_names_query,
    exported_iem_query,
    exported_sessions_query,
    sub_client_labels_query,
    tam_partner_query,
)
from engagements.store.models import (
    Expert,
    IemRequest,
    Partner,
    TrainingSession,
)


@dataclass(frozen=True)
class CalendarExport:
    path: str
    events: int
    iem_events: int
    sessions: int


def export_calendar(
    db: Database, out: Path | str, selection: ExportSelection, now: datetime | None = None
) -> CalendarExport:
    """Write the selected engagements to ``out`` as iCalendar; ``now`` is the DTSTAMP."""
    if selection.first and selection.last and selection.last < selection.first:
        raise InvalidInput("--to is before --from", "to")
    with db.reading() as session:
        _require_filters_exist(session, selection)
        experts = {i: n for i, n in session.execute(expert_names_query())}
        iem = [_iem_entry(row, experts) for row in _iem_rows(session, selection)]
        session_rows = _session_rows(session, selection)
        labels = _sub_client_labels(session, {r.sub_client_id for r in session_rows})
        sessions = [_session_entry(row, labels) for row in session_rows]
    data = engagements_calendar(iem, sessions, now or datetime.now(UTC))
    path = write_file_atomically(Path(out), data)
    return CalendarExport(str(path), len(iem) + len(sessions), len(iem), len(sessions))


def _require_filters_exist(session: Session, selection: ExportSelection) -> None:
    if selection.partner_id and session.get(Partner, selection.partner_id) is None:
        raise NotFound("partner", selection.partner_id)
    if selection.expert_id and session.get(Expert, selection.expert_id) is None:
        raise NotFound("expert", selection.expert_id)
    if selection.tam and session.scalar(tam_partner_query(selection.tam)) is None:
        raise NotFound("partner with designated TAM", selection.tam)


def _iem_rows(session: Session, selection: ExportSelection) -> list[IemRequest]:
    return list(session.scalars(exported_iem_query(selection)))


def _session_rows(session: Session, selection: ExportSelection) -> list[TrainingSession]:
    rows = session.scalars(exported_sessions_query(selection))
    return [row for row in rows if _local_dates_overlap(row, selection)]


def _local_dates_overlap(row: TrainingSession, selection: ExportSelection) -> bool:
    zone = ZoneInfo(row.timezone)
    first, last = row.starts_at.astimezone(zone).date(), row.ends_at.astimezone(zone).date()
    return (selection.first is None or last >= selection.first) and (
        selection.last is None or first <= selection.last
    )


def _sub_client_labels(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(sub_client_labels_query(wanted))
    return {i: f"{name} ({account})" for i, name, account in rows}


def _iem_entry(row: IemRequest, experts: dict[str, str]) -> IemEntry:
    sub = row.sub_client
    return IemEntry(
        id=row.id,
        version=row.version,
        partner_id=row.partner_id,
        partner_name=row.partner.name,
        sub_client=f"{sub.name} ({sub.account_id})" if sub else None,
        event_name=row.event_name,
        event_type=row.event_type,
        start=row.start,
        end=row.end,
        status=row.status,
        expert=experts.get(row.expert_id or ""),
        description=row.description,
    )


def _session_entry(row: TrainingSession, sub_clients: dict[int, str]) -> SessionEntry:
    return SessionEntry(
        id=row.id,
        version=row.version,
        partner_id=row.partner_id,
        partner_name=row.partner.name,
        sub_client=sub_clients.get(row.sub_client_id or 0),
        topic=row.topic,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        timezone=row.timezone,
        status=row.status,
        expert=row.expert.name,
        attendees=row.attendees,
        on_site=row.on_site,
    )
