"""The printed month reads like the saved PDF: laid out at the printer's resolution, with
every engagement's label and the partner's full name, and day numbers the size of text."""

from __future__ import annotations

from datetime import date

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from engagements.gui import calendar_print
from engagements.gui.labels import entry_title
from engagements.gui.workers import JobSignals, Progress
from engagements.services.calendar_view import calendar_range, month_grid

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
LINE_POINTS = 12  # a line of printed text


@pytest.fixture
def november(demo_db):
    return calendar_range(demo_db, *month_grid(2026, 11), "CN")


def _printed(path):
    """(text, sizes of day numbers, size of ordinary text) on the grid page, in points."""
    page = pypdf.PdfReader(path).pages[0]
    sizes: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append((text.strip(), abs(size * tm[3] * cm[3])))

    page.extract_text(visitor_text=visit)
    numbers = [s for t, s in sizes if t.isdigit() and 1 <= int(t) <= 31]
    words = [s for t, s in sizes if not t.isdigit()]
    return sizes, numbers, sorted(words)[len(words) // 2]


def _all_text(path):
    """The letters of every page without spaces: the extraction reads Qt's gaps back as
    tabs, and puts spaces between Chinese and Latin letters where the page has none."""
    return "".join("".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def _words(text):
    return "".join(text.split())


def _check(path, shown):
    sizes, numbers, text_size = _printed(path)
    assert len(numbers) >= 30, sizes[:20]  # every day of the grid is numbered
    # No taller than a line of text, on paper: points, whatever the device's resolution.
    assert max(numbers) <= text_size * 1.2 and max(numbers) <= LINE_POINTS
    text = _all_text(path)
    in_month = [
        e for e in shown.entries if e.last_day >= NOVEMBER[0] and e.first_day <= NOVEMBER[1]
    ]
    assert in_month
    for entry in in_month:  # each label (a session by its topic), with the partner's full name
        assert _words(entry_title(entry.kind, entry.title)) in text
        assert _words(f"{entry.partner_name} ({entry.partner_id})") in text
    assert "greenday:officialworkingday" in text  # the legend, whole


def test_a_printed_month_is_laid_out_at_the_printers_resolution(qtbot, november, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi, not the screen's
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageOrientation(printer.pageLayout().Orientation.Landscape)
    assert printer.resolution() >= 600
    calendar_print.paint_period(printer, november, NOVEMBER, "November 2026")
    _check(tmp_path / "printed.pdf", november)


def test_save_as_pdf_gives_the_same_readable_month(qtbot, november, tmp_path):
    target = str(tmp_path / "saved.pdf")
    calendar_print.write_pdf(target, november, NOVEMBER, "November 2026", Progress(JobSignals()))
    _check(target, november)
