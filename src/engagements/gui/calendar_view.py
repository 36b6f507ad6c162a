"""Calendar: month, week, day and agenda of IEM days and sessions, with the working
calendar's holidays and official working weekends, clashes and over-allowance marked;
engagements opened, created, moved and resized in place; print and PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from engagements.domain import status
from engagements.domain.allowance import add_months
from engagements.gui import calendar_edits as edits
from engagements.gui import calendar_print, prompts, theme
from engagements.gui.calendar_model import AgendaModel
from engagements.gui.calendar_month import MonthGrid
from engagements.gui.calendar_week import TimeGrid
from engagements.gui.choices import set_choices
from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.language import local_date
from engagements.services.calendar_view import (
    CalendarFilter,
    CalendarRange,
    calendar_range,
    month_grid,
)
from engagements.services.queries import PickLists, pick_lists

MONTH, WEEK, DAY, AGENDA = range(4)
KINDS = (None, status.IEM, status.SESSION)  # the kind filter's choices, in its order
STATUSES = (
    (QT_TRANSLATE_NOOP("CalendarView", "All statuses"), None),
    (QT_TRANSLATE_NOOP("CalendarView", "Waiting for approval"), status.SUBMITTED),
    (QT_TRANSLATE_NOOP("CalendarView", "Approved"), status.APPROVED),
    (QT_TRANSLATE_NOOP("CalendarView", "Scheduled"), status.SCHEDULED),
    (QT_TRANSLATE_NOOP("CalendarView", "In progress"), status.IN_PROGRESS),
    (QT_TRANSLATE_NOOP("CalendarView", "Completed"), status.COMPLETED),
    (QT_TRANSLATE_NOOP("CalendarView", "Held"), status.SESSION_HELD),
)
REMEMBERED = ("kindFilter", "statusFilter", "partnerFilter", "expertFilter", "tamFilter")
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
        self.agenda_model = AgendaModel()
        self._cache: dict[tuple[object, ...], CalendarRange] = {}
        self._choices_loaded = False
        self.settings: QSettings | None = None  # where the filters are remembered
        self._build_pages()
        self._build_controls()
        context.changed.connect(self.invalidate)

    def _build_pages(self) -> None:
        """Month, week and day grids in front of the agenda; what they ask, done here."""
        today = self.context.today
        self.month, self.week, self.day = (
            MonthGrid(today),
            TimeGrid(today),
            TimeGrid(today, columns=1),
        )
        for index, page in ((MONTH, self.month), (WEEK, self.week), (DAY, self.day)):
            self.ui.pages.insertWidget(index, page)
            page.opened.connect(lambda entry: edits.open_entry(self.context, entry))
            page.create_on.connect(lambda day: edits.create_iem_on(self.context, self, day))
            page.moved.connect(
                lambda entry, first, last: edits.move_days(self.context, self, entry, first, last)
            )
        for page in (self.week, self.day):
            page.create_at.connect(lambda at: edits.create_session_at(self.context, self, at))
            page.moved_session.connect(
                lambda entry, starts, ends: edits.move_session_to(
                    self.context, self, entry, starts, ends
                )
            )
        self.ui.agenda.setModel(self.agenda_model)
        self.ui.agenda.doubleClicked.connect(
            lambda index: edits.open_entry(self.context, self.agenda_model.rows[index.row()])
        )
        self.ui.agenda.verticalHeader().hide()
        self.ui.agenda.horizontalHeader().setStretchLastSection(True)

    def _build_controls(self) -> None:
        for label, wanted in STATUSES:
            self.ui.statusFilter.addItem(self.tr(label), wanted)
        for box in (self.ui.kindFilter, self.ui.statusFilter):
            box.currentIndexChanged.connect(lambda _: self._filters_changed())
        self.ui.previousButton.clicked.connect(lambda: self.move(-1))
        self.ui.nextButton.clicked.connect(lambda: self.move(1))
        self.ui.todayButton.clicked.connect(self.go_today)
        self.ui.modeBox.currentIndexChanged.connect(lambda _: self.refresh())
        self.ui.pdfButton.clicked.connect(self.save_pdf)
        self.ui.printButton.clicked.connect(self.print_period)
        QShortcut(QKeySequence("PgUp"), self, lambda: self.move(-1))
        QShortcut(QKeySequence("PgDown"), self, lambda: self.move(1))
        QShortcut(QKeySequence("Ctrl+T"), self, self.go_today)
        self.ui.workingCalendar.addItem(self.context.default_calendar)
        for box, letters in (
            (self.ui.partnerFilter, 14),
            (self.ui.expertFilter, 10),
            (self.ui.tamFilter, 6),
            (self.ui.workingCalendar, 3),
            (self.ui.kindFilter, 8),
            (self.ui.statusFilter, 8),
        ):
            # Sized by a few letters, not by measuring thousands of partner names.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(letters)
            box.setMinimumWidth(0)
        self.ui.legend.setText(theme.legend_html())
        from engagements.gui.request_menu import offer_request_window  # staffing (issue 15)

        offer_request_window(self.context, self.ui.agenda)

    def changeEvent(self, event: QEvent) -> None:
        # Another theme chosen: the legend's swatches and tints follow it.
        if event.type() == QEvent.Type.PaletteChange and self._key() in self._cache:
            self._show(self._key(), self._cache[self._key()])
        super().changeEvent(event)

    def remember_in(self, settings: QSettings) -> None:
        """Keep the filters in ``settings``, and take the ones kept last time."""
        self.settings = settings
        for name in ("kindFilter", "statusFilter"):
            box = getattr(self.ui, name)
            box.blockSignals(True)
            box.setCurrentIndex(
                max(box.findData(settings.value(f"calendar/{name}")), 0)
                if name == "statusFilter"
                else int(settings.value(f"calendar/{name}", 0) or 0)
            )
            box.blockSignals(False)

    def _filters_changed(self) -> None:
        if self.settings is not None:
            self.settings.setValue("calendar/kindFilter", self.ui.kindFilter.currentIndex())
            for name in REMEMBERED[1:]:
                self.settings.setValue(f"calendar/{name}", getattr(self.ui, name).currentData())
        self.refresh()

    def _load_choices(self) -> None:
        """Partners, experts, TAMs and calendars for the filters (once, off the GUI thread)."""
        self._choices_loaded = True
        db = self.context.db
        self.context.load(lambda progress: pick_lists(db), self._fill_choices, self)

    def _fill_choices(self, lists: PickLists) -> None:
        boxes = (
            self.ui.partnerFilter,
            self.ui.expertFilter,
            self.ui.tamFilter,
            self.ui.workingCalendar,
        )
        for box in boxes:
            box.blockSignals(True)
        set_choices(
            self.ui.partnerFilter,
            [(self.tr("All partners"), None)]
            + [(f"{name} ({pid})", pid) for pid, name in lists.partners],
        )
        self.ui.expertFilter.addItem(self.tr("All experts"), None)
        for eid, name in lists.experts:
            self.ui.expertFilter.addItem(name, eid)
        self.ui.tamFilter.addItem(self.tr("All TAMs"), None)
        for tam in lists.tams:
            self.ui.tamFilter.addItem(tam, tam)
        for code in sorted(set(lists.calendars) - {self.context.default_calendar}):
            self.ui.workingCalendar.addItem(code)
        if self.settings is not None:  # the partner, expert and TAM chosen last time
            for name in REMEMBERED[2:]:
                box = getattr(self.ui, name)
                box.setCurrentIndex(max(box.findData(self.settings.value(f"calendar/{name}")), 0))
        for box in boxes:
            box.blockSignals(False)
            box.currentIndexChanged.connect(lambda _: self._filters_changed())
        if self.current_filter() != CalendarFilter():
            self.refresh()  # a remembered filter: read again with it

    @property
    def mode(self) -> int:
        return self.ui.modeBox.currentIndex()

    def period(self) -> tuple[date, date]:
        """The month, week or day asked for."""
        if self.mode == WEEK:
            first = self.anchor - timedelta(days=self.anchor.weekday())
            return first, first + timedelta(days=6)
        if self.mode == DAY:
            return self.anchor, self.anchor
        first = self.anchor.replace(day=1)
        return first, add_months(first, 1) - timedelta(days=1)

    def shown_range(self) -> tuple[date, date]:
        if self.mode == MONTH:
            return month_grid(self.anchor.year, self.anchor.month)
        first, last = self.period()
        if self.mode == AGENDA:
            return first, last
        # A day either side: a session's day in the viewer's zone may differ from its own.
        return first - timedelta(days=1), last + timedelta(days=1)

    def kind_wanted(self) -> str | None:
        return KINDS[self.ui.kindFilter.currentIndex()]

    def shown_filtered(self, shown: CalendarRange) -> CalendarRange:
        """The range with only the kind and status chosen (clash marks stay as read)."""
        kind, wanted = self.kind_wanted(), self.ui.statusFilter.currentData()
        if kind is None and wanted is None:
            return shown
        return replace(
            shown,
            entries=[
                e
                for e in shown.entries
                if (kind is None or e.kind == kind) and (wanted is None or e.status == wanted)
            ],
        )

    def current_filter(self) -> CalendarFilter:
        return CalendarFilter(
            partner_id=self.ui.partnerFilter.currentData(),
            expert_id=self.ui.expertFilter.currentData(),
            tam=self.ui.tamFilter.currentData(),
        )

    def move(self, steps: int) -> None:
        if self.mode in (WEEK, DAY):
            self.anchor += timedelta(weeks=steps) if self.mode == WEEK else timedelta(steps)
        else:
            self.anchor = add_months(self.anchor.replace(day=1), steps)
            if (self.anchor.year, self.anchor.month) == (
                self.context.today.year,
                self.context.today.month,
            ):
                self.anchor = self.context.today  # a week view then opens on today's week
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self.context.today
        self.refresh()

    def _key(self) -> tuple[object, ...]:
        return (*self.shown_range(), self.ui.workingCalendar.currentText(), self.current_filter())

    def refresh(self) -> None:
        if not self._choices_loaded:
            self._load_choices()
        key = self._key()
        self.ui.periodLabel.setText(f"<h2>{self._title()}</h2>")
        if key in self._cache:  # switching back and forth is instant
            self._show(key, self._cache[key])
            return
        db = self.context.db
        self.context.load(
            lambda progress: calendar_range(db, key[0], key[1], key[2], key[3]),
            lambda shown: self._show(key, shown),
            self,
        )

    def _show(self, key: tuple[object, ...], shown: CalendarRange) -> None:
        self._remember(key, shown)
        if key != self._key():
            return  # the person has moved on meanwhile
        first, last = period = self.period()  # once: a month has thousands of entries
        shown = self.shown_filtered(shown)
        if self.mode == MONTH:
            self.month.set_range(shown, period)
        elif self.mode in (WEEK, DAY):
            (self.week if self.mode == WEEK else self.day).set_range(shown, first)
        else:
            self.agenda_model.set_entries(
                [e for e in shown.entries if e.last_day >= first and e.first_day <= last]
            )
        self.ui.pages.setCurrentIndex(self.mode)
        # Only a shown agenda is measured; measuring thousands of rows would stall.
        if self.mode == AGENDA and self.agenda_model.rowCount() < 500:
            self.ui.agenda.resizeColumnsToContents()
        self.ui.legend.setText(_legend(shown, period))
        self.loaded.emit()
        QTimer.singleShot(PREFETCH_DELAY_MS, self, self._prefetch_neighbours)

    def _prefetch_neighbours(self) -> None:
        """Read the periods before and after in the background: moving there is instant."""
        if self.context.jobs.busy:
            return
        anchor = self.anchor
        for step in (1, -1):
            self.anchor = (
                anchor + timedelta(weeks=step)
                if self.mode == WEEK
                else anchor + timedelta(step)
                if self.mode == DAY
                else add_months(anchor.replace(day=1), step)
            )
            key = self._key()
            if key not in self._cache:
                self.context.load(
                    lambda progress, k=key, db=self.context.db: calendar_range(db, *k),
                    lambda shown, k=key: self._remember(k, shown),
                    self,
                )
        self.anchor = anchor

    def _remember(self, key: tuple[object, ...], shown: CalendarRange) -> None:
        self._cache[key] = shown
        if len(self._cache) > CACHE_SIZE:
            self._cache.pop(next(iter(self._cache)))

    def _title(self) -> str:
        first, last = self.period()
        if self.mode == WEEK:
            return self.tr("Week {week}, {first} – {last}").format(
                week=first.isocalendar()[1],
                first=local_date(first, "day_month"),
                last=local_date(last, "medium"),
            )
        if self.mode == DAY:
            return local_date(first, "weekday")
        return local_date(first, "month")

    def invalidate(self) -> None:
        self._cache.clear()

    def save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save calendar as PDF"),
            f"calendar-{self.period()[0]:%Y-%m}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if not path or self._key() not in self._cache:
            return
        shown = self.shown_filtered(self._cache[self._key()])
        period, title = self.period(), self._title()
        prompts.run_with_progress(
            self.context,
            self,
            self.tr("Saving PDF"),
            lambda progress: calendar_print.write_pdf(
                path, shown, period, title, progress, self.context.today
            ),
            lambda written: self.context.status.emit(
                self.tr("Saved {file}").format(file=written)
                if written
                else self.tr("PDF not saved")
            ),
        )

    def print_period(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self._key() not in self._cache:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(printer.pageLayout().Orientation.Landscape)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            calendar_print.paint_period(
                printer,
                self.shown_filtered(self._cache[self._key()]),
                self.period(),
                self._title(),
                self.context.today,
            )


def _legend(shown: CalendarRange, period: tuple[date, date]) -> str:
    """The legend, and the counts of the period asked for (not of the days around it)."""
    entries = [e for e in shown.entries if e.last_day >= period[0] and e.first_day <= period[1]]
    clashes = sum(1 for e in entries if e.clash)
    over = sum(1 for e in entries if e.over_allowance)
    counts = " · " + QCoreApplication.translate(
        "CalendarView", "<b>{count}</b> engagements, {clashes} clashing, {over} over allowance"
    ).format(count=len(entries), clashes=clashes, over=over)
    missing = (
        f"  · <span style='color:{theme.colour(theme.DANGER).name()}'>"
        + "; ".join(shown.missing_data)
        + "</span>"
        if shown.missing_data
        else ""
    )
    return theme.legend_html() + counts + missing
