"""IEM requests: record, approve, reject, cancel, move through their life cycle; purchases."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from engagements.domain import status as lifecycle
from engagements.domain.allowance import (
    DateSpan,
    natural_days,
    require_room_for,
)
from engagements.domain.errors import NotFound, RuleRefusal
from engagements.domain.events import EVENT_TYPES
from engagements.domain.lead_time import MET, LeadTimeAssessment, assess_lead_time
from engagements.domain.sessions import require_no_clash
from engagements.domain.terms import require_iem_entitled
from engagements.errors import InvalidInput
from engagements.services import audit
from engagements.services.allowance import (
    PartnerIemDays,
    partner_iem_days,
    partner_iem_days_from,
    partner_iem_queries,
)
from engagements.services.calendars import working_calendar
from engagements.services.database import Database
from engagements.services.iem_lead_time import (
    earliest_start_of,
    lead_time_columns,
    lead_time_of,
    require_lead_time_accepted,
)
from engagements.services.iem_overlaps import overlap_warning, overlapping_requests
from engagements.services.locks import lock_partner, lock_partner_of_request
from engagements.services.partners import current_subscription, find_or_add_sub_client, load_partner
from engagements.services.sessions import expert_busy_periods, whole_local_days
from engagements.services.terms import require_plannable
from engagements.store.lock_queries import (
    partner_lock,
    partner_of_request,
    request_columns_lock,
    request_lock,
    subscription_lock,
    subscription_of_request_columns_lock,
)
from engagements.store.models import (
    AuditEvent,
    Expert,
    IemPurchase,
    IemRequest,
    IemStatusChange,
    Subscription,
)
from engagements.store.partner_queries import record_from_row
from engagements.store.pipeline import pipelined

MAX_EVENT_DAYS = 366
MAX_TEXT = 4000


@dataclass(frozen=True)
class IemRequestInput:
    partner_id: str
    start: date
    end: date
    submitted: date | None = None  # default: today
    event_name: str = ""
    event_type: str = "other"
    description: str = ""
    sub_client: tuple[str, str] | None = None  # (account id, name)
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    justification: str | None = None
    approve: bool = False
    acknowledge_undetermined: bool = False  # approve even if the lead time is undetermined
    form_id: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class IemOutcome:
    """A request as recorded. ``lead_time`` is "met", "late" or "undetermined" (then
    ``meets_lead_time`` and ``earliest_start`` are None); ``notice_at_least``: the notice
    counts only days with holiday data, the real one may be longer."""

    id: int
    status: str
    natural_days: int
    meets_lead_time: bool | None
    earliest_start: date | None
    notice_business_days: int
    justification: str | None = None
    warnings: tuple[str, ...] = field(default=())
    lead_time: str = MET
    notice_at_least: bool = False
    submitted_after_start: bool = False
    overlapping_requests: tuple[int, ...] = ()  # the partner's standing requests, same dates


def validate_request(request: IemRequestInput) -> None:
    """Typed values first: dates in order and plannable, choices from the list, lengths."""
    for day, field_name in (
        (request.start, "event_start"),
        (request.end, "event_end"),
        (request.submitted, "submitted"),
    ):
        if day is not None:
            require_plannable(day, field_name)
    if request.end < request.start:
        raise InvalidInput("the event ends before it starts", "event_end")
    if natural_days((request.start, request.end)) > MAX_EVENT_DAYS:
        raise InvalidInput(
            f"an IEM event cannot cover more than {MAX_EVENT_DAYS} days", "event_end"
        )
    if request.event_type not in EVENT_TYPES:
        raise InvalidInput(
            f"unknown event type {request.event_type!r}; choose one of {', '.join(EVENT_TYPES)}",
            "event_type",
        )
    for name in ("event_name", "description", "justification"):
        value = getattr(request, name) or ""
        if len(value) > MAX_TEXT:
            raise InvalidInput(
                f"{name.replace('_', ' ')} is longer than {MAX_TEXT} characters", name
            )


def assess(
    session: Session, db: Database, subscription: Subscription, submitted: date, start: date | None
) -> LeadTimeAssessment:
    """The lead-time rule on the subscription's working calendar."""
    calendar = working_calendar(session, subscription.calendar)
    return assess_lead_time(calendar, submitted, start, db.catalog.required_business_days)


def request_iem(db: Database, request: IemRequestInput, today: date) -> IemOutcome:
    """Record an IEM request (and approve it at once when asked)."""
    validate_request(request)
    submitted = request.submitted or today

    def use_case(session: Session) -> IemOutcome:
        if request.approve:  # the approval's locks, in their order, before the insert
            lock_partner(session, request.partner_id)
        partner = load_partner(session, request.partner_id)
        subscription = current_subscription(partner, request.start)
        require_entitled(db, subscription, (request.start, request.end))
        lead = assess(session, db, subscription, submitted, request.start)
        sub_client_id = (
            find_or_add_sub_client(session, db.actor, partner.id, *request.sub_client)
            if request.sub_client
            else None
        )
        overlapping = overlapping_requests(session, partner.id, (request.start, request.end))
        warnings = [*request.warnings, *([overlap_warning(overlapping)] if overlapping else [])]
        row = IemRequest(
            partner_id=partner.id,
            subscription_id=subscription.id,
            sub_client_id=sub_client_id,
            event_name=request.event_name,
            event_type=request.event_type,
            description=request.description,
            submitted=submitted,
            start=request.start,
            end=request.end,
            status=lifecycle.SUBMITTED,
            **lead_time_columns(lead),
            justification=request.justification,
            contact_name=request.contact_name,
            contact_email=request.contact_email,
            contact_phone=request.contact_phone,
            form_id=request.form_id,
            warnings=json.dumps(warnings, ensure_ascii=False) or None,
        )
        session.add(row)
        session.flush()
        session.add(
            IemStatusChange(
                request_id=row.id, from_status=None, to_status=lifecycle.SUBMITTED, actor=db.actor
            )
        )
        audit.record(
            session, db.actor, "iem.request", ("iem_request", row.id), None, audit.snapshot(row)
        )
        if request.approve:
            _approve(session, db, row, request.justification, request.acknowledge_undetermined)
        return replace(outcome(row), overlapping_requests=tuple(overlapping))

    return db.write(use_case)


def require_entitled(db: Database, subscription: Subscription, span: DateSpan) -> None:
    """Refuse an IEM event the subscription does not cover: no IEM in its edition, or the
    event's days (inclusive) fall outside the subscription's committed term."""
    require_iem_entitled(
        db.catalog.edition(subscription.edition), subscription.start, subscription.months, span
    )


def outcome(row: IemRequest) -> IemOutcome:
    undetermined = row.lead_time_undetermined
    return IemOutcome(
        id=row.id,
        status=row.status,
        natural_days=natural_days((row.start, row.end)),
        meets_lead_time=None if undetermined else row.meets_lead_time,
        earliest_start=earliest_start_of(row),
        notice_business_days=row.notice_business_days,
        justification=row.justification,
        warnings=tuple(json.loads(row.warnings)) if row.warnings else (),
        lead_time=lead_time_of(row),
        notice_at_least=row.notice_at_least,
        submitted_after_start=row.start < row.submitted,
    )


def _load_request(session: Session, request_id: int, lock: bool = True) -> IemRequest:
    row = session.scalars(request_lock(request_id, lock)).one_or_none()
    if row is None:
        raise NotFound("IEM request", request_id)
    return row


def _approve(
    session: Session,
    db: Database,
    row: IemRequest,
    justification: str | None,
    acknowledge_undetermined: bool = False,
) -> None:
    lifecycle.require_transition(row.status, lifecycle.APPROVED)
    justification = (justification or "").strip() or row.justification
    require_lead_time_accepted(
        row, justification, acknowledge_undetermined, db.catalog.required_business_days
    )
    # One lock per partner: every approval for this partner queues on its subscription row.
    # populate_existing: the row may already be loaded (unlocked); read it again under the lock.
    subscription = session.scalars(subscription_lock(row.subscription_id, reread=True)).one()
    _require_room(session, db, subscription, row)
    before = audit.snapshot(row)
    _change_status(session, db, row, lifecycle.APPROVED, justification)
    row.justification = justification
    subscription.version += 1
    audit.record(
        session,
        db.actor,
        "iem.approve",
        ("iem_request", row.id),
        before,
        audit.snapshot(row),
        justification,
    )


def _require_room(
    session: Session, db: Database, subscription: Subscription, row: IemRequest
) -> None:
    _require_room_in(partner_iem_days(session, db, subscription, (row.start, row.end)), row)


def _require_room_in(days: PartnerIemDays, row: IemRequest) -> None:
    span = (row.start, row.end)
    committed = list(days.committed)
    if row.status in lifecycle.COMMITTED_STATUSES and span in committed:
        # A committed request being moved or edited is read back with its new days: it is
        # the event asked about, not one already paid for.
        committed.remove(span)
    require_room_for(days.years, days.included, days.purchases, committed, span)


def _change_status(
    session: Session, db: Database, row: IemRequest, target: str, reason: str | None
) -> None:
    session.add(
        IemStatusChange(
            request_id=row.id,
            from_status=row.status,
            to_status=target,
            actor=db.actor,
            reason=reason,
        )
    )
    row.status = target


def approve_iem(
    db: Database,
    request_id: int,
    justification: str | None = None,
    acknowledge_undetermined: bool = False,
) -> IemOutcome:
    """Approve a submitted request; a late one needs ``justification``, one whose lead
    time is undetermined needs ``acknowledge_undetermined``."""

    def use_case(session: Session) -> IemOutcome:
        if not db.is_sqlite:
            return _approve_in_two_round_trips(
                session, db, request_id, justification, acknowledge_undetermined
            )
        lock_partner_of_request(session, request_id)  # partner first, then the request
        row = _load_request(session, request_id)
        _approve(session, db, row, justification, acknowledge_undetermined)
        return outcome(row)

    return db.write(use_case)


def _approve_in_two_round_trips(
    session: Session,
    db: Database,
    request_id: int,
    justification: str | None,
    acknowledge_undetermined: bool,
) -> IemOutcome:
    """``_approve`` on PostgreSQL, where each statement waiting for its answer costs a
    round trip across the network: the same locks in the same order (partner, request,
    subscription) and the rule's reads go in one round trip, the same rules decide here,
    and the writes go with the commit in a second (``store.pipeline``)."""
    with pipelined(session) as wire:
        partner = wire.send(partner_lock(partner_of_request(request_id)))
        request = wire.send(request_columns_lock(request_id))
        held = wire.send(subscription_of_request_columns_lock(request_id))
        rule_reads = {
            name: wire.send(query)
            for name, query in partner_iem_queries(partner_of_request(request_id)).items()
        }
        found = request.first()
        if partner.first() is None or found is None:
            raise NotFound("IEM request", request_id)
        row: IemRequest = record_from_row(IemRequest, found)
        subscription: Subscription = record_from_row(Subscription, held.rows()[0])
        row.subscription = subscription
        lifecycle.require_transition(row.status, lifecycle.APPROVED)
        justification = (justification or "").strip() or row.justification
        require_lead_time_accepted(
            row, justification, acknowledge_undetermined, db.catalog.required_business_days
        )
        _require_room_in(
            partner_iem_days_from(
                db,
                subscription,
                (row.start, row.end),
                rule_reads["purchases"].rows(),
                rule_reads["iem_spans"].rows(),
            ),
            row,
        )
        before, from_status = audit.snapshot(row), row.status
        row.status, row.justification = lifecycle.APPROVED, justification
        wire.send(
            insert(AuditEvent).values(
                audit.event_values(
                    db.actor,
                    "iem.approve",
                    ("iem_request", row.id),
                    before,
                    audit.snapshot(row),
                    justification,
                )
            )
        )
        wire.send(
            update(Subscription)
            .where(Subscription.id == subscription.id)
            .values(version=subscription.version + 1)
        )
        # The row is locked: its version cannot have moved since it was read.
        wire.send(
            update(IemRequest)
            .where(IemRequest.id == row.id, IemRequest.version == row.version)
            .values(status=row.status, justification=justification, version=row.version + 1)
        )
        wire.send(
            insert(IemStatusChange).values(
                request_id=row.id,
                from_status=from_status,
                to_status=row.status,
                actor=db.actor,
                reason=justification,
            )
        )
        wire.commit()
    return outcome(row)


def reject_iem(db: Database, request_id: int, reason: str) -> IemOutcome:
    if not reason.strip():
        raise InvalidInput("a rejection needs a reason", "reason")
    return _transition(db, request_id, lifecycle.REJECTED, reason.strip(), "iem.reject")


def cancel_iem(db: Database, request_id: int, reason: str | None = None) -> IemOutcome:
    return _transition(db, request_id, lifecycle.CANCELLED, reason, "iem.cancel")


def advance_iem(db: Database, request_id: int, target: str) -> IemOutcome:
    """Move an approved request on: scheduled, in progress, completed."""
    if target not in (lifecycle.SCHEDULED, lifecycle.IN_PROGRESS, lifecycle.COMPLETED):
        raise InvalidInput(f"cannot set a request to {target!r} this way", "status")
    return _transition(db, request_id, target, None, f"iem.{target}")


def _transition(
    db: Database, request_id: int, target: str, reason: str | None, action: str
) -> IemOutcome:
    def use_case(session: Session) -> IemOutcome:
        row = _load_request(session, request_id)
        lifecycle.require_transition(row.status, target)
        before = audit.snapshot(row)
        _change_status(session, db, row, target, reason)
        if target == lifecycle.REJECTED:
            row.rejection_reason = reason
        audit.record(
            session, db.actor, action, ("iem_request", row.id), before, audit.snapshot(row), reason
        )
        return outcome(row)

    return db.write(use_case)


def purchase_days(
    db: Database, partner_id: str, days: int, valid_from: date, valid_to: date
) -> int:
    """Record bought IEM days; returns the purchase id."""
    if not 1 <= days <= 366:
        raise InvalidInput("bought days must be between 1 and 366", "days")
    if valid_to < valid_from:
        raise InvalidInput("a purchase's validity ends before it starts", "to")
    require_plannable(valid_from, "from")
    require_plannable(valid_to, "to")

    def use_case(session: Session) -> int:
        partner = load_partner(session, partner_id)
        edition = db.catalog.edition(current_subscription(partner, valid_from).edition)
        if not edition.includes_iem:
            raise RuleRefusal(
                "not_entitled",
                f"the {edition.label} edition includes no IEM, "
                "so IEM days cannot be bought as an add-on",
            )
        purchase = IemPurchase(
            partner_id=partner_id, days=days, valid_from=valid_from, valid_to=valid_to
        )
        session.add(purchase)
        session.flush()
        audit.record(
            session,
            db.actor,
            "iem.purchase",
            ("iem_purchase", purchase.id),
            None,
            audit.snapshot(purchase),
        )
        return purchase.id

    return db.write(use_case)


# Only committed events are staffed: their days are the ones that keep an expert busy.
ASSIGNABLE_STATUSES = lifecycle.STAFFED_STATUSES


def require_expert_free(session: Session, row: IemRequest, expert_id: str) -> None:
    """Refuse when the expert has a session or another IEM assignment on ``row``'s whole
    days, counted in the expert's time zone (``row`` itself never clashes with itself)."""
    expert = session.get(Expert, expert_id)
    if expert is None:
        return
    begins, ends = whole_local_days(row.start, row.end, expert.timezone)
    busy = [
        period
        for period in expert_busy_periods(session, expert.id, begins, ends)
        if not (period.kind == "iem" and period.id == row.id)
    ]
    require_no_clash(expert.id, begins, ends, busy)


def assign_expert(db: Database, request_id: int, expert_id: str) -> IemOutcome:
    """Put an expert on an IEM event's team for its whole days, in the expert's time zone.

    Refused when the expert already has a session or another IEM assignment at that time:
    an expert is never in two places at once.
    """

    def use_case(session: Session) -> IemOutcome:
        row = _load_request(session, request_id)
        if row.status not in ASSIGNABLE_STATUSES:
            raise RuleRefusal(
                "invalid_transition",
                f"an expert cannot be assigned to a request that is {row.status.replace('_', ' ')}",
            )
        expert = session.get(Expert, expert_id)
        if expert is None or not expert.active:
            raise NotFound("expert", expert_id)
        require_expert_free(session, row, expert.id)
        before = audit.snapshot(row)
        row.expert_id = expert.id
        audit.record(
            session,
            db.actor,
            "iem.assign_expert",
            ("iem_request", row.id),
            before,
            audit.snapshot(row),
        )
        return outcome(row)

    return db.write(use_case)
