"""Where each engagement goes in a calendar grid: plain arithmetic, no painting.

A multi-day IEM event is one bar per week row it crosses, in the same lane (height) on
every day of that week, so the days read as one bar. Lanes are dealt out greedily in start
order; what finds no lane is counted for the day's "+N more".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter

from engagements.services.view_rows import CalendarEntry


@dataclass(frozen=True)
class Segment:
    """The part of one engagement inside one week row (columns 0-6, Monday first)."""

    entry: CalendarEntry
    week: int
    first_col: int
    last_col: int
    lane: int
    starts: bool  # the engagement's first day is in this row
    ends: bool  # and its last day


@dataclass(frozen=True)
class WeekLayout:
    """One week row: the segments drawn as bars, and per column how many engagements the
    "+N more" line stands for."""

    segments: list[Segment]
    hidden: list[int]
    limit: list[int]  # per column, the lanes drawn as bars (one fewer under "+N more")


def week_layout(
    entries: Iterable[CalendarEntry], first: date, weeks: int, room: int
) -> list[WeekLayout]:
    """Per week row from ``first`` (a Monday), the bars that fit in ``room`` lanes.

    Engagements come in start order (the service's order); each takes the lowest lane free
    on all its days of the row. Those with no lane left are only counted, so a month of
    thousands of engagements costs a count per day, not a bar each.
    """
    rows: list[list[tuple[int, int, CalendarEntry]]] = [[] for _ in range(weeks)]
    last_index, base = weeks * 7 - 1, first.toordinal()
    for entry in entries:  # thousands: day numbers as plain integers
        begin = entry.first_day.toordinal() - base
        end = entry.last_day.toordinal() - base
        begin = begin if begin > 0 else 0
        end = end if end < last_index else last_index
        if begin == end:
            rows[begin // 7].append((begin % 7, begin % 7, entry))
            continue
        for week in range(begin // 7, end // 7 + 1):
            rows[week].append((max(begin - week * 7, 0), min(end - week * 7, 6), entry))
    return [_place(week, pieces, first, room) for week, pieces in enumerate(rows)]


def _place(
    week: int, pieces: list[tuple[int, int, CalendarEntry]], first: date, room: int
) -> WeekLayout:
    pieces.sort(key=itemgetter(0))  # stable: the service's order within a day
    lane_ends = [-1] * room
    placed: list[Segment] = []
    over = [0] * 7
    row_first = first + timedelta(days=week * 7)
    lowest = -1  # the earliest a lane becomes free: a piece starting by then has none
    for first_col, last_col, entry in pieces:
        if first_col <= lowest:
            over[first_col] += 1
            for col in range(first_col + 1, last_col + 1):
                over[col] += 1
            continue
        for lane in range(room):
            if lane_ends[lane] < first_col:
                lane_ends[lane] = last_col
                lowest = min(lane_ends)
                placed.append(
                    Segment(
                        entry,
                        week,
                        first_col,
                        last_col,
                        lane,
                        entry.first_day >= row_first + timedelta(days=first_col),
                        entry.last_day <= row_first + timedelta(days=last_col),
                    )
                )
                break
        else:
            for col in range(first_col, last_col + 1):
                over[col] += 1
    limit = [room - 1 if over[col] else room for col in range(7)]
    hidden = list(over)
    for segment in placed:  # a bar in the lane "+N more" takes is hidden on that day
        for col in range(segment.first_col, segment.last_col + 1):
            if over[col] and segment.lane >= limit[col]:
                hidden[col] += 1
    return WeekLayout(placed, hidden, limit)


def visible_runs(segment: Segment, limit: Sequence[int]) -> list[tuple[int, int]]:
    """The column runs of ``segment`` drawn as bars (its lane fits on those days)."""
    runs: list[tuple[int, int]] = []
    for col in range(segment.first_col, segment.last_col + 1):
        if segment.lane >= limit[col]:
            continue
        if runs and runs[-1][1] == col - 1:
            runs[-1] = (runs[-1][0], col)
        else:
            runs.append((col, col))
    return runs


def side_by_side(spans: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """For timed blocks of one day (start and end in hours): (column, columns) so that
    blocks overlapping in time stand side by side."""
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    placed: dict[int, int] = {}
    ends: list[float] = []  # per column, the end of its last block
    group: list[int] = []
    result: dict[int, tuple[int, int]] = {}
    group_end = float("-inf")

    def close_group() -> None:
        for i in group:
            result[i] = (placed[i], len(ends))

    for i in order:
        start, end = spans[i]
        if group and start >= group_end:
            close_group()
            group, ends, group_end = [], [], float("-inf")
        column = next((c for c, last in enumerate(ends) if last <= start), len(ends))
        if column == len(ends):
            ends.append(end)
        else:
            ends[column] = end
        placed[i] = column
        group.append(i)
        group_end = max(group_end, end)
    close_group()
    return [result[i] for i in range(len(spans))]
