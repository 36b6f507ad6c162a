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

    with WireProxy(str(demo_db.engine.url.render_as_string(hide_password=False))) as proxy:
        relayed = Database.open(proxy.relayed_url)
        try:
            with relayed.reading() as session:
                session.connection()  # the pool's connection and its settings first
                with proxy.counting() as counts:
                    read_together(session, _queries())
        finally:
            relayed.engine.dispose()
    assert counts.round_trips == 1
