"""Where each engagement goes in a calendar grid: plain arithmetic, no painting.

A multi-day IEM event is one bar per week row it crosses, in the same lane (height) on
every day of that week, so the days read as one bar. Lanes are dealt out greedily, longest
first among events starting the same day, so a week needs as few lanes as it can.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

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


def week_segments(entries: Iterable[CalendarEntry], first: date, weeks: int
                  ) -> list[list[Segment]]:
    """Per week row from ``first`` (a Monday), the segments with their lanes."""
    rows: list[list[tuple[int, int, CalendarEntry]]] = [[] for _ in range(weeks)]
    for entry in entries:
        begin = max((entry.first_day - first).days, 0)
        end = min((entry.last_day - first).days, weeks * 7 - 1)
        if end < begin:
            continue
        for week in range(begin // 7, end // 7 + 1):
            rows[week].append((max(begin, week * 7) - week * 7,
                               min(end, week * 7 + 6) - week * 7, entry))
    return [_lanes(week, pieces, first) for week, pieces in enumerate(rows)]


def _lanes(week: int, pieces: list[tuple[int, int, CalendarEntry]], first: date
           ) -> list[Segment]:
    pieces.sort(key=lambda p: (p[0], p[0] - p[1], p[2].kind != "iem", p[2].id))
    busy: list[tuple[int, int]] = []  # (last column, lane) of lanes in use
    free: list[int] = []  # lanes free again, lowest first
    lanes = 0
    found = []
    for first_col, last_col, entry in pieces:
        while busy and busy[0][0] < first_col:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane, lanes = lanes, lanes + 1
        heapq.heappush(busy, (last_col, lane))
        row_first = first + timedelta(days=week * 7)
        found.append(Segment(entry, week, first_col, last_col, lane,
                             entry.first_day >= row_first + timedelta(days=first_col),
                             entry.last_day <= row_first + timedelta(days=last_col)))
    return found


def shown_lanes(segments: Sequence[Segment], room: int) -> tuple[list[int], list[int]]:
    """For a week row with ``room`` lanes per day: per column, the lanes drawn as bars and
    how many engagements are left for the "+N more" line."""
    deepest = [0] * 7
    on_day = [0] * 7
    for segment in segments:
        for col in range(segment.first_col, segment.last_col + 1):
            deepest[col] = max(deepest[col], segment.lane + 1)
            on_day[col] += 1
    limit = [room if deepest[col] <= room else max(room - 1, 0) for col in range(7)]
    hidden = [sum(1 for s in segments if s.first_col <= col <= s.last_col
                  and s.lane >= limit[col]) if deepest[col] > room else 0
              for col in range(7)]
    return limit, hidden


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


def local_span(entry: CalendarEntry, zone: tzinfo) -> tuple[datetime, datetime] | None:
    """A session's start and end in the viewer's zone (None for all-day IEM events)."""
    if entry.starts_at is None or entry.ends_at is None:
        return None
    return entry.starts_at.astimezone(zone), entry.ends_at.astimezone(zone)


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
