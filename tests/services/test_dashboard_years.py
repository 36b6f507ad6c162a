"""The bulk dashboard hands each partner's allowance year to SQL: it must agree with the
per-partner service on both databases, also for sessions dated by their own time zone on
either side of a year's ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from engagements.services.allowance import allowance_summary
from engagements.services.dashboard import dashboard_rows
from engagements.services.demo import fill_demo
from engagements.store.models import (
    IemPurchase,
    IemRequest,
    Partner,
    Subscription,
    TrainingSession,
)


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


def test_partners_with_subscriptions_on_other_days_and_bought_days_agree(db, today):
    """A team database works the years out by the anniversary of every subscription and
    keeps the row of the one in force; bought days reaching into other years take the
    spans of those years too. Both must agree with the per-partner service."""
    fill_demo(db, partners=24, seed=9, today=today, years=3)
    partner_ids = sorted(dashboard_row.partner_id for dashboard_row in dashboard_rows(db, today))

    def other_days_and_purchases(session):
        for number, partner_id in enumerate(partner_ids[:12]):
            current = session.scalars(
                select(Subscription)
                .where(Subscription.partner_id == partner_id)
                .order_by(Subscription.start.desc())
            ).first()
            if number % 3 == 0:  # an earlier term, begun on another day of the year
                session.add(
                    Subscription(
                        partner_id=partner_id,
                        edition=current.edition,
                        start=current.start - timedelta(days=400 + number),
                        months=12,
                        calendar=current.calendar,
                        session_quota=current.session_quota,
                    )
                )
            elif number % 3 == 1:  # a renewal signed ahead, starting on another day
                session.add(
                    Subscription(
                        partner_id=partner_id,
                        edition=current.edition,
                        start=today + timedelta(days=40 + number),
                        months=12,
                        calendar=current.calendar,
                        session_quota=current.session_quota,
                    )
                )
            # Bought days valid across this year's ends, reaching the years either side.
            session.add(
                IemPurchase(
                    partner_id=partner_id,
                    days=2 + number % 4,
                    valid_from=today - timedelta(days=300 + 20 * number),
                    valid_to=today + timedelta(days=200 + 15 * number),
                )
            )

    db.write(other_days_and_purchases)
    bulk, single = _figures(db, today)
    assert bulk == single
    assert any(figures[0] for figures in bulk.values())  # days were used: a real check


def _request(session, partner_id, first, last, status="approved"):
    subscription_id = session.scalars(
        select(Subscription.id).where(Subscription.partner_id == partner_id)
    ).first()
    session.add(
        IemRequest(
            partner_id=partner_id,
            subscription_id=subscription_id,
            submitted=first - timedelta(days=60),
            start=first,
            end=last,
            status=status,
            earliest_start=first - timedelta(days=30),
            notice_business_days=20,
            meets_lead_time=True,
        )
    )


def test_the_years_of_other_subscriptions_and_bought_days_spent_earlier_count_rightly(db, today):
    """Two partners made to catch what a team database might get wrong:

    - BUYER's bought days were partly spent in the year before, on dates the purchase
      holds, after twelve days of that year that no purchase could pay for: the days
      left for this year depend on spans well before the purchase's first day;
    - SECOND has, besides its subscription in force, an older one begun 30 days later
      in the year, and a request that only that other year holds: it must not count.
    """
    from engagements.domain.allowance import allowance_year

    fill_demo(db, partners=2, seed=3, today=today, years=1)

    def make(session):
        for partner_id, name, start in (
            ("BUYER", "Bought days", today - timedelta(days=500)),
            ("SECOND", "Two anniversaries", today - timedelta(days=200)),
        ):
            session.add(Partner(id=partner_id, name=name))
            session.add(
                Subscription(partner_id=partner_id, edition="enterprise", start=start, months=36)
            )
        session.flush()
        this_year = allowance_year(today - timedelta(days=500), today)
        last_year = allowance_year(today - timedelta(days=500), this_year.start - timedelta(1))
        session.add(
            IemPurchase(
                partner_id="BUYER",
                days=5,
                valid_from=last_year.start + timedelta(days=100),
                valid_to=this_year.start + timedelta(days=30),
            )
        )
        early = last_year.start + timedelta(days=10)
        _request(session, "BUYER", early, early + timedelta(days=11))  # 12 days, unpaid
        later = last_year.start + timedelta(days=150)
        _request(session, "BUYER", later, later + timedelta(days=1))  # 2 days, bought
        _request(session, "BUYER", today + timedelta(days=20), today + timedelta(days=22))

        older_start = today - timedelta(days=600)  # its anniversary 35 days earlier
        session.add(
            Subscription(partner_id="SECOND", edition="enterprise", start=older_start, months=12)
        )
        second_year = allowance_year(today - timedelta(days=200), today)
        only_other = second_year.start - timedelta(days=20)
        assert allowance_year(older_start, today).contains(only_other)
        assert not second_year.contains(only_other)
        _request(session, "SECOND", only_other, only_other + timedelta(days=2))
        _request(session, "SECOND", today + timedelta(days=30), today + timedelta(days=30))

    db.write(make)
    bulk, single = _figures(db, today)
    assert bulk == single
    summary = allowance_summary(db, "BUYER", today)
    assert summary.iem_days_purchased == 3  # 2 of the 5 bought were spent last year
    assert bulk["SECOND"][0] == 1  # the day in its own year only
