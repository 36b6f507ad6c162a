"""store.pipeline on PostgreSQL: statements sent without waiting, in one transaction that
commits whole or leaves nothing, and a connection fit for the next use afterwards."""

from __future__ import annotations

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import DBAPIError

from engagements.services.database import Database
from engagements.store.models import Partner
from engagements.store.pipeline import pipelined


@pytest.fixture
def team_db(postgres_url):
    db = Database.open(postgres_url, actor="pipeline-tester")
    yield db
    db.engine.dispose()


def _names(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Partner.name).order_by(Partner.id)))


def test_reads_and_writes_commit_whole(team_db):
    with team_db.writing() as session, pipelined(session) as wire:
        counted = wire.send(select(func.count()).select_from(Partner))
        wire.send(insert(Partner).values(id="P1", name="First", version=1))
        wire.send(insert(Partner).values(id="P2", name="Second", version=1))
        assert counted.rows() == [(0,)]
        wire.commit()
    assert _names(team_db) == ["First", "Second"]


def test_a_refusal_decided_between_reads_and_writes_leaves_nothing(team_db):
    class Refused(Exception):
        pass

    with pytest.raises(Refused), team_db.writing() as session, pipelined(session) as wire:
        wire.send(insert(Partner).values(id="P1", name="First", version=1))
        wire.send(select(Partner.id)).rows()
        raise Refused()
    assert _names(team_db) == []
    with team_db.writing() as session, pipelined(session) as wire:  # the connection is fit
        wire.send(insert(Partner).values(id="P3", name="Third", version=1))
        wire.commit()
    assert _names(team_db) == ["Third"]


def test_a_statement_the_server_refuses_rolls_everything_back(team_db):
    with team_db.writing() as session, pipelined(session) as wire:
        wire.send(insert(Partner).values(id="P1", name="First", version=1))
        wire.commit()
    with pytest.raises(DBAPIError) as raised:
        with team_db.writing() as session, pipelined(session) as wire:
            wire.send(update(Partner).values(name="Renamed"))
            wire.send(insert(Partner).values(id="P1", name="Again", version=1))  # the same key
            wire.commit()
    assert getattr(raised.value.orig, "sqlstate", None) == "23505"
    assert _names(team_db) == ["First"]
    with team_db.writing() as session:  # the ORM path on the same pool still works
        session.add(Partner(id="P2", name="Second"))
    assert _names(team_db) == ["First", "Second"]


def test_a_default_computed_in_python_must_be_given(team_db):
    """SQLAlchemy fills such defaults in when it executes; a pipeline does not."""
    with pytest.raises(ValueError, match="partners.version"):
        with team_db.writing() as session, pipelined(session) as wire:
            wire.send(insert(Partner).values(id="P1", name="First"))
    assert _names(team_db) == []


def test_a_pipelined_value_goes_through_its_column_type(team_db):
    # As through the ORM: an instant is stored in UTC, and a time without a zone is refused
    # before it reaches the server instead of being read in the server's zone.
    from datetime import UTC, datetime, timedelta, timezone

    shanghai = timezone(timedelta(hours=8))
    with pytest.raises(ValueError, match="naive"):
        with team_db.writing() as session, pipelined(session) as wire:
            wire.send(
                insert(Partner).values(
                    id="P1", name="First", version=1, created_at=datetime(2026, 12, 7, 9, 0)
                )
            )
    with team_db.writing() as session, pipelined(session) as wire:
        wire.send(
            insert(Partner).values(
                id="P2",
                name="Second",
                version=1,
                created_at=datetime(2026, 12, 7, 9, 0, tzinfo=shanghai),
            )
        )
        wire.commit()
    with team_db.reading() as session:
        stored = session.scalar(select(Partner.created_at).where(Partner.id == "P2"))
    assert stored == datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    assert _names(team_db) == ["Second"]
