"""Every dialog closes whole: Escape, Cancel and the window's close all close the dialog
the code shows, never only the Designer form inside it (which left a blank modal window)."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from engagements.assets import ui_form
from engagements.gui.forms import embed

DIALOG_FORMS = sorted(
    path.name.removesuffix(".ui")
    for path in ui_form("").iterdir()
    if path.name.endswith(".ui") and 'class="QDialog"' in path.read_text(encoding="utf-8")
)


def test_the_dialog_forms_are_found() -> None:
    assert {"settings_dialog", "iem_editor", "booking_dialog"} <= set(DIALOG_FORMS)


def _shown(qtbot: Any, name: str) -> tuple[QDialog, Any]:
    host = QDialog()
    qtbot.addWidget(host)
    form = embed(host, name)
    host.show()
    qtbot.waitExposed(host)
    return host, form


@pytest.mark.parametrize("name", DIALOG_FORMS)
def test_escape_closes_the_whole_dialog(qtbot: Any, name: str) -> None:
    host, form = _shown(qtbot, name)
    assert not form.root.findChildren(QDialog) and not isinstance(form.root, QDialog)
    focused = next(
        (
            w
            for w in form.root.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
        ),
        form.root,
    )
    focused.setFocus()
    QTest.keyClick(focused, Qt.Key.Key_Escape)
    assert not host.isVisible(), f"Escape left {name} open"
    assert host.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("name", DIALOG_FORMS)
def test_closing_the_window_closes_the_whole_dialog(qtbot: Any, name: str) -> None:
    host, form = _shown(qtbot, name)
    host.close()  # the title bar's close button and Alt+F4 arrive as a close event
    assert not host.isVisible() and form.root.isVisibleTo(host)


def test_a_form_shown_alone_keeps_its_dialog_root(qtbot: Any) -> None:
    """Only a form embedded in another window loses its dialog root."""
    from engagements.gui.forms import load_form

    alone = load_form("settings_dialog")
    qtbot.addWidget(alone)
    assert isinstance(alone, QDialog)


def test_the_qt_binding_keeps_its_references() -> None:
    """PySide6 6.12.0 returned None from every void call without a reference (and stole
    True at every emit); enough calls and the process died at exit with
    'Fatal Python error: none_dealloc'. The project refuses that release."""
    app = QApplication.instance()
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(200):
        widget.update()
        app.processEvents()  # type: ignore[union-attr]
    assert sys.getrefcount(None) - before >= -5
