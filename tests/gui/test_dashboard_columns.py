"""The dashboard's columns follow the width of its table, from the first show on.

A person's window opened at 1400x900 showed the partner names, IEM days and sessions at
their narrowest (names cut, the IEM header clipped to "M 天数"): the columns had been
fitted while the table was not yet laid out, before the window had its size.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from engagements.gui.dashboard_model import IEM_DAYS, NAME, SESSIONS
from engagements.gui.dashboard_view import COLUMN_WIDTHS, NARROWER


def _widths(window: Any) -> dict[int, int]:
    header = window.views["dashboard"].ui.partnersTable.horizontalHeader()
    return {column: header.sectionSize(column) for column in (NAME, IEM_DAYS, SESSIONS)}


def _nearly_whole(window: Any) -> bool:
    return all(width >= COLUMN_WIDTHS[column] - 10 for column, width in _widths(window).items())


def test_a_window_opened_large_shows_the_columns_whole(
    qtbot: Any, demo_db: Any, today: Any, settings: QSettings, make_window: Any
) -> None:
    window = make_window(demo_db, today, settings)
    window.resize(1400, 900)  # as the application sizes its window before showing it
    window.open_on("dashboard")
    window.show()
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)
    qtbot.wait(100)
    assert _nearly_whole(window), _widths(window)


def test_the_columns_give_way_on_a_small_window_and_come_back(
    qtbot: Any, demo_db: Any, today: Any, settings: QSettings, make_window: Any
) -> None:
    window = make_window(demo_db, today, settings)
    window.resize(700, 600)
    window.show()
    with qtbot.waitSignal(window.views["dashboard"].loaded, timeout=10_000):
        window.show_view("dashboard")
    qtbot.waitUntil(lambda: _widths(window) == NARROWER, timeout=5_000)
    window.resize(1600, 900)
    qtbot.waitUntil(
        lambda: _widths(window) == {c: COLUMN_WIDTHS[c] for c in NARROWER}, timeout=5_000
    )
    qtbot.waitUntil(lambda: not window.context.jobs.busy, timeout=10_000)


def test_a_slower_earlier_read_does_not_cover_a_later_one(window: Any, monkeypatch: Any) -> None:
    # The check of the saved copy (confirm) and a refresh after an edit read off the GUI
    # thread; when the earlier one answers last, the later rows must stay on screen.
    from types import SimpleNamespace

    from engagements.services.fast_start import FreshDashboard

    dashboard = window.views["dashboard"]
    rows = list(dashboard.model.in_service_order)
    asked: list[Any] = []
    monkeypatch.setattr(
        dashboard.context, "load", lambda work, done, parent=None, failed=None: asked.append(done)
    )
    saved = SimpleNamespace(rows=tuple(rows[1:]), upcoming=())  # read only off the thread
    dashboard.confirm(saved)  # the saved copy differs, so its answer would be shown
    dashboard.refresh()
    older, newer = asked
    today = dashboard.context.today
    newer(FreshDashboard(rows, [], None, today))
    older((FreshDashboard(rows[:1], [], None, today), False))  # earlier, but answers last
    assert list(dashboard.model.in_service_order) == rows
