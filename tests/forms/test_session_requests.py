"""Imported session requests are a work queue: booked once, or declined with a reason."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from engagements.domain.errors import NotFound, RuleRefusal
from engagements.errors import InvalidInput
from engagements.services import forms, sessions
from engagements.services.audit import audit_trail
from engagements.store.models import SessionRequest, TrainingSession
from tests.forms.conftest import SESSION_VALUES, fill

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def requested(partners, today, tmp_path):
    """A pending session request from P001, and an expert to book it with."""
    sessions.add_expert(partners, "E1", "Wang Lei", "Asia/Shanghai")
    forms.export_form(partners, "P001", tmp_path / "p.pdf", today)
    filled = fill(tmp_path / "p.pdf", tmp_path / "f.pdf", SESSION_VALUES)
    return forms.import_form(partners, filled, today).created[0]


def test_booking_a_request_books_the_session_and_takes_it_off_the_queue(partners, requested):
    pending = forms.pending_session_requests(partners)[0]
    starts = pending.preferred_start
    booked = forms.book_requested_session(
        partners, requested, "E1", starts, starts + timedelta(hours=2)
    )
    assert booked.status == "scheduled" and booked.starts_at == starts
    with partners.reading() as session:
        row = session.get(SessionRequest, requested)
        assert (row.status, row.session_id) == ("booked", booked.id)
        held = session.get(TrainingSession, booked.id)
        assert (held.form_id, held.topic, held.timezone) == (
            row.form_id,
            "architecture",
            "Asia/Shanghai",
        )
    assert forms.pending_session_requests(partners) == []
    actions = [e.action for e in audit_trail(partners, ("session_request", str(requested)))]
    assert actions == ["session_request.book", "session_request.create"]
    with pytest.raises(RuleRefusal) as again:
        forms.book_requested_session(
            partners,
            requested,
            "E1",
            starts + timedelta(days=1),
            starts + timedelta(days=1, hours=1),
        )
    assert again.value.error == "invalid_transition"


def test_naive_times_are_read_in_the_partners_zone(partners, requested):
    booked = forms.book_requested_session(
        partners, requested, "E1", datetime(2026, 12, 15, 14, 0), datetime(2026, 12, 15, 15, 0)
    )
    assert booked.starts_at == datetime(2026, 12, 15, 14, 0, tzinfo=SHANGHAI)


def test_a_refused_booking_leaves_the_request_pending(partners, requested):
    starts = datetime(2026, 12, 15, 10, 0, tzinfo=SHANGHAI)
    forms.book_requested_session(partners, requested, "E1", starts, starts + timedelta(hours=1))
    # A second request for the same hour clashes with the expert's booked session.
    other = _second_request(partners)
    with pytest.raises(RuleRefusal):
        forms.book_requested_session(partners, other, "E1", starts, starts + timedelta(hours=1))
    with partners.reading() as session:
        assert session.get(SessionRequest, other).status == "pending"
        assert len(session.scalars(select(TrainingSession)).all()) == 1


def _second_request(db):
    import tempfile
    from pathlib import Path

    from tests.conftest import TODAY

    folder = Path(tempfile.mkdtemp())
    forms.export_form(db, "P001", folder / "p.pdf", TODAY)
    return forms.import_form(
        db, fill(folder / "p.pdf", folder / "f.pdf", SESSION_VALUES), TODAY
    ).created[0]


def test_declining_needs_a_reason_and_is_final(partners, requested):
    with pytest.raises(InvalidInput):
        forms.decline_session_request(partners, requested, "   ")
    forms.decline_session_request(partners, requested, "No expert free that week")
    with partners.reading() as session:
        row = session.get(SessionRequest, requested)
        assert (row.status, row.decline_reason) == ("declined", "No expert free that week")
    assert forms.pending_session_requests(partners) == []
    event = audit_trail(partners, ("session_request", str(requested)), limit=1)[0]
    assert event.action == "session_request.decline" and event.after["status"] == "declined"
    with pytest.raises(RuleRefusal):
        forms.decline_session_request(partners, requested, "again")
    with pytest.raises(NotFound):
        forms.decline_session_request(partners, 9999, "missing")


def test_warnings_are_stored_with_the_request(partners, requested):
    with partners.reading() as session:
        assert json.loads(session.get(SessionRequest, requested).warnings) == []
