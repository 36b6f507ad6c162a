"""The audit trail: one record per change, in the same transaction, that nobody can rewrite.

Also the database's own guards, checked with raw SQL so no service check can hide them:
the append-only triggers and the expert double-booking constraint (PostgreSQL) / trigger
(SQLite).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import partial

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import DBAPIError

from engagements.domain.errors import RuleRefusal
from engagements.services import audit, iem, sessions
from engagements.services.expert_service import approve_early_exit, record_expert_use
from engagements.services.partners import NewPartner, add_partner, add_sub_client
from engagements.services.team import add_review_note
from engagements.store.models import AuditEvent, ReviewNote, TrainingSession

ENTERPRISE = NewPartner(
    id="P1", name="杭州云帆科技有限公司", edition="enterprise", start=date(2026, 1, 1), months=12
)
SESSION_START = datetime(2026, 12, 15, 2, 0, tzinfo=UTC)


def request(db, day: date = date(2026, 3, 2)) -> int:
    return iem.request_iem(
        db,
        iem.IemRequestInput(partner_id="P1", start=day, end=day, submitted=date(2026, 1, 5)),
        today=date(2026, 1, 5),
    ).id


def book(db, expert: str = "E1", start: datetime = SESSION_START) -> int:
    return sessions.book_session(
        db,
        sessions.SessionBooking(
            partner_id="P1",
            expert_id=expert,
            starts_at=start,
            ends_at=start + timedelta(hours=1),
            topic="architecture",
        ),
    ).id


def holiday_schedules():
    return pytest.importorskip("engagements.services.holiday_schedules")


def on_new_request(change, day: date, *args):
    """Prepare a request of its own for a status change, so the changes do not interfere."""
    return lambda db: partial(change, db, request(db, day), *args)


# (prepare, returning the change to make; the audit action it must leave; its entity kind)
CHANGES = [
    (lambda db: partial(add_partner, db, replace(ENTERPRISE, id="P2")), "partner.add", "partner"),
    (
        lambda db: partial(add_sub_client, db, "P1", "ACC-1", "子客户"),
        "sub_client.add",
        "sub_client",
    ),
    (lambda db: partial(request, db, date(2026, 4, 1)), "iem.request", "iem_request"),
    (on_new_request(iem.approve_iem, date(2026, 4, 2)), "iem.approve", "iem_request"),
    (on_new_request(iem.reject_iem, date(2026, 4, 3), "out of scope"), "iem.reject", "iem_request"),
    (on_new_request(iem.cancel_iem, date(2026, 4, 4), "event moved"), "iem.cancel", "iem_request"),
    (
        lambda db: partial(iem.purchase_days, db, "P1", 4, date(2026, 1, 1), date(2026, 12, 31)),
        "iem.purchase",
        "iem_purchase",
    ),
    (lambda db: partial(sessions.add_expert, db, "E2", "Li Na"), "expert.add", "expert"),
    (
        lambda db: partial(book, db, "E1", SESSION_START + timedelta(days=1)),
        "session.book",
        "session",
    ),
    (
        lambda db: partial(
            sessions.cancel_session,
            db,
            book(db, "E1", SESSION_START + timedelta(days=2)),
            "partner asked",
        ),
        "session.cancel",
        "session",
    ),
    (
        lambda db: partial(record_expert_use, db, "P1", date(2026, 6, 1), "Capacity review"),
        "expert_service.record",
        "expert_service_use",
    ),
    (
        lambda db: partial(approve_early_exit, db, "P1", date(2026, 6, 1), "merger"),
        "subscription.approve_early_exit",
        "subscription",
    ),
    (
        lambda db: partial(
            holiday_schedules().add_adjustment,
            db,
            "CN",
            date(2026, 12, 24),
            "holiday",
            "Christmas Eve",
        ),
        "calendar.add_adjustment",
        "holiday_adjustment",
    ),
    (
        lambda db: partial(holiday_schedules().remove_adjustment, db, "CN", date(2026, 10, 1)),
        "calendar.remove_adjustment",
        "holiday_adjustment",
    ),
]


def database_now(db) -> datetime:
    with db.reading() as session:
        moment = session.scalar(select(func.current_timestamp()))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@pytest.fixture
def seeded(db):
    add_partner(db, ENTERPRISE)
    sessions.add_expert(db, "E1", "Wang Lei")
    holiday_schedules().add_adjustment(db, "CN", date(2026, 10, 1), "holiday", "National Day")
    return db, {"request": request(db), "session": book(db)}


def test_every_change_appends_one_audit_record(seeded):
    db, _ = seeded
    for prepare, action, kind in CHANGES:
        change = prepare(db)
        before = audit.audit_trail(db, limit=1000)
        started = database_now(db).replace(microsecond=0)
        change()
        after = audit.audit_trail(db, limit=1000)
        assert len(after) == len(before) + 1, action
        newest = after[0]
        assert (newest.action, newest.actor) == (action, "asm-tester")
        assert newest.entity.startswith(f"{kind}:"), action
        assert newest.before or newest.after, action
        # The database's clock, not the client's: within the transaction's span.
        assert started <= newest.at <= database_now(db), action


def test_status_changes_keep_before_after_and_reason(seeded):
    db, ids = seeded
    iem.reject_iem(db, ids["request"], "out of scope")
    newest = audit.audit_trail(db, ("iem_request", str(ids["request"])), limit=1)[0]
    assert (newest.before["status"], newest.after["status"]) == ("submitted", "rejected")
    assert newest.reason == "out of scope"


def test_a_refused_change_leaves_no_audit_record(seeded):
    db, _ = seeded
    for day in range(8):
        iem.approve_iem(db, request(db, date(2026, 5, 1) + timedelta(days=day)))
    late = request(db, date(2026, 6, 1))
    before = len(audit.audit_trail(db, limit=1000))
    with pytest.raises(RuleRefusal):
        iem.approve_iem(db, late)
    assert len(audit.audit_trail(db, limit=1000)) == before


def test_the_audit_record_is_in_the_same_transaction_as_the_change(seeded):
    db, _ = seeded
    before = len(audit.audit_trail(db, limit=1000))

    def change_then_fail(session):
        audit.record(session, db.actor, "partner.rename", ("partner", "P1"), None, {"x": 1})
        session.flush()
        raise RuleRefusal("late_failure", "something after the audit record failed")

    with pytest.raises(RuleRefusal):
        db.write(change_then_fail)
    assert len(audit.audit_trail(db, limit=1000)) == before


def test_the_audit_trail_refuses_update_and_delete_even_to_the_owner(seeded):
    db, _ = seeded
    count = len(audit.audit_trail(db, limit=1000))
    for statement in ("UPDATE audit_events SET actor = 'someone else'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"):
            with db.engine.begin() as connection:
                connection.execute(text(statement))
    assert len(audit.audit_trail(db, limit=1000)) == count


def test_truncating_the_audit_trail_is_refused_on_postgresql(postgres_url):
    from engagements.services.database import Database

    db = Database.open(postgres_url)
    with pytest.raises(DBAPIError, match="append-only"):
        with db.engine.begin() as connection:
            connection.execute(text("TRUNCATE audit_events CASCADE"))
    db.engine.dispose()


def raw_session(connection, start: datetime, minutes: int, status: str = "scheduled") -> None:
    """An INSERT past every service check (Core, so instants are stored as the app stores them)."""
    connection.execute(
        insert(TrainingSession),
        {
            "partner_id": "P1",
            "subscription_id": 1,
            "expert_id": "E1",
            "starts_at": start,
            "ends_at": start + timedelta(minutes=minutes),
            "timezone": "UTC",
            "topic": "architecture",
            "attendees": "",
            "on_site": False,
            "status": status,
            "version": 1,
        },
    )


def test_the_database_itself_refuses_a_double_booking(seeded):
    db, _ = seeded  # E1 is booked 02:00-03:00 UTC on 15 December
    with pytest.raises(DBAPIError, match="double-booked|no_double_booking"):
        with db.engine.begin() as connection:
            raw_session(connection, SESSION_START + timedelta(minutes=30), 60)
    with db.engine.begin() as connection:  # half-open: back to back is fine ...
        raw_session(connection, SESSION_START + timedelta(hours=1), 60)
        raw_session(connection, SESSION_START - timedelta(hours=1), 60)
        # ... and a cancelled session blocks nobody.
        raw_session(connection, SESSION_START, 60, status="cancelled")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(text("training_sessions"))) == 4


def test_review_notes_on_sqlite_are_written_with_their_audit_record(sqlite_db):
    note_id = add_review_note(sqlite_db, ("partner", "P1"), "  Looks fine  ")
    with sqlite_db.reading() as session:
        note = session.execute(
            select(ReviewNote.text, ReviewNote.author).where(ReviewNote.id == note_id)
        ).one()
        audited = session.scalars(select(AuditEvent.action)).all()
    assert tuple(note) == ("Looks fine", sqlite_db.actor)
    assert audited == ["review_note.add"]
