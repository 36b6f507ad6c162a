"""The bulk dashboard hands each partner's allowance year to SQL: it must agree with the
per-partner service on both databases, also for sessions dated by their own time zone on
either side of a year's ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from engagements.services.allowance import allowance_summary
from engagements.services.dashboard import dashboard_rows
from engagements.services.demo import fill_demo
from engagements.store.models import TrainingSession


def _figures(db, today):
    rows = dashboard_rows(db, today)
    bulk = {r.partner_id: (r.iem_used, r.iem_pending, r.iem_left, r.sessions_used) for r in rows}
    single = {}
    for partner_id in bulk:
        s = allowance_summary(db, partner_id, today)
        single[partner_id] = (
            s.iem_days_used,
            s.iem_days_pending,
            s.iem_days_remaining,
            s.sessions_used,
        )
    return bulk, single


def test_dashboard_agrees_with_the_per_partner_service(db, today):
    fill_demo(db, partners=30, seed=11, today=today, years=3)
    bulk, single = _figures(db, today)
    assert bulk == single


def test_sessions_next_to_a_year_end_are_dated_in_their_own_zone(db, today):
    fill_demo(db, partners=12, seed=5, today=today)
    rows = {r.partner_id: r for r in dashboard_rows(db, today)}

    def move_sessions_to(instant_of):
        def change(session):
            for number, (session_id, partner_id) in enumerate(
                session.execute(select(TrainingSession.id, TrainingSession.partner_id))
            ):
                # Two minutes apart, a minute long: no expert is ever double-booked.
                starts = instant_of(rows[partner_id]) + timedelta(minutes=2 * number)
                session.execute(
                    update(TrainingSession)
                    .where(TrainingSession.id == session_id)
                    .values(starts_at=starts, ends_at=starts + timedelta(minutes=1))
                )

        db.write(change)

    # Late evening UTC the day before the year starts: the next day in Asia, inside it.
    move_sessions_to(
        lambda row: (
            datetime.combine(row.year_start - timedelta(days=1), datetime.min.time(), UTC)
            + timedelta(hours=20)
        )
    )
    bulk, single = _figures(db, today)
    assert bulk == single and any(figures[3] for figures in bulk.values())
    # Early morning UTC the day after the year ends: the day before in America, inside it.
    move_sessions_to(
        lambda row: (
            datetime.combine(row.year_end + timedelta(days=1), datetime.min.time(), UTC)
            + timedelta(hours=3)
        )
    )
    bulk, single = _figures(db, today)
    assert bulk == single and any(figures[3] for figures in bulk.values())
