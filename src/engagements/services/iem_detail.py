"""What the request window shows about one IEM request, and the rules' live answer for
changed dates (the request itself not counted twice)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.allowance import (
    DateSpan,
    allowance_position,
    allowance_years_touched,
    distinct_days_in,
)
from engagements.services.allowance import purchases_of
from engagements.services.database import Database
from engagements.services.errors import NotFound
from engagements.services.partners import current_subscription, load_partner
from engagements.services.previews import IemPreview, YearEffect, preview_iem
from engagements.store.models import Expert, IemRequest, SubClientAccount

ALLOWANCE_PROBLEM = "approving would"  # how previews word an allowance shortfall


@dataclass(frozen=True)
class IemDetail:
    id: int
    partner_id: str
    partner_name: str
    status: str
    submitted: date
    start: date
    end: date
    event_name: str
    event_type: str
    description: str
    sub_client: tuple[str, str] | None  # (account id, name)
    contact_name: str | None
    contact_email: str | None
    contact_phone: str | None
    meets_lead_time: bool
    justification: str | None
    rejection_reason: str | None
    expert_id: str | None
    expert_name: str | None

    @property
    def allowed_next(self) -> frozenset[str]:
        """The statuses the domain's life cycle allows from here."""
        return lifecycle.ALLOWED_TRANSITIONS.get(self.status, frozenset())


def iem_detail(db: Database, request_id: int) -> IemDetail:
    with db.reading() as session:
        row = session.get(IemRequest, request_id)
        if row is None:
            raise NotFound("IEM request", request_id)
        client = session.get(SubClientAccount, row.sub_client_id) if row.sub_client_id else None
        expert = session.get(Expert, row.expert_id) if row.expert_id else None
        return IemDetail(
            row.id, row.partner_id, row.partner.name, row.status, row.submitted, row.start,
            row.end, row.event_name, row.event_type, row.description,
            (client.account_id, client.name) if client else None, row.contact_name,
            row.contact_email, row.contact_phone, row.meets_lead_time, row.justification,
            row.rejection_reason, row.expert_id, expert.name if expert else None)


def preview_iem_edit(db: Database, request_id: int, start: date, end: date) -> IemPreview:
    """The lead time (from the original submission) and allowance for new dates, with the
    request's own current dates left out of what is already used or pending."""
    detail = iem_detail(db, request_id)
    base = preview_iem(db, detail.partner_id, detail.submitted, start, end)
    if end < start:
        return base
    with db.reading() as session:
        effects = _year_effects_without(session, db, detail, (start, end))
    problems = [p for p in base.problems if not p.startswith(ALLOWANCE_PROBLEM)]
    problems += [f"approving would use {e.used_after} of {e.available} IEM days in "
                 f"{e.year_start} to {e.year_end}: {-e.left_after} short"
                 for e in effects if e.available and e.left_after < 0]
    return replace(base, years=effects, problems=problems)


def _year_effects_without(session: Session, db: Database, detail: IemDetail,
                          span: DateSpan) -> list[YearEffect]:
    subscription = current_subscription(load_partner(session, detail.partner_id), span[0])
    years = allowance_years_touched(subscription.start, span, db.catalog.year_basis)
    others = select(IemRequest.start, IemRequest.end, IemRequest.status).where(
        IemRequest.partner_id == detail.partner_id, IemRequest.id != detail.id,
        IemRequest.end >= years[0].start, IemRequest.start <= years[-1].end)
    committed: list[DateSpan] = []
    pending: list[DateSpan] = []
    for first, last, status in session.execute(others):
        if status in lifecycle.COMMITTED_STATUSES:
            committed.append((first, last))
        elif status in lifecycle.PENDING_STATUSES:
            pending.append((first, last))
    included = db.catalog.edition(subscription.edition).iem_days_per_year
    purchases = purchases_of(session, detail.partner_id)
    positions = [allowance_position(year, included, purchases, committed, pending)
                 for year in years]
    return [YearEffect(p.year.start, p.year.end, p.available, p.used,
                       distinct_days_in([*committed, span], p.year)) for p in positions]
