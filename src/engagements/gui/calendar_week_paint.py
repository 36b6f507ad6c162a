"""Painting the week and day views: day columns with their holidays, an hour axis in the
viewer's zone, IEM bars in an all-day row above, sessions as blocks at their times."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from engagements.gui.calendar_layout import (
    Segment,
    WeekLayout,
    side_by_side,
    visible_runs,
    week_layout,
)
from engagements.gui.calendar_paint import Look, Metrics, day_background, metrics, paint_chip
from engagements.gui.labels import entry_title, holiday_label
from engagements.gui.language import local_date, weekday_name
from engagements.services.view_rows import CalendarEntry, CalendarRange

ALL_DAY_LANES = 3
SNAP_MINUTES = 15
FIRST_HOUR, LAST_HOUR = 7, 20  # shown at least; widened to hold every session


@dataclass
class TimeScene:
    """What a week or day view shows."""

    shown: CalendarRange
    days: list[date]
    zone: tzinfo  # the viewer's
    look: Look
    drop: tuple[datetime, datetime] | None = None  # where a dragged session would go

    def timed(self) -> list[CalendarEntry]:
        """Sessions whose start, in the viewer's zone, falls on a day shown."""
        return [
            e
            for e in self.shown.entries
            if e.starts_at is not None and e.starts_at.astimezone(self.zone).date() in self.days
        ]

    def all_day(self) -> WeekLayout:
        """The IEM bars of the row above the hours (a day view: that day's only)."""
        iem = [e for e in self.shown.entries if e.starts_at is None]
        if len(self.days) == 7:
            return week_layout(iem, self.days[0], 1, ALL_DAY_LANES)[0]
        day = self.days[0]
        row = week_layout(
            [e for e in iem if e.first_day <= day <= e.last_day], day, 1, ALL_DAY_LANES
        )[0]
        return WeekLayout(
            [replace(s, last_col=0, ends=s.entry.last_day == day) for s in row.segments],
            row.hidden[:1] + [0] * 6,
            row.limit[:1] + [ALL_DAY_LANES] * 6,
        )

    def hours_of(self, entry: CalendarEntry) -> tuple[float, float]:
        """A session's start and end as hours of its (viewer's) day; at least 15 minutes."""
        assert entry.starts_at and entry.ends_at
        starts = entry.starts_at.astimezone(self.zone)
        ends = entry.ends_at.astimezone(self.zone)
        first = starts.hour + starts.minute / 60
        last = 24.0 if ends.date() > starts.date() else ends.hour + ends.minute / 60
        return first, max(last, first + 0.25)

    def hour_span(self) -> tuple[int, int]:
        first, last = FIRST_HOUR, LAST_HOUR
        for entry in self.timed():
            starts, ends = self.hours_of(entry)
            first, last = min(first, math.floor(starts)), max(last, math.ceil(ends))
        return first, last


@dataclass
class TimePicture:
    """Where things were painted, for clicks and drags."""

    days: list[date]
    left: float
    width: float  # of one day column
    all_day: QRectF
    hours: QRectF
    first_hour: int
    hour_height: float
    blocks: list[tuple[QRectF, CalendarEntry]] = field(default_factory=list)
    bars: list[tuple[QRectF, Segment]] = field(default_factory=list)
    more: list[tuple[QRectF, date]] = field(default_factory=list)

    def column_at(self, x: float) -> int | None:
        col = int((x - self.left) // self.width)
        return col if x >= self.left and 0 <= col < len(self.days) else None

    def moment_at(self, point: QPointF, zone: tzinfo) -> datetime | None:
        col = self.column_at(point.x())
        if col is None or not self.hours.contains(point):
            return None
        hours = self.first_hour + (point.y() - self.hours.top()) / self.hour_height
        minutes = int(hours * 60) // SNAP_MINUTES * SNAP_MINUTES
        return datetime.combine(self.days[col], time(), zone) + timedelta(minutes=minutes)

    def y_of(self, moment: datetime) -> float:
        hours = moment.hour + moment.minute / 60
        return self.hours.top() + (hours - self.first_hour) * self.hour_height

    def hit(self, point: QPointF) -> tuple[QRectF, CalendarEntry, Segment | None] | None:
        for rect, entry in reversed(self.blocks):
            if rect.contains(point):
                return rect, entry, None
        for rect, segment in reversed(self.bars):
            if rect.contains(point):
                return rect, segment.entry, segment
        return None


def paint_time_grid(painter: QPainter, rect: QRectF, scene: TimeScene) -> TimePicture:
    size = metrics(painter)
    axis = (
        painter.fontMetrics().horizontalAdvance(
            QCoreApplication.translate("CalendarWeekPaint", "all day")
        )
        + 3 * size.pad
    )
    row = scene.all_day()
    lanes = max((s.lane + 1 for s in row.segments), default=0)
    header = size.line * 2 + size.pad * 2
    all_day = QRectF(
        rect.left() + axis,
        rect.top() + header,
        rect.width() - axis,
        max(lanes, 1) * (size.lane + 1) + size.pad * 2,
    )
    first_hour, last_hour = scene.hour_span()
    hours = QRectF(
        all_day.left(),
        all_day.bottom() + size.pad,
        all_day.width(),
        rect.bottom() - all_day.bottom() - size.pad,
    )
    picture = TimePicture(
        scene.days,
        all_day.left(),
        all_day.width() / len(scene.days),
        all_day,
        hours,
        first_hour,
        hours.height() / max(last_hour - first_hour, 1),
    )
    _paint_columns(painter, picture, rect, scene)
    _paint_axis(painter, picture, rect, last_hour, scene)
    _paint_all_day(painter, picture, row, scene, size)
    _paint_sessions(painter, picture, scene, size)
    if scene.drop is not None:
        _paint_drop(painter, picture, scene)
    return picture


def _paint_columns(painter: QPainter, picture: TimePicture, rect: QRectF, scene: TimeScene) -> None:
    palette, shown = scene.look.palette, scene.shown
    for col, day in enumerate(scene.days):
        column = QRectF(
            picture.left + col * picture.width, rect.top(), picture.width, rect.height()
        )
        holiday = shown.holidays.get(day)
        working = day in shown.working_weekend_days
        background = day_background(palette, day, holiday, working, True)
        if background is not None:
            painter.fillRect(column, background)
        painter.setPen(QPen(palette.color(palette.ColorRole.Mid), 0))
        painter.drawLine(column.topLeft(), column.bottomLeft())
        title = QRectF(
            column.left(), rect.top(), column.width(), picture.all_day.top() - rect.top()
        )
        painter.setPen(
            palette.color(
                palette.ColorRole.Highlight
                if day == scene.look.selected_day
                else palette.ColorRole.Text
            )
        )
        note = (
            f"\n{holiday_label(holiday)}"
            if holiday
            else "\n" + QCoreApplication.translate("CalendarWeekPaint", "official working day")
            if working
            else ""
        )
        painter.drawText(
            title,
            Qt.AlignmentFlag.AlignCenter,
            f"{weekday_name(day)} {local_date(day, 'day_month')}{note}",
        )


def _paint_axis(
    painter: QPainter, picture: TimePicture, rect: QRectF, last_hour: int, scene: TimeScene
) -> None:
    palette = scene.look.palette
    painter.setPen(palette.color(palette.ColorRole.Text))
    zone_name = datetime.now(scene.zone).strftime("%Z") or str(scene.zone)
    painter.drawText(
        QRectF(rect.left(), rect.top(), picture.left - 2, picture.all_day.top() - rect.top()),
        Qt.AlignmentFlag.AlignCenter,
        zone_name,
    )  # the axis's zone
    painter.drawText(
        QRectF(rect.left(), picture.all_day.top(), picture.left - 2, picture.all_day.height()),
        Qt.AlignmentFlag.AlignCenter,
        QCoreApplication.translate("CalendarWeekPaint", "all day"),
    )
    for hour in range(picture.first_hour, last_hour + 1):
        y = picture.hours.top() + (hour - picture.first_hour) * picture.hour_height
        painter.setPen(QPen(palette.color(palette.ColorRole.Mid), 0))
        painter.drawLine(QPointF(picture.left, y), QPointF(rect.right(), y))
        if hour < last_hour:
            painter.setPen(palette.color(palette.ColorRole.Text))
            painter.drawText(
                QRectF(rect.left(), y, picture.left - 4, picture.hour_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{hour:02d}:00",
            )


def _paint_all_day(
    painter: QPainter, picture: TimePicture, row: WeekLayout, scene: TimeScene, size: Metrics
) -> None:
    for segment in row.segments:
        for run in visible_runs(segment, row.limit):
            starts = segment.starts and run[0] == segment.first_col
            ends = segment.ends and run[1] == segment.last_col
            left = picture.left + run[0] * picture.width + (2 * size.pad if starts else 0)
            right = picture.left + (run[1] + 1) * picture.width - (2 * size.pad if ends else 0)
            bar = QRectF(
                left,
                picture.all_day.top() + size.pad + segment.lane * (size.lane + 1),
                right - left,
                size.lane,
            )
            paint_chip(painter, bar, segment.entry, scene.look, size, stripe=starts)
            picture.bars.append((bar, segment))
    for col in range(len(scene.days)):
        if row.hidden[col]:
            where = QRectF(
                picture.left + col * picture.width + size.pad,
                picture.all_day.top() + size.pad + row.limit[col] * (size.lane + 1),
                picture.width - 2 * size.pad,
                size.lane,
            )
            painter.setPen(scene.look.palette.color(scene.look.palette.ColorRole.Text))
            painter.drawText(
                where,
                Qt.AlignmentFlag.AlignLeft,
                QCoreApplication.translate("CalendarWeekPaint", "+{count} more").format(
                    count=row.hidden[col]
                ),
            )
            picture.more.append((where, scene.days[col]))


def _paint_sessions(
    painter: QPainter, picture: TimePicture, scene: TimeScene, size: Metrics
) -> None:
    timed = scene.timed()
    for col, day in enumerate(scene.days):
        entries = [
            e for e in timed if e.starts_at and e.starts_at.astimezone(scene.zone).date() == day
        ]
        spans = [scene.hours_of(e) for e in entries]
        for entry, span, (place, count) in zip(entries, spans, side_by_side(spans), strict=True):
            width = (picture.width - 3 * size.pad) / count
            top = picture.hours.top() + (span[0] - picture.first_hour) * picture.hour_height
            height = max((span[1] - span[0]) * picture.hour_height, size.lane)
            block = QRectF(
                picture.left + col * picture.width + size.pad + place * width,
                top,
                width - size.pad,
                height,
            )
            paint_chip(
                painter, block, entry, scene.look, size, label=block_label(entry, scene.zone)
            )
            picture.blocks.append((block, entry))


def _paint_drop(painter: QPainter, picture: TimePicture, scene: TimeScene) -> None:
    assert scene.drop is not None
    starts, ends = scene.drop
    local = starts.astimezone(scene.zone)
    if local.date() not in scene.days:
        return
    col = scene.days.index(local.date())
    outline = QColor(scene.look.palette.color(scene.look.palette.ColorRole.Highlight))
    painter.setPen(QPen(outline, 2, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    top = picture.y_of(local)
    bottom = top + (ends - starts).total_seconds() / 3600 * picture.hour_height
    painter.drawRect(
        QRectF(picture.left + col * picture.width + 2, top, picture.width - 4, bottom - top)
    )


def block_label(entry: CalendarEntry, zone: tzinfo) -> str:
    assert entry.starts_at and entry.ends_at
    marks = ("⚠ " if entry.clash else "") + ("✖ " if entry.over_allowance else "")
    return (
        f"{marks}{entry.starts_at.astimezone(zone):%H:%M}–"
        f"{entry.ends_at.astimezone(zone):%H:%M} {entry_title(entry.kind, entry.title)}"
        f" · {entry.partner_name}"
    )
