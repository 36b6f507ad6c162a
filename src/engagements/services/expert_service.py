"""Expert-service uses and the downgrade/exit check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.expert_service import (
    BookedEngagement,
    DowngradeCase,
    DowngradeDecision,
    check_downgrade,
    require_expert_service_eligible,
)
from engagements.errors import InvalidInput
from engagements.services import audit
from engagements.services.database import Database
from engagements.services.partners import current_subscription, load_partner
from engagements.services.terms import outside_every_term, require_plannable, subscription_holding
from engagements.store.models import (
    EarlyExitApproval,
    ExpertServiceUse,
    Subscription,
)
from engagements.store.partner_queries import expert_uses_query
from engagements.store.subscription_queries import (
    booked_iem_query,
    booked_sessions_query,
    early_exit_approval_query,
    subscription_expert_uses_query,
)


@dataclass(frozen=True)
class ExpertUseRecord:
    id: int
    used_on: date
    summary: str
    performed_by: str


def record_expert_use(
    db: Database, partner_id: str, used_on: date, summary: str, performed_by: str | None = None
) -> int:
    """Record one use of the expert service; refused where the plan does not include it.

    The use is dated inside the term of the subscription it belongs to, which must be
    Enterprise (or another edition with the service) for 12 months or more.
    """
    if not summary.strip() or len(summary) > 4000:
        raise InvalidInput("a summary of what was done (1-4000 characters) is required", "summary")
    require_plannable(used_on, "date")

    def use_case(session: Session) -> int:
        partner = load_partner(session, partner_id)
        subscription = subscription_holding(partner, used_on)
        if subscription is None:
            raise outside_every_term(partner, used_on, "an expert-service use")
        require_expert_service_eligible(
            db.catalog.edition(subscription.edition), subscription.months, db.catalog
        )
        use = ExpertServiceUse(
            partner_id=partner_id,
            subscription_id=subscription.id,
            used_on=used_on,
            summary=summary.strip(),
            performed_by=performed_by or db.actor,
        )
        session.add(use)
        session.flush()
        audit.record(
            session,
            db.actor,
            "expert_service.record",
            ("expert_service_use", use.id),
            None,
            audit.snapshot(use),
        )
        return use.id

    return db.write(use_case)


def expert_uses(db: Database, partner_id: str) -> list[ExpertUseRecord]:
    with db.reading() as session:
        load_partner(session, partner_id)
        rows = session.execute(expert_uses_query(partner_id))
        return [
            ExpertUseRecord(use_id, used_on, summary, performed_by)
            for use_id, used_on, summary, performed_by in rows
        ]


def approve_early_exit(db: Database, partner_id: str, on: date, reason: str) -> int:
    """Record an approval to downgrade or leave before the committed term ends."""
    if not reason.strip():
        raise InvalidInput("an early-exit approval needs a reason", "reason")

    def use_case(session: Session) -> int:
        subscription = current_subscription(load_partner(session, partner_id), on)
        approval = EarlyExitApproval(
            subscription_id=subscription.id,
            approved_by=db.actor,
            approved_on=on,
            reason=reason.strip(),
        )
        session.add(approval)
        session.flush()
        audit.record(
            session,
            db.actor,
            "subscription.approve_early_exit",
            ("subscription", subscription.id),
            None,
            audit.snapshot(approval),
            reason,
        )
        return approval.id

    return db.write(use_case)


def downgrade_check(
    db: Database, partner_id: str, target: str | None, on: date
) -> DowngradeDecision:
    """May the partner's subscription move to ``target`` (None: end) with effect on ``on``?"""
    if target is not None and target not in db.catalog.editions:
        raise InvalidInput(
            f"unknown edition {target!r}; choose one of {', '.join(db.catalog.editions)} or none",
            "to",
        )
    require_plannable(on, "on")
    with db.reading() as session:
        subscription = current_subscription(load_partner(session, partner_id), on)
        case = DowngradeCase(
            current=db.catalog.edition(subscription.edition),
            target=db.catalog.edition(target) if target else None,
            start=subscription.start,
            months=subscription.months,
            expert_uses=tuple(
                (use_id, used_on)
                for use_id, used_on in session.execute(
                    subscription_expert_uses_query(subscription.id)
                )
            ),
            early_exit_approved=session.scalar(early_exit_approval_query(subscription.id))
            is not None,
            booked=tuple(_booked(session, subscription)),
        )
        return check_downgrade(case, on, db.catalog)


def _booked(session: Session, subscription: Subscription) -> list[BookedEngagement]:
    iem = session.execute(
        booked_iem_query(
            subscription.partner_id, lifecycle.COMMITTED_STATUSES - {lifecycle.COMPLETED}
        )
    )
    booked = [BookedEngagement("iem", i, start, end) for i, start, end in iem]
    sessions = session.execute(
        booked_sessions_query(subscription.partner_id, lifecycle.SESSION_SCHEDULED)
    )
    booked += [BookedEngagement("session", i, at.date(), at.date()) for i, at in sessions]
    return booked
