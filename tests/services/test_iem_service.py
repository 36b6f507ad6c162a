"""IEM requests through the services, on both databases: what is written and what is refused."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from engagements.domain.errors import RuleRefusal
from engagements.errors import InvalidInput
from engagements.services.allowance import allowance_summary
from engagements.services.iem import (
    IemRequestInput,
    advance_iem,
    approve_iem,
    cancel_iem,
    purchase_days,
    reject_iem,
    request_iem,
)
from engagements.services.partners import NewPartner, add_partner
from engagements.store.models import AuditEvent, IemRequest, IemStatusChange

D = date


@pytest.fixture
def enterprise(db):
    add_partner(
        db,
        NewPartner(
            id="ENT",
            name="星河数据有限公司",
            edition="enterprise",
            start=D(2026, 1, 1),
            months=12,
            calendar="CN",
        ),
    )
    return "ENT"


def _request(db, today, start, end, submitted=None, **extra):
    return request_iem(
        db,
        IemRequestInput(
            partner_id="ENT", start=start, end=end, submitted=submitted or D(2026, 3, 2), **extra
        ),
        today,
    )


def _count(db, model):
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_request_records_lead_time_and_natural_days(db, enterprise, today):
    outcome = _request(db, today, D(2026, 3, 20), D(2026, 3, 22), submitted=D(2026, 3, 2))
    assert outcome.status == "submitted"
    assert outcome.natural_days == 3
    assert outcome.earliest_start == D(2026, 3, 16)  # 10 business days after Mon 2 March
    assert outcome.meets_lead_time and outcome.notice_business_days == 14
    assert allowance_summary(db, "ENT", D(2026, 3, 2)).iem_days_pending == 3


def test_late_request_is_kept_and_needs_a_justification_to_approve(db, enterprise, today):
    late = _request(db, today, D(2026, 3, 10), D(2026, 3, 10), submitted=D(2026, 3, 2))
    assert not late.meets_lead_time and late.status == "submitted"
    with pytest.raises(RuleRefusal) as refused:
        approve_iem(db, late.id)
    assert refused.value.error == "justification_required"
    approved = approve_iem(db, late.id, "Regulator moved the launch; team has capacity")
    assert approved.status == "approved"
    assert approved.justification == "Regulator moved the launch; team has capacity"


def test_approval_beyond_eight_days_is_refused_with_the_shortfall(db, enterprise, today):
    _request(db, today, D(2026, 4, 1), D(2026, 4, 6), approve=True)  # 6 days
    second = _request(db, today, D(2026, 5, 1), D(2026, 5, 3))  # 3 more: 1 short
    with pytest.raises(RuleRefusal, match="1 day short"):
        approve_iem(db, second.id)
    summary = allowance_summary(db, "ENT", D(2026, 5, 1))
    assert (summary.iem_days_used, summary.iem_days_remaining) == (6, 2)
    purchase_days(db, "ENT", 2, D(2026, 1, 1), D(2026, 12, 31))
    assert approve_iem(db, second.id).status == "approved"
    summary = allowance_summary(db, "ENT", D(2026, 5, 1))
    assert (summary.iem_days_purchased, summary.iem_days_used, summary.iem_days_remaining) == (
        2,
        9,
        1,
    )


def test_refused_request_with_approve_writes_nothing(db, enterprise, today):
    _request(db, today, D(2026, 4, 1), D(2026, 4, 8), approve=True)  # all 8 days
    before = (_count(db, IemRequest), _count(db, IemStatusChange), _count(db, AuditEvent))
    with pytest.raises(RuleRefusal):
        _request(db, today, D(2026, 6, 1), D(2026, 6, 1), approve=True)
    assert (_count(db, IemRequest), _count(db, IemStatusChange), _count(db, AuditEvent)) == before


def test_events_on_the_same_dates_use_them_once(db, enterprise, today):
    _request(db, today, D(2026, 4, 1), D(2026, 4, 4), approve=True)
    _request(db, today, D(2026, 4, 3), D(2026, 4, 6), approve=True)
    assert allowance_summary(db, "ENT", D(2026, 4, 1)).iem_days_used == 6


def test_rejected_and_cancelled_requests_count_nothing(db, enterprise, today):
    rejected = _request(db, today, D(2026, 4, 1), D(2026, 4, 2))
    reject_iem(db, rejected.id, "out of scope")
    cancelled = _request(db, today, D(2026, 5, 1), D(2026, 5, 2), approve=True)
    assert cancel_iem(db, cancelled.id).status == "cancelled"
    summary = allowance_summary(db, "ENT", D(2026, 4, 1))
    assert (summary.iem_days_used, summary.iem_days_pending) == (0, 0)


def test_life_cycle_through_the_services(db, enterprise, today):
    request = _request(db, today, D(2026, 4, 1), D(2026, 4, 2), approve=True)
    assert advance_iem(db, request.id, "scheduled").status == "scheduled"
    assert advance_iem(db, request.id, "in_progress").status == "in_progress"
    with pytest.raises(RuleRefusal, match="cannot become"):
        cancel_iem(db, request.id)
    assert advance_iem(db, request.id, "completed").status == "completed"
    assert allowance_summary(db, "ENT", D(2026, 4, 1)).iem_days_used == 2
    with db.reading() as session:
        history = session.scalars(
            select(IemStatusChange.to_status)
            .where(IemStatusChange.request_id == request.id)
            .order_by(IemStatusChange.id)
        ).all()
    assert history == ["submitted", "approved", "scheduled", "in_progress", "completed"]


def test_events_outside_the_term_and_editions_without_iem_are_refused(db, enterprise, today):
    with pytest.raises(RuleRefusal, match="outside the subscription's term"):
        _request(db, today, D(2026, 12, 30), D(2027, 1, 2))
    add_partner(
        db, NewPartner(id="STD", name="Std", edition="standard", start=D(2026, 1, 1), months=12)
    )
    with pytest.raises(RuleRefusal, match="includes no IEM"):
        request_iem(
            db,
            IemRequestInput(
                partner_id="STD", start=D(2026, 4, 1), end=D(2026, 4, 1), submitted=D(2026, 3, 1)
            ),
            today,
        )


def test_bad_values_are_refused_before_anything_is_read(db, enterprise, today):
    with pytest.raises(InvalidInput, match="ends before it starts"):
        _request(db, today, D(2026, 4, 2), D(2026, 4, 1))
    with pytest.raises(InvalidInput, match="event type"):
        _request(db, today, D(2026, 4, 1), D(2026, 4, 1), event_type="party")
    assert _count(db, IemRequest) == 0


def test_every_change_leaves_one_audit_record(db, enterprise, today):
    request = _request(db, today, D(2026, 4, 1), D(2026, 4, 2))
    approve_iem(db, request.id)
    cancel_iem(db, request.id, "partner postponed")
    with db.reading() as session:
        actions = session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.entity_kind == "iem_request")
            .order_by(AuditEvent.id)
        ).all()
        reason = session.scalar(select(AuditEvent.reason).where(AuditEvent.action == "iem.cancel"))
    assert actions == ["iem.request", "iem.approve", "iem.cancel"]
    assert reason == "partner postponed"
