"""PostgreSQL's data revision (migration 0010) moves on every kind of change to every
table, so a team member's saved dashboard is never taken for current after a change."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

NOT_TRACKED = {"alembic_version", "data_revision"}


def _engine(postgres_url: str):  # type: ignore[no-untyped-def]
    return create_engine(make_url(postgres_url).set(drivername="postgresql+psycopg"))


def _revision(connection) -> int:  # type: ignore[no-untyped-def]
    # As the application reads it: NULL (0) until the first change draws a number.
    return int(
        connection.execute(
            text("SELECT coalesce(pg_sequence_last_value('data_revision_seq'), 0)")
        ).scalar_one()
    )


@pytest.mark.postgres
def test_every_table_moves_the_revision_on_every_kind_of_change(postgres_url: str) -> None:
    engine = _engine(postgres_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT c.relname, t.tgtype FROM pg_class c "
                    "LEFT JOIN pg_trigger t ON t.tgrelid = c.oid "
                    "AND t.tgname LIKE 'data_revision_seq_after_change_%' "
                    "WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace"
                )
            ).all()
        tables = {name for name, _ in rows} - NOT_TRACKED
        assert {"partners", "iem_requests", "training_sessions", "audit_events"} <= tables
        untracked = sorted(name for name, kind in rows if name in tables and kind is None)
        assert untracked == [], f"tables without the revision trigger: {untracked}"
        # pg_trigger.tgtype bits: 4 INSERT, 8 DELETE, 16 UPDATE, 32 TRUNCATE.
        missing = sorted(name for name, kind in rows if name in tables and kind and kind & 60 != 60)
        assert missing == [], f"triggers that miss a kind of change: {missing}"
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_truncating_a_table_moves_the_revision(postgres_url: str) -> None:
    engine = _engine(postgres_url)
    try:
        with engine.begin() as connection:
            before = _revision(connection)
            connection.execute(text("TRUNCATE review_notes"))
        with engine.connect() as connection:
            assert _revision(connection) > before
    finally:
        engine.dispose()
