"""Benchmark: a whole process from launch to the painted main window, against a bare
PySide6 process that shows one empty window and exits.

Both are started the same way (this Python, offscreen Qt), alternately, and each side's
time is the best of ``repeats`` launches, so a busy moment on the machine hurts neither.
"""

from __future__ import annotations

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


def run(database: BenchmarkDatabase, repeats: int = 5, view: str = "dashboard") -> dict[str, Any]:
    """Seconds for each side and the ratio (application / bare Qt)."""
    with tempfile.TemporaryDirectory() as folder:
        shot = Path(folder) / "window.png"
        application = [sys.executable, "-m", "engagements", "--db", database.url,
                       "--screenshot", str(shot), "--view", view]
        bare = [sys.executable, "-c", BARE_QT]
        _launch(application)  # warm the file cache (and compile byte code) once
        _launch(bare)
        app_times, bare_times = [], []
        for _ in range(repeats):
            bare_times.append(_launch(bare))
            app_times.append(_launch(application))
        painted = shot.exists()
    return {"ratio_vs_bare_qt": round(min(app_times) / min(bare_times), 2),
            "application_seconds": round(min(app_times), 3),
            "bare_qt_seconds": round(min(bare_times), 3), "view": view,
            "screenshot_written": painted}


def _launch(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=benchmark_environment(),
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started
