"""The chart of IEM allowance use over one allowance year, as a reportlab drawing.

One bar per month of the allowance year (days used, and days pending approval on top),
the running total as a line, and the days available as a dashed line, so a reader sees
at a glance how much of the year's allowance is gone and when it went.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from engagements.domain.allowance import ONE_DAY, add_months

USED = colors.HexColor("#1F3A5F")
PENDING = colors.HexColor("#9DB4CF")
RUNNING = colors.HexColor("#2A9D8F")
AVAILABLE = colors.HexColor("#E76F51")
GRID = colors.HexColor("#D9DEE5")
INK = colors.HexColor("#333F4B")
MUTED = colors.HexColor("#6B7785")


def month_buckets(year_start: date) -> list[tuple[date, date]]:
    """The twelve months of an allowance year as (first day, last day)."""
    return [(add_months(year_start, i), add_months(year_start, i + 1) - ONE_DAY) for i in range(12)]


def bucket_label(first: date, last: date) -> tuple[str, ...]:
    """The months a bucket really covers: "Mar" for a calendar month, else its two ends
    ("15 Mar", "14 Apr") on two lines, since a year from 15 March has no month "Mar"."""
    if first.day == 1 and (last + ONE_DAY).day == 1:
        return (first.strftime("%b"),)
    return (f"{first.day} {first:%b}", f"–{last.day} {last:%b}")


def _per_month(days: Iterable[date], buckets: list[tuple[date, date]]) -> list[int]:
    counts = [0] * len(buckets)
    for day in days:
        for index, (first, last) in enumerate(buckets):
            if first <= day <= last:
                counts[index] += 1
    return counts


def _nice_top(value: int) -> int:
    for step in (2, 4, 5, 10, 20, 50, 100):
        if value <= step * 5:
            return max(step * ((value + step - 1) // step), step)
    return value


def allowance_chart(
    year_start: date,
    used_days: Iterable[date],
    pending_days: Iterable[date],
    included: int,
    available: int,
    font: str,
    width: float = 480,
    height: float = 190,
    today: date | None = None,
) -> Drawing:
    """The drawing (points); ``available`` is included plus bought days; ``today`` is
    marked when it falls in the year, so used days can be told from booked ones."""
    buckets = month_buckets(year_start)
    used = _per_month(used_days, buckets)
    pending = _per_month(pending_days, buckets)
    running = [sum(used[: i + 1]) for i in range(12)]
    top = _nice_top(max(available, running[-1] + sum(pending), 1))
    drawing = Drawing(width, height)
    left, bottom, right, upper = 34, 38, width - 8, height - 10
    scale = (upper - bottom) / top

    def y(value: float) -> float:
        return bottom + value * scale

    _grid(drawing, top, left, right, y, font)
    slot = (right - left) / 12
    for index, (first, _) in enumerate(buckets):
        x = left + index * slot + slot * 0.22
        if used[index]:
            drawing.add(
                Rect(x, bottom, slot * 0.56, used[index] * scale, fillColor=USED, strokeColor=None)
            )
        if pending[index]:
            drawing.add(
                Rect(
                    x,
                    y(used[index]),
                    slot * 0.56,
                    pending[index] * scale,
                    fillColor=PENDING,
                    strokeColor=None,
                )
            )
        label = bucket_label(first, buckets[index][1])
        for line, text in enumerate(label):
            drawing.add(
                String(
                    left + (index + 0.5) * slot,
                    bottom - 12 - 8 * line,
                    text,
                    fontName=font,
                    fontSize=7.5 if len(label) == 1 else 6.5,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
    points = [(left + (i + 0.5) * slot, y(v)) for i, v in enumerate(running)]
    drawing.add(PolyLine([c for p in points for c in p], strokeColor=RUNNING, strokeWidth=1.8))
    if today is not None and buckets[0][0] <= today <= buckets[-1][1]:
        _today(drawing, buckets, today, left, slot, bottom, upper, font)
    _limit(drawing, available, "available", left, right, y, font)
    if included != available:
        _limit(drawing, included, "included", left, right, y, font)
    _legend(drawing, left, font)
    return drawing


def _grid(
    drawing: Drawing, top: int, left: float, right: float, y: Callable[[float], float], font: str
) -> None:
    step = max(top // 5, 1)
    for value in range(0, top + 1, step):
        drawing.add(Line(left, y(value), right, y(value), strokeColor=GRID, strokeWidth=0.5))
        drawing.add(
            String(
                left - 5,
                y(value) - 2.5,
                str(value),
                fontName=font,
                fontSize=7,
                fillColor=INK,
                textAnchor="end",
            )
        )


def _limit(
    drawing: Drawing,
    value: int,
    label: str,
    left: float,
    right: float,
    y: Callable[[float], float],
    font: str,
) -> None:
    drawing.add(
        Line(
            left,
            y(value),
            right,
            y(value),
            strokeColor=AVAILABLE,
            strokeWidth=1,
            strokeDashArray=[4, 3],
        )
    )
    drawing.add(
        String(
            right - 2,
            y(value) + 3,
            f"{value} days {label}",
            fontName=font,
            fontSize=7,
            fillColor=AVAILABLE,
            textAnchor="end",
        )
    )


def _today(
    drawing: Drawing,
    buckets: list[tuple[date, date]],
    today: date,
    left: float,
    slot: float,
    bottom: float,
    upper: float,
    font: str,
) -> None:
    index = next(i for i, (first, last) in enumerate(buckets) if first <= today <= last)
    first, last = buckets[index]
    x = left + (index + (today - first).days / ((last - first).days + 1)) * slot
    drawing.add(
        Line(x, bottom, x, upper, strokeColor=MUTED, strokeWidth=0.7, strokeDashArray=[1, 2])
    )
    near_end = index >= 9  # keep the label clear of the allowance labels on the right
    drawing.add(
        String(
            x - 3 if near_end else x + 3,
            upper - 8,
            f"today {today.isoformat()}",
            fontName=font,
            fontSize=7,
            fillColor=MUTED,
            textAnchor="end" if near_end else "start",
        )
    )


def _legend(drawing: Drawing, left: float, font: str) -> None:
    entries = (
        (USED, "days used that month"),
        (PENDING, "pending approval"),
        (RUNNING, "running total"),
        (AVAILABLE, "allowance"),
    )
    x = left
    for colour, text in entries:
        drawing.add(Rect(x, 4, 9, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 13, 5, text, fontName=font, fontSize=7.5, fillColor=INK))
        x += 20 + len(text) * 4.1
