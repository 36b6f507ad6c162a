"""Started without a display, `engagements` saves the dashboard as a picture and exits."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

# Variables that would tell Qt (or the application) that a screen or a platform exists.
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ENGAGEMENTS_DB")


def test_a_start_without_a_display_saves_the_dashboard_and_exits(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    environment.update(
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        ENGAGEMENTS_TODAY="2026-11-26",
    )
    done = subprocess.run(
        [sys.executable, "-m", "engagements"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "data" / "engagements"
    database, picture = folder / "engagements.db", folder / "dashboard.png"
    assert done.stdout.strip() == (
        f"No display found: opened {database} (60 partners) and saved the dashboard to "
        f"{picture}; run Engagements in a desktop session to use the window, or see "
        "`engagements --help` for the commands."
    )
    assert picture.stat().st_size > 10_000
    # Closed cleanly: the write-ahead log is folded in, so the file alone holds the data.
    assert not (folder / "engagements.db-wal").exists()
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM partners").fetchone() == (60,)
