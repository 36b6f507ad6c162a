"""Allowance years and natural-day counting: fixed cases and invariants."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagements.domain.allowance import (
    AllowanceYear,
    Purchase,
    add_months,
    allowance_position,
    allowance_position_without_purchases,
    allowance_year,
    allowance_years_by_anniversary,
    allowance_years_touched,
    distinct_days_in,
    natural_days,
    require_room_for,
    spend_bought_days,
    years_sharing_purchases,
)
from engagements.domain.errors import RuleRefusal

D = date


@pytest.mark.parametrize(
    ("start", "on", "expected"),
    [
        (D(2026, 3, 15), D(2026, 3, 15), (D(2026, 3, 15), D(2027, 3, 14))),
        (D(2026, 3, 15), D(2027, 3, 14), (D(2026, 3, 15), D(2027, 3, 14))),
        (D(2026, 3, 15), D(2027, 3, 15), (D(2027, 3, 15), D(2028, 3, 14))),
        (D(2024, 2, 29), D(2025, 2, 27), (D(2024, 2, 29), D(2025, 2, 27))),  # leap start
        (D(2024, 2, 29), D(2025, 3, 1), (D(2025, 2, 28), D(2026, 2, 27))),
        (D(2024, 2, 29), D(2028, 2, 29), (D(2028, 2, 29), D(2029, 2, 27))),
    ],
)
def test_subscription_allowance_year(start, on, expected):
    year = allowance_year(start, on)
    assert (year.start, year.end) == expected


def test_calendar_allowance_year_is_january_to_december():
    assert allowance_year(D(2026, 3, 15), D(2026, 7, 1), "calendar") == AllowanceYear(
        D(2026, 1, 1), D(2026, 12, 31)
    )


def test_add_months_clamps_to_month_end():
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert add_months(D(2026, 11, 30), 3) == D(2027, 2, 28)


def test_overlapping_events_use_each_date_once():
    year = AllowanceYear(D(2026, 1, 1), D(2026, 12, 31))
    events = [
        (D(2026, 5, 1), D(2026, 5, 3)),
        (D(2026, 5, 3), D(2026, 5, 4)),
        (D(2026, 5, 4), D(2026, 5, 4)),
        (D(2026, 6, 1), D(2026, 6, 1)),
    ]
    assert distinct_days_in(events, year) == 5


def test_event_across_the_anniversary_uses_days_from_each_year():
    start = D(2026, 3, 15)
    event = (D(2027, 3, 12), D(2027, 3, 17))  # 3 days before, 3 days after the anniversary
    years = allowance_years_touched(start, event)
    assert [distinct_days_in([event], y) for y in years] == [3, 3]


def test_event_across_31_december_splits_with_calendar_years():
    event = (D(2026, 12, 30), D(2027, 1, 2))
    years = allowance_years_touched(D(2026, 3, 15), event, "calendar")
    assert [(y.start.year, distinct_days_in([event], y)) for y in years] == [(2026, 2), (2027, 2)]


def test_bought_days_are_used_only_after_included_days():
    year = AllowanceYear(D(2026, 1, 1), D(2026, 12, 31))
    position = allowance_position(
        year, 8, [Purchase(4, D(2026, 1, 1), D(2026, 12, 31))], [(D(2026, 5, 1), D(2026, 5, 10))]
    )
    assert (position.used, position.available, position.remaining) == (10, 12, 2)
    assert position.purchased_used == 2
    assert allowance_position(year, 8, [], [(D(2026, 5, 1), D(2026, 5, 3))]).purchased_used == 0


def test_purchase_outside_the_year_adds_nothing():
    year = AllowanceYear(D(2026, 1, 1), D(2026, 12, 31))
    position = allowance_position(year, 8, [Purchase(4, D(2025, 1, 1), D(2025, 12, 31))], [])
    assert position.purchased == 0


def test_pending_requests_are_a_forecast_of_extra_days_only():
    year = AllowanceYear(D(2026, 1, 1), D(2026, 12, 31))
    position = allowance_position(
        year, 8, [], [(D(2026, 5, 1), D(2026, 5, 2))], pending=[(D(2026, 5, 2), D(2026, 5, 4))]
    )
    assert (position.used, position.pending) == (2, 2)


def test_approval_beyond_the_allowance_names_the_shortfall():
    year = AllowanceYear(D(2026, 1, 1), D(2026, 12, 31))
    committed = [(D(2026, 3, 1), D(2026, 3, 6))]  # 6 days used
    with pytest.raises(RuleRefusal) as refused:
        require_room_for([year], 8, [], committed, (D(2026, 4, 1), D(2026, 4, 3)))
    assert refused.value.error == "allowance_exceeded"
    assert "1 day short" in refused.value.reason
    assert refused.value.details["shortfall_days"] == 1
    require_room_for([year], 8, [], committed, (D(2026, 3, 5), D(2026, 3, 8)))  # 2 new: fits


spans = st.tuples(st.dates(D(2025, 6, 1), D(2027, 6, 1)), st.integers(0, 20)).map(
    lambda t: (t[0], t[0] + timedelta(days=t[1]))
)


@given(st.lists(spans, max_size=12))
def test_distinct_days_equal_the_size_of_the_union_of_dates(events):
    year = AllowanceYear(D(2026, 1, 1), D(2026, 12, 31))
    union = {
        first + timedelta(days=i)
        for first, last in events
        for i in range(natural_days((first, last)))
    }
    assert distinct_days_in(events, year) == len({d for d in union if year.contains(d)})


@given(st.lists(spans, max_size=8), st.lists(spans, max_size=8), st.integers(0, 30))
def test_a_position_without_purchases_follows_from_the_day_counts(committed, pending, included):
    """What a team database sends instead of the spans (two day counts) gives the same
    position as the spans themselves."""
    year = AllowanceYear(D(2026, 1, 1), D(2026, 12, 31))
    used = distinct_days_in(committed, year)
    with_pending = distinct_days_in([*committed, *pending], year)
    assert allowance_position_without_purchases(
        year, included, used, with_pending
    ) == allowance_position(year, included, (), committed, pending)


@given(st.lists(spans, max_size=10), spans, st.integers(0, 10), st.integers(0, 6))
def test_an_approval_that_passes_never_takes_a_year_past_its_days(
    committed, event, included, bought
):
    start = D(2025, 6, 1)
    years = allowance_years_touched(start, event)
    purchases = [Purchase(bought, start, D(2027, 12, 31))] if bought else []
    every_year = allowance_years_touched(start, (start, D(2027, 12, 31)))
    try:
        require_room_for(every_year, included, purchases, committed, event)
    except RuleRefusal:
        return
    before = spend_bought_days(every_year, included, purchases, committed).shortfall
    for year in years:
        after = spend_bought_days(every_year, included, purchases, [*committed, event])
        assert after.shortfall[year] <= before[year]
        # A purchase never pays for more than its days, over every year together.
    assert sum(after.used(i) for i in range(len(purchases))) <= bought


@given(st.dates(D(2000, 1, 1), D(2040, 12, 31)), st.dates(D(2000, 1, 1), D(2045, 12, 31)))
def test_allowance_year_always_holds_the_date_and_lasts_one_year(start, on):
    year = allowance_year(start, on)
    assert year.contains(on)
    assert 365 <= (year.end - year.start).days + 1 <= 366


@given(
    st.dates(D(2000, 1, 1), D(2040, 12, 31)),
    st.dates(D(2000, 1, 1), D(2045, 12, 31)),
    st.sampled_from(["subscription", "calendar"]),
)
def test_the_year_by_anniversary_is_the_year_of_any_start_on_that_day(start, on, basis):
    """A team database joins its subscriptions to this table by month and day: it must
    give the year ``allowance_year`` gives for the start itself, whatever its year, a
    start after ``on`` and a 29 February start included."""
    table = allowance_years_by_anniversary(on, basis)
    assert table[(start.month, start.day)] == allowance_year(start, on, basis)


def test_the_year_by_anniversary_covers_every_day_of_a_leap_year():
    table = allowance_years_by_anniversary(D(2027, 1, 10))
    assert len(table) == 366
    assert table[(2, 29)] == AllowanceYear(D(2026, 2, 28), D(2027, 2, 27))
    assert table[(1, 10)] == AllowanceYear(D(2027, 1, 10), D(2028, 1, 9))
    assert table[(1, 11)] == AllowanceYear(D(2026, 1, 11), D(2027, 1, 10))


def test_a_purchase_pays_for_its_days_once_across_the_years_it_touches():
    # A 2-day purchase valid 2026-12-01..2027-05-31, calendar years, 1 day included.
    purchase = Purchase(2, D(2026, 12, 1), D(2027, 5, 31), id=7)
    y2026, y2027 = (AllowanceYear(D(y, 1, 1), D(y, 12, 31)) for y in (2026, 2027))
    committed = [(D(2026, 12, 10), D(2026, 12, 12))]  # 3 days: 1 included + 2 bought
    position_2027 = allowance_position(y2027, 1, [purchase], committed, years=[y2026, y2027])
    assert position_2027.purchased == 0  # spent in 2026 already
    [use] = position_2027.purchases
    assert (use.used, use.used_in_year, use.left) == (2, 0, 0)
    with pytest.raises(RuleRefusal) as refused:
        require_room_for(
            [y2026, y2027], 1, [purchase], committed, (D(2027, 2, 1), D(2027, 2, 2))
        )  # 1 included, no bought day left
    assert refused.value.details["shortfall_days"] == 1
    assert "2027-01-01 to 2027-12-31" in refused.value.reason


def test_bought_days_pay_only_for_dates_inside_their_validity():
    year = AllowanceYear(D(2026, 1, 1), D(2026, 12, 31))
    purchase = Purchase(5, D(2026, 6, 1), D(2026, 6, 30))
    with pytest.raises(RuleRefusal) as refused:  # 2 included, 4 days in July
        require_room_for([year], 2, [purchase], [], (D(2026, 7, 1), D(2026, 7, 4)))
    assert refused.value.details["shortfall_days"] == 2
    require_room_for([year], 2, [purchase], [], (D(2026, 6, 1), D(2026, 6, 4)))  # fits


def test_the_earliest_expiring_purchase_pays_first():
    year = AllowanceYear(D(2026, 1, 1), D(2026, 12, 31))
    late = Purchase(3, D(2026, 1, 1), D(2026, 12, 31), id=1)
    early = Purchase(3, D(2026, 1, 1), D(2026, 9, 30), id=2)
    position = allowance_position(year, 1, [late, early], [(D(2026, 5, 1), D(2026, 5, 3))])
    uses = {use.purchase.id: use.used_in_year for use in position.purchases}
    assert uses == {2: 2, 1: 0}
    assert (position.purchased_used, position.remaining) == (2, 4)


def test_a_shortfall_is_given_per_year_when_the_event_crosses_a_year_boundary():
    y2026, y2027 = (AllowanceYear(D(y, 1, 1), D(y, 12, 31)) for y in (2026, 2027))
    with pytest.raises(RuleRefusal) as refused:
        require_room_for([y2026, y2027], 1, [], [], (D(2026, 12, 29), D(2027, 1, 3)))
    per_year = refused.value.details["shortfall_by_year"]
    assert [(y["year_start"], y["shortfall_days"]) for y in per_year] == [
        (D(2026, 1, 1), 2),
        (D(2027, 1, 1), 2),
    ]
    assert refused.value.details["shortfall_days"] == 4


purchases_drawn = st.lists(
    st.tuples(st.integers(1, 6), st.dates(D(2025, 6, 1), D(2027, 6, 1)), st.integers(0, 400)).map(
        lambda t: Purchase(t[0], t[1], t[1] + timedelta(days=t[2]))
    ),
    max_size=4,
)


@given(st.lists(spans, max_size=10), purchases_drawn, st.integers(0, 10))
def test_bought_days_are_spent_once_and_every_year_is_paid_or_short(committed, purchases, included):
    years = allowance_years_touched(D(2025, 1, 1), (D(2025, 1, 1), D(2028, 12, 31)))
    spent = spend_bought_days(years, included, purchases, committed)
    for index, purchase in enumerate(spent.purchases):
        assert spent.used(index) <= purchase.days
    for year in years:
        used = distinct_days_in(committed, year)
        bought = sum(spent.used_by_year[year])
        # Included days first: bought days only pay beyond them, and what is left is short.
        assert bought <= max(used - included, 0)
        assert spent.shortfall[year] == max(used - included, 0) - bought
        for index, purchase in enumerate(spent.purchases):
            if spent.used_by_year[year][index]:
                assert year.overlaps((purchase.valid_from, purchase.valid_to))


def test_the_years_sharing_purchases_follow_chains_of_purchases():
    a = Purchase(2, D(2026, 12, 1), D(2027, 5, 31))  # touches 2026 and 2027
    b = Purchase(2, D(2025, 6, 1), D(2026, 3, 31))  # touches 2025 and 2026
    years = years_sharing_purchases(
        D(2020, 1, 1), (D(2027, 2, 1), D(2027, 2, 2)), [a, b], "calendar"
    )
    assert [y.start.year for y in years] == [2025, 2026, 2027]
