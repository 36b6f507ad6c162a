"""Undo's service steps, on both databases: back to the state before, audited, and only
while nobody has moved the engagement on; going back to a committed state is checked again."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from engagements.domain.errors import RuleRefusal
from engagements.services import sessions
from engagements.services.audit import audit_trail
from engagements.services.iem import (
    IemRequestInput,
    approve_iem,
    cancel_iem,
    reject_iem,
    request_iem,
)
from engagements.services.partners import NewPartner, add_partner
from engagements.services.reversals import restore_iem_status, restore_session

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


def _request(db, today, start, end):
    return request_iem(
        db, IemRequestInput(partner_id="ENT", start=start, end=end, submitted=D(2026, 3, 2)), today
    ).id


def test_an_approval_undone_is_submitted_again_and_audited(db, enterprise, today):
    made = _request(db, today, D(2026, 6, 1), D(2026, 6, 2))
    approve_iem(db, made)
    assert restore_iem_status(db, made, "approved", "submitted") == "submitted"
    last = audit_trail(db, ("iem_request", str(made)), 1)[0]
    assert last.action == "iem.undo" and last.before["status"] == "approved"
    assert last.after["status"] == "submitted"


def test_a_rejection_undone_forgets_its_reason(db, enterprise, today):
    made = _request(db, today, D(2026, 6, 1), D(2026, 6, 2))
    reject_iem(db, made, "no budget")
    restore_iem_status(db, made, "rejected", "submitted")
    assert audit_trail(db, ("iem_request", str(made)), 1)[0].after["rejection_reason"] is None


def test_nothing_is_undone_once_someone_moved_the_request_on(db, enterprise, today):
    made = _request(db, today, D(2026, 6, 1), D(2026, 6, 2))
    approve_iem(db, made)
    cancel_iem(db, made)  # someone else cancelled it after the approval
    with pytest.raises(RuleRefusal, match="cancelled now, no longer approved"):
        restore_iem_status(db, made, "approved", "submitted")


def test_a_cancellation_is_undone_only_while_the_days_are_still_there(db, enterprise, today):
    first = _request(db, today, D(2026, 6, 1), D(2026, 6, 8))  # 8 days: the whole allowance
    approve_iem(db, first)
    cancel_iem(db, first)
    second = _request(db, today, D(2026, 7, 1), D(2026, 7, 2))
    approve_iem(db, second)  # took two of the freed days
    with pytest.raises(RuleRefusal):
        restore_iem_status(db, first, "cancelled", "approved")
    assert audit_trail(db, ("iem_request", str(first)), 1)[0].action == "iem.cancel"


def test_a_cancelled_session_is_booked_again_if_the_expert_is_free(db, enterprise):
    sessions.add_expert(db, "E1", "Wang Lei", "Asia/Shanghai")
    starts = datetime(2026, 6, 3, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
    booked = sessions.book_session(
        db,
        sessions.SessionBooking("ENT", "E1", starts, starts + timedelta(hours=2), "architecture"),
    ).id
    sessions.cancel_session(db, booked)
    assert restore_session(db, booked).status == "scheduled"
    sessions.cancel_session(db, booked)
    sessions.book_session(
        db,
        sessions.SessionBooking(  # the expert's time is taken
            "ENT", "E1", starts, starts + timedelta(hours=2), "usage-plan"
        ),
    )
    with pytest.raises(RuleRefusal, match="already booked"):
        restore_session(db, booked)
