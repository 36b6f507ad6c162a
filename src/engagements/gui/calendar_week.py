"""The week and day views: an hour axis in the viewer's time zone, sessions at their times
(side by side when they overlap), the all-day IEM events in a row above.

Dragging a session moves it (to another time or day), dragging its lower edge changes its
end; IEM bars in the all-day row drag like the month's. Double-click or Enter opens an
engagement; on an empty hour it books a session there, on the all-day row it asks for an
IEM request. The grid only says what was asked; the view asks the services.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from engagements.gui.calendar_layout import Segment
from engagements.gui.calendar_month import EDGE, DayList, describe, dragged_span
from engagements.gui.calendar_paint import Look
from engagements.gui.calendar_week_paint import (
    SNAP_MINUTES,
    TimePicture,
    TimeScene,
    paint_time_grid,
)
from engagements.services.view_rows import CalendarEntry, CalendarRange


def viewer_zone() -> tzinfo:
    """The time zone of the person looking (the computer's)."""
    found = datetime.now().astimezone().tzinfo
    assert found is not None
    return found


class TimeGrid(QWidget):
    opened = Signal(object)  # CalendarEntry
    create_on = Signal(object)  # date: an IEM request for that day
    create_at = Signal(object)  # datetime: a session at that time
    moved = Signal(object, object, object)  # IEM entry, new first day, new last day
    moved_session = Signal(object, object, object)  # session entry, new start, new end

    def __init__(self, today: date, columns: int = 7) -> None:
        super().__init__()
        self.columns = columns
        self.setAccessibleName(
            self.tr("Calendar week") if columns == 7 else self.tr("Calendar day")
        )
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

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.shown is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self.look.palette = self.palette()
        drop = self._target if self._target and isinstance(self._target[0], datetime) else None
        scene = TimeScene(self.shown, self.days, self.zone, self.look, drop)  # type: ignore[arg-type]
        self.picture = paint_time_grid(painter, QRectF(self.rect()).adjusted(0, 0, -1, -1), scene)
        painter.end()

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
            self.setCursor(
                {
                    "end": Qt.CursorShape.SizeVerCursor
                    if hit and hit[2] is None
                    else Qt.CursorShape.SizeHorCursor,
                    "start": Qt.CursorShape.SizeHorCursor,
                }.get(grip, Qt.CursorShape.ArrowCursor)
            )
            return
        start, entry, segment, grip = self._press
        if (point - start).manhattanLength() < QApplication.startDragDistance():
            return
        self._target = self._dragged(start, point, entry, segment, grip)
        self.look.preview = None
        self.update()

    def _dragged(
        self,
        start: QPointF,
        point: QPointF,
        entry: CalendarEntry,
        segment: Segment | None,
        grip: str,
    ) -> tuple[object, object] | None:
        assert self.picture is not None
        began, now = self.picture.column_at(start.x()), self.picture.column_at(point.x())
        days = (now - began) if began is not None and now is not None else 0
        if segment is not None:
            return dragged_span(entry, grip, days)
        assert entry.starts_at and entry.ends_at
        minutes = (
            round((point.y() - start.y()) / self.picture.hour_height * 60 / SNAP_MINUTES)
            * SNAP_MINUTES
        )
        shift = timedelta(days=days, minutes=minutes)
        if grip == "end":
            return entry.starts_at, max(
                entry.ends_at + timedelta(minutes=minutes),
                entry.starts_at + timedelta(minutes=SNAP_MINUTES),
            )
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
        below = QPointF(self.picture.left + col * self.picture.width, self.picture.all_day.bottom())
        self.day_list.show_day(
            day,
            [e for e in self.shown.on(day) if e.starts_at is None],
            self.mapToGlobal(below.toPoint()),
        )

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
            chosen = next(
                (
                    e
                    for e in (self.shown.entries if self.shown else [])
                    if (e.kind, e.id) == self.look.selected
                ),
                None,
            )
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


def _grip(hit: tuple[QRectF, CalendarEntry, Segment | None], point: QPointF) -> str:
    rect, entry, segment = hit
    if segment is None:  # a session block: its lower edge changes its end
        return "end" if rect.bottom() - point.y() <= EDGE else "move"
    if segment.starts and point.x() - rect.left() <= EDGE:
        return "start"
    if segment.ends and rect.right() - point.x() <= EDGE:
        return "end"
    return "move"
