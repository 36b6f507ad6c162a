"""Placing engagements in the month grid: one bar per week row for a multi-day event, in
one lane across its days, and a count for "+N more" when a day has no room left."""

from __future__ import annotations

from datetime import date, timedelta

from engagements.gui.calendar_layout import side_by_side, visible_runs, week_layout
from engagements.services.view_rows import CalendarEntry

MONDAY = date(2026, 11, 2)


def _iem(ident, first, days=1):
    return CalendarEntry(
        "iem",
        ident,
        "P1",
        "Partner",
        f"Event {ident}",
        "approved",
        first,
        first + timedelta(days=days - 1),
    )


def test_a_multi_day_event_is_one_bar_per_week_row_it_crosses():
    event = _iem(1, date(2026, 11, 5), days=6)  # Thursday to Tuesday
    first, second = week_layout([event], MONDAY, 2, room=3)
    assert [(s.first_col, s.last_col, s.starts, s.ends) for s in first.segments] == [
        (3, 6, True, False)
    ]
    assert [(s.first_col, s.last_col, s.starts, s.ends) for s in second.segments] == [
        (0, 1, False, True)
    ]


def test_events_share_lanes_and_the_rest_are_counted_for_more():
    long = _iem(1, MONDAY, days=3)
    crowd = [_iem(10 + n, MONDAY + timedelta(days=1)) for n in range(4)]
    later = _iem(2, MONDAY + timedelta(days=3))  # after the long one: its lane again
    (row,) = week_layout([long, *crowd, later], MONDAY, 1, room=3)
    lanes = {s.entry.id: s.lane for s in row.segments}
    assert lanes[1] == 0 and lanes[2] == 0
    assert row.limit[1] == 2  # Tuesday keeps its last lane for "+N more"
    assert row.hidden[1] == 3  # two crowd events with no lane, one in the "+N more" lane
    assert row.hidden[0] == 0 and row.hidden[3] == 0
    crowded = next(s for s in row.segments if s.lane == 2)
    assert visible_runs(crowded, row.limit) == []  # hidden under "+N more" on its day


def test_overlapping_sessions_stand_side_by_side():
    assert side_by_side([(10, 12), (11, 13), (14, 15)]) == [(0, 2), (1, 2), (0, 1)]
