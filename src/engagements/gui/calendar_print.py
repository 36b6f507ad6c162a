"""Printing a calendar period, or saving it as PDF, with the same day painting as the screen.

Painting needs only the calendar range (plain data), so a PDF is written off the GUI
thread; a printer chosen in the print dialog is painted on the GUI thread.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QMarginsF, QRect, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPdfWriter,
)

from engagements.gui.calendar_model import WEEKDAYS
from engagements.gui.day_cell import paint_day
from engagements.gui.workers import Progress
from engagements.services.view_rows import CalendarRange


def paint_period(device: QPaintDevice, shown: CalendarRange, period: tuple[date, date],
                 title: str, today: date | None = None) -> None:
    """One landscape page: title, weekday header, a grid of the range's weeks."""
    painter = QPainter(device)
    try:
        painter.setFont(QFont("WenQuanYi Micro Hei", 8))
        width, height = device.width(), device.height()
        scale = width / 1100  # lay out on a 1100-unit-wide page, whatever the resolution
        painter.scale(scale, scale)
        page_height = int(height / scale)
        painter.setFont(QFont(painter.font().family(), 14, QFont.Weight.Bold))
        painter.drawText(QRect(0, 0, 1100, 30), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(QFont(painter.font().family(), 7))
        weeks = ((shown.last - shown.first).days + 1) // 7
        cell_w, top = 1100 // 7, 56
        cell_h = (page_height - top - 30) // max(weeks, 1)
        for column, name in enumerate(WEEKDAYS):
            painter.drawText(QRect(column * cell_w, 34, cell_w, 20),
                             Qt.AlignmentFlag.AlignCenter, name)
        palette = _paper_palette()
        for index in range(weeks * 7):
            day = shown.first + timedelta(days=index)
            rect = QRect((index % 7) * cell_w, top + (index // 7) * cell_h, cell_w, cell_h)
            paint_day(painter, rect, palette, day, shown.on(day), shown.holidays.get(day),
                      day in shown.working_weekend_days, period[0] <= day <= period[1], today)
            painter.setPen(Qt.GlobalColor.gray)
            painter.drawRect(rect)
        painter.drawText(QRect(0, page_height - 24, 1100, 20), Qt.AlignmentFlag.AlignLeft,
                         _legend(shown))
    finally:
        painter.end()


def _paper_palette() -> QPalette:
    # Paper is white whatever the screen's scheme.
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    palette.setColor(QPalette.ColorRole.AlternateBase, Qt.GlobalColor.white)
    return palette


def _legend(shown: CalendarRange) -> str:
    notes = "Blue: IEM · green: session · pale: waiting for approval · red border: expert " \
            "clash or over allowance · pink day: holiday · green day: official working day"
    return notes + ("  ·  " + "; ".join(shown.missing_data) if shown.missing_data else "")


def write_pdf(path: str, shown: CalendarRange, period: tuple[date, date], title: str,
              progress: Progress, today: date | None = None) -> str:
    """Save the period as a landscape A4 PDF (runs in a worker thread)."""
    progress(0, 1)
    writer = QPdfWriter(path)
    writer.setTitle(title)
    writer.setCreator("Engagements")
    writer.setResolution(150)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape,
                                     QMarginsF(10, 10, 10, 10)))
    if progress.cancelled:
        return ""
    paint_period(writer, shown, period, title, today)
    progress(1, 1)
    return path
