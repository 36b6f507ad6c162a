"""The dashboard picks each partner's subscription in force from rows read in no order;
it must pick what ``current_subscription`` picks from the partner's subscriptions in
order of start: the latest one started by the day, else the first."""

from __future__ import annotations

import random
from datetime import date
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from engagements.services.partners import current_subscription
from engagements.store.dashboard_queries import subscriptions_from_rows

starts = st.lists(st.dates(date(2020, 1, 1), date(2030, 12, 31)), min_size=1, max_size=6)


@given(starts, st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.randoms())
def test_the_subscription_in_force_does_not_depend_on_the_rows_order(starts, today, shuffle):
    rows = [("P1", "Partner", None, "enterprise", start, 12, "CN", None) for start in starts]
    shuffle.shuffle(rows)
    (chosen,) = subscriptions_from_rows(rows, today)
    partner = SimpleNamespace(
        id="P1", subscriptions=[SimpleNamespace(start=start) for start in sorted(starts)]
    )
    assert chosen.start == current_subscription(partner, today).start  # type: ignore[arg-type]


def test_each_partner_is_chosen_for_alone():
    today = date(2026, 6, 15)
    rows = [
        ("A", "a", None, "enterprise", date(2027, 1, 1), 12, "CN", None),
        ("B", "b", None, "enterprise", date(2025, 1, 1), 12, "CN", None),
        ("A", "a", None, "enterprise", date(2026, 9, 1), 12, "CN", None),
        ("B", "b", None, "enterprise", date(2026, 1, 1), 12, "CN", None),
        ("B", "b", None, "enterprise", date(2026, 7, 1), 12, "CN", None),
    ]
    random.Random(3).shuffle(rows)
    chosen = {sub.partner_id: sub.start for sub in subscriptions_from_rows(rows, today)}
    assert chosen == {"A": date(2026, 9, 1), "B": date(2026, 1, 1)}
