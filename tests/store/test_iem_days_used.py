"""A team database counts the IEM days used by partners who bought none
(``iem_days_used_query``) instead of sending their spans: on random requests its two
counts must equal what the domain's ``distinct_days_in`` counts from the spans."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from engagements.domain import status as lifecycle
from engagements.domain.allowance import AllowanceYear, distinct_days_in
from engagements.services.demo import fill_demo
from engagements.store.batch import read_together
from engagements.store.dashboard_queries import (
    allowance_year_table,
    iem_days_used_query,
    iem_requests_in_years,
    iem_spans_of_query,
)
from engagements.store.models import IemPurchase, IemRequest, Subscription

YEAR = AllowanceYear(date(2026, 3, 1), date(2027, 2, 28))
STATUSES = sorted(
    lifecycle.COMMITTED_STATUSES
    | lifecycle.PENDING_STATUSES
    | {"rejected", "cancelled", "withdrawn"}
)
requests = st.lists(
    st.tuples(
        st.dates(date(2025, 12, 1), date(2027, 5, 1)),
        st.integers(-2, 40),
        st.sampled_from(STATUSES),
    ),
    max_size=12,
)


@pytest.fixture
def team_db(postgres_url):
    from engagements.services.database import Database

    database = Database.open(postgres_url, actor="asm-tester")
    fill_demo(database, partners=2, seed=7, today=YEAR.start)
    yield database
    database.engine.dispose()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(spans=requests)
def test_the_days_counted_by_the_server_equal_the_domains_count(team_db, spans):
    with team_db.reading() as session:
        partner_id, subscription_id = session.execute(
            select(Subscription.partner_id, Subscription.id).limit(1)
        ).one()

    def replace_requests(session):
        # Counted for partners who bought no days (the others keep their spans).
        session.execute(delete(IemPurchase).where(IemPurchase.partner_id == partner_id))
        session.execute(delete(IemRequest).where(IemRequest.partner_id == partner_id))
        for first, length, status in spans:
            # A negative length makes a span that ends before it starts: counted as nothing.
            session.add(
                IemRequest(
                    partner_id=partner_id,
                    subscription_id=subscription_id,
                    submitted=first,
                    start=first,
                    end=first + timedelta(days=length),
                    status=status,
                    earliest_start=first,
                    notice_business_days=0,
                    meets_lead_time=True,
                )
            )

    team_db.write(replace_requests)
    with team_db.reading() as session:
        bounds = allowance_year_table(session, {partner_id: YEAR})
        counted = {
            pid: (used, with_pending)
            for pid, first_day, used, with_pending in read_together(
                session, {"days": iem_days_used_query(iem_requests_in_years(bounds))}
            )["days"]
            if first_day == YEAR.start
        }
    committed = [
        (first, first + timedelta(days=length))
        for first, length, status in spans
        if status in lifecycle.COMMITTED_STATUSES
    ]
    pending = [
        (first, first + timedelta(days=length))
        for first, length, status in spans
        if status in lifecycle.PENDING_STATUSES
    ]
    used = distinct_days_in(committed, YEAR)
    with_pending = distinct_days_in([*committed, *pending], YEAR)
    assert counted.get(partner_id, (0, 0)) == (used, with_pending)


def test_partners_who_bought_days_are_left_to_their_spans(team_db):
    with team_db.reading() as session:
        partner_ids = sorted(session.scalars(select(Subscription.partner_id).distinct()))
    buyer, other = partner_ids[:2]

    def buy_and_commit(session):
        session.execute(delete(IemPurchase))
        session.add(IemPurchase(partner_id=buyer, days=3, valid_from=YEAR.start, valid_to=YEAR.end))
        for partner_id in (buyer, other):
            session.add(
                IemRequest(
                    partner_id=partner_id,
                    subscription_id=session.scalar(
                        select(Subscription.id).where(Subscription.partner_id == partner_id)
                    ),
                    submitted=YEAR.start,
                    start=YEAR.start + timedelta(days=10),
                    end=YEAR.start + timedelta(days=12),
                    status="approved",
                    earliest_start=YEAR.start,
                    notice_business_days=0,
                    meets_lead_time=True,
                )
            )

    team_db.write(buy_and_commit)
    with team_db.reading() as session:
        bounds = allowance_year_table(session, dict.fromkeys(partner_ids, YEAR))
        requests = iem_requests_in_years(bounds)
        read = read_together(
            session,
            {"days": iem_days_used_query(requests), "spans": iem_spans_of_query(requests)},
        )
    counted = {row[0] for row in read["days"]}
    spans = {row[0] for row in read["spans"]}
    assert buyer not in counted and buyer in spans
    assert other in counted and other not in spans
