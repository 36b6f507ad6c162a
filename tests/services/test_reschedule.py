"""Moving engagements (the calendar's drag and resize): the rules are checked again and a
refused move writes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from engagements.domain.errors import RuleRefusal
from engagements.services.iem import IemRequestInput, assign_expert, request_iem
from engagements.services.partners import NewPartner, add_partner
from engagements.services.reschedule import move_iem, move_session
from engagements.services.sessions import SessionBooking, add_expert, book_session
from engagements.store.models import AuditEvent, IemRequest, TrainingSession

D = date


@pytest.fixture
def partner(db):
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
    add_expert(db, "E1", "Wang Lei", "Asia/Shanghai")
    return db


def _iem(db, today, start, end, approve=False):
    return request_iem(
        db, IemRequestInput("ENT", start, end, submitted=D(2026, 3, 2), approve=approve), today
    ).id


def _row(db, model, ident):
    with db.reading() as session:
        row = session.scalars(select(model).where(model.id == ident)).one()
        session.expunge(row)
        return row


def test_moving_a_request_recounts_its_lead_time_and_is_audited(partner, today):
    ident = _iem(partner, today, D(2026, 3, 20), D(2026, 3, 22))
    moved = move_iem(partner, ident, D(2026, 3, 10), D(2026, 3, 11))  # submitted: allowed
    assert not moved.meets_lead_time and moved.natural_days == 2
    row = _row(partner, IemRequest, ident)
    assert (row.start, row.end) == (D(2026, 3, 10), D(2026, 3, 11))
    with partner.reading() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "iem.move" in actions


def test_moving_an_approved_request_before_its_lead_time_is_refused(partner, today):
    ident = _iem(partner, today, D(2026, 3, 20), D(2026, 3, 22), approve=True)
    with pytest.raises(RuleRefusal) as refused:
        move_iem(partner, ident, D(2026, 3, 10), D(2026, 3, 12))
    assert refused.value.error == "justification_required"
    row = _row(partner, IemRequest, ident)
    assert (row.start, row.end) == (D(2026, 3, 20), D(2026, 3, 22))  # nothing written
    moved = move_iem(partner, ident, D(2026, 3, 10), D(2026, 3, 12), "launch moved forward")
    assert moved.justification == "launch moved forward"


def test_stretching_an_approved_request_past_the_allowance_is_refused(partner, today):
    ident = _iem(partner, today, D(2026, 4, 1), D(2026, 4, 8), approve=True)  # all 8 days
    move_iem(partner, ident, D(2026, 4, 2), D(2026, 4, 9))  # the same 8 days, moved: fine
    with pytest.raises(RuleRefusal) as refused:
        move_iem(partner, ident, D(2026, 4, 2), D(2026, 4, 10))
    assert refused.value.error == "allowance_exceeded" and "1 day short" in refused.value.reason


def test_moving_a_staffed_request_onto_the_experts_session_is_refused(partner, today):
    ident = _iem(partner, today, D(2026, 4, 1), D(2026, 4, 2), approve=True)
    assign_expert(partner, ident, "E1")
    book_session(
        partner,
        SessionBooking(
            "ENT",
            "E1",
            datetime(2026, 4, 6, 2, tzinfo=UTC),
            datetime(2026, 4, 6, 4, tzinfo=UTC),
            "architecture",
        ),
    )
    with pytest.raises(RuleRefusal) as refused:
        move_iem(partner, ident, D(2026, 4, 5), D(2026, 4, 6))
    assert refused.value.error == "expert_clash"


def test_moving_a_session_checks_the_expert_and_ignores_itself(partner, today):
    first = book_session(
        partner,
        SessionBooking(
            "ENT",
            "E1",
            datetime(2026, 5, 4, 1, tzinfo=UTC),
            datetime(2026, 5, 4, 3, tzinfo=UTC),
            "architecture",
        ),
    ).id
    other = book_session(
        partner,
        SessionBooking(
            "ENT",
            "E1",
            datetime(2026, 5, 5, 1, tzinfo=UTC),
            datetime(2026, 5, 5, 3, tzinfo=UTC),
            "usage-plan",
        ),
    ).id
    move_session(
        partner, first, datetime(2026, 5, 4, 2, tzinfo=UTC), datetime(2026, 5, 4, 4, tzinfo=UTC)
    )  # overlaps its old self only
    with pytest.raises(RuleRefusal) as refused:
        move_session(
            partner, first, datetime(2026, 5, 5, 2, tzinfo=UTC), datetime(2026, 5, 5, 4, tzinfo=UTC)
        )
    assert refused.value.error == "expert_clash" and str(other) in refused.value.reason
    row = _row(partner, TrainingSession, first)
    assert row.starts_at.astimezone(UTC) == datetime(2026, 5, 4, 2, tzinfo=UTC)
