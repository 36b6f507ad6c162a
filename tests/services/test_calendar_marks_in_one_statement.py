"""A team database reads what the calendar's over-allowance marks need in the statement
that reads the events (one round trip); an embedded file reads it afterwards, for the
partners found. On the same team database both ways must mark the same events."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from engagements.services import calendar_view
from engagements.services.calendar_view import calendar_range, month_grid
from engagements.services.database import Database
from engagements.services.demo import fill_demo
from engagements.services.view_rows import CalendarEntry, CalendarFilter
from engagements.store.models import IemPurchase, Partner, Subscription
from tests.services.test_dashboard_years import _request


@pytest.fixture
def team_db(postgres_url: str, today: date) -> Iterator[Database]:
    db = Database.open(postgres_url, actor="asm-tester")
    fill_demo(db, partners=30, seed=11, today=today, years=2)
    _a_partner_spending_bought_days(db, today)
    _a_partner_past_its_included_days(db, today)
    yield db
    db.engine.dispose()


def _a_partner_spending_bought_days(db: Database, today: date) -> None:
    """Bought days valid for two years, the included days used up, more asked for."""
    start = today - timedelta(days=500)

    def make(session) -> None:  # type: ignore[no-untyped-def]
        session.add(Partner(id="BUYER", name="买了天数的伙伴", designated_tam="tam-buyer"))
        session.add(Subscription(partner_id="BUYER", edition="enterprise", start=start, months=36))
        session.flush()
        session.add(
            IemPurchase(
                partner_id="BUYER",
                days=3,
                valid_from=today - timedelta(days=300),
                valid_to=today + timedelta(days=300),
            )
        )
        _request(session, "BUYER", today - timedelta(days=200), today - timedelta(days=190))
        _request(session, "BUYER", today + timedelta(days=5), today + timedelta(days=12))
        _request(
            session, "BUYER", today + timedelta(days=20), today + timedelta(days=23), "submitted"
        )

    db.write(make)


def _a_partner_past_its_included_days(db: Database, today: date) -> None:
    """No days bought; the eight included days used, and three more asked for."""

    def make(session) -> None:  # type: ignore[no-untyped-def]
        session.add(Partner(id="SPENDER", name="Spends it all", designated_tam="tam-buyer"))
        session.add(
            Subscription(
                partner_id="SPENDER",
                edition="enterprise",
                start=today - timedelta(days=100),
                months=24,
            )
        )
        session.flush()
        _request(session, "SPENDER", today + timedelta(days=2), today + timedelta(days=9))
        _request(
            session, "SPENDER", today + timedelta(days=10), today + timedelta(days=12), "submitted"
        )

    db.write(make)


def _marks(entries: list[CalendarEntry]) -> dict[tuple[str, int], tuple[bool, bool]]:
    return {(e.kind, e.id): (e.over_allowance, e.clash) for e in entries}


def test_marks_read_with_the_events_equal_marks_read_after_them(team_db, today, monkeypatch):
    ranges = [
        (today, today + timedelta(days=13)),
        month_grid(today.year, today.month),
        month_grid((today + timedelta(days=31)).year, (today + timedelta(days=31)).month),
    ]
    filters = [
        CalendarFilter(),
        CalendarFilter(partner_id="BUYER"),
        CalendarFilter(tam="tam-buyer"),
    ]
    together = {
        (r, f): calendar_range(team_db, *r, "CN", f).entries for r in ranges for f in filters
    }
    monkeypatch.setattr(calendar_view, "_marks_read_with_events", lambda _db: False)
    afterwards = {
        (r, f): calendar_range(team_db, *r, "CN", f).entries for r in ranges for f in filters
    }
    assert together == afterwards
    marked = [e for entries in together.values() for e in entries if e.over_allowance]
    assert any(e.partner_id == "BUYER" for e in marked)  # the buyer's wish goes over
    assert any(e.partner_id == "SPENDER" for e in marked)  # as does this one's
    assert _marks(together[ranges[0], filters[0]]) == _marks(afterwards[ranges[0], filters[0]])
