"""Request forms in and out of the window, and the holiday-schedule hand-off point.

The menus call these: File > Import form…, File > Import folder of forms…, File > Export
forms… and Tools > Import holiday schedule…. Each receives the main window (for its
context: ``window.context.db``, ``.today``, ``.jobs`` for work off the GUI thread) and
ends with ``window.context.changed.emit()`` after a write. Reading a PDF happens in the
services' reader process and off the GUI thread, so the window never waits on a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from engagements.errors import NotAllowed
from engagements.gui import prompts
from engagements.gui.problems import rejected_text
from engagements.gui.workers import Progress
from engagements.services import forms

if TYPE_CHECKING:
    from engagements.gui.window import Window

PDF_FILTER = QT_TRANSLATE_NOOP("Exchange", "Request forms (*.pdf)")


def import_form(window: Window) -> None:
    """Choose returned forms: one opens the review dialog, several import as a batch."""
    paths, _ = QFileDialog.getOpenFileNames(
        window,
        QCoreApplication.translate("Exchange", "Import returned request forms"),
        "",
        QCoreApplication.translate("Exchange", PDF_FILTER),
    )
    if paths:
        review_files(window, paths)


def import_form_folder(window: Window) -> None:
    """Import every PDF in a folder, with progress and a summary."""
    folder = QFileDialog.getExistingDirectory(
        window, QCoreApplication.translate("Exchange", "Import a folder of returned forms")
    )
    if folder:
        import_batch(window, forms.returned_forms_in(folder))


def review_files(window: Window, paths: Sequence[str | Path]) -> None:
    """What dropping or choosing files does: review one, import several as a batch."""
    if window.context.read_only:
        reason = window.context.read_only_reason or QCoreApplication.translate(
            "Exchange", "read only"
        )
        window.context.show_problem(
            window, NotAllowed(reason), QCoreApplication.translate("Exchange", "Import forms")
        )
        return
    if len(paths) == 1:
        review_form(window, str(paths[0]))
    else:
        import_batch(window, [Path(p) for p in paths])


def review_form(window: Window, path: str) -> Any:
    """Read the form off the GUI thread, then show the review dialog (returns the job)."""
    from engagements.gui.form_review_dialog import FormReviewDialog

    context = window.context

    def show(preview: forms.FormPreview) -> None:
        dialog = FormReviewDialog(context, preview, window)
        dialog.imported.connect(lambda _result: context.changed.emit())
        dialog.open()

    return context.load(
        lambda progress: forms.preview_form_import(context.db, path, context.today), show, window
    )


def import_batch(window: Window, paths: Sequence[Path]) -> Any:
    """Import ``paths`` off the GUI thread behind a cancellable progress dialog."""
    context = window.context
    if not paths:
        QMessageBox.information(
            window,
            QCoreApplication.translate("Exchange", "Import forms"),
            QCoreApplication.translate("Exchange", "There are no PDF files to import."),
        )
        return None

    def work(progress: Progress) -> forms.BatchImport:
        def report(done: int, total: int, _name: str) -> bool:
            progress(done, total)
            return not progress.cancelled

        return forms.import_forms(context.db, list(paths), context.today, report)

    def done(result: forms.BatchImport) -> None:
        context.changed.emit()
        QMessageBox.information(
            window,
            QCoreApplication.translate("Exchange", "Import forms"),
            batch_summary(result, len(paths)),
        )

    job = prompts.run_with_progress(
        context,
        window,
        QCoreApplication.translate("Exchange", "Importing returned forms"),
        work,
        done,
    )
    # A cancelled job reports nothing to ``done``; what it recorded before must still show.
    job.signals.finished.connect(
        lambda result: _after_cancel(window, result, len(paths)) if job.progress.cancelled else None
    )
    return job


def _after_cancel(window: Window, result: forms.BatchImport, total: int) -> None:
    window.context.changed.emit()
    QMessageBox.information(
        window, QCoreApplication.translate("Exchange", "Import forms"), batch_summary(result, total)
    )


def batch_summary(result: forms.BatchImport, total: int) -> str:
    """The summary after a batch: how many imported, and each rejected file with why."""
    lines = [
        (
            QCoreApplication.translate(
                "Exchange",
                "Imported {count} of {total} forms (cancelled; the rest were left alone).",
            )
            if result.cancelled
            else QCoreApplication.translate("Exchange", "Imported {count} of {total} forms.")
        ).format(count=len(result.imported), total=total)
    ]
    sessions = sum(1 for i in result.imported if i.request_type == "session")
    if sessions:
        lines.append(
            QCoreApplication.translate(
                "Exchange",
                "%n session request(s) wait in Sessions > Pending session requests.",
                None,
                sessions,
            )
        )
    if result.rejected:
        lines.append("\n" + QCoreApplication.translate("Exchange", "Not imported:"))
        lines += [
            f"• {Path(r.path).name}: {rejected_text(r.reason, r.problems)}" for r in result.rejected
        ]
    return "\n".join(lines)


def export_forms(window: Window) -> Any:
    """Export fillable request forms for the partners chosen, into a folder."""
    from engagements.gui.form_export_dialog import FormExportDialog

    dialog = FormExportDialog(window.context, window)
    dialog.open()
    return dialog


def import_holiday_schedule(window: Window) -> None:
    """Preview and load an official holiday schedule (iCalendar).

    The schedule belongs to one working calendar, so this opens Working calendars, where
    the calendar is chosen and its current year is in view before Import schedule….
    """
    window.open_working_calendars()
