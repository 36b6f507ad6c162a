"""Calendar: month, week and agenda of IEM days and sessions, with the working calendar's
holidays and official working weekends, clashes and over-allowance marked; print and PDF."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QWidget

from engagements.domain.allowance import add_months
from engagements.gui import calendar_print, prompts
from engagements.gui.calendar_model import AgendaModel, DayGridModel
from engagements.gui.choices import set_choices
from engagements.gui.context import AppContext
from engagements.gui.day_cell import DayCellDelegate
from engagements.gui.forms import embed
from engagements.services.calendar_view import (
    CalendarFilter,
    CalendarRange,
    calendar_range,
    month_grid,
)
from engagements.services.queries import PickLists, pick_lists

MONTH, WEEK, AGENDA = range(3)
CACHE_SIZE = 12
# Reading the neighbouring periods waits this long, so the period shown paints first
# (the reader thread would otherwise compete with the painting for the interpreter).
PREFETCH_DELAY_MS = 150


class CalendarView(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.ui = embed(self, "calendar_view")
        self.anchor = context.today  # a day inside the period shown
        self.grid_model, self.agenda_model = DayGridModel(), AgendaModel()
        self._cache: dict[tuple[object, ...], CalendarRange] = {}
        self._choices_loaded = False
        grid = self.ui.grid
        grid.setModel(self.grid_model)
        grid.setItemDelegate(DayCellDelegate(grid, context.today))
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.agenda.setModel(self.agenda_model)
        self.ui.agenda.verticalHeader().hide()
        self.ui.agenda.horizontalHeader().setStretchLastSection(True)
        self.ui.previousButton.clicked.connect(lambda: self.move(-1))
        self.ui.nextButton.clicked.connect(lambda: self.move(1))
        self.ui.todayButton.clicked.connect(self.go_today)
        self.ui.modeBox.currentIndexChanged.connect(lambda _: self.refresh())
        self.ui.pdfButton.clicked.connect(self.save_pdf)
        self.ui.printButton.clicked.connect(self.print_period)
        QShortcut(QKeySequence("PgUp"), self, lambda: self.move(-1))
        QShortcut(QKeySequence("PgDown"), self, lambda: self.move(1))
        QShortcut(QKeySequence("Ctrl+T"), self, self.go_today)
        self.ui.workingCalendar.addItem(context.default_calendar)
        for box, letters in ((self.ui.partnerFilter, 14), (self.ui.expertFilter, 10),
                             (self.ui.tamFilter, 6), (self.ui.workingCalendar, 3)):
            # Sized by a few letters, not by measuring thousands of partner names.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(letters)
            box.setMinimumWidth(0)
        self.ui.legend.setText(LEGEND)
        context.changed.connect(self.invalidate)
        from engagements.gui.request_menu import offer_request_window  # staffing (issue 15)

        offer_request_window(context, self.ui.agenda)

    def _load_choices(self) -> None:
        """Partners, experts, TAMs and calendars for the filters (once, off the GUI thread)."""
        self._choices_loaded = True
        db = self.context.db
        self.context.load(lambda progress: pick_lists(db), self._fill_choices, self)

    def _fill_choices(self, lists: PickLists) -> None:
        boxes = (self.ui.partnerFilter, self.ui.expertFilter, self.ui.tamFilter,
                 self.ui.workingCalendar)
        for box in boxes:
            box.blockSignals(True)
        set_choices(self.ui.partnerFilter, [("All partners", None)] + [
            (f"{name} ({pid})", pid) for pid, name in lists.partners])
        self.ui.expertFilter.addItem("All experts", None)
        for eid, name in lists.experts:
            self.ui.expertFilter.addItem(name, eid)
        self.ui.tamFilter.addItem("All TAMs", None)
        for tam in lists.tams:
            self.ui.tamFilter.addItem(tam, tam)
        for code in sorted(set(lists.calendars) - {self.context.default_calendar}):
            self.ui.workingCalendar.addItem(code)
        for box in boxes:
            box.blockSignals(False)
            box.currentIndexChanged.connect(lambda _: self.refresh())

    @property
    def mode(self) -> int:
        return self.ui.modeBox.currentIndex()

    def period(self) -> tuple[date, date]:
        """The month or week asked for."""
        if self.mode == WEEK:
            first = self.anchor - timedelta(days=self.anchor.weekday())
            return first, first + timedelta(days=6)
        first = self.anchor.replace(day=1)
        return first, add_months(first, 1) - timedelta(days=1)

    def shown_range(self) -> tuple[date, date]:
        if self.mode == MONTH:
            return month_grid(self.anchor.year, self.anchor.month)
        return self.period()

    def current_filter(self) -> CalendarFilter:
        return CalendarFilter(partner_id=self.ui.partnerFilter.currentData(),
                              expert_id=self.ui.expertFilter.currentData(),
                              tam=self.ui.tamFilter.currentData())

    def move(self, steps: int) -> None:
        if self.mode == WEEK:
            self.anchor += timedelta(weeks=steps)
        else:
            self.anchor = add_months(self.anchor.replace(day=1), steps)
            if (self.anchor.year, self.anchor.month) == (self.context.today.year,
                                                         self.context.today.month):
                self.anchor = self.context.today  # a week view then opens on today's week
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.context.today
        self.refresh()

    def _key(self) -> tuple[object, ...]:
        return (*self.shown_range(), self.ui.workingCalendar.currentText(),
                self.current_filter())

    def refresh(self) -> None:
        if not self._choices_loaded:
            self._load_choices()
        key = self._key()
        self.ui.periodLabel.setText(f"<h2>{self._title()}</h2>")
        if key in self._cache:  # switching back and forth is instant
            self._show(key, self._cache[key])
            return
        db = self.context.db
        self.context.load(lambda progress: calendar_range(db, key[0], key[1], key[2], key[3]),
                          lambda shown: self._show(key, shown), self)

    def _show(self, key: tuple[object, ...], shown: CalendarRange) -> None:
        self._remember(key, shown)
        if key != self._key():
            return  # the person has moved on meanwhile
        first, last = period = self.period()  # once: a month has thousands of entries
        self.grid_model.set_range(shown, period)
        self.agenda_model.set_entries([e for e in shown.entries
                                       if e.last_day >= first and e.first_day <= last])
        self.ui.pages.setCurrentIndex(1 if self.mode == AGENDA else 0)
        # Only a shown agenda is measured; measuring thousands of rows would stall.
        if self.mode == AGENDA and self.agenda_model.rowCount() < 500:
            self.ui.agenda.resizeColumnsToContents()
        self.ui.legend.setText(_legend(shown))
        self.loaded.emit()
        QTimer.singleShot(PREFETCH_DELAY_MS, self, self._prefetch_neighbours)

    def _prefetch_neighbours(self) -> None:
        """Read the periods before and after in the background: moving there is instant."""
        if self.context.jobs.busy:
            return
        anchor = self.anchor
        for step in (1, -1):
            self.anchor = (anchor + timedelta(weeks=step) if self.mode == WEEK
                           else add_months(anchor.replace(day=1), step))
            key = self._key()
            if key not in self._cache:
                self.context.load(lambda progress, k=key, db=self.context.db:
                                  calendar_range(db, *k),
                                  lambda shown, k=key: self._remember(k, shown), self)
        self.anchor = anchor

    def _remember(self, key: tuple[object, ...], shown: CalendarRange) -> None:
        self._cache[key] = shown
        if len(self._cache) > CACHE_SIZE:
            self._cache.pop(next(iter(self._cache)))

    def _title(self) -> str:
        first, last = self.period()
        if self.mode == WEEK:
            return f"Week {first.isocalendar()[1]}, {first:%d %b} – {last:%d %b %Y}"
        return first.strftime("%B %Y")

    def invalidate(self) -> None:
        self._cache.clear()

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save calendar as PDF",
                                              f"calendar-{self.period()[0]:%Y-%m}.pdf",
                                              "PDF files (*.pdf)")
        if not path or self._key() not in self._cache:
            return
        shown, period, title = self._cache[self._key()], self.period(), self._title()
        prompts.run_with_progress(
            self.context, self, "Saving PDF",
            lambda progress: calendar_print.write_pdf(path, shown, period, title, progress,
                                                      self.context.today),
            lambda written: self.context.status.emit(f"Saved {written}" if written else
                                                     "PDF not saved"))

    def print_period(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._key() not in self._cache:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(printer.pageLayout().Orientation.Landscape)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            calendar_print.paint_period(printer, self._cache[self._key()], self.period(),
                                        self._title(), self.context.today)


LEGEND = ("<span style='color:#1565c0'>■</span> IEM  <span style='color:#00897b'>■</span> "
          "session  · pale chip: waiting for approval · ⚠ expert clash · ✖ over allowance · "
          "<span style='background:#fdecea'>&nbsp;holiday&nbsp;</span> "
          "<span style='background:#e8f5e9'>&nbsp;official working day&nbsp;</span>")


def _legend(shown: CalendarRange) -> str:
    clashes = sum(1 for e in shown.entries if e.clash)
    over = sum(1 for e in shown.entries if e.over_allowance)
    counts = (f" · <b>{len(shown.entries)}</b> engagements, {clashes} clashing, "
              f"{over} over allowance")
    missing = ("  · <span style='color:#c62828'>" + "; ".join(shown.missing_data) + "</span>"
               if shown.missing_data else "")
    return LEGEND + counts + missing
