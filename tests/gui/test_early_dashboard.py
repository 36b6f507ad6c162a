"""A window on a team database starts reading the dashboard as it begins to be built
(``EarlyDashboard``), so the building happens while the server works; the answer is shown
once, and only while it can still be true."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from engagements.gui import dashboard_view
from engagements.services.dashboard import dashboard_rows
from engagements.services.database import Database
from engagements.services.demo import fill_demo


@pytest.fixture
def team_db(postgres_url: str, today: Any) -> Any:
    database = Database.open(postgres_url, actor="asm-tester", connections=3)
    fill_demo(database, partners=8, seed=2, today=today)
    yield database
    database.engine.dispose()


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Each dashboard read the window starts, held until ``release`` is set."""
    started = threading.Semaphore(0)
    release = threading.Event()
    record: dict[str, Any] = {"started": started, "release": release, "count": 0}
    computing = dashboard_view.compute_dashboard

    def held(*args: Any) -> Any:
        record["count"] += 1
        started.release()
        assert release.wait(20), "the test never let the read go on"
        return computing(*args)

    monkeypatch.setattr(dashboard_view, "compute_dashboard", held)
    return record


@pytest.fixture
def windows(qtbot: Any) -> Any:
    """Windows made by the test, their reads ended before the database is dropped."""
    from PySide6.QtCore import QThreadPool

    made: list[Any] = []
    yield made
    for window in made:
        qtbot.waitUntil(lambda window=window: not window.context.jobs.busy, timeout=20_000)
        window.close_database(20_000)
    QThreadPool.globalInstance().waitForDone(20_000)


def _window(
    team_db: Any, today: Any, settings: Any, qtbot: Any, windows: list[Any], **options: Any
) -> Any:
    from engagements.gui.main_window import MainWindow, Workspace

    window = MainWindow(Workspace(team_db, today), settings, **options)
    qtbot.addWidget(window)
    windows.append(window)
    return window


def _shown_ids(window: Any) -> list[str]:
    return [row.partner_id for row in window.views["dashboard"].model.rows]


def test_the_read_is_under_way_before_the_window_handles_any_event(
    team_db, today, settings, qtbot, reads, warnings, windows
):
    window = _window(team_db, today, settings, qtbot, windows)
    # No event processed yet: the view has not asked; the read was started by the window.
    assert reads["started"].acquire(timeout=10)
    reads["release"].set()
    with qtbot.waitSignal(window.views["dashboard"].loaded, timeout=20_000):
        window.show_view("dashboard")
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=20_000)
    assert reads["count"] == 1  # the view took the early read, it did not read again
    assert _shown_ids(window) == [row.partner_id for row in dashboard_rows(team_db, today)]
    assert warnings == []


def test_without_an_early_read_nothing_is_read_until_the_view_asks(
    team_db, today, settings, qtbot, reads, warnings, windows
):
    window = _window(team_db, today, settings, qtbot, windows, reads_dashboard_first=False)
    assert not reads["started"].acquire(timeout=0.5)
    reads["release"].set()
    with qtbot.waitSignal(window.views["dashboard"].loaded, timeout=20_000):
        window.show_view("dashboard")
    assert reads["count"] == 1


def test_a_change_made_before_the_view_takes_it_is_read_again(
    team_db, today, settings, qtbot, reads, warnings, windows
):
    window = _window(team_db, today, settings, qtbot, windows)
    assert reads["started"].acquire(timeout=10)
    window.context.changed.emit()  # something was written: the early answer may be stale
    assert window.context.early_dashboard is None
    reads["release"].set()
    with qtbot.waitSignal(window.views["dashboard"].loaded, timeout=20_000):
        window.show_view("dashboard")
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=20_000)
    assert reads["count"] == 2


def test_a_window_opened_on_another_view_lets_the_early_read_go(
    team_db, today, settings, qtbot, reads, warnings, windows
):
    window = _window(team_db, today, settings, qtbot, windows)
    assert reads["started"].acquire(timeout=10)
    window.open_on("partners")  # as the application does for --view partners
    window.load_current()
    assert window.context.early_dashboard is None
    reads["release"].set()
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=20_000)
    with qtbot.waitSignal(window.views["dashboard"].loaded, timeout=20_000):
        window.show_view("dashboard")  # read now, not the answer of the start
    assert reads["count"] == 2


def test_an_embedded_file_is_not_read_early(
    demo_db, today, settings, qtbot, reads, warnings, windows
):
    window = _window(demo_db, today, settings, qtbot, windows)
    assert window.context.early_dashboard is None
    assert not reads["started"].acquire(timeout=0.3)
    reads["release"].set()
