"""CSV and XLSX service reports, safe to open in a spreadsheet.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab, a carriage return, a
line feed or NUL (which some spreadsheets skip before reading a formula) would be run as
a formula by Excel or LibreOffice (CSV injection); such text gets a leading single quote,
which spreadsheets show as plain text. Partner and event names come
from outside, so every text cell is treated this way; numbers and dates are left as they are.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from engagements.reports.model import ReportTable, ServiceReport, report_tables

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
MAX_COLUMN_WIDTH = 60


def neutralised(value: Any) -> Any:
    """``value`` with a leading quote when it is text a spreadsheet would take as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_value(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return neutralised(value)


def report_csv(report: ServiceReport) -> bytes:
    """The report's tables one after another, each under its title, in UTF-8 with a BOM
    (so that Excel reads Chinese names correctly)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for number, table in enumerate(report_tables(report)):
        if number:
            writer.writerow([])
        writer.writerow([_csv_value(table.title)])
        writer.writerow([_csv_value(h) for h in table.headers])
        writer.writerows([_csv_value(v) for v in row] for row in table.rows)
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, str):
        # openpyxl refuses control characters that XML cannot hold; drop them.
        # Neutralised first: NUL is dropped for XML, and must not unmask a formula behind it.
        return ILLEGAL_CHARACTERS_RE.sub("", neutralised(value))
    return value


def report_xlsx(report: ServiceReport) -> bytes:
    """One sheet per table (Summary first), with real dates and numbers."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in report_tables(report):
        _add_sheet(workbook, table)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _add_sheet(workbook: Workbook, table: ReportTable) -> None:
    sheet = workbook.create_sheet(table.title)
    sheet.append([_xlsx_value(h) for h in table.headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEADER_FILL
    for row in table.rows:
        sheet.append([_xlsx_value(v) for v in row])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
            cell.alignment = Alignment(vertical="top", wrap_text=isinstance(cell.value, str))
    for index, header in enumerate(table.headers, start=1):
        longest = max([len(str(header))] + [len(str(r[index - 1])) for r in table.rows])
        sheet.column_dimensions[get_column_letter(index)].width = min(longest + 2, MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"
