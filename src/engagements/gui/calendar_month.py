"""The month grid people work in: double-click or Enter opens an engagement or creates one
on an empty day, drag moves it, dragging a bar's end changes its days, "+N more" lists
the whole day. The grid only says what was asked; the view asks the services."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolTip,
    QWidget,
)

from engagements.gui.calendar_layout import Segment, WeekLayout, week_layout
from engagements.gui.calendar_paint import Look, MonthPicture, paint_month
from engagements.gui.labels import entry_title, kind_label, status_label
from engagements.gui.language import local_date
from engagements.services.view_rows import CalendarEntry, CalendarRange

EDGE = 6  # pixels at a bar's ends that resize instead of move
KEY_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}


def describe(entry: CalendarEntry) -> str:
    """The full text of an engagement, for tooltips and the day's list."""
    days = (
        local_date(entry.first_day)
        if entry.first_day == entry.last_day
        else f"{local_date(entry.first_day)} – {local_date(entry.last_day)}"
    )
    marks = (
        " · " + QCoreApplication.translate("CalendarMonth", "expert clash") if entry.clash else ""
    ) + (
        " · " + QCoreApplication.translate("CalendarMonth", "over allowance")
        if entry.over_allowance
        else ""
    )
    expert = f" · {entry.expert}" if entry.expert else ""
    return (
        f"{kind_label(entry.kind)} {entry_title(entry.kind, entry.title)} · {entry.partner_name} "
        f"({entry.partner_id}) · {days}{expert} · {status_label(entry.status)}{marks}"
    )


class DayList(QListWidget):
    """A day's whole list, opened from "+N more"; Enter or double-click opens one."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setAccessibleName(self.tr("Engagements of the day"))
        self.itemActivated.connect(lambda item: self._choose(item))

    def show_day(self, day: date, entries: list[CalendarEntry], at: QPoint) -> None:
        self.clear()
        self.setWindowTitle(local_date(day, "weekday"))
        for entry in entries:
            item = QListWidgetItem(describe(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(describe(entry))
            self.addItem(item)
        width = min(max(self.sizeHintForColumn(0) + 30, 320), 640)
        self.resize(width, min(self.sizeHintForRow(0) * len(entries) + 8, 360))
        self.move(at)
        self.show()
        self.setCurrentRow(0)
        self.setFocus()

    def _choose(self, item: QListWidgetItem) -> None:
        self.hide()
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))


class MonthGrid(QWidget):
    opened = Signal(object)  # CalendarEntry
    create_on = Signal(object)  # date
    moved = Signal(object, object, object)  # CalendarEntry, new first day, new last day

    def __init__(self, today: date) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Calendar month"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 240)
        self.look = Look(self.palette(), today, selected_day=today)
        self.shown: CalendarRange | None = None
        self.period: tuple[date, date] = (today, today)
        self._layouts: dict[int, list[WeekLayout]] = {}  # by lanes a day: sizes seen
        self.picture: MonthPicture | None = None
        self.day_list = DayList(self)
        self.day_list.chosen.connect(self.opened)
        self._press: tuple[QPointF, date, Segment, str] | None = None
        self._target: tuple[date, date] | None = None

    def set_range(self, shown: CalendarRange, period: tuple[date, date]) -> None:
        self.shown, self.period = shown, period
        self._layouts.clear()
        if not period[0] <= (self.look.selected_day or period[0]) <= period[1]:
            self.look.selected_day = period[0]
        self.update()

    def layout(self, room: int) -> list[WeekLayout]:
        """The bars placed for ``room`` lanes a day (kept: resizing back is instant)."""
        if room not in self._layouts and self.shown is not None:
            shown = self.shown
            self._layouts[room] = week_layout(
                shown.entries, shown.first, ((shown.last - shown.first).days + 1) // 7, room
            )
        return self._layouts[room]

    def entries_on(self, day: date) -> list[CalendarEntry]:
        return self.shown.on(day) if self.shown else []

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.shown is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self.look.palette = self.palette()
        area = QRectF(self.rect()).adjusted(0, 0, -1, -1)
        self.picture = paint_month(painter, area, self.shown, self.period, self.layout, self.look)
        painter.end()

    # --- mouse -------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        if self.picture is None or event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        day = self.picture.day_at(point)
        hit = self.picture.bar_at(point)
        self.look.selected = (hit[1].entry.kind, hit[1].entry.id) if hit else None
        if day is not None:
            self.look.selected_day = day
        if hit and day is not None:
            self._press = (point, day, hit[1], _grip(hit, point))
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.picture is None:
            return
        point = event.position()
        if self._press is None:
            hit = self.picture.bar_at(point)
            grip = _grip(hit, point) if hit else "move"
            self.setCursor(
                Qt.CursorShape.SizeHorCursor if grip != "move" else Qt.CursorShape.ArrowCursor
            )
            return
        start, press_day, segment, grip = self._press
        if (point - start).manhattanLength() < QApplication.startDragDistance():
            return
        day = self.picture.day_at(point) or press_day
        self._target = dragged_span(segment.entry, grip, (day - press_day).days)
        self.look.preview = self._target
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, target = self._press, self._target
        self._press = self._target = self.look.preview = None
        self.update()
        if press and target and target != (press[2].entry.first_day, press[2].entry.last_day):
            self.moved.emit(press[2].entry, *target)
            return
        if self.picture is not None and press is None:
            day = self.picture.more_at(event.position())
            if day is not None:
                self.expand(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.picture is None:
            return
        hit = self.picture.bar_at(event.position())
        if hit:
            self.opened.emit(hit[1].entry)
            return
        if self.picture.more_at(event.position()):
            return
        day = self.picture.day_at(event.position())
        if day is not None:
            self.create_on.emit(day)

    def expand(self, day: date) -> None:
        """Show the day's whole list under its cell."""
        assert self.picture is not None
        cell = self.picture.cell(day)
        self.day_list.show_day(
            day, self.entries_on(day), self.mapToGlobal(cell.bottomLeft().toPoint())
        )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and self.entries_on(self.look.selected_day or self.period[0])
        ):
            self.keyPressEvent(event)  # Tab walks the day's engagements, not the focus
            return True
        if event.type() == QEvent.Type.ToolTip and self.picture is not None:
            point = QPointF(event.pos())  # type: ignore[attr-defined]
            hit = self.picture.bar_at(point)
            day = self.picture.day_at(point)
            text = (
                describe(hit[1].entry)
                if hit
                else (self.shown.holidays.get(day, "") if self.shown and day else "")
            )
            if text:
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # --- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        day = self.look.selected_day or self.period[0]
        if key in KEY_STEPS and self.shown is not None:
            moved = day + timedelta(days=KEY_STEPS[key])
            if self.shown.first <= moved <= self.shown.last:
                self.look.selected_day, self.look.selected = moved, None
                self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chosen = self.selected_entry()
            if chosen is not None:
                self.opened.emit(chosen)
            else:
                self.create_on.emit(day)
            return
        if key == Qt.Key.Key_Tab and self.entries_on(day):
            self._next_entry_of(day)
            return
        super().keyPressEvent(event)

    def _next_entry_of(self, day: date) -> None:
        """Tab walks the engagements of the chosen day (Enter then opens one)."""
        entries = self.entries_on(day)
        keys = [(e.kind, e.id) for e in entries]
        index = keys.index(self.look.selected) + 1 if self.look.selected in keys else 0
        self.look.selected = keys[index % len(keys)]
        self.update()

    def selected_entry(self) -> CalendarEntry | None:
        if self.look.selected is None or self.shown is None:
            return None
        return next((e for e in self.shown.entries if (e.kind, e.id) == self.look.selected), None)


def _grip(hit: tuple[QRectF, Segment], point: QPointF) -> str:
    """Which part of a bar the pointer holds: its first day's end, its last day's, or all."""
    rect, segment = hit
    if segment.entry.kind != "iem":
        return "move"  # a session's length is changed in the week or day view
    if segment.starts and point.x() - rect.left() <= EDGE:
        return "start"
    if segment.ends and rect.right() - point.x() <= EDGE:
        return "end"
    return "move"


def dragged_span(entry: CalendarEntry, grip: str, days: int) -> tuple[date, date]:
    """Where an engagement's days go when its ``grip`` is dragged ``days`` days."""
    shift = timedelta(days=days)
    if grip == "start":
        return min(entry.first_day + shift, entry.last_day), entry.last_day
    if grip == "end":
        return entry.first_day, max(entry.last_day + shift, entry.first_day)
    return entry.first_day + shift, entry.last_day + shift
