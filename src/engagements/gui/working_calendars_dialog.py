"""Tools > Working calendars: a calendar's year of holidays and official working days, its
stored adjustments, and adding, removing or importing them.

Every change goes through ``services.holiday_schedules``; the requests it reports as affected
are shown at once, so the ASM knows which partners to warn.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from engagements.gui import theme
from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.holiday_import_dialog import affected_html, import_schedule
from engagements.gui.iem_editor import from_qdate, to_qdate
from engagements.gui.labels import holiday_label
from engagements.gui.language import local_date, weekday_name
from engagements.gui.unsaved import EditingDialog
from engagements.services.calendar_admin import CalendarYear, calendar_year, calendars_in_use
from engagements.services.calendars import HOLIDAY, WORKING_DAY
from engagements.services.holiday_schedules import (
    AdjustmentEdit,
    add_adjustment,
    remove_adjustment,
)

KIND_LABELS = {
    HOLIDAY: QT_TRANSLATE_NOOP("WorkingCalendarsDialog", "Holiday"),
    WORKING_DAY: QT_TRANSLATE_NOOP("WorkingCalendarsDialog", "Working day"),
}
SOURCE_LABELS = {
    "manual": QT_TRANSLATE_NOOP("WorkingCalendarsDialog", "added by hand"),
    "shipped": QT_TRANSLATE_NOOP("WorkingCalendarsDialog", "shipped with the application"),
}


class WorkingCalendarsDialog(EditingDialog):
    loaded = Signal()  # the chosen calendar's year is on screen
    edited = Signal(object)  # an AdjustmentEdit, after an add or a remove

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = embed(self, "working_calendars_dialog")
        self.setWindowTitle(self.tr("Working calendars"))
        self.shown: CalendarYear | None = None
        self.ui.year.setValue(context.today.year)
        self.ui.newDay.setDate(to_qdate(context.today))
        for kind, label in KIND_LABELS.items():
            self.ui.newKind.addItem(self.tr(label), kind)
        self.ui.splitter.setSizes([470, 490])
        self.ui.affected.setHtml(
            self.tr(
                "<p>Add, remove or import adjustments to see which open requests they affect.</p>"
            )
        )
        self._connect()
        self.editing_controls = (
            self.ui.addButton,
            self.ui.removeButton,
            self.ui.importButton,
            self.ui.newDay,
            self.ui.newKind,
            self.ui.newName,
        )
        context.guard(*self.editing_controls)
        self.ui.calendar.addItem(context.default_calendar, context.default_calendar)
        db, default = context.db, context.default_calendar
        context.load(lambda progress: calendars_in_use(db, default), self._fill_calendars, self)

    def has_unsaved_edits(self) -> bool:
        # Adds and removals are written at once; only a day named but not yet added would
        # be lost (the calendar and year shown are looking, and the new day's date follows
        # the year shown by itself).
        return bool(self.ui.newName.text().strip())

    def discard_question(self) -> str:
        return self.tr("Discard the day typed in but not yet added?")

    def _connect(self) -> None:
        self.ui.calendar.activated.connect(lambda _: self.refresh())
        self.ui.calendar.lineEdit().editingFinished.connect(self.refresh)
        self.ui.year.valueChanged.connect(lambda _: self.refresh())
        self.ui.addButton.clicked.connect(self.add)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.importButton.clicked.connect(lambda: import_schedule(self.context, self, self.code))
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
        self.ui.calendarInfo.setText(
            self.tr("{name} · weekend {weekend}").format(name=shown.name, weekend=shown.weekend)
        )
        self.ui.missingData.setVisible(shown.missing_data is not None)
        if shown.missing_data:
            self.ui.missingData.setText(
                f"<span style='color:{theme.colour(theme.DANGER).name()}'>⚠ "
                + self.tr(
                    "{missing}. Until then a request whose earliest start needs this year has "
                    "an undetermined lead time."
                ).format(missing=shown.missing_data)
                + "</span>"
            )
        _fill(
            self.ui.daysTable,
            (self.tr("Date"), self.tr("Day"), self.tr("What")),
            [(d.day, weekday_name(d.day, short=False), holiday_label(d.name)) for d in shown.days],
            [d.kind for d in shown.days],
        )
        _fill(
            self.ui.adjustmentsTable,
            (self.tr("Date"), self.tr("Kind"), self.tr("Name"), self.tr("Source")),
            [
                (
                    a.day,
                    self.tr(KIND_LABELS[a.kind]) if a.kind in KIND_LABELS else a.kind,
                    a.name,
                    self.tr(SOURCE_LABELS[a.source])
                    if a.source in SOURCE_LABELS
                    else self.tr("imported from {source}").format(source=a.source),
                )
                for a in shown.adjustments
            ],
            [a.kind for a in shown.adjustments],
        )
        self.ui.adjustmentsNote.setText(
            self.tr(
                "None stored for {code} {year}: the days on the left are workalendar's, "
                "with the official schedules shipped with the application."
            ).format(code=shown.code, year=shown.year)
            if not shown.adjustments
            else self.tr(
                "{count} stored for {code} {year}. A date added by hand lays over the "
                "public holidays; an imported schedule replaces its year."
            ).format(count=len(shown.adjustments), code=shown.code, year=shown.year)
        )
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
        edit = self.context.perform(
            self,
            self.tr("Add adjustment"),
            lambda: add_adjustment(self.context.db, code, day, kind, name),
        )
        if edit is not None:
            self.ui.newName.clear()
            self._edited(
                edit,
                self.tr("Added {kind} {date} to {code}").format(
                    kind=self.tr(KIND_LABELS[kind]).lower(), date=local_date(day), code=code
                ),
            )

    def remove_selected(self) -> None:
        rows = self.ui.adjustmentsTable.selectionModel().selectedRows()
        if not rows or self.shown is None:
            return
        adjustment = self.shown.adjustments[rows[0].row()]
        edit = self.context.perform(
            self,
            self.tr("Remove adjustment"),
            lambda: remove_adjustment(self.context.db, adjustment.calendar, adjustment.day),
        )
        if edit is not None:
            self._edited(
                edit,
                self.tr("Removed {date} from {code}").format(
                    date=local_date(adjustment.day), code=adjustment.calendar
                ),
            )

    def _edited(self, edit: AdjustmentEdit, what: str) -> None:
        self.ui.affected.setHtml(f"<p><b>{what}.</b></p>" + affected_html(edit.affected))
        self.context.status.emit(
            self.tr("{what}; {count} open requests affected").format(
                what=what, count=len(edit.affected)
            )
        )
        self.edited.emit(edit)


def _fill(
    table: QTableWidget, headers: tuple[str, ...], rows: list[tuple[object, ...]], kinds: list[str]
) -> None:
    """Fill a read-only table, tinting holidays and working days as the calendar view does."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    tints = {
        HOLIDAY: theme.tint(theme.HOLIDAY_TINT),
        WORKING_DAY: theme.tint(theme.WORKING_WEEKEND_TINT),
    }
    for r, (values, kind) in enumerate(zip(rows, kinds, strict=True)):
        for c, value in enumerate(values):
            item = QTableWidgetItem(local_date(value) if isinstance(value, date) else str(value))
            item.setBackground(tints.get(kind, QColor()))
            table.setItem(r, c, item)
    table.verticalHeader().hide()
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
