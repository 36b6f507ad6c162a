"""Painting a month: weekday header, day tints and numbers, holidays, engagement bars that
run across the days they cover, and "+N more" where a day has no room left.

The screen and the printer share this painting. Every size comes from the metrics of the
font on the device painted on, so a 1200 dpi printer gets 8 pt text at 1200 dpi rather
than a screen layout scaled up (which made day numbers fill whole cells on paper).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen

from engagements.domain import status as lifecycle
from engagements.gui import theme
from engagements.gui.calendar_layout import Segment, WeekLayout, visible_runs
from engagements.gui.calendar_model import entry_label
from engagements.gui.labels import holiday_label
from engagements.gui.language import weekday_name
from engagements.services.view_rows import CalendarEntry, CalendarRange

PENDING = lifecycle.SUBMITTED  # drawn faint: waiting for approval
LEFT, RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
MIDDLE = Qt.AlignmentFlag.AlignVCenter


@dataclass
class Look:
    """How to paint: colours, today, what is selected or being dragged."""

    palette: QPalette
    today: date | None = None
    paper: bool = False  # printing: light colours whatever the screen's scheme
    selected_day: date | None = None
    selected: tuple[str, int] | None = None  # (kind, id) of the chosen engagement
    preview: tuple[date, date] | None = None  # where a dragged engagement would land


@dataclass
class MonthPicture:
    """Where things were painted, for clicks and drags."""

    first: date
    weeks: int
    area: QRectF  # the day cells, below the weekday header
    bars: list[tuple[QRectF, Segment]] = field(default_factory=list)
    more: list[tuple[QRectF, date]] = field(default_factory=list)

    @property
    def cell_width(self) -> float:
        return self.area.width() / 7

    @property
    def cell_height(self) -> float:
        return self.area.height() / max(self.weeks, 1)

    def day_at(self, point: QPointF) -> date | None:
        if not self.area.contains(point):
            return None
        col = min(int((point.x() - self.area.left()) // self.cell_width), 6)
        week = min(int((point.y() - self.area.top()) // self.cell_height), self.weeks - 1)
        return self.first + timedelta(days=week * 7 + col)

    def cell(self, day: date) -> QRectF:
        index = (day - self.first).days
        return QRectF(
            self.area.left() + (index % 7) * self.cell_width,
            self.area.top() + (index // 7) * self.cell_height,
            self.cell_width,
            self.cell_height,
        )

    def bar_at(self, point: QPointF) -> tuple[QRectF, Segment] | None:
        return next(((r, s) for r, s in reversed(self.bars) if r.contains(point)), None)

    def more_at(self, point: QPointF) -> date | None:
        return next((d for r, d in self.more if r.contains(point)), None)


@dataclass(frozen=True)
class Metrics:
    line: float  # a line of text on this device
    pad: float

    @property
    def lane(self) -> float:
        return self.line + self.pad


def metrics(painter: QPainter) -> Metrics:
    line = float(painter.fontMetrics().height())
    return Metrics(line, max(round(line / 6), 1))


def paint_month(
    painter: QPainter,
    rect: QRectF,
    shown: CalendarRange,
    period: tuple[date, date],
    layout: Callable[[int], list[WeekLayout]],
    look: Look,
) -> MonthPicture:
    """Paint the range's weeks into ``rect``; ``layout(room)`` places the bars in ``room``
    lanes a day. Returns where bars and "+N more" went."""
    size = metrics(painter)
    header = size.line + 2 * size.pad
    text = look.palette.color(QPalette.ColorRole.Text)
    painter.setPen(text)
    for col, name in enumerate(weekday_name(number) for number in range(1, 8)):
        painter.drawText(
            QRectF(rect.left() + col * rect.width() / 7, rect.top(), rect.width() / 7, header),
            Qt.AlignmentFlag.AlignCenter,
            name,
        )
    picture = MonthPicture(
        shown.first,
        ((shown.last - shown.first).days + 1) // 7,
        QRectF(rect.left(), rect.top() + header, rect.width(), rect.height() - header),
    )
    room = max(int((picture.cell_height - size.line - 2 * size.pad) // (size.lane + 1)), 1)
    for week, row in enumerate(layout(room)):
        limit, hidden = row.limit, row.hidden
        for col in range(7):
            day = shown.first + timedelta(days=week * 7 + col)
            _paint_day(painter, picture.cell(day), shown, day, period, look, size)
        for segment in row.segments:
            for run in visible_runs(segment, limit):
                picture.bars.append(
                    (_paint_bar(painter, picture, segment, run, look, size), segment)
                )
        for col in range(7):
            if hidden[col]:
                picture.more.append(
                    (
                        _paint_more(
                            painter, picture, week, col, limit[col], hidden[col], text, size
                        ),
                        shown.first + timedelta(days=week * 7 + col),
                    )
                )
    if look.preview:
        _paint_preview(painter, picture, look)
    return picture


def _paint_day(
    painter: QPainter,
    cell: QRectF,
    shown: CalendarRange,
    day: date,
    period: tuple[date, date],
    look: Look,
    size: Metrics,
) -> None:
    holiday = shown.holidays.get(day)
    working = day in shown.working_weekend_days
    in_period = period[0] <= day <= period[1]
    background = day_background(look.palette, day, holiday, working, in_period, look.paper)
    if background is not None:
        painter.fillRect(cell, background)
    painter.setPen(QPen(look.palette.color(QPalette.ColorRole.Mid), 0))
    painter.drawRect(cell)
    text = QColor(look.palette.color(QPalette.ColorRole.Text))
    if not in_period:
        text.setAlpha(120)
    header = QRectF(
        cell.left() + size.pad * 2,
        cell.top() + size.pad / 2,
        cell.width() - size.pad * 4,
        size.line,
    )
    font = QFont(painter.font())
    painter.save()
    font.setBold(day == look.today)
    painter.setFont(font)
    painter.setPen(theme.colour(theme.DANGER, look.paper) if day == look.today else text)
    painter.drawText(header, LEFT | MIDDLE, str(day.day))
    number_width = painter.fontMetrics().horizontalAdvance("00 ")
    painter.restore()
    if holiday or working:
        painter.setPen(theme.colour(theme.DANGER if holiday else theme.OK, look.paper))
        note = holiday_label(holiday) or QCoreApplication.translate(
            "CalendarPaint", "official working day"
        )
        room = int(header.width() - number_width)
        painter.drawText(
            header,
            RIGHT | MIDDLE,
            painter.fontMetrics().elidedText(note, Qt.TextElideMode.ElideRight, max(room, 0)),
        )
    if day == look.selected_day:
        painter.setPen(QPen(look.palette.color(QPalette.ColorRole.Highlight), size.pad))
        painter.drawRect(cell.adjusted(size.pad, size.pad, -size.pad, -size.pad))


def day_background(
    palette: QPalette,
    day: date,
    holiday: str | None,
    working_weekend: bool,
    in_period: bool,
    paper: bool = False,
) -> QColor | None:
    if holiday:
        return theme.tint(theme.HOLIDAY_TINT, paper)
    if working_weekend:
        return theme.tint(theme.WORKING_WEEKEND_TINT, paper)
    if not in_period or day.weekday() >= 5:
        return palette.color(QPalette.ColorRole.AlternateBase)
    return None


def _paint_bar(
    painter: QPainter,
    picture: MonthPicture,
    segment: Segment,
    run: tuple[int, int],
    look: Look,
    size: Metrics,
) -> QRectF:
    starts = segment.starts and run[0] == segment.first_col
    ends = segment.ends and run[1] == segment.last_col
    top = (
        picture.area.top()
        + segment.week * picture.cell_height
        + size.line
        + 1.5 * size.pad
        + segment.lane * (size.lane + 1)
    )
    left = picture.area.left() + run[0] * picture.cell_width + (2 * size.pad if starts else 0)
    right = picture.area.left() + (run[1] + 1) * picture.cell_width - (2 * size.pad if ends else 0)
    bar = QRectF(left, top, right - left, size.lane)
    paint_chip(painter, bar, segment.entry, look, size, stripe=starts)
    return bar


def paint_chip(
    painter: QPainter,
    bar: QRectF,
    entry: CalendarEntry,
    look: Look,
    size: Metrics,
    stripe: bool = True,
    label: str | None = None,
) -> None:
    """One engagement's bar or block: kind colour, status stripe, warning border, label."""
    fill = QColor(theme.colour(theme.KIND_COLOURS[entry.kind], look.paper))
    fill.setAlpha(80 if entry.status == PENDING else 215)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    radius = size.pad
    painter.drawRoundedRect(bar, radius, radius)
    if stripe:
        painter.fillRect(
            QRectF(bar.left(), bar.top(), size.pad * 1.5, bar.height()),
            theme.colour(theme.STATUS_COLOURS.get(entry.status, "#777"), look.paper),
        )
    if entry.clash or entry.over_allowance:
        painter.setPen(QPen(theme.colour(theme.DANGER, look.paper), max(size.pad / 1.5, 1)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    if look.selected == (entry.kind, entry.id):
        painter.setPen(QPen(look.palette.color(QPalette.ColorRole.Highlight), size.pad))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, radius, radius)
    dark_text = entry.status == PENDING and (look.paper or not theme.is_dark())
    painter.setPen(QColor("#1b1b1b") if dark_text else QColor("white"))
    inner = bar.adjusted(size.pad * 2.5, 0, -size.pad, 0)
    painter.setClipRect(bar)
    text = label or entry_label(entry)
    if bar.height() >= 2 * size.line:  # a tall block (a long session): the text wraps
        painter.drawText(inner, LEFT | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text)
    else:
        painter.drawText(
            inner,
            LEFT | Qt.AlignmentFlag.AlignTop,
            painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())),
        )
    painter.restore()


def _paint_more(
    painter: QPainter,
    picture: MonthPicture,
    week: int,
    col: int,
    lane: int,
    hidden: int,
    text: QColor,
    size: Metrics,
) -> QRectF:
    where = QRectF(
        picture.area.left() + col * picture.cell_width + 2 * size.pad,
        picture.area.top()
        + week * picture.cell_height
        + size.line
        + 1.5 * size.pad
        + lane * (size.lane + 1),
        picture.cell_width - 4 * size.pad,
        size.lane,
    )
    painter.setPen(text)
    font = QFont(painter.font())
    font.setUnderline(True)
    painter.save()
    painter.setFont(font)
    painter.drawText(
        where,
        LEFT | MIDDLE,
        QCoreApplication.translate("CalendarPaint", "+{count} more").format(count=hidden),
    )
    painter.restore()
    return where


def _paint_preview(painter: QPainter, picture: MonthPicture, look: Look) -> None:
    assert look.preview is not None
    colour = QColor(look.palette.color(QPalette.ColorRole.Highlight))
    colour.setAlpha(60)
    day = max(look.preview[0], picture.first)
    last = min(look.preview[1], picture.first + timedelta(days=picture.weeks * 7 - 1))
    while day <= last:
        painter.fillRect(picture.cell(day), colour)
        day += timedelta(days=1)
