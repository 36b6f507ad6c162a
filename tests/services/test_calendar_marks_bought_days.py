"""The calendar marks an IEM event that would take its allowance year past its days. A
partner's bought days may have been spent in an earlier year, on dates further back
than a year before the event: the calendar must read that far for such partners (and
needs not for the others)."""

from __future__ import annotations

from datetime import timedelta

from engagements.domain.allowance import allowance_year
from engagements.services.allowance import allowance_summary
from engagements.services.calendar_view import calendar_range
from engagements.services.demo import fill_demo
from engagements.store.models import IemPurchase, Partner, Subscription
from tests.services.test_dashboard_years import _request


def test_days_bought_and_spent_long_before_the_event_count_for_its_mark(db, today):
    fill_demo(db, partners=2, seed=3, today=today, years=1)
    start = today - timedelta(days=500)
    this_year = allowance_year(start, today)
    last_year = allowance_year(start, this_year.start - timedelta(days=1))

    def make(session):
        session.add(Partner(id="BUYER", name="Bought days"))
        subscription = Subscription(
            partner_id="BUYER", edition="enterprise", start=start, months=36
        )
        session.add(subscription)
        session.flush()
        session.add(
            IemPurchase(
                partner_id="BUYER",
                days=5,
                valid_from=last_year.start + timedelta(days=100),
                valid_to=today + timedelta(days=100),  # holds the dates asked for
            )
        )
        # Last year: twelve days no purchase could pay for, then two the purchase paid.
        early = last_year.start + timedelta(days=10)
        _request(session, "BUYER", early, early + timedelta(days=11))
        later = last_year.start + timedelta(days=150)
        _request(session, "BUYER", later, later + timedelta(days=1))
        # This year: the eight included days used, and four more asked for.
        _request(session, "BUYER", today + timedelta(days=30), today + timedelta(days=37))
        _request(
            session, "BUYER", today + timedelta(days=50), today + timedelta(days=53), "submitted"
        )

    db.write(make)
    assert allowance_summary(db, "BUYER", today).iem_days_purchased == 3  # 2 of 5 spent
    month = calendar_range(db, today + timedelta(days=40), today + timedelta(days=60), "CN")
    (asked,) = [e for e in month.entries if e.partner_id == "BUYER" and e.status == "submitted"]
    assert asked.over_allowance  # four days asked, three bought days left
