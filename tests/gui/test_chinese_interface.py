"""The Chinese interface: every visible string of the window has a translation, the
compiled translation matches its source, placeholders survive translation, and a walk of
the window and its dialogs in Chinese finds no English left in the widgets.

The walk is checked both ways: in Chinese it must find nothing, in English it must find
the window's own words, so a broken walk cannot pass silently."""

from __future__ import annotations

import importlib.util
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from sqlalchemy import String, Text, inspect, select

from engagements.gui.language import install_language

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "engagements_zh_CN.ts"
QM = TS.with_suffix(".qm")

# Words that stay as they are in the Chinese window: names of products, formats, keys and
# roles that Chinese account managers use in Latin letters too.
ALLOWED_WORDS = {
    "IEM",
    "ICS",
    "PDF",
    "CSV",
    "XLSX",
    "TAM",
    "TAMs",
    "ASM",
    "Ctrl",
    "Shift",
    "Page",
    "Up",
    "Down",
    "PostgreSQL",
    "postgresql",
    "SQLite",
    "URL",
    "IANA",
    "Excel",
    "Outlook",
    "Google",
    "Thunderbird",
    "iCalendar",
    "workalendar",
    "Engagements",
    "engagements",
    "English",
    "UTC",
    "login",
    "host",
    "ENGAGEMENTS_PGPASSWORD",
    "Qt",
    "ics",
}
# What workalendar says in its own words (a calendar's name and weekend): shown inside the
# window's translated sentences, but not strings of the window. Only these slots are passed
# over; the rules' answers (refusals, preview problems and warnings, downgrade reasons) are
# worded by the window (gui.problems) and checked like its other strings.
SERVICE_WORDS = (
    re.compile(r"^[A-Za-z ()]+(?= · 周末 )|(?<= · 周末 ).*$", re.M),  # calendar and weekend
)
# Combo boxes whose items are the window's own words (the others list partners, experts,
# calendars: data).
FIXED_CHOICES = {
    "statusFilter",
    "kindFilter",
    "modeBox",
    "editionFilter",
    "theme",
    "language",
    "role",
    "format",
    "eventType",
    "topic",
    "newKind",
    "target",
    "edition",
}
# Text columns holding what people typed (names, summaries, reasons): shown as typed. Codes
# (status, kind, edition, topic, action) are not among them: the window names those.
TYPED_COLUMNS = re.compile(
    r"name|title|summary|description|reason|justification|skills|"
    r"timezone|tam|asm|actor|contact|calendar|performed_by|login"
)
ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z'_-]{2,}")


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (a) Every string lupdate finds in the sources has a finished translation.
def test_every_visible_string_has_a_translation(tmp_path):
    tool = _tool()
    collected = tmp_path / "collected.ts"
    shutil.copy(TS, collected)  # lupdate keeps the translations it already has
    tool.update(collected)
    missing = tool.untranslated(collected)
    assert missing == [], (
        f"{len(missing)} string(s) without a Chinese translation, e.g. {missing[:5]}: run "
        "`python packaging/translations.py update`, translate them in "
        "resources/translations/engagements_zh_CN.ts, then `... release`"
    )


def test_the_check_fails_on_a_new_string(tmp_path):
    """A string added to the window without a translation is caught."""
    tool = _tool()
    source = tmp_path / "new_view.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'QCoreApplication.translate("NewView", "A brand-new button")\n'
    )
    collected = tmp_path / "collected.ts"
    shutil.copy(TS, collected)
    tool.update(collected, extra_sources=[source])
    assert ("NewView", "A brand-new button") in tool.untranslated(collected)


def test_new_strings_are_filled_in_from_a_table(tmp_path):
    """The coordinator's way after other changes: todo, translate, fill."""
    tool = _tool()
    source = tmp_path / "new_view.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'QCoreApplication.translate("NewView", "&Open {count} forms")\n'
        'QCoreApplication.translate("NewView", "Saved {name}")\n'
    )
    collected = tmp_path / "collected.ts"
    shutil.copy(TS, collected)
    tool.update(collected, extra_sources=[source])
    problems = tool.fill(
        collected, {"&Open {count} forms": "打开 {count} 份表单", "Saved {name}": "已保存"}
    )  # a placeholder lost
    assert problems == ["placeholders differ: 'Saved {name}' -> '已保存'"]
    assert tool.untranslated(collected) == [("NewView", "Saved {name}")]
    tool.update(collected, extra_sources=[source])  # lupdate reads the filled file back
    assert "打开 {count} 份表单(&amp;O)" in collected.read_text(encoding="utf-8")


# (b) The compiled .qm the application loads is the .ts as it is now.
def test_the_compiled_translation_is_up_to_date(tmp_path):
    tool = _tool()
    compiled = tool.release(target=tmp_path / "fresh.qm")
    assert compiled.read_bytes() == QM.read_bytes(), (
        "engagements_zh_CN.qm is older than the .ts: run `python packaging/translations.py release`"
    )


# (c) Placeholders ({name}, %n) and HTML tags are the same in source and translation.
def test_translations_keep_placeholders_and_tags():
    import xml.etree.ElementTree as ElementTree

    def marks(text: str) -> list[str]:
        return sorted(re.findall(r"\{[^}]*\}|%n|</?[a-z0-9]+", text))

    wrong = []
    for context in ElementTree.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            wrong += [(source, form) for form in forms if marks(form) != marks(source)]
    assert wrong == []


def test_placeholders_check_can_fail():
    assert sorted(re.findall(r"\{[^}]*\}", "已保存 {name}")) != sorted(
        re.findall(r"\{[^}]*\}", "Saved {id}")
    )


# (d) The window and its dialogs, walked in each language.
def _visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person reads in ``root`` and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QMainWindow) or widget.isWindow():
            yield name + " title", widget.windowTitle()
        yield name + " tooltip", widget.toolTip()
        yield name + " accessible name", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield name + " placeholder", widget.placeholderText()
            if isinstance(widget, QTextEdit) and widget.isReadOnly():
                yield name, widget.toPlainText()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield name + " tab", widget.tabText(index)
        elif isinstance(widget, QComboBox) and widget.objectName() in FIXED_CHOICES:
            for index in range(widget.count()):
                yield name + " item", widget.itemText(index)
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            columns = range(model.columnCount(QModelIndex()))
            for column in columns:
                yield (
                    name + " header",
                    str(
                        model.headerData(
                            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                        )
                        or ""
                    ),
                )
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                for column in columns:
                    yield name + " cell", str(model.index(row, column).data() or "")
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            yield "menu", menu_action.text()
            menu = menu_action.menu()
            for action in menu.actions() if menu else []:
                yield "menu item", action.text()
                yield "menu tip", action.toolTip()


def _plain(text: str) -> str:
    if "<" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return re.sub(r"&(?=\w)", "", text)  # mnemonics


def _data_words(db: Any) -> set[str]:
    """Every word stored in the database's text columns: partner, expert and event names
    are shown as they were typed, in whatever language."""
    words: set[str] = set()
    with db.engine.connect() as connection:
        inspector = inspect(connection)
        from sqlalchemy import MetaData, Table

        metadata = MetaData()
        for table_name in inspector.get_table_names():
            table = Table(table_name, metadata, autoload_with=connection)
            columns = [
                c
                for c in table.columns
                if isinstance(c.type, String | Text) and TYPED_COLUMNS.search(c.name)
            ]
            if not columns:
                continue
            for row in connection.execute(select(*columns)):
                for value in row:
                    if isinstance(value, str):
                        words.update(ENGLISH_WORD.findall(value))
    return words


def english_left(widgets: list[QWidget], allowed: set[str], language: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for root in widgets:
        for where, text in _visible_texts(root):
            plain = _plain(text or "")
            checked = plain
            if language != "en":
                for pattern in SERVICE_WORDS:
                    checked = pattern.sub("", checked)
            if (where, plain) in found:
                continue  # a dialog is also a child of the window
            for word in ENGLISH_WORD.findall(checked):
                if word not in allowed and not word.isupper():
                    found.append((where, plain))
                    break
    return found


@pytest.fixture
def walk(qtbot, demo_db, today, tmp_path, warnings):
    """Build the main window in ``language``, show every view, open the dialogs; returns
    the English found in them (allowed words and the database's own words excepted)."""
    from PySide6.QtWidgets import QApplication

    from engagements.gui.main_window import VIEWS, MainWindow, Workspace
    from engagements.services.queries import partner_file

    app = QApplication.instance()
    allowed = ALLOWED_WORDS | _data_words(demo_db)

    def run(language: str) -> list[tuple[str, str]]:
        install_language(app, language)
        try:
            settings = QSettings(str(tmp_path / f"{language}.ini"), QSettings.Format.IniFormat)
            window = MainWindow(Workspace(demo_db, today), settings)
            qtbot.addWidget(window)
            window.resize(1400, 900)
            window.show()
            for view in VIEWS:
                with qtbot.waitSignal(window.views[view].loaded, timeout=15_000):
                    window.show_view(view)
            context = window.context
            partner_id = window.views["dashboard"].model.rows[0].partner_id
            partner = partner_file(demo_db, partner_id, today)
            iem_row = next(r for r in window.views["requests"].model.rows if r.kind == "iem")
            dialogs = _dialogs(window, context, partner, iem_row.id)
            editor = _ask_the_rules(window, context, demo_db, today)
            dialogs.append(editor)
            reviews, summary, typed = _review_returned_forms(
                window, context, demo_db, today, tmp_path / language
            )
            dialogs += reviews
            allowed_here = allowed | typed
            qtbot.waitUntil(lambda: not context.jobs.busy, timeout=15_000)
            found = english_left([window, *dialogs], allowed_here, language)
            # The refusals the window showed (QMessageBox.warning, caught by ``warnings``),
            # and the summary of a batch of returned forms with rejected files.
            assert len(warnings) >= 2, warnings
            for text in [*warnings, summary]:
                words = [
                    w
                    for w in ENGLISH_WORD.findall(_plain(text))
                    if w not in allowed_here and not w.isupper()
                ]
                if words:
                    found.append(("refusal", text))
            for dialog in dialogs:
                dialog.close()
            qtbot.waitUntil(lambda: not context.jobs.busy, timeout=15_000)
            return found
        finally:
            install_language(app, "en")

    return run


def _ask_the_rules(window: Any, context: Any, db: Any, today: Any) -> QWidget:
    """Make the rules answer as the window shows them: an IEM editor whose dates are late
    and overlap another request (a preview with a problem and a warning), and two
    approvals the rules refuse (a late request without a justification, one past the
    allowance), shown as the window shows a refusal. Returns the editor."""
    from datetime import timedelta

    from engagements.domain import findings
    from engagements.gui.iem_editor import IemEditor, to_qdate
    from engagements.services import iem
    from engagements.services.queries import partner_file

    def covers(pid: str) -> bool:
        subscriptions = partner_file(db, pid, today).subscriptions
        current = subscriptions[-1] if subscriptions else None
        return bool(
            current
            and db.catalog.edition(current.edition).includes_iem
            and current.start <= today
            and current.term_end >= today + timedelta(days=120)
            and current.ended_on is None
        )

    pid = next(r.partner_id for r in window.views["dashboard"].model.rows if covers(r.partner_id))
    soon = (today + timedelta(days=2), today + timedelta(days=3))
    late = iem.request_iem(db, iem.IemRequestInput(pid, *soon), today)
    far = today + timedelta(days=40)
    big = iem.request_iem(db, iem.IemRequestInput(pid, far, far + timedelta(days=60)), today)
    editor = IemEditor(context, window, partner_id=pid)
    editor.ui.start.setDate(to_qdate(soon[0]))
    editor.ui.end.setDate(to_qdate(soon[1]))
    preview = editor.update_feedback()
    assert preview is not None
    assert findings.LATE in preview.problem_kinds
    assert findings.OVERLAPPING_REQUESTS in preview.warning_kinds
    editor.show()
    assert context.perform(window, "approve", lambda: iem.approve_iem(db, late.id)) is None
    assert context.perform(window, "approve", lambda: iem.approve_iem(db, big.id)) is None
    return editor


def _review_returned_forms(
    window: Any, context: Any, db: Any, today: Any, folder: Path
) -> tuple[list[QWidget], str, set[str]]:
    """Returned forms as the window shows them: one with wrong values (an e-mail that is
    none, a last day before the first), one late (a warning), and a batch with a file that
    is no PDF and the wrong form (the summary). Returns the review dialogs, the summary and
    the words the partner typed (shown as typed)."""
    from datetime import timedelta

    from engagements.gui.exchange import batch_summary
    from engagements.gui.form_review_dialog import FormReviewDialog
    from engagements.services import forms
    from tests.forms.conftest import IEM_VALUES, fill

    folder.mkdir()
    pid = next(
        r.partner_id
        for r in window.views["dashboard"].model.rows
        if _covers(db, today, r.partner_id)
    )
    start = today + timedelta(days=30)
    wrong = {
        **IEM_VALUES,
        "contact_email": "李雷",
        "event_start": start.isoformat(),
        "event_end": (start - timedelta(days=2)).isoformat(),
    }
    late = {
        **IEM_VALUES,
        "event_start": (today + timedelta(days=2)).isoformat(),
        "event_end": (today + timedelta(days=3)).isoformat(),
    }
    dialogs: list[QWidget] = []
    typed: set[str] = set()
    previews = []
    for name, values in (("wrong", wrong), ("late", late)):
        forms.export_form(db, pid, folder / f"{name}-blank.pdf", today)
        filled = fill(folder / f"{name}-blank.pdf", folder / f"{name}.pdf", values)
        preview = forms.preview_form_import(db, filled, today)
        previews.append(preview)
        typed |= {w for v in preview.values.values() for w in ENGLISH_WORD.findall(v)}
        dialog = FormReviewDialog(context, preview, window)
        dialog.show()
        dialogs.append(dialog)
    assert previews[0].problems and previews[1].acceptable and previews[1].warnings
    (folder / "notes.pdf").write_text("not a form")
    typed |= {"wrong", "late", "notes", "pdf"}  # the files' names, shown as they are
    batch = forms.import_forms(db, [folder / "notes.pdf", folder / "wrong.pdf"], today)
    assert len(batch.rejected) == 2
    return dialogs, batch_summary(batch, 2), typed


def _covers(db: Any, today: Any, pid: str) -> bool:
    """Whether the partner's current subscription takes IEM requests for months ahead."""
    from datetime import timedelta

    from engagements.services.queries import partner_file

    subscriptions = partner_file(db, pid, today).subscriptions
    current = subscriptions[-1] if subscriptions else None
    return bool(
        current
        and db.catalog.edition(current.edition).includes_iem
        and current.start <= today
        and current.term_end >= today + timedelta(days=120)
        and current.ended_on is None
    )


def _dialogs(window: Any, context: Any, partner: Any, iem_id: int) -> list[QWidget]:
    from engagements.gui.booking_dialog import BookingDialog
    from engagements.gui.downgrade_dialog import DowngradeDialog
    from engagements.gui.expert_dialog import ExpertDialog
    from engagements.gui.expert_use_dialog import ExpertUseDialog
    from engagements.gui.form_export_dialog import FormExportDialog
    from engagements.gui.history_dialog import HistoryDialog
    from engagements.gui.ics_export_dialog import IcsExportDialog
    from engagements.gui.iem_editor import IemEditor
    from engagements.gui.partner_dialog import PartnerDialog
    from engagements.gui.purchase_dialog import PurchaseDialog
    from engagements.gui.report_dialog import ReportDialog
    from engagements.gui.request_dialog import RequestDialog
    from engagements.gui.settings_dialog import SettingsDialog
    from engagements.gui.subscription_dialog import SubscriptionDialog
    from engagements.gui.working_calendars_dialog import WorkingCalendarsDialog

    dialogs = [
        SettingsDialog(window.preferences, window),
        IemEditor(context, window),
        BookingDialog(context, window),
        ExpertDialog(context, window),
        PartnerDialog(context, window),
        WorkingCalendarsDialog(context, window),
        IcsExportDialog(context, window, window.views["calendar"].current_filter()),
        FormExportDialog(context, window),
        ReportDialog(context, partner, window),
        DowngradeDialog(context, partner.id, window),
        HistoryDialog(context, "iem", iem_id, window),
        RequestDialog(context, iem_id, window),
        PurchaseDialog(context, partner.id, window),
        ExpertUseDialog(context, partner, window),
        SubscriptionDialog(context, partner, window),
    ]
    for dialog in dialogs:
        dialog.show()
    return dialogs


def test_the_chinese_window_shows_no_english(walk):
    found = walk("zh_CN")
    assert found == [], "\n".join(f"{where}: {text!r}" for where, text in found[:40])


def test_the_english_window_fails_the_same_check(walk):
    found = walk("en")
    texts = " ".join(text for _where, text in found)
    assert "Dashboard" in texts and "Requests" in texts and len(found) > 50
    # The rules' answers are among what the check reads: the refusals and the preview.
    assert {where for where, _text in found} >= {"refusal", "QLabel#feedback"}
    assert "approving would use" in texts and "late:" in texts
    # The returned forms' problems and the rejected files are among what it reads.
    assert "not an e-mail address" in texts and "is not a PDF file" in texts


def test_the_language_can_be_chosen_on_the_command_line(qapp, tmp_path, monkeypatch):
    """`engagements --language zh_CN` speaks Chinese for that run, whatever Settings say."""
    from PySide6.QtCore import QLocale

    from engagements.cli.main import window_parser
    from engagements.cli.parsing import UsageError
    from engagements.gui import app as application

    with pytest.raises(UsageError, match="zh_CN"):
        window_parser().parse_args(["--language", "fr"])
    chosen: list[str] = []
    monkeypatch.setattr(
        "engagements.gui.language.install_language",
        lambda app, choice: chosen.append(choice) or install_language(app, choice),
    )
    args = window_parser().parse_args(
        [
            "--db",
            f"sqlite:///{tmp_path / 'empty.db'}",
            "--screenshot",
            str(tmp_path / "zh.png"),
            "--language",
            "zh_CN",
            "--size",
            "800x600",
        ]
    )
    try:
        assert application.run_application(args) == 0
        assert chosen == ["zh_CN"] and QLocale().language() == QLocale.Language.Chinese
        assert (tmp_path / "zh.png").stat().st_size > 10_000
    finally:
        install_language(qapp, "en")
