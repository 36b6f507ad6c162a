"""Request forms in the window: the review dialog, folder import, export, drops, and
pending session requests booked from the Sessions view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from engagements.gui import exchange
from engagements.gui.form_export_dialog import FormExportDialog
from engagements.gui.form_review_dialog import FormReviewDialog
from engagements.services import forms, sessions
from tests.forms.conftest import IEM_VALUES, SESSION_VALUES, add_partners, counts, fill


@pytest.fixture
def forms_window(qtbot, sqlite_db, today, settings, warnings, make_window):
    add_partners(sqlite_db)
    sessions.add_expert(sqlite_db, "E1", "Wang Lei", "Asia/Shanghai")
    window = make_window(sqlite_db, today, settings)
    with qtbot.waitSignal(window.views["dashboard"].loaded, timeout=10_000):
        window.show_view("dashboard")
    yield window
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=20_000)


@pytest.fixture
def returned(sqlite_db, today, tmp_path):
    """Fill a freshly exported form for P001 with ``values`` (and identity changes)."""

    def make(name: str, values: dict[str, str], partner: str = "P001"):
        forms.export_form(sqlite_db, partner, tmp_path / f"{name}-blank.pdf", today)
        return fill(tmp_path / f"{name}-blank.pdf", tmp_path / f"{name}.pdf", values)

    return make


def open_review(qtbot, window, path) -> FormReviewDialog:
    """Start the review of ``path`` and return its dialog once it has opened."""
    before = set(window.findChildren(FormReviewDialog))
    exchange.review_form(window, str(path))
    qtbot.waitUntil(
        lambda: bool(set(window.findChildren(FormReviewDialog)) - before), timeout=20_000
    )
    dialog = (set(window.findChildren(FormReviewDialog)) - before).pop()
    qtbot.addWidget(dialog)
    return dialog


def test_a_valid_form_is_reviewed_then_confirmed(qtbot, forms_window, returned, sqlite_db):
    dialog = open_review(qtbot, forms_window, returned("good", IEM_VALUES))
    assert "Ready to import" in dialog.ui.summary.text()
    assert "杭州云帆科技有限公司" in dialog.ui.summary.text()
    assert "rules pass" in dialog.ui.rules.text()
    assert dialog.problem_next_to("event_start") == ""
    assert dialog.confirm_button.isEnabled()
    before = counts(sqlite_db)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.confirm_button.click()
    assert done.args[0].request_type == "iem"
    after = counts(sqlite_db)
    assert (after["iem_requests"], after["used_forms"]) == (before["iem_requests"] + 1, 1)


def test_a_forged_form_shows_the_problem_next_to_its_field(
    qtbot, forms_window, returned, sqlite_db
):
    dialog = open_review(
        qtbot, forms_window, returned("forged", {**IEM_VALUES, "partner_id": "P002"})
    )
    assert "signature does not match" in dialog.problem_next_to("signature")
    assert dialog.problem_next_to("event_start") == ""
    assert "Cannot be imported" in dialog.ui.summary.text()
    assert not dialog.confirm_button.isEnabled()
    bad_date = open_review(
        qtbot, forms_window, returned("bad-date", {**IEM_VALUES, "event_start": "2026-02-30"})
    )
    assert "not a real date" in bad_date.problem_next_to("event_start")
    assert counts(sqlite_db)["used_forms"] == 0


def test_discard_writes_nothing_and_the_form_stays_usable(
    qtbot, forms_window, returned, sqlite_db, today
):
    path = returned("late", {**IEM_VALUES, "event_start": "2026-12-07", "event_end": "2026-12-09"})
    dialog = open_review(qtbot, forms_window, path)
    assert "late: 7 business days' notice" in dialog.ui.rules.text()
    before = counts(sqlite_db)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Discard).click()
    assert not dialog.isVisible() and counts(sqlite_db) == before
    assert forms.import_form(sqlite_db, path, today).created


def test_discarding_typed_corrections_asks_first(
    qtbot, forms_window, returned, sqlite_db, monkeypatch
):
    """Corrections typed into the review and not yet imported are work a person did."""
    from engagements.gui import unsaved
    from engagements.gui.form_review_dialog import VALUE, shown_fields

    answers, asked = [False, True], []
    monkeypatch.setattr(
        unsaved,
        "ask",
        lambda parent, question, answered: (
            asked.append(question),
            answered(answers[len(asked) - 1]),
        ),
    )
    untouched = open_review(qtbot, forms_window, returned("untouched", IEM_VALUES))
    untouched.reject()  # nothing typed: Discard closes at once
    assert not untouched.isVisible() and asked == []
    dialog = open_review(qtbot, forms_window, returned("typed", IEM_VALUES))
    before = counts(sqlite_db)
    row = shown_fields(dialog.preview).index("event_name")
    dialog.ui.fieldsTable.item(row, VALUE).setText("Double 11 peak")
    discard = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Discard)
    discard.click()  # keep editing
    assert asked == ["Discard the corrections typed into this form?"]
    assert dialog.isVisible() and dialog.typed_corrections() == {"event_name": "Double 11 peak"}
    discard.click()
    assert not dialog.isVisible() and counts(sqlite_db) == before


def test_a_folder_is_imported_with_progress_and_a_summary(
    qtbot, forms_window, returned, warnings, monkeypatch, tmp_path, sqlite_db
):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, values in (("a", IEM_VALUES), ("b", SESSION_VALUES)):
        returned(name, values).rename(folder / f"{name}.pdf")
    (folder / "c.pdf").write_bytes(b"not a pdf at all")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    with qtbot.waitSignal(forms_window.context.changed, timeout=30_000):
        forms_window.actions_by_name["import_form_folder"].trigger()
    qtbot.waitUntil(lambda: any("Imported" in w for w in warnings), timeout=5_000)
    summary = next(w for w in warnings if "Imported" in w)
    assert "Imported 2 of 3 forms" in summary and "c.pdf: c.pdf is not a PDF file" in summary
    assert "1 session request waits" not in summary and "Pending session requests" in summary
    assert counts(sqlite_db)["used_forms"] == 2


def test_dropping_a_pdf_on_the_window_opens_the_review(qtbot, forms_window, returned):
    path = returned("dropped", SESSION_VALUES)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    rest = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    try:  # PySide6 before 6.12 places a drag's entry at a QPoint, 6.12 at a QPointF
        enter = QDragEnterEvent(QPoint(200, 200), *rest)
    except TypeError:
        enter = QDragEnterEvent(QPointF(200, 200), *rest)
    drop = QDropEvent(QPointF(200, 200), *rest)
    # Qt hands a drop to the widget that accepted the drag's entry.
    QApplication.sendEvent(forms_window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(forms_window, drop)
    qtbot.waitUntil(lambda: forms_window.findChild(FormReviewDialog) is not None, timeout=20_000)
    dialog = forms_window.findChild(FormReviewDialog)
    qtbot.addWidget(dialog)
    assert "a training session" in dialog.ui.summary.text()


def test_export_for_chosen_partners_and_cancel(
    qtbot, forms_window, warnings, tmp_path, monkeypatch
):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    dialog = exchange.export_forms(forms_window)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, FormExportDialog) and not dialog.export_button.isEnabled()
    dialog.choose(["P001", "P002"])
    dialog.ui.browse.click()
    assert dialog.export_button.isEnabled() and dialog.expires() == date(2026, 12, 26)
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as finished:
        dialog.export_button.click()
    assert len(finished.args[0].exported) == 2 and not finished.args[0].cancelled
    assert sorted(p.name for p in out.iterdir()) == [
        "request-form-P001.pdf",
        "request-form-P002.pdf",
    ]
    again = exchange.export_forms(forms_window)
    qtbot.addWidget(again)
    again.choose(["P001", "P002", "S001"])
    again.ui.folder.setText(str(tmp_path))
    with qtbot.waitSignal(again.exported, timeout=30_000) as stopped:
        again.export()
        again.job.progress.cancel()  # what the progress dialog's Cancel does
    assert stopped.args[0].cancelled and len(stopped.args[0].exported) < 3
    assert any("cancelled" in w for w in warnings)


def test_a_pending_session_request_is_booked_from_the_sessions_view(
    qtbot, forms_window, returned, sqlite_db, today
):
    forms.import_form(sqlite_db, returned("session", SESSION_VALUES), today)
    view = forms_window.views["sessions"]
    with qtbot.waitSignal(view.requests_panel.loaded, timeout=10_000):
        forms_window.show_view("sessions")
    panel = view.requests_panel
    assert panel.ui.requestsTable.rowCount() == 1
    assert "2026-12-15 10:00 Asia/Shanghai" in panel.ui.requestsTable.item(0, 3).text()
    panel.ui.requestsTable.selectRow(0)
    dialog = panel.book_selected(expert_id="E1")
    qtbot.addWidget(dialog)
    assert dialog.ui.partner.currentData() == "P001"
    assert dialog.ui.topic.currentData() == "architecture"
    assert dialog.ui.starts.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-15 10:00"
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert forms.pending_session_requests(sqlite_db) == []
    assert panel.ui.requestsTable.rowCount() == 0
