"""dashboard_rows_with: the dashboard's rows and another read's answer (the window's
coming fortnight), on a team database read on the connection of the reads that need no
allowance year once they are in."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from engagements.services.calendar_view import calendar_range
from engagements.services.dashboard import dashboard_rows, dashboard_rows_with
from engagements.services.demo import fill_demo


def test_the_rows_are_the_dashboards_and_the_other_read_answers_once(db, today):
    fill_demo(db, partners=12, seed=4, today=today)
    asked = []

    def fortnight():
        asked.append(threading.current_thread())
        return calendar_range(db, today, today + timedelta(days=13), "CN")

    rows, coming = dashboard_rows_with(db, today, fortnight)
    assert rows == dashboard_rows(db, today) and len(rows) == 12
    assert coming == calendar_range(db, today, today + timedelta(days=13), "CN")
    assert len(asked) == 1
    # A team database reads it beside the rows, an embedded file after them.
    assert (asked[0] is threading.current_thread()) == db.is_sqlite


def test_a_failing_other_read_is_raised_to_the_caller(db, today):
    fill_demo(db, partners=3, seed=4, today=today)

    def failing() -> None:
        raise LookupError("the fortnight could not be read")

    with pytest.raises(LookupError, match="fortnight"):
        dashboard_rows_with(db, today, failing)
    assert len(dashboard_rows(db, today)) == 3  # and the database reads on
