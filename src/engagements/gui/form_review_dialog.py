"""Review a returned request form before anything is written: what the partner asked for,
each problem next to its field, the rule results; the ASM confirms or discards."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from engagements.forms import fields as F
from engagements.gui import theme
from engagements.gui.context import REFUSALS, AppContext
from engagements.gui.forms import embed
from engagements.gui.labels import field_label, kind_label
from engagements.gui.language import local_date
from engagements.gui.problems import field_problem_text, message_for
from engagements.gui.unsaved import EditingDialog
from engagements.services import forms

FIELD, VALUE, PROBLEM = range(3)
COMMON = (
    "form_id",
    "partner_id",
    "expires",
    "request_type",
    "sub_client_account_id",
    "sub_client_name",
)
BY_TYPE = {
    "iem": ("event_name", "event_type", "event_start", "event_end"),
    "session": ("session_topic", "session_start", "session_timezone"),
}
CONTACT = ("description", "contact_name", "contact_email", "contact_phone")


def problems_by_field(preview: forms.FormPreview) -> dict[str, list[str]]:
    """Each blocking problem in the window's language, under the field it is about."""
    found: dict[str, list[str]] = {}
    for problem in preview.problems:
        found.setdefault(problem.field, []).append(field_problem_text(problem))
    return found


def shown_fields(preview: forms.FormPreview) -> list[str]:
    """The fields worth showing for this request, then any other field with a problem."""
    names = [*COMMON, *BY_TYPE.get(preview.request_type or "", ()), *CONTACT]
    extra = [p.field for p in preview.problems if p.field not in names]
    return list(dict.fromkeys(names + extra))


class FormReviewDialog(EditingDialog):
    """Confirm records the form (checked again in its transaction); Discard writes nothing."""

    imported = Signal(object)  # forms.ImportedForm

    def __init__(
        self, context: AppContext, preview: forms.FormPreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.preview = context, preview
        self.ui = embed(self, "form_review_dialog")
        self.setWindowTitle(self.ui.root.windowTitle())
        self.resize(self.ui.root.minimumSize())
        self.confirm_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(self.tr("&Confirm import"))
        self.confirm_button.setEnabled(preview.acceptable and not context.read_only)
        context.guard(self.confirm_button)
        self.ui.buttons.accepted.connect(self.confirm)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Discard).clicked.connect(self.reject)
        self.ui.recheckButton.clicked.connect(self.check_again)
        context.guard(self.ui.recheckButton)
        self._show(preview)

    def _show(self, preview: forms.FormPreview) -> None:
        self.preview = preview
        self.confirm_button.setEnabled(preview.acceptable and not self.context.read_only)
        self.ui.summary.setText(summary_html(preview))
        self._fill_fields()
        self.ui.rules.setText(rules_html(preview))
        self.ui.leadTime.setText(lead_time_html(self.context, preview))
        if preview.corrected:
            self.ui.corrections.setText(
                self.tr("Corrected by you: ")
                + "; ".join(
                    f"{field_label(name)}: “{was}” → “{now}”"
                    for name, was, now in preview.corrected
                )
            )

    def typed_corrections(self) -> dict[str, str]:
        """The values changed in the table and not yet checked, by field name."""
        names, table = shown_fields(self.preview), self.ui.fieldsTable
        return {
            name: table.item(row, VALUE).text()
            for row, name in enumerate(names)
            if table.item(row, VALUE).text() != self.preview.values.get(name, "")
        }

    def has_unsaved_edits(self) -> bool:
        # Only corrections typed and not yet checked would be lost; the form itself is
        # still on disk and can be reviewed again.
        return bool(self.typed_corrections())

    def discard_question(self) -> str:
        return self.tr("Discard the corrections typed into this form?")

    def check_again(self) -> bool:
        """Check the form with the corrections typed so far; True when it can be imported."""
        wanted = self.typed_corrections()
        if wanted:
            db, today = self.context.db, self.context.today
            try:
                self._show(forms.correct_form(db, self.preview, wanted, today))
            except REFUSALS as refusal:
                self.context.show_problem(self, refusal, self.tr("Correct the form"))
                return False
        return self.preview.acceptable

    def _fill_fields(self) -> None:
        table, problems = self.ui.fieldsTable, problems_by_field(self.preview)
        names = shown_fields(self.preview)
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            (self.tr("Field"), self.tr("What the partner typed"), self.tr("Problem"))
        )
        table.setRowCount(len(names))
        danger = QBrush(theme.colour(theme.DANGER))
        for row, name in enumerate(names):
            message = "; ".join(problems.get(name, []))
            cells = (
                field_label(name),
                self.preview.values.get(name, ""),
                f"✗ {message}" if message else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column != VALUE or name in forms.FIXED_FIELDS or self.preview.returned is None:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if message and column == PROBLEM:
                    item.setForeground(danger)
                table.setItem(row, column, item)
        self._lay_out(table, [row for row, name in enumerate(names) if name in problems])

    @staticmethod
    def _lay_out(table: QTableWidget, problem_rows: list[int]) -> None:
        """Compact rows; problems wrap in the widest column; the first problem in view."""
        header = table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(VALUE, 280)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        for row in problem_rows:
            table.resizeRowToContents(row)
        if problem_rows:
            table.scrollToItem(table.item(problem_rows[0], PROBLEM))

    def problem_next_to(self, field: str) -> str:
        """The problem shown on the row of ``field`` (empty when it has none)."""
        names = shown_fields(self.preview)
        if field not in names:
            return ""
        return self.ui.fieldsTable.item(names.index(field), PROBLEM).text()

    def confirm(self) -> None:
        if not self.check_again():  # corrections typed but not yet checked are checked now
            return
        db, today = self.context.db, self.context.today
        result = self.context.perform(
            self,
            self.tr("Import the form"),
            lambda: forms.import_previewed(db, self.preview, today),
        )
        if result is not None:
            # Not undoable: a returned form is accepted once, so an undo could never be
            # redone; the requests it made can be cancelled (and that undone) one by one.
            self.context.status.emit(
                self.tr(
                    "Form {form}: recorded {kind} request {requests}. An import cannot be undone "
                    "(a form is accepted once); cancel its requests instead."
                ).format(
                    form=result.form_id,
                    kind=kind_label(result.request_type),
                    requests=", ".join(map(str, result.created)),
                )
            )
            self.imported.emit(result)
            self.accept()


def summary_html(preview: forms.FormPreview) -> str:
    """One paragraph: who asks for what, and whether it can be imported."""
    ok, bad = theme.colour(theme.OK).name(), theme.colour(theme.DANGER).name()
    asked = {
        "iem": QCoreApplication.translate("FormReview", "IEM support"),
        "session": QCoreApplication.translate("FormReview", "a training session"),
    }.get(
        preview.request_type or "",
        QCoreApplication.translate("FormReview", "something this form cannot say"),
    )
    forged = any(p.field in F.IDENTITY_FIELDS for p in preview.problems)
    if not preview.partner_id:
        who = QCoreApplication.translate("FormReview", "an unknown partner")
    elif forged:  # the identity fields cannot be trusted: say who it claims to be from
        who = QCoreApplication.translate(
            "FormReview", "a form claiming to be from {partner} (not verified)"
        ).format(partner=escape(preview.partner_id))
    else:
        who = f"{escape(preview.partner_name or '')} ({escape(preview.partner_id)})"
    problems = len(preview.problems)
    verdict = (
        f"<span style='color:{ok}'>✓ "
        + QCoreApplication.translate("FormReview", "Ready to import.")
        + "</span>"
        if preview.acceptable
        else f"<span style='color:{bad}'>✗ "
        + (
            QCoreApplication.translate(
                "FormReview", "Cannot be imported: 1 problem, shown next to its field."
            )
            if problems == 1
            else QCoreApplication.translate(
                "FormReview", "Cannot be imported: {count} problems, shown next to their fields."
            ).format(count=problems)
        )
        + "</span>"
    )
    return (
        f"<h3>{escape(preview.path.rsplit('/', 1)[-1])}</h3><p>"
        + QCoreApplication.translate("FormReview", "From {who}, asking for <b>{asked}</b>.").format(
            who=who, asked=asked
        )
        + f" {verdict}</p>"
    )


def lead_time_html(context: AppContext, preview: forms.FormPreview) -> str:
    """As the request editor shows them: the lead time and the allowance it would use."""
    returned = preview.returned
    if returned is None or not preview.partner_id or not preview.acceptable:
        return ""
    from engagements.gui.iem_editor import describe
    from engagements.services.allowance import allowance_summary
    from engagements.services.previews import preview_iem

    try:
        if returned.iem is not None:
            return describe(
                preview_iem(
                    context.db,
                    preview.partner_id,
                    context.today,
                    returned.iem.start,
                    returned.iem.end,
                )
            )
        if returned.session is not None:
            left = allowance_summary(
                context.db, preview.partner_id, returned.session.starts_at.date()
            )
            return QCoreApplication.translate(
                "FormReview",
                "<p><b>Sessions in {start} – {end}:</b> {used} of {included} used, {left} left</p>",
            ).format(
                start=local_date(left.year_start),
                end=local_date(left.year_end),
                used=left.sessions_used,
                included=left.sessions_included,
                left=left.sessions_remaining,
            )
    except REFUSALS as refusal:
        return QCoreApplication.translate(
            "FormReview", "<p><b>Cannot assess:</b> {reason}</p>"
        ).format(reason=escape(message_for(refusal)))
    return ""


def rules_html(preview: forms.FormPreview) -> str:
    """The rule results that travel with the request (late, forecast, quota)."""
    warn, ok = theme.colour(theme.WARNING).name(), theme.colour(theme.OK).name()
    if not preview.acceptable:
        return QCoreApplication.translate(
            "FormReview", "<i>The rules are checked once the form's problems are fixed.</i>"
        )
    if not preview.warnings:
        return (
            f"<span style='color:{ok}'>✓ "
            + QCoreApplication.translate("FormReview", "Lead time, allowance and quota rules pass.")
            + "</span>"
        )
    return "".join(
        f"<p style='color:{warn}'>⚠ {escape(field_label(w.field))}: "
        f"{escape(field_problem_text(w), quote=False)}</p>"
        for w in preview.warnings
    )
