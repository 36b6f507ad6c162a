"""A child process that opens the window on a team database through the wire relay and
measures each view's load: round trips on the wire and seconds until painted.

    python tests/perf/team_probe.py DATABASE_URL ONE_WAY_DELAY_SECONDS

Prints one JSON object: {"open": {...}, "dashboard": {...}, ...}, each with
``round_trips``, ``connections`` and ``seconds``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "team"))

VIEWS = ("dashboard", "requests", "calendar", "partners", "sessions")


def measure(url: str, one_way_delay: float) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication
    from wire_proxy import RelayProcess

    from engagements.gui.main_window import MainWindow, open_workspace
    from engagements.gui.screenshot import wait_until_idle
    from engagements.settings import today

    QApplication.instance() or QApplication([])
    figures: dict[str, Any] = {}
    # The relay in a process of its own: the link's delay must not take this process's
    # interpreter (see RelayProcess).
    with RelayProcess(url, one_way_delay) as proxy:
        with proxy.counting() as counts:
            started = time.perf_counter()
            workspace = open_workspace(proxy.relayed_url, False, today(), fill_demo_if_empty=False)
        figures["open"] = _figures(counts, started)
        # The dashboard is the view in front: the window starts reading it as it begins
        # to be built. Its figure runs from the window's making, building included, to
        # the dashboard's paint.
        with proxy.counting() as counts:
            started = time.perf_counter()
            window = MainWindow(workspace)
            window.resize(1400, 900)
            window.show()
            wait_until_idle(window)
            window.repaint()
        figures["dashboard"] = _figures(counts, started)
        _settle_and_count(window, proxy, figures["dashboard"])
        for view in VIEWS[1:]:
            with proxy.counting() as counts:
                started = time.perf_counter()
                window.show_view(view)
                wait_until_idle(window)
                window.repaint()
            figures[view] = _figures(counts, started)
            _settle_and_count(window, proxy, figures[view])
        window.close_database(10_000)
    return figures


def _settle_and_count(window: Any, proxy: Any, figures: dict[str, Any]) -> None:
    """What a view reads after it has painted (the calendar's neighbouring months) is its
    own figure, not the next view's."""
    with proxy.counting() as counts:
        _settle(window)
    figures["afterwards_round_trips"] = counts.round_trips


def _settle(window: Any) -> None:
    """Let the background reads a view starts after painting run to their end."""
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    from engagements.gui.calendar_view import PREFETCH_DELAY_MS
    from engagements.gui.screenshot import wait_until_idle

    deadline = time.monotonic() + 2 * PREFETCH_DELAY_MS / 1000
    while time.monotonic() < deadline:
        QApplication.processEvents()
        QThread.msleep(10)
    wait_until_idle(window)


def _figures(counts: Any, started: float) -> dict[str, Any]:
    return {
        "round_trips": counts.round_trips,
        "connections": counts.connections,
        "seconds": round(time.perf_counter() - started, 3),
    }


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1], float(sys.argv[2]))), flush=True)
    # The figures are out; the interpreter's own teardown of Qt is not what is measured.
    os._exit(0)
