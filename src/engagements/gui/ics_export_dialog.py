"""File > Export calendar (.ics): engagements as iCalendar for a TAM's calendar client.

Choose a partner, expert or TAM and a date range (by default the Calendar view's filters
and the next twelve months); ``services.calendar_export`` writes the file off the GUI thread.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from engagements.domain.allowance import add_months
from engagements.gui.choices import set_choices
from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.iem_editor import from_qdate, to_qdate
from engagements.services.calendar_export import CalendarExport, ExportSelection, export_calendar
from engagements.services.queries import PickLists, pick_lists


class IcsExportDialog(QDialog):
    choices_loaded = Signal()
    exported = Signal(object)  # the CalendarExport, once the file is written

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, preset: Any = None
    ) -> None:
        """``preset``: the Calendar view's filter (partner_id, expert_id, tam), if any."""
        super().__init__(parent)
        self.context, self.preset = context, preset
        self.ui = embed(self, "ics_export_dialog")
        self.setWindowTitle(self.tr("Export calendar (.ics)"))
        self.ui.first.setDate(to_qdate(context.today))
        self.ui.last.setDate(to_qdate(add_months(context.today, 12) - timedelta(days=1)))
        self.save_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Export…"))
        self.save_button.setAccessibleName(
            self.tr("Choose where to save the calendar file and write it")
        )
        self.save_button.setEnabled(False)  # until the choices are there
        self.ui.buttons.accepted.connect(self.choose_file_and_export)
        self.ui.buttons.rejected.connect(self.reject)
        db = context.db
        context.load(lambda progress: pick_lists(db), self._fill_choices, self)

    def _fill_choices(self, lists: PickLists) -> None:
        set_choices(
            self.ui.partner,
            [(self.tr("All partners"), None)]
            + [(f"{name} ({pid})", pid) for pid, name in lists.partners],
        )
        set_choices(
            self.ui.expert,
            [(self.tr("All experts"), None)] + [(name, eid) for eid, name in lists.experts],
        )
        set_choices(self.ui.tam, [(self.tr("All TAMs"), None)] + [(tam, tam) for tam in lists.tams])
        if self.preset is not None:
            for box, value in (
                (self.ui.partner, self.preset.partner_id),
                (self.ui.expert, self.preset.expert_id),
                (self.ui.tam, self.preset.tam),
            ):
                box.setCurrentIndex(max(box.findData(value), 0) if value else 0)
        self.save_button.setEnabled(True)
        self.choices_loaded.emit()

    def selection(self) -> ExportSelection:
        return ExportSelection(
            partner_id=self.ui.partner.currentData(),
            expert_id=self.ui.expert.currentData(),
            tam=self.ui.tam.currentData(),
            first=from_qdate(self.ui.first.date()),
            last=from_qdate(self.ui.last.date()),
        )

    def choose_file_and_export(self) -> None:
        chosen = self.selection()
        who = chosen.partner_id or chosen.expert_id or chosen.tam or "engagements"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export calendar"),
            f"{who}-{chosen.first}-to-{chosen.last}.ics",
            self.tr("iCalendar files (*.ics)"),
        )
        if path:
            self.export(path if path.lower().endswith(".ics") else f"{path}.ics")

    def export(self, path: str) -> None:
        """Write the chosen engagements to ``path`` off the GUI thread."""
        db, chosen = self.context.db, self.selection()
        self._busy(True)
        self.context.jobs.start(
            lambda progress: export_calendar(db, path, chosen), self._exported, self._failed
        )

    def _exported(self, result: CalendarExport) -> None:
        self._busy(False)
        self.context.status.emit(
            self.tr("Exported {events} events ({iem} IEM, {sessions} sessions) to {path}").format(
                events=result.events,
                iem=result.iem_events,
                sessions=result.sessions,
                path=result.path,
            )
        )
        self.exported.emit(result)
        self.accept()

    def _failed(self, problem: Exception) -> None:
        self._busy(False)
        reason = getattr(problem, "reason", None)
        if reason:  # a refusal (dates the wrong way round, unwritable folder): say so here
            self.ui.problem.setText(f"<span style='color:#c62828'>{reason}</span>")
        else:
            self.context.show_problem(self, problem, self.tr("Calendar not exported"))

    def _busy(self, busy: bool) -> None:
        self.ui.progress.setVisible(busy)
        self.save_button.setEnabled(not busy)
        if busy:
            self.ui.problem.clear()
