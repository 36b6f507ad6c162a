"""Printing a calendar period, or saving it as PDF: the same pages either way.

The first page is the month (or week) grid with its bars, painted by the screen's month
painting, and the whole legend below it; the pages after list every engagement with the
partner's full name, so nothing cut short in a bar is lost on paper.

Everything is laid out in the device's own pixels with fonts in points, which the painter
turns into pixels at the device's logical DPI: a 1200 dpi printer and a 150 dpi PDF give
the same page. (Scaling a fixed-size layout to the page multiplied the font size by the
printer's resolution a second time: day numbers filled whole cells.)

Painting needs only the calendar range (plain data), so a PDF is written off the GUI
thread; a printer chosen in the print dialog is painted on the GUI thread.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
)

from engagements.gui.calendar_layout import week_layout
from engagements.gui.calendar_model import AGENDA_HEADERS, agenda_text
from engagements.gui.calendar_paint import Look, paint_month
from engagements.gui.workers import Progress
from engagements.services.view_rows import CalendarEntry, CalendarRange

FONT_FAMILY = "WenQuanYi Micro Hei"  # has Latin and Chinese letters alike
TEXT_POINTS, TITLE_POINTS = 8, 14
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def paint_period(
    device: QPagedPaintDevice,
    shown: CalendarRange,
    period: tuple[date, date],
    title: str,
    today: date | None = None,
) -> None:
    """The grid page, then the list of the period's engagements."""
    painter = QPainter(device)
    try:
        page = QRectF(0, 0, device.width(), device.height())
        painter.setFont(QFont(FONT_FAMILY, TITLE_POINTS, QFont.Weight.Bold))
        title_height = painter.fontMetrics().height() * 1.4
        painter.drawText(page, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        painter.setFont(QFont(FONT_FAMILY, TEXT_POINTS))
        legend = _legend(shown)
        legend_height = painter.boundingRect(page, WRAP, legend).height()
        painter.drawText(
            QRectF(0, page.height() - legend_height, page.width(), legend_height), WRAP, legend
        )
        first, weeks = _weeks(period)
        grid = QRectF(
            0, title_height, page.width(), page.height() - title_height - legend_height * 1.3
        )
        in_grid = [
            e
            for e in shown.entries
            if e.last_day >= first and e.first_day <= first + timedelta(days=weeks * 7 - 1)
        ]
        grid_range = CalendarRange(
            first,
            first + timedelta(days=weeks * 7 - 1),
            shown.calendar,
            in_grid,
            shown.holidays,
            shown.working_weekend_days,
            shown.missing_data,
        )
        paint_month(
            painter,
            grid,
            grid_range,
            period,
            lambda room: week_layout(in_grid, first, weeks, room),
            Look(_paper_palette(), today, paper=True),
        )
        _list_pages(
            device,
            painter,
            [e for e in shown.entries if e.last_day >= period[0] and e.first_day <= period[1]],
            title,
        )
    finally:
        painter.end()


def _weeks(period: tuple[date, date]) -> tuple[date, int]:
    """The Monday starting the grid and its number of weeks (six for a month)."""
    first = period[0] - timedelta(days=period[0].weekday())
    if (period[1] - period[0]).days >= 27:
        return first, 6
    return first, (period[1] - first).days // 7 + 1


def _list_pages(
    device: QPagedPaintDevice, painter: QPainter, entries: list[CalendarEntry], title: str
) -> None:
    """Every engagement on its own line (wrapped when long), as many pages as needed."""
    if not entries:
        return
    page = QRectF(0, 0, device.width(), device.height())
    line = painter.fontMetrics().height()
    top = page.height()  # a new page first
    for entry in entries:
        text = "   ".join(filter(None, (agenda_text(entry, c) for c in range(len(AGENDA_HEADERS)))))
        height = painter.boundingRect(page, WRAP, text).height()
        if top + height > page.height():
            device.newPage()
            painter.drawText(
                page,
                WRAP,
                QCoreApplication.translate("CalendarPrint", "{title}: engagements").format(
                    title=title
                ),
            )
            top = line * 2
        painter.drawText(QRectF(0, top, page.width(), height), WRAP, text)
        top += height + line * 0.3


def _paper_palette() -> QPalette:
    # Paper is white whatever the screen's scheme.
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    palette.setColor(QPalette.ColorRole.AlternateBase, Qt.GlobalColor.white)
    palette.setColor(QPalette.ColorRole.Mid, Qt.GlobalColor.gray)
    palette.setColor(QPalette.ColorRole.Highlight, Qt.GlobalColor.gray)
    return palette


def _legend(shown: CalendarRange) -> str:
    notes = QCoreApplication.translate(
        "CalendarPrint",
        "Blue bar: IEM · green bar: session · pale bar: waiting for approval · "
        "red border: expert clash or over allowance · pink day: holiday · "
        "green day: official working day · the pages after the month list "
        "every engagement with the partner's full name",
    )
    return notes + ("  ·  " + "; ".join(shown.missing_data) if shown.missing_data else "")


def write_pdf(
    path: str,
    shown: CalendarRange,
    period: tuple[date, date],
    title: str,
    progress: Progress,
    today: date | None = None,
) -> str:
    """Save the period as a landscape A4 PDF (runs in a worker thread)."""
    progress(0, 1)
    writer = QPdfWriter(path)
    writer.setTitle(title)
    writer.setCreator("Engagements")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
        )
    )
    if progress.cancelled:
        return ""
    paint_period(writer, shown, period, title, today)
    progress(1, 1)
    return path
