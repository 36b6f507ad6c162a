"""Export request forms: choose partners and a folder; the export runs off the GUI thread
with progress and Cancel (forms already written stay valid)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from engagements.gui import prompts
from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.iem_editor import to_qdate
from engagements.gui.workers import Progress
from engagements.services import forms
from engagements.services.queries import pick_lists

PARTNER_ROLE = Qt.ItemDataRole.UserRole


class FormExportDialog(QDialog):
    exported = Signal(object)  # forms.BatchExport, also when cancelled

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = embed(self, "form_export_dialog")
        self.setWindowTitle(self.ui.root.windowTitle())
        self.resize(self.ui.root.minimumSize())
        for partner_id, name in pick_lists(context.db).partners:
            item = QListWidgetItem(f"{name} ({partner_id})")
            item.setData(PARTNER_ROLE, partner_id)
            self.ui.partners.addItem(item)
        today = context.today
        self.ui.expires.setMinimumDate(to_qdate(today + timedelta(days=1)))
        self.ui.expires.setMaximumDate(to_qdate(today + timedelta(days=forms.MAX_VALIDITY_DAYS)))
        self.ui.expires.setDate(to_qdate(today + timedelta(days=forms.DEFAULT_VALIDITY_DAYS)))
        self.export_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.ui.filter.textChanged.connect(self._filter)
        self.ui.partners.itemSelectionChanged.connect(self._update)
        self.ui.folder.textChanged.connect(self._update)
        self.ui.browse.clicked.connect(self.choose_folder)
        self.ui.buttons.accepted.connect(self.export)
        self.ui.buttons.rejected.connect(self.reject)
        self.job: Any = None
        self._update()
        context.guard(self.export_button)  # issuing a form is recorded: a write

    def chosen_partners(self) -> list[str]:
        return [item.data(PARTNER_ROLE) for item in self.ui.partners.selectedItems()]

    def choose(self, partner_ids: list[str]) -> None:
        """Select these partners (and only these) in the list."""
        for row in range(self.ui.partners.count()):
            item = self.ui.partners.item(row)
            item.setSelected(item.data(PARTNER_ROLE) in partner_ids)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.ui.partners.count()):
            item = self.ui.partners.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _update(self) -> None:
        count = len(self.chosen_partners())
        self.ui.chosen.setText(self.tr("%n partner(s) chosen", "", count))
        self.export_button.setEnabled(
            count > 0 and bool(self.ui.folder.text().strip()) and not self.context.read_only
        )

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the request forms"), self.ui.folder.text()
        )
        if folder:
            self.ui.folder.setText(folder)

    def expires(self) -> date:
        value = self.ui.expires.date()
        return date(value.year(), value.month(), value.day())

    def export(self) -> None:
        partner_ids, folder = self.chosen_partners(), self.ui.folder.text().strip()
        if not partner_ids or not folder:
            return
        db, today, expires = self.context.db, self.context.today, self.expires()

        def work(progress: Progress) -> forms.BatchExport:
            def report(done: int, total: int, _partner: str) -> bool:
                progress(done, total)
                return not progress.cancelled

            return forms.export_forms(db, partner_ids, folder, today, expires, report)

        self.export_button.setEnabled(False)
        self.job = prompts.run_with_progress(
            self.context, self, self.tr("Exporting request forms"), work, self._finished
        )
        # A cancelled job reports nothing to ``_finished``; say what was written anyway.
        self.job.signals.finished.connect(
            lambda result: self._finished(result) if self.job.progress.cancelled else None
        )

    def _finished(self, result: forms.BatchExport) -> None:
        written = (
            self.tr(
                "Wrote %n form(s) to {folder} (cancelled; the rest were not exported).",
                "",
                len(result.exported),
            )
            if result.cancelled
            else self.tr("Wrote %n form(s) to {folder}.", "", len(result.exported))
        )
        lines = [written.format(folder=self.ui.folder.text().strip())]
        lines += [f"• {partner}: {reason}" for partner, reason in result.failed]
        self.exported.emit(result)
        QMessageBox.information(self, self.tr("Export request forms"), "\n".join(lines))
        self.accept()
