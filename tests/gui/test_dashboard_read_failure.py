"""A dashboard read that fails is told (the message says why) and the summary line stops
saying "Loading…": it says what the rows on screen are."""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import OperationalError

import engagements.gui.dashboard_view as dashboard_view


def _failing(*_args: Any, **_kwargs: Any) -> Any:
    raise OperationalError("SELECT", {}, Exception("disk I/O error"))


def test_a_failed_refresh_keeps_the_rows_and_says_they_were_not_read_again(
    qtbot: Any, window: Any, warnings: list[str], monkeypatch: Any
) -> None:
    dashboard = window.views["dashboard"]
    shown = dashboard.model.rowCount()
    before = dashboard.ui.summary.toolTip()
    assert shown and before.endswith(window.context.today.isoformat())
    monkeypatch.setattr(dashboard_view, "compute_dashboard", _failing)
    dashboard.refresh()
    assert dashboard.ui.summary.toolTip() == "Loading…"
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "disk I/O error" in warnings[-1]
    assert dashboard.model.rowCount() == shown
    assert dashboard.ui.summary.toolTip() == f"Could not be read again · {before}"


def test_a_first_read_that_fails_says_the_dashboard_could_not_be_read(
    qtbot: Any, demo_db: Any, today: Any, settings: Any, warnings: list[str], monkeypatch: Any
) -> None:
    from engagements.gui.main_window import MainWindow, Workspace

    monkeypatch.setattr(dashboard_view, "compute_dashboard", _failing)
    window = MainWindow(Workspace(demo_db, today), settings)
    qtbot.addWidget(window)
    window.show_view("dashboard")
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert window.views["dashboard"].ui.summary.toolTip() == "The dashboard could not be read."
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)
