"""GUI fixtures: a small demo database, settings in a temporary file, the main window."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from engagements.services.demo import fill_demo


@pytest.fixture
def demo_db(sqlite_db: Any, today: Any) -> Any:
    fill_demo(sqlite_db, partners=12, seed=5, today=today)
    return sqlite_db


@pytest.fixture
def settings(tmp_path: Any) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every QMessageBox.warning shown, instead of a modal box."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a: shown.append(text)
    )
    return shown


@pytest.fixture
def make_window(qtbot: Any) -> Any:
    """Build a main window on a database (the caller waits for what it needs)."""
    from engagements.gui.main_window import MainWindow, Workspace

    def make(db: Any, today: Any, settings: QSettings) -> Any:
        window = MainWindow(Workspace(db, today), settings)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def window(
    qtbot: Any, demo_db: Any, today: Any, settings: QSettings, warnings: list[str], make_window: Any
) -> Iterator[Any]:
    created = make_window(demo_db, today, settings)
    with qtbot.waitSignal(created.views["dashboard"].loaded, timeout=10_000):
        created.show_view("dashboard")
    yield created
    qtbot.waitUntil(lambda: not created.context.jobs.busy, timeout=10_000)
