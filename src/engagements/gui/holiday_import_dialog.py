"""Import an official holiday schedule: preview what it changes, then confirm or discard.

The preview is ``services.holiday_schedules.preview_holiday_import`` (writes nothing); Confirm
runs ``import_holiday_schedule`` off the GUI thread. Both list the open requests whose lead
time reads differently on the new calendar, so the ASM can warn those partners.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTableWidgetItem, QWidget

from engagements.gui import prompts, theme
from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.labels import holiday_label, status_label
from engagements.gui.language import local_date, weekday_name
from engagements.services.holiday_schedules import (
    AffectedRequest,
    HolidayImport,
    import_holiday_schedule,
    preview_holiday_import,
)

KIND_WORDS: dict[str | None, object] = {
    "holiday": QT_TRANSLATE_NOOP("HolidayImport", "holiday"),
    "working_day": QT_TRANSLATE_NOOP("HolidayImport", "working day"),
    None: "—",
}


def import_schedule(context: AppContext, parent: QWidget | None, code: str) -> None:
    """Ask for a schedule file for ``code``, read it off the GUI thread, show the preview."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("HolidayImport", "Official holiday schedule for {code}").format(
            code=code
        ),
        "",
        QCoreApplication.translate("HolidayImport", "iCalendar files (*.ics);;All files (*)"),
    )
    if not path:
        return
    db = context.db
    prompts.run_with_progress(
        context,
        parent,
        QCoreApplication.translate("HolidayImport", "Reading the holiday schedule"),
        lambda progress: preview_holiday_import(db, path, code),
        lambda preview: HolidayImportDialog(context, path, preview, parent).open(),
    )


class HolidayImportDialog(QDialog):
    imported = Signal(object)  # the HolidayImport as written

    def __init__(
        self, context: AppContext, path: str, preview: HolidayImport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.path, self.preview = context, path, preview
        self.ui = embed(self, "holiday_import_dialog")
        self.setWindowTitle(
            self.tr("Import holiday schedule — {calendar}").format(calendar=preview.calendar)
        )
        self.confirm_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(self.tr("&Confirm import"))
        self.confirm_button.setAccessibleName(self.tr("Confirm the import"))
        discard = self.ui.buttons.button(QDialogButtonBox.StandardButton.Discard)
        discard.setAccessibleName(self.tr("Discard: write nothing"))
        discard.clicked.connect(self.reject)
        self.ui.buttons.accepted.connect(self.confirm)
        context.guard(self.confirm_button)
        self._show_preview()

    def _show_preview(self) -> None:
        p = self.preview
        years = ", ".join(map(str, p.years)) or self.tr("no year")
        details = (
            self.tr(
                "{holidays} holiday dates and {working} working days. Importing replaces the "
                "stored adjustments of {years} and makes that year official; other years stay as "
                "they are. <b>{changes}</b> dates change."
            )
            if len(p.years) == 1
            else self.tr(
                "{holidays} holiday dates and {working} working days. Importing replaces the "
                "stored adjustments of {years} and makes those years official; other years stay "
                "as they are. <b>{changes}</b> dates change."
            )
        )
        self.ui.summary.setText(
            f"<h3>{escape(Path(self.path).name)} → {p.calendar} {years}</h3>"
            + details.format(
                holidays=p.holidays, working=p.working_days, years=years, changes=len(p.changes)
            )
        )
        table = self.ui.changesTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            (self.tr("Date"), self.tr("Now"), self.tr("After the import"))
        )
        table.setRowCount(len(p.changes))
        for row, change in enumerate(p.changes):
            for column, text in enumerate(
                (
                    f"{local_date(change.day)} {weekday_name(change.day)}",
                    _kind_and_name(change.before_kind, change.before_name),
                    _kind_and_name(change.after_kind, change.after_name),
                )
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.ui.affected.setHtml(affected_html(p.affected, would_change=True))

    def confirm(self) -> None:
        """Import the file for real, off the GUI thread; on success the views reload."""
        db, path, code = self.context.db, self.path, self.preview.calendar
        self.ui.progress.setVisible(True)
        self.confirm_button.setEnabled(False)
        self.context.jobs.start(
            lambda progress: import_holiday_schedule(db, path, code), self._imported, self._failed
        )

    def _imported(self, result: HolidayImport) -> None:
        self.ui.progress.setVisible(False)
        self.context.changed.emit()
        self.context.status.emit(
            self.tr(
                "Imported {holidays} holidays and {working} working days into {calendar} "
                "{years}; {affected} open requests affected"
            ).format(
                holidays=result.holidays,
                working=result.working_days,
                calendar=result.calendar,
                years=", ".join(map(str, result.years)),
                affected=len(result.affected),
            )
        )
        self.imported.emit(result)
        self.accept()

    def _failed(self, problem: Exception) -> None:
        self.ui.progress.setVisible(False)
        self.confirm_button.setEnabled(True)
        self.context.show_problem(self, problem, self.tr("Schedule not imported"))


def _kind_and_name(kind: str | None, name: str | None) -> str:
    word = str(KIND_WORDS[kind])  # QT_TRANSLATE_NOOP hands back the source text
    shown = QCoreApplication.translate("HolidayImport", word) if kind else word
    return shown + (f": {holiday_label(name)}" if name else "")


def _verdict(request: AffectedRequest) -> str:
    """The lead-time reading in words, saying whether it changed sides."""
    before, after = request.meets_lead_time_before, request.meets_lead_time_after
    if request.lead_time_after == "undetermined":
        return QCoreApplication.translate("HolidayImport", "still undetermined")
    if request.lead_time_before == "undetermined":
        return (
            QCoreApplication.translate("HolidayImport", "decided: met")
            if after
            else QCoreApplication.translate("HolidayImport", "decided: late")
        )
    if before == after:
        return (
            QCoreApplication.translate("HolidayImport", "still met")
            if after
            else QCoreApplication.translate("HolidayImport", "still late")
        )
    return (
        QCoreApplication.translate("HolidayImport", "now met")
        if after
        else QCoreApplication.translate("HolidayImport", "now late")
    )


def affected_html(affected: Iterable[AffectedRequest], would_change: bool = False) -> str:
    """The open requests whose lead time reads differently (``would_change``: before an
    import), as a table to warn partners from."""
    rows = list(affected)
    if not rows:
        return (
            QCoreApplication.translate(
                "HolidayImport", "<p>No open request's lead time would change.</p>"
            )
            if would_change
            else QCoreApplication.translate(
                "HolidayImport", "<p>No open request's lead time changed.</p>"
            )
        )
    late, ok = theme.colour(theme.DANGER).name(), theme.colour(theme.OK).name()
    head = (
        "<tr>"
        + "".join(
            f"<th align=left>{name}</th>"
            for name in (
                QCoreApplication.translate("HolidayImport", "Request"),
                QCoreApplication.translate("HolidayImport", "Partner"),
                QCoreApplication.translate("HolidayImport", "Event"),
                QCoreApplication.translate("HolidayImport", "Status"),
                QCoreApplication.translate("HolidayImport", "Earliest start"),
                QCoreApplication.translate("HolidayImport", "Notice (business days)"),
                QCoreApplication.translate("HolidayImport", "Lead time"),
            )
        )
        + "</tr>"
    )
    undetermined = QCoreApplication.translate("HolidayImport", "undetermined")
    body = "".join(
        f"<tr><td>IEM #{r.id}</td><td>{escape(r.partner_name)} ({escape(r.partner_id)})</td>"
        f"<td>{local_date(r.start)} – {local_date(r.end)} ("
        + QCoreApplication.translate("HolidayImport", "{days} d)").format(days=r.natural_days)
        + "</td>"
        f"<td>{status_label(r.status)}</td>"
        f"<td>{local_date(r.earliest_start_before) if r.earliest_start_before else undetermined}"
        f" → <b>{local_date(r.earliest_start_after) if r.earliest_start_after else undetermined}"
        "</b></td>"
        f"<td>{r.notice_before} → <b>{r.notice_after}</b></td>"
        f"<td style='color:{ok if r.meets_lead_time_after else late}'>"
        f"{_verdict(r)}</td></tr>"
        for r in rows
    )
    heading = (
        QCoreApplication.translate(
            "HolidayImport", "<p><b>%n</b> open request(s) would change:</p>", None, len(rows)
        )
        if would_change
        else QCoreApplication.translate(
            "HolidayImport", "<p><b>%n</b> open request(s) changed:</p>", None, len(rows)
        )
    )
    return f"{heading}<table cellspacing=0 cellpadding=3>{head}{body}</table>"
