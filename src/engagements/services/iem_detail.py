"""What the request window shows about one IEM request, and the rules' live answer for
changed dates (the request itself not counted twice)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from engagements.domain import findings
from engagements.domain import status as lifecycle
from engagements.domain.allowance import DateSpan, allowance_years_touched
from engagements.domain.errors import NotFound
from engagements.services.allowance import partner_iem_days
from engagements.services.database import Database
from engagements.services.partners import current_subscription, load_partner
from engagements.services.previews import (
    IemPreview,
    YearEffect,
    over_allowance_findings,
    preview_iem,
    year_effects,
)
from engagements.store.models import Expert, IemRequest, SubClientAccount


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
        return lifecycle.next_statuses(self.status)


def iem_detail(db: Database, request_id: int) -> IemDetail:
    with db.reading() as session:
        row = session.get(IemRequest, request_id)
        if row is None:
            raise NotFound("IEM request", request_id)
        client = session.get(SubClientAccount, row.sub_client_id) if row.sub_client_id else None
        expert = session.get(Expert, row.expert_id) if row.expert_id else None
        return IemDetail(
            row.id,
            row.partner_id,
            row.partner.name,
            row.status,
            row.submitted,
            row.start,
            row.end,
            row.event_name,
            row.event_type,
            row.description,
            (client.account_id, client.name) if client else None,
            row.contact_name,
            row.contact_email,
            row.contact_phone,
            row.meets_lead_time,
            row.justification,
            row.rejection_reason,
            row.expert_id,
            expert.name if expert else None,
        )


def preview_iem_edit(db: Database, request_id: int, start: date, end: date) -> IemPreview:
    """The lead time (from the original submission) and allowance for new dates, with the
    request's own current dates left out of what is already used or pending."""
    detail = iem_detail(db, request_id)
    base = preview_iem(db, detail.partner_id, detail.submitted, start, end)
    if end < start:
        return base
    with db.reading() as session:
        effects = _year_effects_without(session, db, detail, (start, end))
    # The allowance answer is asked again without the request's own dates.
    problems = [p for p in base.problem_findings if p.kind != findings.OVER_ALLOWANCE]
    problems += over_allowance_findings(effects)
    return replace(base, years=effects, problem_findings=tuple(problems))


def _year_effects_without(
    session: Session, db: Database, detail: IemDetail, span: DateSpan
) -> list[YearEffect]:
    subscription = current_subscription(load_partner(session, detail.partner_id), span[0])
    days = partner_iem_days(session, db, subscription, span)
    # The request's current dates are read back with the others (as committed or as
    # pending): it is the event asked about, so they count once, as ``span``.
    own = (detail.start, detail.end)
    committed, pending = list(days.committed), list(days.pending)
    for spans, statuses in (
        (committed, lifecycle.COMMITTED_STATUSES),
        (pending, lifecycle.PENDING_STATUSES),
    ):
        if detail.status in statuses and own in spans:
            spans.remove(own)
    days = replace(days, committed=committed, pending=pending)
    years = allowance_years_touched(subscription.start, span, db.catalog.year_basis)
    return year_effects([days.position(year) for year in years], days, span)
