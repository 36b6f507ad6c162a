"""Service report for one partner: pick an allowance year or a month and a format, save it.

The report is assembled and written off the GUI thread by ``services.reports``; the dialog
only gathers the choice, shows progress and, once written, offers to open the file.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.iem_editor import from_qdate, to_qdate
from engagements.gui.labels import edition_label
from engagements.gui.language import local_date
from engagements.services.queries import PartnerFile
from engagements.services.reports import ReportFile, ReportRequest, write_service_report

# (suffix, label in the format box, save-dialog filter)
FORMATS = (
    (
        "pdf",
        QT_TRANSLATE_NOOP("ReportDialog", "PDF document, with the allowance chart"),
        QT_TRANSLATE_NOOP("ReportDialog", "PDF documents (*.pdf)"),
    ),
    (
        "csv",
        QT_TRANSLATE_NOOP("ReportDialog", "CSV, for spreadsheets"),
        QT_TRANSLATE_NOOP("ReportDialog", "CSV files (*.csv)"),
    ),
    (
        "xlsx",
        QT_TRANSLATE_NOOP("ReportDialog", "Excel workbook"),
        QT_TRANSLATE_NOOP("ReportDialog", "Excel workbooks (*.xlsx)"),
    ),
)


class ReportDialog(QDialog):
    written = Signal(object)  # the ReportFile, once on disk

    def __init__(
        self, context: AppContext, partner: PartnerFile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.partner = context, partner
        self.ui = embed(self, "report_dialog")
        self.setWindowTitle(self.tr("Service report — {partner}").format(partner=partner.name))
        edition = (
            edition_label(context.db.catalog.edition(partner.subscriptions[-1].edition).label)
            if partner.subscriptions
            else ""
        )
        team = " · ".join(
            f"{k} {escape(v)}"
            for k, v in (("TAM", partner.designated_tam), ("ASM", partner.designated_asm))
            if v
        )
        self.ui.heading.setText(
            self.tr("<h3>Service report for {partner}</h3>").format(partner=escape(partner.name))
            + f"{escape(partner.id)} · {edition}{' · ' + team if team else ''}"
        )
        for year in reversed(partner.allowance_years):
            self.ui.yearChoice.addItem(
                f"{local_date(year.year_start, 'medium')} – {local_date(year.year_end, 'medium')}",
                year.year_start,
            )
        for suffix, label, _ in FORMATS:
            self.ui.format.addItem(self.tr(label), suffix)
        self.ui.month.setDate(to_qdate(_previous_month(context.today)))
        self.ui.monthButton.toggled.connect(self._period_kind_changed)
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save report…"))
        self.save_button.setAccessibleName(self.tr("Choose where to save the report and write it"))
        self.ui.buttons.accepted.connect(self.choose_file_and_write)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.openFileButton.clicked.connect(lambda: self._open(self.last_written))
        self.ui.openFolderButton.clicked.connect(
            lambda: self._open(str(Path(self.last_written).parent))
        )
        self.last_written = ""

    def _period_kind_changed(self, monthly: bool) -> None:
        self.ui.month.setEnabled(monthly)
        self.ui.yearChoice.setEnabled(not monthly)

    def report_request(self) -> ReportRequest:
        """The period chosen, as the report service takes it."""
        today = self.context.today
        if self.ui.monthButton.isChecked():
            first = from_qdate(self.ui.month.date()).replace(day=1)
            return ReportRequest(self.partner.id, first, today, (first.year, first.month))
        return ReportRequest(self.partner.id, self.ui.yearChoice.currentData() or today, today)

    def suggested_name(self) -> str:
        request = self.report_request()
        period = (
            f"{request.month[0]}-{request.month[1]:02d}"
            if request.month
            else f"year-{request.on:%Y-%m-%d}"
        )
        return f"service-report-{self.partner.id}-{period}.{self.ui.format.currentData()}"

    def choose_file_and_write(self) -> None:
        chosen = self.ui.format.currentIndex()
        filters = ";;".join(self.tr(f) for _, _, f in FORMATS)
        path, picked = QFileDialog.getSaveFileName(
            self,
            self.tr("Save service report"),
            self.suggested_name(),
            filters,
            self.tr(FORMATS[chosen][2]),
        )
        if path:
            self.write(_with_suffix(path, picked or self.tr(FORMATS[chosen][2])))

    def write(self, path: str) -> None:
        """Write the report to ``path`` off the GUI thread; ``written`` says when it is there."""
        db, request = self.context.db, self.report_request()
        self._busy(True)
        self.context.jobs.start(
            lambda progress: write_service_report(db, request, path), self._written, self._failed
        )

    def _written(self, report: ReportFile) -> None:
        self._busy(False)
        self.last_written = report.path
        self.ui.result.setText(
            "✔ "
            + self.tr("{format} report for {start} to {end} written to<br><b>{path}</b>").format(
                format=report.format.upper(),
                start=local_date(report.period_start),
                end=local_date(report.period_end),
                path=escape(report.path),
            )
        )
        self.ui.resultPanel.setVisible(True)
        self.context.status.emit(
            self.tr("Service report written to {path}").format(path=report.path)
        )
        self.written.emit(report)

    def _failed(self, problem: Exception) -> None:
        self._busy(False)
        self.context.show_problem(self, problem, self.tr("Service report not written"))

    def _busy(self, busy: bool) -> None:
        self.ui.progress.setVisible(busy)
        self.save_button.setEnabled(not busy)
        if busy:
            self.ui.resultPanel.setVisible(False)

    def _open(self, path: str) -> None:
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def _previous_month(today: date) -> date:
    """A monthly report is usually for the month just finished."""
    first = today.replace(day=1)
    return (
        first.replace(year=first.year - 1, month=12)
        if first.month == 1
        else first.replace(month=first.month - 1)
    )


def _with_suffix(path: str, picked_filter: str) -> str:
    """The path with the format's suffix, added when the person typed a bare name."""
    if Path(path).suffix.lower() in {f".{s}" for s, _, _ in FORMATS}:
        return path
    suffix = next(
        (
            s
            for s, _, f in FORMATS
            if picked_filter in (f, QCoreApplication.translate("ReportDialog", f))
        ),
        "pdf",
    )
    return f"{path}.{suffix}"
