"""read_together: several queries, one round trip on PostgreSQL, the same rows as asking
each query alone, with the columns' own Python types."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from engagements.services.demo import fill_demo
from engagements.store.batch import read_together
from engagements.store.models import IemRequest, Partner, Subscription, TrainingSession

# A short link's delay: on bare loopback a busy machine may let the server answer the
# first statements of a pipeline before the client has written the last, and the relay
# then counts the one exchange twice (a wait the client never makes).
LINK = 0.01

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "team"))


@pytest.fixture
def demo_db(db, today):
    """Both kinds of database, with partners, subscriptions, requests and sessions."""
    fill_demo(db, partners=8, seed=3, today=today)
    return db


def _queries():
    return {
        "partners": select(Partner.id, Partner.name, Partner.designated_tam).order_by(Partner.id),
        "subscriptions": select(
            Subscription.partner_id, Subscription.start, Subscription.months
        ).order_by(Subscription.partner_id),
        "sessions": select(TrainingSession.id, TrainingSession.starts_at).order_by(
            TrainingSession.id
        ),
        "requests": select(IemRequest.id, IemRequest.meets_lead_time, IemRequest.start).order_by(
            IemRequest.id
        ),
        # Ordered the other way and cut short: the rows come back in the query's order,
        # numbered on the server, without the numbers.
        "latest_sessions": select(TrainingSession.id, TrainingSession.starts_at)
        .order_by(TrainingSession.starts_at.desc(), TrainingSession.id.desc())
        .limit(5),
        "tams": select(Partner.designated_tam).distinct().order_by(Partner.designated_tam),
        "counted": select(func.count()).select_from(Partner),
        "none": select(Partner.id).where(Partner.id == "no such partner"),
    }


def _each_alone(db):
    with db.reading() as session:
        return {
            name: [tuple(row) for row in session.execute(query)]
            for name, query in _queries().items()
        }


def test_the_rows_and_their_types_are_those_of_each_query_alone(demo_db):
    alone = _each_alone(demo_db)
    with demo_db.reading() as session:
        together = {name: list(rows) for name, rows in read_together(session, _queries()).items()}
    assert together == alone
    assert together["partners"] and together["sessions"] and together["requests"]
    assert together["none"] == []
    assert len(together["latest_sessions"]) == 5 and len(together["latest_sessions"][0]) == 2
    assert isinstance(together["subscriptions"][0][1], date)
    starts_at = together["sessions"][0][1]
    assert isinstance(starts_at, datetime) and starts_at.tzinfo == UTC
    assert {type(row[1]) for row in together["requests"]} <= {bool, type(None)}


def test_on_postgresql_the_queries_cross_the_wire_in_one_round_trip(demo_db):
    if demo_db.is_sqlite:
        return  # in the same process: nothing crosses a wire
    from wire_proxy import WireProxy

    from engagements.services.database import Database

    with WireProxy(demo_db.engine.url.render_as_string(hide_password=False), LINK) as proxy:
        relayed = Database.open(proxy.relayed_url)
        try:
            with relayed.reading() as session:
                session.connection()  # the pool's connection and its settings first
                with proxy.counting() as counts:
                    read_together(session, _queries())
        finally:
            relayed.engine.dispose()
    assert counts.round_trips == 1


def _mixed_queries():
    """Plain queries, and two that share a WITH table (sent as the one JSON statement)."""
    counted = (
        select(Subscription.partner_id, func.count().label("subscriptions"))
        .group_by(Subscription.partner_id)
        .cte("counted")
    )
    return {
        **_queries(),
        "counted_subscriptions": select(counted.c.partner_id, counted.c.subscriptions).order_by(
            counted.c.partner_id
        ),
        "partners_counted": select(func.count()).select_from(counted),
    }


def test_queries_sharing_a_with_table_and_plain_ones_give_the_rows_of_each_alone(demo_db):
    with demo_db.reading() as session:
        alone = {
            name: [tuple(row) for row in session.execute(query)]
            for name, query in _mixed_queries().items()
        }
    with demo_db.reading() as session:
        together = {
            name: list(rows) for name, rows in read_together(session, _mixed_queries()).items()
        }
    assert together == alone
    assert together["counted_subscriptions"] and together["partners_counted"][0][0] >= 8


def test_on_postgresql_plain_and_joined_queries_share_one_round_trip(demo_db):
    if demo_db.is_sqlite:
        return
    from wire_proxy import WireProxy

    from engagements.services.database import Database

    with WireProxy(demo_db.engine.url.render_as_string(hide_password=False), LINK) as proxy:
        relayed = Database.open(proxy.relayed_url)
        try:
            with relayed.reading() as session:
                session.connection()
                with proxy.counting() as counts:
                    read_together(session, _mixed_queries())
        finally:
            relayed.engine.dispose()
    assert counts.round_trips == 1


def test_on_postgresql_every_query_reads_one_snapshot(demo_db):
    """The plain statements and the JSON one run in one read-only transaction at
    REPEATABLE READ: their rows agree, as one statement's would."""
    if demo_db.is_sqlite:
        return
    from sqlalchemy import String, literal_column

    snapshot = func.cast(func.pg_current_snapshot(), String)
    shared = select(Partner.id).cte("shared")
    queries = {
        "first": select(snapshot),
        "isolation": select(func.current_setting("transaction_isolation")),
        "read_only": select(func.current_setting("transaction_read_only")),
        "joined": select(snapshot, func.count()).select_from(shared),
        "last": select(snapshot, literal_column("1")),
    }
    with demo_db.reading() as session:
        found = {name: list(rows) for name, rows in read_together(session, queries).items()}
    assert found["isolation"] == [("repeatable read",)]
    assert found["read_only"] == [("on",)]
    assert found["first"][0][0] == found["joined"][0][0] == found["last"][0][0]


def test_on_postgresql_a_refused_statement_is_reported_and_the_connection_stays_usable(demo_db):
    if demo_db.is_sqlite:
        return
    from sqlalchemy import literal
    from sqlalchemy.exc import DBAPIError

    refused = {"fine": select(Partner.id), "refused": select(literal(1) / literal(0))}
    with demo_db.reading() as session:
        with pytest.raises(DBAPIError, match="division by zero"):
            read_together(session, refused)
        # the same connection: its transaction was ended, and it still reads in autocommit
        again = read_together(session, {"partners": select(func.count()).select_from(Partner)})
        assert list(again["partners"])[0][0] >= 8
        assert session.connection().connection.driver_connection.autocommit
