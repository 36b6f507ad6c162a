"""The demo data obeys the rules it demonstrates."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select, text

from engagements.services.allowance import allowance_summary
from engagements.services.database import Database
from engagements.services.demo import fill_demo
from engagements.services.partners import list_partners
from engagements.services.sessions import expert_busy_periods
from engagements.store.models import Expert, IemRequest


def test_demo_staffs_iem_events_without_ever_double_booking_an_expert(sqlite_db, today):
    fill_demo(sqlite_db, partners=60, seed=7, today=today)
    with sqlite_db.reading() as session:
        staffed = session.scalar(select(func.count()).where(IemRequest.expert_id.is_not(None)))
        assert staffed > 10
        for expert_id in session.scalars(select(Expert.id)):
            busy = sorted(
                expert_busy_periods(
                    session,
                    expert_id,
                    datetime(2020, 1, 1, tzinfo=UTC),
                    datetime(2030, 1, 1, tzinfo=UTC),
                ),
                key=lambda period: period.starts_at,
            )
            latest_end = None
            for period in busy:
                assert latest_end is None or period.starts_at >= latest_end, (expert_id, period)
                latest_end = max(latest_end or period.ends_at, period.ends_at)


def test_demo_never_exceeds_an_allowance(sqlite_db, today):
    fill_demo(sqlite_db, partners=60, seed=11, today=today)
    for partner in list_partners(sqlite_db, today):
        summary = allowance_summary(sqlite_db, partner.id, today)
        assert summary.iem_days_used <= summary.iem_days_included + summary.iem_days_purchased
        assert summary.sessions_used <= summary.sessions_included


def test_the_demo_has_a_sane_upper_bound(cli, sqlite_url):
    """Issue 21: ``demo --partners 100000000`` set out to fill the disk."""
    result = cli("--db", sqlite_url, "demo", "--partners", "100000000", "--json")
    assert result.code == 2
    assert "100,000" in result.json["reason"]
    listed = cli("--db", sqlite_url, "partner", "list", "--json")
    assert listed.json["partners"] == []


def test_a_second_demo_fill_never_double_books_an_expert(cli, db_url):
    """The database refuses an expert in two places (issue 21), so a second fill must
    plan around the first one's IEM assignments as well as its sessions."""
    first = cli("--db", db_url, "demo", "--partners", "60", "--json")
    second = cli("--db", db_url, "demo", "--partners", "400", "--force", "--json")
    assert (first.code, second.code) == (0, 0), second.stdout
    database = Database.open(db_url)
    with database.reading() as session:
        overlapping = session.execute(
            text(
                "SELECT count(*) FROM iem_requests a JOIN iem_requests b ON a.expert_id = "
                'b.expert_id AND a.id < b.id AND a.start <= b."end" AND b.start <= a."end" '
                "WHERE a.status IN ('approved', 'scheduled', 'in_progress', 'completed') "
                "AND b.status IN ('approved', 'scheduled', 'in_progress', 'completed')"
            )
        ).scalar()
    database.engine.dispose()
    assert overlapping == 0
