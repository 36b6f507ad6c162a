"""Benchmark: a whole process from launch to the painted main window, against a bare
PySide6 process that shows one empty window and exits.

Both are started the same way (this Python, offscreen Qt), alternately, and each side's
time is the best of ``repeats`` launches, so a busy moment on the machine hurts neither.

Two kinds of start are measured. A *warm* start finds the dashboard saved by the last
load still current (nothing written since, same day): the window draws it without
loading the database layer. That is every start but the first after a change or on a
new day, and it is the figure held against the target. A *cold* start has no saved
dashboard (it is deleted before each launch) and opens the database and computes the
dashboard before the picture is taken; it is reported beside it.

A third process is measured for scale: the least a PySide6 program does to draw a table
and save it the way ``--screenshot`` does (a main window with a menu bar, a table over a
Python model of 10,000 rows under its headings, the painted window copied from Qt's
offscreen backing store and written as PNG, then ``os._exit``). Its ratio to the bare
window is the floor under any PySide6 application that paints a table and writes the
picture; what is left between the floor and 1.6 is what the application itself may cost.
"""

from __future__ import annotations

import compileall
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from perf_database import BenchmarkDatabase, benchmark_environment

BARE_QT = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.processEvents()
window.grab()
"""

MINIMAL_TABLE_WINDOW = """
import os, sys
from PySide6.QtCore import QAbstractTableModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class Rows(QAbstractTableModel):
    def rowCount(self, parent=None):
        return 10_000
    def columnCount(self, parent=None):
        return 8
    def data(self, index, role=0):
        return f"Partner {index.row()}, column {index.column()}" if role == 0 else None
    def headerData(self, section, orientation, role=0):
        return f"Heading {section}" if role == 0 else None

app = QApplication([])
window = QMainWindow()
window.menuBar().addMenu("&File")
table = QTableView()
rows = Rows()
table.setModel(rows)
window.setCentralWidget(table)
window.resize(1400, 900)
window.show()
app.processEvents()
saved = window.screen().grabWindow(window.winId()).save(sys.argv[1], "PNG", 80)
os._exit(0 if saved and rows.rowCount() else 3)  # a floor that painted nothing is no floor
"""


def run(database: BenchmarkDatabase, repeats: int = 5, view: str = "dashboard") -> dict[str, Any]:
    """Seconds for each side and the ratios (application / bare Qt), warm and cold."""
    with tempfile.TemporaryDirectory() as folder:
        shot = Path(folder) / "window.png"
        cache = Path(folder) / "cache"  # the saved dashboards of this run only
        environment = benchmark_environment() | {
            "ENGAGEMENTS_CACHE_DIR": str(cache),
            "XDG_CONFIG_HOME": str(Path(folder) / "config"),
        }
        application = [
            sys.executable,
            "-m",
            "engagements",
            "--db",
            database.url,
            "--screenshot",
            str(shot),
            "--view",
            view,
        ]
        bare = [sys.executable, "-c", BARE_QT]
        minimal = [sys.executable, "-c", MINIMAL_TABLE_WINDOW, str(Path(folder) / "minimal.png")]
        _compile_application()
        _launch(application, environment)  # warms the file cache and saves the dashboard
        _launch(bare, environment)
        _launch(minimal, environment)
        warm_loads_database = _loads_database_layer(application, environment)
        warm, cold, bare_times, minimal_times = [], [], [], []
        for _ in range(repeats):
            bare_times.append(_launch(bare, environment))
            warm.append(_launch(application, environment))
            minimal_times.append(_launch(minimal, environment))
        for _ in range(max(repeats // 2, 1)):
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(_launch(application, environment))
            bare_times.append(_launch(bare, environment))
        painted = shot.exists()
    best_bare = min(bare_times)
    return {
        "ratio_vs_bare_qt": round(min(warm) / best_bare, 2),
        "application_seconds": round(min(warm), 3),
        "bare_qt_seconds": round(best_bare, 3),
        "cold_ratio_vs_bare_qt": round(min(cold) / best_bare, 2),
        "cold_application_seconds": round(min(cold), 3),
        "warm_start_loads_database_layer": warm_loads_database,
        "minimal_table_window_ratio_vs_bare_qt": round(min(minimal_times) / best_bare, 2),
        "minimal_table_window_seconds": round(min(minimal_times), 3),
        "ratio_vs_minimal_table_window": round(min(warm) / min(minimal_times), 2),
        "view": view,
        "screenshot_written": painted,
    }


def _compile_application() -> None:
    """Give the application's modules their bytecode, as installing it does (pip compiles
    a wheel's modules; the bundle ships them compiled).

    A source checkout run with PYTHONDONTWRITEBYTECODE set (as CI and the development
    sandbox do) never writes it, and then every launch compiled the application's modules
    again, some 10 ms of a 0.3 s start that no installed copy spends. Python and PySide
    already come compiled, and the minimal window imports nothing of the application."""
    import engagements

    for folder in engagements.__path__:
        compileall.compile_dir(folder, quiet=1)


def _launch(command: list[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, check=True, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def _loads_database_layer(command: list[str], environment: dict[str, str]) -> bool:
    """Whether a warm start imported SQLAlchemy (it should not: that is the point)."""
    done = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        check=True,
        env=environment,
        capture_output=True,
        text=True,
    )
    return any(line.rstrip().endswith("| sqlalchemy") for line in done.stderr.splitlines())
