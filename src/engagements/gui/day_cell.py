"""Painting one day of the calendar grid: tint, day number, holiday, engagement chips.

Used by the on-screen grid and by printing, so paper shows what the screen shows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from engagements.gui import theme
from engagements.gui.calendar_model import (
    DAY_ROLE,
    ENTRIES_ROLE,
    HOLIDAY_ROLE,
    IN_PERIOD_ROLE,
    WORKING_WEEKEND_ROLE,
    entry_label,
)
from engagements.services.view_rows import CalendarEntry

CHIP_HEIGHT = 17
PENDING = "submitted"


def paint_day(painter: QPainter, rect: QRect, palette: QPalette, day: date,
              entries: list[CalendarEntry], holiday: str | None, working_weekend: bool,
              in_period: bool, today: date | None = None) -> None:
    """Draw one day cell into ``rect``."""
    painter.save()
    painter.setClipRect(rect)
    background = _background(palette, day, holiday, working_weekend, in_period)
    if background is not None:
        painter.fillRect(rect, background)
    text = palette.color(QPalette.ColorRole.Text)
    if not in_period:
        text.setAlpha(110)
    header = QRect(rect.left() + 4, rect.top() + 2, rect.width() - 8, CHIP_HEIGHT)
    number_font = QFont(painter.font())
    number_font.setBold(day == today)
    painter.setFont(number_font)
    painter.setPen(theme.colour(theme.DANGER) if day == today else text)
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     str(day.day))
    painter.setFont(_small(painter.font()))
    if holiday or working_weekend:
        painter.setPen(theme.colour(theme.DANGER if holiday else theme.OK))
        note = holiday if holiday else "working day 补班"
        painter.drawText(header.adjusted(22, 0, 0, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(note, Qt.TextElideMode.ElideRight,
                                                          header.width() - 22))
    _chips(painter, rect, entries, text)
    painter.restore()


def _background(palette: QPalette, day: date, holiday: str | None, working_weekend: bool,
                in_period: bool) -> QColor | None:
    if holiday:
        return theme.tint(theme.HOLIDAY_TINT)
    if working_weekend:
        return theme.tint(theme.WORKING_WEEKEND_TINT)
    if not in_period or day.weekday() >= 5:
        return palette.color(QPalette.ColorRole.AlternateBase)
    return None


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setBold(False)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 7))
    return small


def _chips(painter: QPainter, rect: QRect, entries: list[CalendarEntry], text: QColor) -> None:
    top = rect.top() + CHIP_HEIGHT + 4
    room = max((rect.bottom() - top) // (CHIP_HEIGHT + 2), 0)
    shown = entries if len(entries) <= room else entries[:max(room - 1, 0)]
    for entry in shown:
        chip = QRect(rect.left() + 3, top, rect.width() - 6, CHIP_HEIGHT)
        _chip(painter, chip, entry)
        top += CHIP_HEIGHT + 2
    hidden = len(entries) - len(shown)
    if hidden > 0:
        painter.setPen(text)
        painter.drawText(QRect(rect.left() + 6, top, rect.width() - 8, CHIP_HEIGHT),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"+{hidden} more")


def _chip(painter: QPainter, chip: QRect, entry: CalendarEntry) -> None:
    base = theme.colour(theme.KIND_COLOURS[entry.kind])
    fill = QColor(base)
    fill.setAlpha(70 if entry.status == PENDING else 200)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(chip, 3, 3)
    status = theme.colour(theme.STATUS_COLOURS.get(entry.status, "#777"))
    painter.fillRect(QRect(chip.left(), chip.top(), 4, chip.height()), status)
    if entry.clash or entry.over_allowance:
        painter.setPen(QPen(theme.colour(theme.DANGER), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(chip.adjusted(1, 1, -1, -1), 3, 3)
    painter.setPen(QColor("#1b1b1b") if entry.status == PENDING and not theme.is_dark()
                   else QColor("white"))
    label = painter.fontMetrics().elidedText(entry_label(entry), Qt.TextElideMode.ElideRight,
                                             chip.width() - 10)
    painter.drawText(chip.adjusted(7, 0, -2, 0),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)


class DayCellDelegate(QStyledItemDelegate):
    def __init__(self, parent: object = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        day = index.data(DAY_ROLE)
        if day is None:
            return
        paint_day(painter, option.rect, option.palette, day, index.data(ENTRIES_ROLE) or [],
                  index.data(HOLIDAY_ROLE), bool(index.data(WORKING_WEEKEND_ROLE)),
                  bool(index.data(IN_PERIOD_ROLE)), self.today)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(120, 110)
