"""The expert roster: edit an expert (name, time zone, skills) and retire one.

Adding an expert is ``sessions.add_expert``. A retired expert stays in the database (their
past sessions and assignments still name them) but can no longer be booked or assigned.
The roster is the administrators' (on a team database an ASM may not change it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.errors import NotFound, RuleRefusal
from engagements.errors import InvalidInput
from engagements.services import audit, permissions
from engagements.services.database import Database
from engagements.services.sessions import tidy_skills, zone
from engagements.store.models import Expert
from engagements.store.roster_queries import assignments_ahead_query


@dataclass(frozen=True)
class ExpertDetails:
    """What a person may change about an expert."""

    name: str
    timezone: str
    skills: str = ""  # comma-separated, e.g. "database, networking"


def validate_details(details: ExpertDetails) -> ExpertDetails:
    if not details.name.strip() or len(details.name) > 200:
        raise InvalidInput("expert name must be 1-200 characters", "name")
    zone(details.timezone)
    return ExpertDetails(
        details.name.strip(), details.timezone.strip(), tidy_skills(details.skills)
    )


def _load(session: Session, expert_id: str) -> Expert:
    expert = session.get(Expert, expert_id)
    if expert is None:
        raise NotFound("expert", expert_id)
    return expert


def edit_expert(db: Database, expert_id: str, details: ExpertDetails) -> str:
    """Change an expert's name, time zone and skills (audited)."""
    details = validate_details(details)

    def use_case(session: Session) -> str:
        expert = _load(session, expert_id)
        before = audit.snapshot(expert)
        expert.name, expert.timezone, expert.skills = (
            details.name,
            details.timezone,
            details.skills,
        )
        audit.record(
            session, db.actor, "expert.edit", ("expert", expert_id), before, audit.snapshot(expert)
        )
        return expert_id

    return db.write(use_case, needs=permissions.ADMIN)


def retire_expert(db: Database, expert_id: str, today: date) -> str:
    """Take an expert off the roster: no new bookings or assignments.

    Refused while the expert is still assigned to an IEM event that has not ended, so no
    event is left staffed by someone who is gone; unassign them first."""

    def use_case(session: Session) -> str:
        expert = _load(session, expert_id)
        if not expert.active:
            raise RuleRefusal("already_retired", f"{expert.name} is already retired")
        still = session.scalars(
            assignments_ahead_query(expert_id, today, lifecycle.COMMITTED_STATUSES)
        ).all()
        if still:
            raise RuleRefusal(
                "still_assigned",
                f"{expert.name} is still assigned to "
                f"{', '.join(f'IEM-{i}' for i in still)}; unassign them "
                "before retiring the expert",
            )
        before = audit.snapshot(expert)
        expert.active = False
        audit.record(
            session,
            db.actor,
            "expert.retire",
            ("expert", expert_id),
            before,
            audit.snapshot(expert),
        )
        return expert_id

    return db.write(use_case, needs=permissions.ADMIN)
