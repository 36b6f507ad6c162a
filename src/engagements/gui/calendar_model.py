"""The agenda list over a calendar range (the month and week grids paint themselves)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from engagements.gui import theme
from engagements.gui.labels import entry_title, kind_label, status_label
from engagements.gui.language import local_date
from engagements.gui.table_model import DISPLAY, FOREGROUND, RowsTableModel
from engagements.services.view_rows import CalendarEntry

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 6  # the CalendarEntry of an agenda row


def entry_label(entry: CalendarEntry) -> str:
    """A short line for a chip or an agenda row, e.g. "10:00 architecture · 深圳星河"."""
    time = ""
    if entry.starts_at and entry.timezone:
        from zoneinfo import ZoneInfo

        time = entry.starts_at.astimezone(ZoneInfo(entry.timezone)).strftime("%H:%M ")
    marks = ("⚠ " if entry.clash else "") + ("✖ " if entry.over_allowance else "")
    return f"{marks}{time}{entry_title(entry.kind, entry.title)} · {entry.partner_name}"


DATE, TIME, KIND, TITLE, PARTNER, EXPERT, STATUS, MARKS = range(8)
AGENDA_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Date"),
    QT_TRANSLATE_NOOP("Columns", "Time"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Event or topic"),
    QT_TRANSLATE_NOOP("Columns", "Partner"),
    QT_TRANSLATE_NOOP("Columns", "Expert"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Marks"),
)


class AgendaModel(RowsTableModel):
    """The engagements of a range as a list, in date order."""

    headers = AGENDA_HEADERS
    rows: Sequence[CalendarEntry]
    set_entries = RowsTableModel.set_rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        if role == DISPLAY:
            return agenda_text(entry, index.column())
        if role == ENTRY_ROLE:
            return entry
        if role == FOREGROUND:
            # A colour serves as the text's brush. A QBrush made here would have PySide
            # build QGradient's enums at the first paint, some 4 ms of every start.
            if index.column() == STATUS:
                return theme.colour(theme.STATUS_COLOURS.get(entry.status, "#777"))
            if index.column() == KIND:
                return theme.colour(theme.KIND_COLOURS[entry.kind])
            if index.column() == MARKS:
                return theme.colour(theme.DANGER)
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
            return (
                f"{entry.starts_at.astimezone(zone):%H:%M}–"
                f"{entry.ends_at.astimezone(zone):%H:%M} {entry.timezone}"
            )
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
    marks = (
        [QCoreApplication.translate("CalendarModel", "expert clash")] if entry.clash else []
    ) + (
        [QCoreApplication.translate("CalendarModel", "over allowance")]
        if entry.over_allowance
        else []
    )
    return ", ".join(marks)
