"""The engine factory's promises: SQLite pragmas, BEGIN IMMEDIATE writes, guards in the database."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from engagements.store.models import AuditEvent, Expert, Partner, Subscription, TrainingSession


def test_sqlite_connections_use_wal_foreign_keys_full_sync_and_a_busy_timeout(sqlite_db):
    with sqlite_db.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 5000


def test_sqlite_write_transactions_take_the_write_lock_at_begin(sqlite_db, tmp_path):
    import sqlite3

    with sqlite_db.writing() as session:
        session.execute(text("SELECT count(*) FROM partners"))  # a read that decides a write
        other = sqlite3.connect(sqlite_db.engine.url.database, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with sqlite_db.reading() as session:
        session.execute(text("SELECT count(*) FROM partners"))
        other = sqlite3.connect(sqlite_db.engine.url.database, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # a reader does not hold the write lock
        other.rollback()
        other.close()


def _seed_expert_sessions(session):
    session.add_all([Partner(id="P1", name="P"), Expert(id="E1", name="E", timezone="UTC")])
    session.add(
        Subscription(
            partner_id="P1", edition="enterprise", start=date(2026, 1, 1), months=12, calendar="CN"
        )
    )
    session.flush()


def _session(start_hour, end_hour, status="scheduled"):
    return TrainingSession(
        partner_id="P1",
        subscription_id=1,
        expert_id="E1",
        starts_at=datetime(2026, 5, 4, start_hour, tzinfo=UTC),
        ends_at=datetime(2026, 5, 4, end_hour, tzinfo=UTC),
        timezone="UTC",
        topic="architecture",
        status=status,
    )


def test_the_database_itself_refuses_to_double_book_an_expert(db):
    with db.writing() as session:
        _seed_expert_sessions(session)
        session.add(_session(9, 10))
        session.add(_session(10, 11))  # back to back is fine
        session.add(_session(9, 11, status="cancelled"))  # cancelled ones do not block
    with pytest.raises(DBAPIError) as clash, db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO training_sessions (partner_id, subscription_id, expert_id, starts_at, "
                "ends_at, timezone, topic, attendees, on_site, status, version) VALUES ('P1', 1, "
                "'E1', :a, :b, 'UTC', 'architecture', '', false, 'scheduled', 1)"
            ),
            {
                "a": datetime(2026, 5, 4, 9, 30, tzinfo=UTC),
                "b": datetime(2026, 5, 4, 9, 45, tzinfo=UTC),
            },
        )
    assert "double" in str(clash.value).lower() or "exclu" in str(clash.value).lower()


def test_the_audit_trail_cannot_be_updated_or_deleted(db):
    with db.writing() as session:
        session.add(AuditEvent(actor="a", action="x", entity_kind="k", entity_id="1"))
    for statement in ("UPDATE audit_events SET actor = 'mallory'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as connection:
            connection.execute(text(statement))
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT actor FROM audit_events")).scalar_one() == "a"


ODD_NAMES = ["team#1.db", "what?.db", "100%.db", "a%41b.db", "x?mode=rw#y.db"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_an_sqlite_path_with_hash_question_mark_or_percent_opens_that_file(cli, tmp_path, name):
    """Issue 21: a URL parser cut the name at '?' or '#', or decoded '%41', and opened
    another file; read only, the cut also dropped mode=ro."""
    folder = tmp_path / "data"
    folder.mkdir()
    url = f"sqlite:///{folder / name}"
    added = cli(
        "--db",
        url,
        "partner",
        "add",
        "--id",
        "P1",
        "--name",
        "A",
        "--edition",
        "standard",
        "--start",
        "2026-01-01",
        "--months",
        "12",
        "--json",
    )
    assert added.code == 0, added.stderr
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        name
    ]
    before = (folder / name).read_bytes()
    listed = cli("--db", url, "--read-only", "partner", "list", "--json")
    assert listed.code == 0, listed.stderr
    assert [p["id"] for p in listed.json["partners"]] == ["P1"]
    refused = cli(
        "--db",
        url,
        "--read-only",
        "partner",
        "add",
        "--id",
        "P2",
        "--name",
        "B",
        "--edition",
        "standard",
        "--start",
        "2026-01-01",
        "--months",
        "12",
        "--json",
    )
    assert refused.code == 6
    assert (folder / name).read_bytes() == before
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        name
    ]


def test_read_only_never_opens_the_file_for_writing(tmp_path):
    import sqlite3

    from engagements.store.engine import make_engine

    path = tmp_path / "copy#1?.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    engine = make_engine(f"sqlite:///{path}", read_only=True)
    with engine.connect() as connection, pytest.raises(Exception, match="readonly"):
        connection.exec_driver_sql("INSERT INTO t VALUES (1)")
    engine.dispose()
