"""Small questions to the person (a reason, a confirmation) and progress for long work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog, QWidget

from engagements.gui.context import AppContext
from engagements.gui.workers import Progress


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A multi-line answer, or None when the person cancels or leaves it empty."""
    answer, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    answer = answer.strip()
    return answer if ok and answer else None


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    button = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return button == QMessageBox.StandardButton.Yes


def run_with_progress(
    context: AppContext,
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    done: Callable[[Any], None],
) -> Any:
    """Run ``work`` off the GUI thread behind a progress dialog with a Cancel button."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Prompts", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAccessibleName(title)

    def finished(result: Any) -> None:
        dialog.reset()
        done(result)

    def failed(problem: Exception) -> None:
        dialog.reset()
        context.show_problem(parent, problem, title)

    job = context.jobs.start(work, finished, failed)
    job.signals.progressed.connect(
        lambda value, total: (dialog.setMaximum(total), dialog.setValue(value))
    )
    dialog.canceled.connect(job.progress.cancel)
    dialog.canceled.connect(
        lambda: context.status.emit(
            QCoreApplication.translate("Prompts", "{title}: cancelled").format(title=title)
        )
    )
    return job
