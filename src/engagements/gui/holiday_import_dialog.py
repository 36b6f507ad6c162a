"""Import an official holiday schedule: preview what it changes, then confirm or discard.

The preview is ``services.holiday_schedules.preview_holiday_import`` (writes nothing); Confirm
runs ``import_holiday_schedule`` off the GUI thread. Both list the open requests whose lead
time reads differently on the new calendar, so the ASM can warn those partners.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTableWidgetItem, QWidget

from engagements.gui import prompts, theme
from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.services.holiday_schedules import (
    AffectedRequest,
    HolidayImport,
    import_holiday_schedule,
    preview_holiday_import,
)

KIND_WORDS = {"holiday": "holiday", "working_day": "working day", None: "—"}


def import_schedule(context: AppContext, parent: QWidget | None, code: str) -> None:
    """Ask for a schedule file for ``code``, read it off the GUI thread, show the preview."""
    path, _ = QFileDialog.getOpenFileName(parent, f"Official holiday schedule for {code}", "",
                                          "iCalendar files (*.ics);;All files (*)")
    if not path:
        return
    db = context.db
    prompts.run_with_progress(
        context, parent, "Reading the holiday schedule",
        lambda progress: preview_holiday_import(db, path, code),
        lambda preview: HolidayImportDialog(context, path, preview, parent).open())


class HolidayImportDialog(QDialog):
    imported = Signal(object)  # the HolidayImport as written

    def __init__(self, context: AppContext, path: str, preview: HolidayImport,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.path, self.preview = context, path, preview
        self.ui = embed(self, "holiday_import_dialog")
        self.setWindowTitle(f"Import holiday schedule — {preview.calendar}")
        self.confirm_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText("&Confirm import")
        self.confirm_button.setAccessibleName("Confirm the import")
        discard = self.ui.buttons.button(QDialogButtonBox.StandardButton.Discard)
        discard.setAccessibleName("Discard: write nothing")
        discard.clicked.connect(self.reject)
        self.ui.buttons.accepted.connect(self.confirm)
        context.guard(self.confirm_button)
        self._show_preview()

    def _show_preview(self) -> None:
        p = self.preview
        years = ", ".join(map(str, p.years)) or "no year"
        self.ui.summary.setText(
            f"<h3>{escape(Path(self.path).name)} → {p.calendar} {years}</h3>"
            f"{p.holidays} holiday dates and {p.working_days} working days. Importing "
            f"replaces the stored adjustments of {years} and makes "
            f"{'that year' if len(p.years) == 1 else 'those years'} official; other years "
            f"stay as they are. <b>{len(p.changes)}</b> dates change.")
        table = self.ui.changesTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(("Date", "Now", "After the import"))
        table.setRowCount(len(p.changes))
        for row, change in enumerate(p.changes):
            for column, text in enumerate((
                    f"{change.day:%Y-%m-%d %a}",
                    _kind_and_name(change.before_kind, change.before_name),
                    _kind_and_name(change.after_kind, change.after_name))):
                table.setItem(row, column, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.ui.affected.setHtml(affected_html(p.affected, "would change"))

    def confirm(self) -> None:
        """Import the file for real, off the GUI thread; on success the views reload."""
        db, path, code = self.context.db, self.path, self.preview.calendar
        self.ui.progress.setVisible(True)
        self.confirm_button.setEnabled(False)
        self.context.jobs.start(lambda progress: import_holiday_schedule(db, path, code),
                                self._imported, self._failed)

    def _imported(self, result: HolidayImport) -> None:
        self.ui.progress.setVisible(False)
        self.context.changed.emit()
        self.context.status.emit(
            f"Imported {result.holidays} holidays and {result.working_days} working days "
            f"into {result.calendar} {', '.join(map(str, result.years))}; "
            f"{len(result.affected)} open requests affected")
        self.imported.emit(result)
        self.accept()

    def _failed(self, problem: Exception) -> None:
        self.ui.progress.setVisible(False)
        self.confirm_button.setEnabled(True)
        self.context.show_problem(self, problem, "Schedule not imported")


def _kind_and_name(kind: str | None, name: str | None) -> str:
    return KIND_WORDS[kind] + (f": {name}" if name else "")


def _verdict(request: AffectedRequest) -> str:
    """The lead-time reading in words, saying whether it changed sides."""
    before, after = request.meets_lead_time_before, request.meets_lead_time_after
    if request.lead_time_after == "undetermined":
        return "still undetermined"
    if request.lead_time_before == "undetermined":
        return "decided: met" if after else "decided: late"
    if before == after:
        return "still met" if after else "still late"
    return "now met" if after else "now late"


def affected_html(affected: Iterable[AffectedRequest], verb: str = "changed") -> str:
    """The open requests whose lead time reads differently, as a table to warn partners from."""
    rows = list(affected)
    if not rows:
        return f"<p>No open request's lead time {verb}.</p>"
    late, ok = theme.colour(theme.DANGER).name(), theme.colour(theme.OK).name()
    head = ("<tr><th align=left>Request</th><th align=left>Partner</th><th align=left>Event"
            "</th><th align=left>Status</th><th align=left>Earliest start</th>"
            "<th align=left>Notice (business days)</th><th align=left>Lead time</th></tr>")
    body = "".join(
        f"<tr><td>IEM #{r.id}</td><td>{escape(r.partner_name)} ({escape(r.partner_id)})</td>"
        f"<td>{r.start} – {r.end} ({r.natural_days} d)</td><td>{r.status}</td>"
        f"<td>{r.earliest_start_before or 'undetermined'} → "
        f"<b>{r.earliest_start_after or 'undetermined'}</b></td>"
        f"<td>{r.notice_before} → <b>{r.notice_after}</b></td>"
        f"<td style='color:{ok if r.meets_lead_time_after else late}'>"
        f"{_verdict(r)}</td></tr>" for r in rows)
    return (f"<p><b>{len(rows)}</b> open request{'s' if len(rows) != 1 else ''} "
            f"{verb}:</p><table cellspacing=0 cellpadding=3>{head}{body}</table>")
