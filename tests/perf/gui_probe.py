"""A child process that opens the window on the benchmark database and measures one thing.

    python tests/perf/gui_probe.py month|requests DATABASE_URL [switches]

``month``: seconds to switch the calendar to the next month until painted, after the
month shown has loaded and its neighbours were read in the background (what a person
paging through months meets), and a switch to a month far away (nothing read ahead).
``requests``: resident memory (VmRSS) with the requests view open and painted on every
engagement, read page by page as the table scrolls.
Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def open_window(url: str, view: str) -> Any:
    from PySide6.QtWidgets import QApplication

    from engagements.gui.main_window import MainWindow, open_workspace
    from engagements.gui.screenshot import wait_until_idle
    from engagements.settings import today

    QApplication.instance() or QApplication([])
    window = MainWindow(open_workspace(url, False, today(), fill_demo_if_empty=False))
    window.resize(1400, 900)
    window.show_view(view)
    window.show()
    wait_until_idle(window)
    window.repaint()
    return window


def month_switches(url: str, switches: int) -> dict[str, Any]:
    window = open_window(url, "calendar")
    view = window.views["calendar"]
    seconds = []
    for _ in range(switches):
        _look_at_it(window)  # a person looks at the month; its neighbours are read meanwhile
        seconds.append(_switch(view, 1))
    _look_at_it(window)
    far = _switch(view, 30)
    return {
        "seconds": round(statistics.median(seconds), 4),
        "worst_seconds": round(max(seconds), 4),
        "switches": switches,
        "far_switch_seconds": round(far, 4),
    }


def _look_at_it(window: Any, seconds: float = 0.4) -> None:
    """Keep the window running for ``seconds``, then until background reads are done."""
    from PySide6.QtWidgets import QApplication

    from engagements.gui.screenshot import wait_until_idle

    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    wait_until_idle(window)


def _switch(view: Any, steps: int) -> float:
    """Move the calendar ``steps`` months and wait until the new month is painted."""
    from PySide6.QtWidgets import QApplication

    shown: list[bool] = []
    view.loaded.connect(lambda: shown.append(True))
    started = time.perf_counter()
    view.move(steps)
    while not shown:
        QApplication.processEvents()
        time.sleep(0.0002)
    view.repaint()
    seconds = time.perf_counter() - started
    view.loaded.disconnect()
    return seconds


def requests_memory(url: str) -> dict[str, Any]:
    window = open_window(url, "requests")
    view = window.views["requests"]
    return {
        "rss_mb": round(resident_megabytes(), 1),
        "rows_loaded": view.model.rowCount(),
        "engagements": view.model.total if hasattr(view.model, "total") else None,
    }


def resident_megabytes() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


if __name__ == "__main__":
    what, database_url = sys.argv[1], sys.argv[2]
    if what == "month":
        answer = month_switches(database_url, int(sys.argv[3]) if len(sys.argv) > 3 else 6)
    else:
        answer = requests_memory(database_url)
    print(json.dumps(answer))
