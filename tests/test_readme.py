"""The README's examples run as written, in order, on the database the quick start makes.

A new user types the quick start's `engagements` (on a machine without a display it fills
the embedded database with demo data and saves a picture), then the command-line examples
one by one. So does this test, in a fresh data folder, word for word: each line of the
``sh`` blocks under "Using the command line", continuation lines joined, run by bash.
Only today is pinned (ENGAGEMENTS_TODAY), so that the demo data do not move with the date.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
PINNED_TODAY = "2026-11-26"


def command_examples(text: str) -> list[str]:
    """Every command in the ``sh`` blocks of the "Using the command line" section."""
    section = text.split("\n## Using the command line", 1)[1].split("\n## ", 1)[0]
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL):
        for command in block.replace("\\\n", " ").splitlines():
            if command.strip() and not command.lstrip().startswith("#"):
                commands.append(command)
    return commands


@pytest.fixture
def first_hour(tmp_path: Path) -> dict[str, str]:
    """A new user's environment: no display, empty data and cache folders."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "ENGAGEMENTS_DB")
    }
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        ENGAGEMENTS_CACHE_DIR=str(tmp_path / "cache"),
        ENGAGEMENTS_TODAY=PINNED_TODAY,
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
    )
    return env


def test_the_quick_start_mentions_python_and_a_virtual_environment():
    quick_start = README.read_text(encoding="utf-8").split("## Quick start", 1)[1]
    quick_start = quick_start.split("\n## ", 1)[0]
    assert "Python 3.11" in quick_start and "python3 -m venv" in quick_start


def test_every_command_example_runs_as_written(first_hour, tmp_path):
    started = subprocess.run(
        ["engagements"], env=first_hour, cwd=tmp_path, capture_output=True, text=True, timeout=600
    )
    assert started.returncode == 0, started.stderr
    assert (tmp_path / "data" / "engagements" / "engagements.db").exists()
    commands = command_examples(README.read_text(encoding="utf-8"))
    assert len(commands) >= 15 and all(c.startswith("engagements ") for c in commands)
    for command in commands:
        ran = subprocess.run(
            ["bash", "-c", f"set -euo pipefail; {command}"],
            env=first_hour,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert ran.returncode == 0, f"{command}\n{ran.stdout}\n{ran.stderr}"
        assert "Traceback" not in ran.stderr, command
    assert (tmp_path / "P001-request.pdf").exists() and (tmp_path / "dashboard.png").exists()
