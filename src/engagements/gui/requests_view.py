"""Requests: every IEM request and session, filtered and sorted in SQL; approve, reject,
cancel, create, export."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from engagements.domain import status as lifecycle
from engagements.gui import prompts
from engagements.gui.commands import push_done
from engagements.gui.context import AppContext
from engagements.gui.forms import embed
from engagements.gui.labels import (
    capitalized_status,
    column_title,
    edition_label,
    entry_title,
    status_label,
)
from engagements.gui.language import local_number
from engagements.gui.purchase_dialog import approve_or_offer
from engagements.gui.requests_model import (
    HEADERS,
    ROW_ROLE,
    RequestsModel,
    display,
    request_number,
)
from engagements.gui.workers import Progress
from engagements.services import iem, reversals, sessions
from engagements.services.listings import (
    IEM_STATUSES,
    KIND_IEM,
    KIND_SESSION,
    RequestFilter,
    RequestRow,
    count_requests,
    request_page,
)

KIND_CHOICES = (
    (QT_TRANSLATE_NOOP("RequestsView", "All kinds"), (KIND_IEM, KIND_SESSION)),
    (QT_TRANSLATE_NOOP("RequestsView", "IEM requests"), (KIND_IEM,)),
    (QT_TRANSLATE_NOOP("RequestsView", "Sessions"), (KIND_SESSION,)),
)


class RequestsView(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.ui = embed(self, "requests_view")
        db = context.db
        # Pages are read off the GUI thread; one whose read failed is explained, and the
        # list then waits for the next refresh (F5) rather than asking again at every scroll.
        today = context.today
        self.model = RequestsModel(
            lambda f, key, desc, offset, limit: request_page(
                db, f, key, desc, offset, limit, today
            ),
            lambda wanted: count_requests(db, wanted),
            lambda read, arrived: self.context.load(lambda _progress: read(), arrived, self),
            count_alongside=not db.is_sqlite,
        )
        self.model.listed.connect(self._listed)
        # A new list or order clears the current row without saying so.
        self.model.modelReset.connect(self._selection_changed)
        self.only: RequestFilter | None = None  # set when search opened a single request
        self._keep: tuple[str, int] | None = None  # (kind, id) to choose again after a reload
        table = self.ui.table
        table.setModel(self.model)
        # No heading chosen: the work first (waiting, late and undetermined requests, then
        # upcoming engagements, then the rest) until the person clicks one.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        # A new order is read like a new filter: say so until it arrives.
        table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: self.ui.countLabel.setText(self.tr("Sorting…"))
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        for column, width in enumerate((70, 60, 250, 95, 130, 130, 95, 90, 75, 100, 140)):
            table.setColumnWidth(column, width)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        # Double-click and Enter open the request, as in any mail or calendar client;
        # approving, rejecting and cancelling are only ever the explicit actions.
        table.doubleClicked.connect(lambda _: self.open_current_request())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                table,
                lambda: self.open_current_request(),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self._fill_choices()
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.ui.textFilter.textChanged.connect(lambda _: self._debounce.start())
        for box in (
            self.ui.kindFilter,
            self.ui.statusFilter,
            self.ui.editionFilter,
            self.ui.calendarFilter,
        ):
            box.currentIndexChanged.connect(lambda _: self._filters_changed())
        self.ui.lateOnly.toggled.connect(lambda _: self._filters_changed())
        self.ui.newIemButton.clicked.connect(self.new_request)
        self.ui.approveButton.clicked.connect(self.approve_selected)
        self.ui.rejectButton.clicked.connect(self.reject_selected)
        self.ui.cancelButton.clicked.connect(self.cancel_selected)
        self.ui.historyButton.clicked.connect(self.history_of_selected)
        self.ui.exportButton.clicked.connect(self.export_csv)
        self.ui.openButton.clicked.connect(self.open_request_detail)
        self.ui.workFirstButton.clicked.connect(self.put_work_first)
        context.guard(
            self.ui.newIemButton, self.ui.approveButton, self.ui.rejectButton, self.ui.cancelButton
        )
        self._selection_changed()

    def _fill_choices(self) -> None:
        for label, kinds in KIND_CHOICES:
            self.ui.kindFilter.addItem(self.tr(label), kinds)
        self.ui.statusFilter.addItem(self.tr("Any status"), ())
        for status in (*IEM_STATUSES, lifecycle.SESSION_HELD):
            self.ui.statusFilter.addItem(capitalized_status(status), (status,))
        self.ui.editionFilter.addItem(self.tr("Any edition"), None)
        for edition in self.context.db.catalog.editions.values():
            self.ui.editionFilter.addItem(edition_label(edition.label), edition.name)
        self.ui.calendarFilter.addItem(self.tr("Any calendar"), None)
        for code in ("CN", "HK", "SG", "JP", "US", "GB", "DE"):
            self.ui.calendarFilter.addItem(code, code)

    def current_filter(self) -> RequestFilter:
        if self.only is not None:
            return self.only
        return RequestFilter(
            text=self.ui.textFilter.text(),
            kinds=self.ui.kindFilter.currentData(),
            statuses=self.ui.statusFilter.currentData(),
            edition=self.ui.editionFilter.currentData(),
            calendar=self.ui.calendarFilter.currentData(),
            late_only=self.ui.lateOnly.isChecked(),
        )

    def _filters_changed(self) -> None:
        self.only = None
        self.refresh()

    def show_only(self, kind: str, request_id: int) -> None:
        """Show one request (from search); any filter change shows the full list again."""
        self.only = RequestFilter(kinds=(kind,), request_id=request_id)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.selected()
        # The chosen request stays chosen across a reload (after an approval, a save, an
        # undo), when the new list still shows it.
        self._keep = (chosen.kind, chosen.id) if chosen is not None else self._keep
        self.ui.countLabel.setText(self.tr("Loading…"))
        self.model.load(self.current_filter())

    def _choose_kept(self) -> None:
        kept, self._keep = self._keep, None
        if kept is None or self.selected() is not None:
            return
        for number, row in enumerate(self.model.rows):
            if (row.kind, row.id) == kept:
                self.ui.table.selectRow(number)
                return

    def _listed(self) -> None:
        """A list asked for (a filter, a refresh, a new order) has arrived."""
        shown = (
            self.tr("one request (from search)")
            if self.only
            else self.tr("{count} engagements").format(count=local_number(self.model.total))
        )
        self.ui.countLabel.setText(shown)
        if self.only and self.model.rows:
            self.ui.table.selectRow(0)
        self._choose_kept()
        # The table asks for a next page when its layout changes, and a new list as long
        # as the one before (a first page in a new order) changes none: lay it out anew,
        # so it goes on reading pages until its rows fill it.
        self.ui.table.doItemsLayout()
        self.loaded.emit()  # the buttons followed the reset (modelReset) and the row chosen

    def selected(self) -> RequestRow | None:
        index = self.ui.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _selection_changed(self) -> None:
        row = self.selected()
        editable = not self.context.read_only
        is_iem = row is not None and row.kind == KIND_IEM
        # What may happen next is the domain's life cycle, never a list of our own.
        actions = allowed_actions(row) if row is not None else frozenset()
        self.ui.approveButton.setEnabled(editable and is_iem and lifecycle.APPROVE in actions)
        self.ui.rejectButton.setEnabled(editable and is_iem and lifecycle.REJECT in actions)
        self.ui.cancelButton.setEnabled(editable and lifecycle.CANCEL in actions)
        self.ui.historyButton.setEnabled(row is not None)  # reading: allowed to reviewers
        self.ui.openButton.setEnabled(row is not None)
        self.ui.detail.setText(
            _describe(row) if row else self.tr("Select a request to see it here.")
        )

    def new_request(self, partner_id: str | None = None) -> None:
        from engagements.gui.iem_editor import IemEditor

        if self.context.read_only:
            self.context.show_problem(self, PermissionError(self.context.read_only_reason))
            return
        IemEditor(self.context, self, partner_id=partner_id).open()

    def open_current_request(self) -> None:
        """Open the current request or session (what double-click and Enter do): its
        details and history. Nothing is changed. (Requests › Open… opens the request
        window.)"""
        self.history_of_selected()

    def history_of_selected(self) -> None:
        """The audit history of the selected request or session, in a dialog."""
        from engagements.gui.history_dialog import open_history

        row = self.selected()
        if row is not None:
            self.history = open_history(self.context, row.kind, row.id, self)

    def open_request_detail(self) -> None:
        """Open the selected request in its own window (details, life cycle, expert team,
        edits); a session shows its history."""
        from engagements.gui.request_dialog import open_request

        row = self.selected()
        if row is not None:
            self.detail_window = open_request(self.context, row.kind, row.id, self)

    def put_work_first(self) -> None:
        """Back to the default order: the work first."""
        self.ui.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def approve_selected(self) -> None:
        row = self.selected()
        if row is None or row.kind != KIND_IEM or lifecycle.APPROVE not in allowed_actions(row):
            return
        justification = None
        if row.undetermined and not prompts.confirm(
            self,
            self.tr("Approve with an undetermined lead time"),
            self.tr(
                "The lead time of {request} cannot be decided: its earliest start needs a "
                "year without official holiday data (Tools > Import holiday schedule… "
                "decides it).\nApprove it anyway, acknowledging that it may be late?"
            ).format(request=request_number(row)),
        ):
            self.context.status.emit(
                self.tr("{request} not approved: its lead time is undetermined").format(
                    request=request_number(row)
                )
            )
            return
        if row.late and not row.justification:
            justification = prompts.ask_text(
                self,
                self.tr("Justify a late request"),
                self.tr(
                    "{request} gives less notice than the lead time.\nWhy approve it anyway? "
                    "(kept with the request and shown to reviewers)"
                ).format(request=request_number(row)),
            )
            if justification is None:
                self.context.status.emit(
                    self.tr(
                        "{request} not approved: a late request needs a written justification"
                    ).format(request=request_number(row))
                )
                return
        # Undoable (the purchase offer's approval too): see approve_or_offer.
        approve_or_offer(
            self.context,
            self,
            row.id,
            row.partner_id,
            (row.first_day, row.last_day),
            justification,
            acknowledge_undetermined=bool(row.undetermined),
        )

    def reject_selected(self) -> None:
        row = self.selected()
        if row is None or row.kind != KIND_IEM or lifecycle.REJECT not in allowed_actions(row):
            return
        reason = prompts.ask_text(
            self,
            self.tr("Reject request"),
            self.tr("Why is {request} rejected?").format(request=request_number(row)),
        )
        if reason is not None:
            db = self.context.db
            push_done(
                self.context,
                self.tr("Reject IEM request"),
                lambda: iem.reject_iem(db, row.id, reason),
                lambda _: reversals.restore_iem_status(
                    db, row.id, lifecycle.REJECTED, lifecycle.SUBMITTED
                ),
                lambda _: iem.reject_iem(db, row.id, reason),
                lambda _: self.tr("rejection of {request}").format(request=request_number(row)),
                self,
            )

    def cancel_selected(self) -> None:
        row = self.selected()
        if (
            row is None
            or lifecycle.CANCEL not in allowed_actions(row)
            or not prompts.confirm(
                self,
                self.tr("Cancel"),
                self.tr(
                    "Cancel {request} for {partner}? Undo (Ctrl+Z) can put it back while "
                    "nobody has changed it since."
                ).format(request=request_number(row), partner=row.partner_name),
            )
        ):
            return
        db, name = (
            self.context.db,
            self.tr("cancellation of {request}").format(request=request_number(row)),
        )
        if row.kind == KIND_IEM:
            push_done(
                self.context,
                self.tr("Cancel"),
                lambda: iem.cancel_iem(db, row.id),
                lambda _: reversals.restore_iem_status(db, row.id, lifecycle.CANCELLED, row.status),
                lambda _: iem.cancel_iem(db, row.id),
                lambda _: name,
                self,
            )
        else:
            push_done(
                self.context,
                self.tr("Cancel"),
                lambda: sessions.cancel_session(db, row.id),
                lambda _: reversals.restore_session(db, row.id),
                lambda _: sessions.cancel_session(db, row.id),
                lambda _: name,
                self,
            )

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export requests"), "requests.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            wanted = self.current_filter()
            prompts.run_with_progress(
                self.context,
                self,
                self.tr("Exporting requests"),
                lambda progress: write_csv(self.context, wanted, Path(path), progress),
                lambda count: self.context.status.emit(
                    self.tr("Exported {count} rows to {path}").format(count=count, path=path)
                ),
            )


def write_csv(context: AppContext, wanted: RequestFilter, path: Path, progress: Progress) -> int:
    """Write the filtered list page by page (off the GUI thread); stops when cancelled."""
    total = count_requests(context.db, wanted)
    written = 0
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([column_title(header) for header in HEADERS])  # in the window's language
        while written < total and not progress.cancelled:
            page = request_page(context.db, wanted, "first_day", False, written, 2000)
            if not page:
                break
            writer.writerows([display(row, c) for c in range(len(HEADERS))] for row in page)
            written += len(page)
            progress(written, total)
    return written


def allowed_actions(row: RequestRow) -> frozenset[str]:
    """What the domain's life cycle allows doing to this row (a request or a session)."""
    return lifecycle.allowed_actions(row.status, row.kind)


def _describe(row: RequestRow) -> str:
    parts = [
        f"<b>{request_number(row)}</b> · {row.partner_name} · "
        f"{status_label(row.status)} · {entry_title(row.kind, row.title)}"
    ]
    if row.late:
        why = (
            QCoreApplication.translate("RequestsView", "Justification: {text}").format(
                text=row.justification
            )
            if row.justification
            else QCoreApplication.translate("RequestsView", "Approving it needs a justification.")
        )
        parts.append(
            "<span style='color:#c62828'>"
            + QCoreApplication.translate("RequestsView", "Late request.")
            + f"</span> {why}"
        )
    if row.undetermined:
        parts.append(
            QCoreApplication.translate(
                "RequestsView",
                "<span style='color:#b26a00'>Lead time undetermined</span>: no "
                "official holiday data yet for the year its earliest start "
                "needs. Import the schedule to decide it; approving before "
                "then needs an acknowledgement.",
            )
        )
    return "<br>".join(parts)
