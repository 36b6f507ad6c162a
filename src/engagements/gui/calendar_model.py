"""Item models over a calendar range: a grid of days (month or week) and an agenda list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from engagements.gui import theme
from engagements.gui.labels import entry_title, holiday_label, kind_label, status_label
from engagements.gui.language import local_date, weekday_name
from engagements.gui.table_model import RowsTableModel
from engagements.services.view_rows import CalendarEntry, CalendarRange

Index = QModelIndex | QPersistentModelIndex
DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the date of a grid cell
ENTRIES_ROLE = Qt.ItemDataRole.UserRole + 2  # the engagements on that date
HOLIDAY_ROLE = Qt.ItemDataRole.UserRole + 3  # the holiday's name, or None
WORKING_WEEKEND_ROLE = Qt.ItemDataRole.UserRole + 4  # True on an official working weekend day
IN_PERIOD_ROLE = Qt.ItemDataRole.UserRole + 5  # False for days of the neighbouring months
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 6


def entry_label(entry: CalendarEntry) -> str:
    """A short line for a chip or an agenda row, e.g. "10:00 architecture · 深圳星河"."""
    time = ""
    if entry.starts_at and entry.timezone:
        from zoneinfo import ZoneInfo

        time = entry.starts_at.astimezone(ZoneInfo(entry.timezone)).strftime("%H:%M ")
    marks = ("⚠ " if entry.clash else "") + ("✖ " if entry.over_allowance else "")
    return f"{marks}{time}{entry_title(entry.kind, entry.title)} · {entry.partner_name}"


class DayGridModel(QAbstractTableModel):
    """Seven columns (Monday first); as many rows as weeks in the range."""

    def __init__(self) -> None:
        super().__init__()
        self.range: CalendarRange | None = None
        self.period: tuple[date, date] | None = None  # the month or week asked for
        self._by_day: dict[date, list[CalendarEntry]] = {}

    def set_range(self, shown: CalendarRange, period: tuple[date, date]) -> None:
        self.beginResetModel()
        self.range, self.period = shown, period
        self._by_day = {}
        for entry in shown.entries:
            day = max(entry.first_day, shown.first)
            while day <= min(entry.last_day, shown.last):
                self._by_day.setdefault(day, []).append(entry)
                day += timedelta(days=1)
        self.endResetModel()

    def day_at(self, row: int, column: int) -> date | None:
        if self.range is None:
            return None
        return self.range.first + timedelta(days=row * 7 + column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.range is None:
            return 0
        return ((self.range.last - self.range.first).days + 1) // 7

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return weekday_name(section + 1)
        day = self.day_at(section, 0)
        return QCoreApplication.translate("CalendarModel", "W{week}").format(week=day.isocalendar()[1]) if day else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.day_at(index.row(), index.column()) if index.isValid() else None
        if day is None or self.range is None:
            return None
        entries = self._by_day.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DAY_ROLE:
            return day
        if role == ENTRIES_ROLE:
            return entries
        if role == HOLIDAY_ROLE:
            return self.range.holidays.get(day)
        if role == WORKING_WEEKEND_ROLE:
            return day in self.range.working_weekend_days
        if role == IN_PERIOD_ROLE:
            return self.period is None or self.period[0] <= day <= self.period[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return _day_tooltip(day, entries, self.range)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("CalendarModel", "{day}: %n engagement(s)", None, len(entries)).format(
                day=local_date(day))
        return None


def _day_tooltip(day: date, entries: list[CalendarEntry], shown: CalendarRange) -> str:
    lines = [f"{weekday_name(day, short=False)} {local_date(day)}"]
    if day in shown.holidays:
        lines.append(QCoreApplication.translate("CalendarModel", "Holiday: {name}").format(
            name=holiday_label(shown.holidays[day])))
    if day in shown.working_weekend_days:
        lines.append(QCoreApplication.translate("CalendarModel", "Official working day (make-up day)"))
    lines += [f"{kind_label(e.kind)} #{e.id} {entry_label(e)} [{status_label(e.status)}]"
              for e in entries[:25]]
    if len(entries) > 25:
        lines.append(QCoreApplication.translate("CalendarModel", "… and {count} more").format(count=len(entries) - 25))
    return "\n".join(lines)


DATE, TIME, KIND, TITLE, PARTNER, EXPERT, STATUS, MARKS = range(8)
AGENDA_HEADERS = (QT_TRANSLATE_NOOP("Columns", "Date"), QT_TRANSLATE_NOOP("Columns", "Time"), QT_TRANSLATE_NOOP("Columns", "Kind"), QT_TRANSLATE_NOOP("Columns", "Event or topic"),
                  QT_TRANSLATE_NOOP("Columns", "Partner"), QT_TRANSLATE_NOOP("Columns", "Expert"), QT_TRANSLATE_NOOP("Columns", "Status"), QT_TRANSLATE_NOOP("Columns", "Marks"))


class AgendaModel(RowsTableModel):
    """The engagements of a range as a list, in date order."""

    headers = AGENDA_HEADERS
    rows: Sequence[CalendarEntry]
    set_entries = RowsTableModel.set_rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return agenda_text(entry, index.column())
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == STATUS:
                return QBrush(theme.colour(theme.STATUS_COLOURS.get(entry.status, "#777")))
            if index.column() == KIND:
                return QBrush(theme.colour(theme.KIND_COLOURS[entry.kind]))
            if index.column() == MARKS:
                return QBrush(theme.colour(theme.DANGER))
        return None


def agenda_text(entry: CalendarEntry, column: int) -> str:
    if column == DATE:
        if entry.last_day != entry.first_day:
            return f"{local_date(entry.first_day)} – {local_date(entry.last_day)}"
        return local_date(entry.first_day)
    if column == TIME:
        if entry.starts_at and entry.ends_at and entry.timezone:
            from zoneinfo import ZoneInfo

            zone = ZoneInfo(entry.timezone)
            return (f"{entry.starts_at.astimezone(zone):%H:%M}–"
                    f"{entry.ends_at.astimezone(zone):%H:%M} {entry.timezone}")
        return QCoreApplication.translate("CalendarModel", "all day")
    if column == KIND:
        return kind_label(entry.kind)
    if column == TITLE:
        return entry_title(entry.kind, entry.title)
    if column == PARTNER:
        return f"{entry.partner_name} ({entry.partner_id})"
    if column == EXPERT:
        return entry.expert or ""
    if column == STATUS:
        return status_label(entry.status)
    marks = ([QCoreApplication.translate("CalendarModel", "expert clash")] if entry.clash else []) + (
        [QCoreApplication.translate("CalendarModel", "over allowance")] if entry.over_allowance else [])
    return ", ".join(marks)
