"""Tools > Working calendars: a calendar's year of holidays and official working days, its
stored adjustments, and adding, removing or importing them.

Every change goes through ``services.holiday_schedules``; the requests it reports as affected
are shown at once, so the ASM knows which partners to warn.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from engagements.gui import theme
from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.holiday_import_dialog import affected_html, import_schedule
from engagements.gui.iem_editor import from_qdate, to_qdate
from engagements.services.calendar_admin import CalendarYear, calendar_year, calendars_in_use
from engagements.services.calendars import HOLIDAY, WORKING_DAY
from engagements.services.holiday_schedules import (
    AdjustmentEdit,
    add_adjustment,
    remove_adjustment,
)

KIND_LABELS = {HOLIDAY: "Holiday", WORKING_DAY: "Working day"}
SOURCE_LABELS = {"manual": "added by hand", "shipped": "shipped with the application"}


class WorkingCalendarsDialog(QDialog):
    loaded = Signal()  # the chosen calendar's year is on screen
    edited = Signal(object)  # an AdjustmentEdit, after an add or a remove

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = embed(self, "working_calendars_dialog")
        self.setWindowTitle("Working calendars")
        self.shown: CalendarYear | None = None
        self.ui.year.setValue(context.today.year)
        self.ui.newDay.setDate(to_qdate(context.today))
        for kind, label in KIND_LABELS.items():
            self.ui.newKind.addItem(label, kind)
        self.ui.splitter.setSizes([470, 490])
        self.ui.affected.setHtml("<p>Add, remove or import adjustments to see which open "
                                 "requests they affect.</p>")
        self._connect()
        self.editing_controls = (self.ui.addButton, self.ui.removeButton, self.ui.importButton,
                                 self.ui.newDay, self.ui.newKind, self.ui.newName)
        context.guard(*self.editing_controls)
        self.ui.calendar.addItem(context.default_calendar, context.default_calendar)
        db, default = context.db, context.default_calendar
        context.load(lambda progress: calendars_in_use(db, default), self._fill_calendars, self)

    def _connect(self) -> None:
        self.ui.calendar.activated.connect(lambda _: self.refresh())
        self.ui.calendar.lineEdit().editingFinished.connect(self.refresh)
        self.ui.year.valueChanged.connect(lambda _: self.refresh())
        self.ui.addButton.clicked.connect(self.add)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.importButton.clicked.connect(
            lambda: import_schedule(self.context, self, self.code))
        self.ui.adjustmentsTable.itemSelectionChanged.connect(self._set_remove_button)
        self.ui.newName.returnPressed.connect(self.add)
        self.ui.buttons.rejected.connect(self.reject)
        self.context.changed.connect(self.refresh)  # e.g. after an import confirmed

    def _fill_calendars(self, choices: list[tuple[str, str]]) -> None:
        box = self.ui.calendar
        box.blockSignals(True)
        box.clear()
        for code, name in choices:
            box.addItem(f"{code} — {name}", code)
        box.blockSignals(False)
        self.refresh()

    @property
    def code(self) -> str:
        """The chosen calendar's code; a typed code is taken as far as its first word."""
        box = self.ui.calendar
        typed = box.currentText().strip()
        if box.currentIndex() >= 0 and typed == box.itemText(box.currentIndex()):
            return str(box.currentData())
        return typed.split(" ")[0].upper() if typed else self.context.default_calendar

    def refresh(self) -> None:
        db, code, year = self.context.db, self.code, self.ui.year.value()
        self.context.load(lambda progress: calendar_year(db, code, year), self._show, self)

    def _show(self, shown: CalendarYear) -> None:
        self.shown = shown
        self.ui.calendarInfo.setText(f"{shown.name} · weekend {shown.weekend}")
        self.ui.missingData.setVisible(shown.missing_data is not None)
        if shown.missing_data:
            self.ui.missingData.setText(
                f"<span style='color:{theme.colour(theme.DANGER).name()}'>⚠ "
                f"{shown.missing_data}. Until then a request whose earliest start needs "
                "this year has an undetermined lead time.</span>")
        _fill(self.ui.daysTable, ("Date", "Day", "What"),
              [(d.day, f"{d.day:%A}", d.name) for d in shown.days],
              [d.kind for d in shown.days])
        _fill(self.ui.adjustmentsTable, ("Date", "Kind", "Name", "Source"),
              [(a.day, KIND_LABELS.get(a.kind, a.kind), a.name,
                SOURCE_LABELS.get(a.source, f"imported from {a.source}"))
               for a in shown.adjustments], [a.kind for a in shown.adjustments])
        self.ui.adjustmentsNote.setText(
            f"None stored for {shown.code} {shown.year}: the days on the left are "
            "workalendar's, with the official schedules shipped with the application."
            if not shown.adjustments else
            f"{len(shown.adjustments)} stored for {shown.code} {shown.year}. A date added "
            "by hand lays over the public holidays; an imported schedule replaces its year.")
        if from_qdate(self.ui.newDay.date()).year != shown.year:
            self.ui.newDay.setDate(to_qdate(date(shown.year, 1, 1)))
        self._set_remove_button()
        self.loaded.emit()

    def _set_remove_button(self) -> None:
        chosen = bool(self.ui.adjustmentsTable.selectionModel().selectedRows())
        self.ui.removeButton.setEnabled(chosen and not self.context.read_only)

    def add(self) -> None:
        day, kind = from_qdate(self.ui.newDay.date()), self.ui.newKind.currentData()
        name, code = self.ui.newName.text().strip(), self.code
        edit = self.context.perform(self, "Add adjustment", lambda: add_adjustment(
            self.context.db, code, day, kind, name))
        if edit is not None:
            self.ui.newName.clear()
            self._edited(edit, f"Added {KIND_LABELS[kind].lower()} {day} to {code}")

    def remove_selected(self) -> None:
        rows = self.ui.adjustmentsTable.selectionModel().selectedRows()
        if not rows or self.shown is None:
            return
        adjustment = self.shown.adjustments[rows[0].row()]
        edit = self.context.perform(self, "Remove adjustment", lambda: remove_adjustment(
            self.context.db, adjustment.calendar, adjustment.day))
        if edit is not None:
            self._edited(edit, f"Removed {adjustment.day} from {adjustment.calendar}")

    def _edited(self, edit: AdjustmentEdit, what: str) -> None:
        self.ui.affected.setHtml(f"<p><b>{what}.</b></p>" + affected_html(edit.affected))
        self.context.status.emit(f"{what}; {len(edit.affected)} open requests affected")
        self.edited.emit(edit)


def _fill(table: QTableWidget, headers: tuple[str, ...], rows: list[tuple[object, ...]],
          kinds: list[str]) -> None:
    """Fill a read-only table, tinting holidays and working days as the calendar view does."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    tints = {HOLIDAY: theme.tint(theme.HOLIDAY_TINT),
             WORKING_DAY: theme.tint(theme.WORKING_WEEKEND_TINT)}
    for r, (values, kind) in enumerate(zip(rows, kinds, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value.isoformat() if isinstance(value, date) else str(value))
            item.setBackground(tints.get(kind, QColor()))
            table.setItem(r, c, item)
    table.verticalHeader().hide()
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1,
                                                  QHeaderView.ResizeMode.Stretch)
