"""Make the pictures of each view in Chinese: docs/zh_CN-<view>.png.

    python docs/chinese_screenshots.py

Each picture is taken the way a person would: the ``engagements`` command with
``--screenshot --language zh_CN`` on a demo database made for the run (a temporary folder),
with today fixed to 18 November 2026 so the pictures are the same on every run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

VIEWS = ("dashboard", "requests", "calendar", "partners", "sessions")
TODAY = "2026-11-18"
SIZE = "1400x900"


def engagements() -> list[str]:
    """The command, beside the running Python (a virtual environment) or on PATH."""
    beside = Path(sys.executable).parent / "engagements"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("engagements")
    return [found] if found else [sys.executable, "-m", "engagements"]


def main() -> int:
    folder = Path(__file__).resolve().parent
    with tempfile.TemporaryDirectory(prefix="engagements-zh-") as scratch:
        database = f"sqlite:///{Path(scratch) / 'demo.db'}"
        environment = {
            **os.environ,
            "ENGAGEMENTS_TODAY": TODAY,
            "QT_QPA_PLATFORM": "offscreen",
            "TZ": "Asia/Shanghai",
            "ENGAGEMENTS_CACHE_DIR": scratch,
            # The user's own settings (language, theme) stay out of the pictures.
            "XDG_CONFIG_HOME": scratch,
            "LC_ALL": "C.UTF-8",
        }
        subprocess.run(
            [*engagements(), "--db", database, "demo"],
            check=True,
            env=environment,
            stdout=subprocess.DEVNULL,
        )
        for view in VIEWS:
            target = folder / f"zh_CN-{view}.png"
            subprocess.run(
                [
                    *engagements(),
                    "--db",
                    database,
                    "--screenshot",
                    str(target),
                    "--view",
                    view,
                    "--size",
                    SIZE,
                    "--language",
                    "zh_CN",
                    "--theme",
                    "light",
                ],
                check=True,
                env=environment,
            )
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
