"""The week and day views: an hour axis in the viewer's time zone, sessions at their times
(side by side when they overlap), the all-day IEM events in a row above.

Dragging a session moves it (to another time or day), dragging its lower edge changes its
end; IEM bars in the all-day row drag like the month's. Double-click or Enter opens an
engagement; on an empty hour it books a session there, on the all-day row it asks for an
IEM request. The grid only says what was asked; the view asks the services.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from engagements.gui.calendar_layout import (
    Segment,
    WeekLayout,
    side_by_side,
    visible_runs,
    week_layout,
)
from engagements.gui.calendar_month import EDGE, DayList, describe, dragged_span
from engagements.gui.calendar_paint import Look, day_background, metrics, paint_chip
from engagements.services.view_rows import CalendarEntry, CalendarRange

ALL_DAY_LANES = 3
SNAP_MINUTES = 15
FIRST_HOUR, LAST_HOUR = 7, 20  # shown at least; widened to hold every session


def viewer_zone() -> tzinfo:
    """The time zone of the person looking (the computer's)."""
    found = datetime.now().astimezone().tzinfo
    assert found is not None
    return found


@dataclass
class TimePicture:
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


class TimeGrid(QWidget):
    opened = Signal(object)  # CalendarEntry
    create_on = Signal(object)  # date: an IEM request for that day
    create_at = Signal(object)  # datetime: a session at that time
    moved = Signal(object, object, object)  # IEM entry, new first day, new last day
    moved_session = Signal(object, object, object)  # session entry, new start, new end

    def __init__(self, today: date, columns: int = 7) -> None:
        super().__init__()
        self.columns = columns
        self.setAccessibleName("Calendar week" if columns == 7 else "Calendar day")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 240)
        self.zone = viewer_zone()
        self.look = Look(self.palette(), today, selected_day=today)
        self.shown: CalendarRange | None = None
        self.days: list[date] = [today]
        self.picture: TimePicture | None = None
        self.day_list = DayList(self)
        self.day_list.chosen.connect(self.opened)
        self._press: tuple[QPointF, CalendarEntry, Segment | None, str] | None = None
        self._target: tuple[object, object] | None = None

    def set_range(self, shown: CalendarRange, first: date) -> None:
        self.shown = shown
        self.days = [first + timedelta(days=i) for i in range(self.columns)]
        if self.look.selected_day not in self.days:
            self.look.selected_day = first
        self.update()

    def timed(self) -> list[CalendarEntry]:
        """Sessions whose start, in the viewer's zone, falls on a day shown."""
        if self.shown is None:
            return []
        return [e for e in self.shown.entries if e.starts_at is not None
                and e.starts_at.astimezone(self.zone).date() in self.days]

    def all_day(self) -> WeekLayout:
        """The IEM bars of the row above the hours (a day view: that day's only)."""
        iem = [e for e in (self.shown.entries if self.shown else []) if e.starts_at is None]
        if self.columns == 7:
            return week_layout(iem, self.days[0], 1, ALL_DAY_LANES)[0]
        day = self.days[0]
        row = week_layout([e for e in iem if e.first_day <= day <= e.last_day], day, 1,
                          ALL_DAY_LANES)[0]
        return WeekLayout([replace(s, last_col=0, ends=s.entry.last_day == day)
                           for s in row.segments], row.hidden[:1] + [0] * 6,
                          row.limit[:1] + [ALL_DAY_LANES] * 6)

    def hour_span(self) -> tuple[int, int]:
        first, last = FIRST_HOUR, LAST_HOUR
        for entry in self.timed():
            assert entry.starts_at and entry.ends_at
            starts = entry.starts_at.astimezone(self.zone)
            ends = entry.ends_at.astimezone(self.zone)
            first = min(first, starts.hour)
            last = max(last, 24 if ends.date() > starts.date() else
                       math.ceil(ends.hour + ends.minute / 60))
        return first, last

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.shown is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self.look.palette = self.palette()
        self.picture = self._paint(painter, QRectF(self.rect()).adjusted(0, 0, -1, -1))
        painter.end()

    def _paint(self, painter: QPainter, rect: QRectF) -> TimePicture:
        size = metrics(painter)
        axis = painter.fontMetrics().horizontalAdvance("all day") + 3 * size.pad
        row = self.all_day()
        segments, limit, hidden = row.segments, row.limit, row.hidden
        lanes = max((s.lane + 1 for s in segments), default=0)
        header = size.line * 2 + size.pad * 2
        all_day = QRectF(rect.left() + axis, rect.top() + header, rect.width() - axis,
                         max(lanes, 1) * (size.lane + 1) + size.pad * 2)
        first_hour, last_hour = self.hour_span()
        hours = QRectF(all_day.left(), all_day.bottom() + size.pad, all_day.width(),
                       rect.bottom() - all_day.bottom() - size.pad)
        picture = TimePicture(self.days, all_day.left(), all_day.width() / self.columns,
                              all_day, hours, first_hour,
                              hours.height() / max(last_hour - first_hour, 1))
        self._paint_columns(painter, picture, rect, size)
        self._paint_axis(painter, picture, rect, last_hour, size)
        for segment in segments:
            for run in visible_runs(segment, limit):
                picture.bars.append((self._paint_bar(painter, picture, segment, run, size),
                                     segment))
        for col in range(self.columns):
            if hidden[col]:
                where = QRectF(picture.left + col * picture.width + size.pad,
                               all_day.top() + size.pad + limit[col] * (size.lane + 1),
                               picture.width - 2 * size.pad, size.lane)
                painter.setPen(self.look.palette.color(self.look.palette.ColorRole.Text))
                painter.drawText(where, Qt.AlignmentFlag.AlignLeft, f"+{hidden[col]} more")
                picture.more.append((where, self.days[col]))
        self._paint_sessions(painter, picture, size)
        return picture

    def _paint_columns(self, painter: QPainter, picture: TimePicture, rect: QRectF,
                       size: object) -> None:
        assert self.shown is not None
        palette = self.look.palette
        grid = QPen(palette.color(palette.ColorRole.Mid), 0)
        for col, day in enumerate(self.days):
            column = QRectF(picture.left + col * picture.width, rect.top(), picture.width,
                            rect.height())
            holiday = self.shown.holidays.get(day)
            background = day_background(palette, day, holiday,
                                        day in self.shown.working_weekend_days, True)
            if background is not None:
                painter.fillRect(column, background)
            painter.setPen(grid)
            painter.drawLine(column.topLeft(), column.bottomLeft())
            title = QRectF(column.left(), rect.top(), column.width(),
                           picture.all_day.top() - rect.top())
            selected = day == self.look.selected_day
            painter.setPen(palette.color(palette.ColorRole.Highlight if selected
                                         else palette.ColorRole.Text))
            label = f"{day:%a %d %b}" + (f"\n{holiday}" if holiday else (
                "\nofficial working day" if day in self.shown.working_weekend_days else ""))
            painter.drawText(title, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_axis(self, painter: QPainter, picture: TimePicture, rect: QRectF,
                    last_hour: int, size: object) -> None:
        palette = self.look.palette
        painter.setPen(palette.color(palette.ColorRole.Text))
        zone_name = datetime.now(self.zone).strftime("%Z") or str(self.zone)
        painter.drawText(QRectF(rect.left(), rect.top(), picture.left - 2,
                                picture.all_day.top() - rect.top()),
                         Qt.AlignmentFlag.AlignCenter, zone_name)  # the axis's zone
        painter.drawText(QRectF(rect.left(), picture.all_day.top(), picture.left - 2,
                                picture.all_day.height()), Qt.AlignmentFlag.AlignCenter,
                         painter.fontMetrics().elidedText("all day", Qt.TextElideMode.ElideRight,
                                                          int(picture.left - 2)))
        for hour in range(picture.first_hour, last_hour + 1):
            y = picture.hours.top() + (hour - picture.first_hour) * picture.hour_height
            painter.setPen(QPen(palette.color(palette.ColorRole.Mid), 0))
            painter.drawLine(QPointF(picture.left, y), QPointF(rect.right(), y))
            if hour < last_hour:
                painter.setPen(palette.color(palette.ColorRole.Text))
                painter.drawText(QRectF(rect.left(), y, picture.left - 4, picture.hour_height),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 f"{hour:02d}:00")

    def _paint_bar(self, painter: QPainter, picture: TimePicture, segment: Segment,
                   run: tuple[int, int], size: object) -> QRectF:
        pad = metrics(painter).pad
        lane = metrics(painter).lane
        starts = segment.starts and run[0] == segment.first_col
        ends = segment.ends and run[1] == segment.last_col
        left = picture.left + run[0] * picture.width + (2 * pad if starts else 0)
        right = picture.left + (run[1] + 1) * picture.width - (2 * pad if ends else 0)
        bar = QRectF(left, picture.all_day.top() + pad + segment.lane * (lane + 1),
                     right - left, lane)
        paint_chip(painter, bar, segment.entry, self.look, metrics(painter), stripe=starts)
        return bar

    def _paint_sessions(self, painter: QPainter, picture: TimePicture, size: object) -> None:
        found = metrics(painter)
        for col, day in enumerate(self.days):
            entries = [e for e in self.timed()
                       if e.starts_at and e.starts_at.astimezone(self.zone).date() == day]
            spans = [self._hours(e) for e in entries]
            for entry, span, (place, count) in zip(entries, spans, side_by_side(spans),
                                                   strict=True):
                width = (picture.width - 3 * found.pad) / count
                top = picture.hours.top() + (span[0] - picture.first_hour) * picture.hour_height
                height = max((span[1] - span[0]) * picture.hour_height, found.lane)
                block = QRectF(picture.left + col * picture.width + found.pad + place * width,
                               top, width - found.pad, height)
                paint_chip(painter, block, entry, self.look, found, label=_block_label(
                    entry, self.zone))
                picture.blocks.append((block, entry))
        if isinstance(self._target, tuple) and isinstance(self._target[0], datetime):
            self._paint_drop(painter, picture)

    def _hours(self, entry: CalendarEntry) -> tuple[float, float]:
        assert entry.starts_at and entry.ends_at
        starts = entry.starts_at.astimezone(self.zone)
        ends = entry.ends_at.astimezone(self.zone)
        first = starts.hour + starts.minute / 60
        last = 24.0 if ends.date() > starts.date() else ends.hour + ends.minute / 60
        return first, max(last, first + 0.25)

    def _paint_drop(self, painter: QPainter, picture: TimePicture) -> None:
        starts, ends = self._target  # type: ignore[misc]
        assert isinstance(starts, datetime) and isinstance(ends, datetime)
        local = starts.astimezone(self.zone)
        if local.date() not in self.days:
            return
        col = self.days.index(local.date())
        outline = QColor(self.look.palette.color(self.look.palette.ColorRole.Highlight))
        painter.setPen(QPen(outline, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        top = picture.y_of(local)
        bottom = top + (ends - starts).total_seconds() / 3600 * picture.hour_height
        painter.drawRect(QRectF(picture.left + col * picture.width + 2, top,
                                picture.width - 4, bottom - top))

    # --- mouse and keys ----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        if self.picture is None or event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        col = self.picture.column_at(point.x())
        if col is not None:
            self.look.selected_day = self.days[col]
        hit = self.picture.hit(point)
        self.look.selected = (hit[1].kind, hit[1].id) if hit else None
        if hit:
            self._press = (point, hit[1], hit[2], _grip(hit, point))
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.picture is None:
            return
        point = event.position()
        if self._press is None:
            hit = self.picture.hit(point)
            grip = _grip(hit, point) if hit else "move"
            self.setCursor({"end": Qt.CursorShape.SizeVerCursor if hit and hit[2] is None
                            else Qt.CursorShape.SizeHorCursor,
                            "start": Qt.CursorShape.SizeHorCursor}.get(
                                grip, Qt.CursorShape.ArrowCursor))
            return
        start, entry, segment, grip = self._press
        if (point - start).manhattanLength() < QApplication.startDragDistance():
            return
        self._target = self._dragged(start, point, entry, segment, grip)
        self.look.preview = None
        self.update()

    def _dragged(self, start: QPointF, point: QPointF, entry: CalendarEntry,
                 segment: Segment | None, grip: str) -> tuple[object, object] | None:
        assert self.picture is not None
        began, now = self.picture.column_at(start.x()), self.picture.column_at(point.x())
        days = (now - began) if began is not None and now is not None else 0
        if segment is not None:
            return dragged_span(entry, grip, days)
        assert entry.starts_at and entry.ends_at
        minutes = round((point.y() - start.y()) / self.picture.hour_height * 60
                        / SNAP_MINUTES) * SNAP_MINUTES
        shift = timedelta(days=days, minutes=minutes)
        if grip == "end":
            return entry.starts_at, max(entry.ends_at + timedelta(minutes=minutes),
                                        entry.starts_at + timedelta(minutes=SNAP_MINUTES))
        return entry.starts_at + shift, entry.ends_at + shift

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, target = self._press, self._target
        self._press = self._target = None
        self.update()
        if press and target:
            entry = press[1]
            if isinstance(target[0], datetime):
                if target != (entry.starts_at, entry.ends_at):
                    self.moved_session.emit(entry, *target)
            elif target != (entry.first_day, entry.last_day):
                self.moved.emit(entry, *target)
            return
        if self.picture is not None and press is None:
            day = next((d for r, d in self.picture.more if r.contains(event.position())), None)
            if day is not None:
                self.expand(day)

    def expand(self, day: date) -> None:
        assert self.shown is not None and self.picture is not None
        col = self.days.index(day)
        below = QPointF(self.picture.left + col * self.picture.width,
                        self.picture.all_day.bottom())
        self.day_list.show_day(day, [e for e in self.shown.on(day) if e.starts_at is None],
                               self.mapToGlobal(below.toPoint()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.picture is None:
            return
        point = event.position()
        hit = self.picture.hit(point)
        if hit:
            self.opened.emit(hit[1])
            return
        moment = self.picture.moment_at(point, self.zone)
        col = self.picture.column_at(point.x())
        if moment is not None:
            self.create_at.emit(moment)
        elif col is not None and self.picture.all_day.contains(point):
            self.create_on.emit(self.days[col])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        day = self.look.selected_day or self.days[0]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            moved = day + timedelta(days=-1 if key == Qt.Key.Key_Left else 1)
            if moved in self.days:
                self.look.selected_day, self.look.selected = moved, None
                self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chosen = next((e for e in (self.shown.entries if self.shown else [])
                           if (e.kind, e.id) == self.look.selected), None)
            if chosen is not None:
                self.opened.emit(chosen)
            else:
                self.create_at.emit(datetime.combine(day, time(10), self.zone))
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.picture is not None:
            hit = self.picture.hit(QPointF(event.pos()))  # type: ignore[attr-defined]
            if hit:
                QToolTip.showText(event.globalPos(), describe(hit[1]), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def _block_label(entry: CalendarEntry, zone: tzinfo) -> str:
    assert entry.starts_at and entry.ends_at
    marks = ("⚠ " if entry.clash else "") + ("✖ " if entry.over_allowance else "")
    return (f"{marks}{entry.starts_at.astimezone(zone):%H:%M}–"
            f"{entry.ends_at.astimezone(zone):%H:%M} {entry.title} · {entry.partner_name}")


def _grip(hit: tuple[QRectF, CalendarEntry, Segment | None], point: QPointF) -> str:
    rect, entry, segment = hit
    if segment is None:  # a session block: its lower edge changes its end
        return "end" if rect.bottom() - point.y() <= EDGE else "move"
    if segment.starts and point.x() - rect.left() <= EDGE:
        return "start"
    if segment.ends and rect.right() - point.x() <= EDGE:
        return "end"
    return "move"
