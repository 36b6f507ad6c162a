"""The ``engagements`` window running on the test's X server, driven with xdotool."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from conftest import TODAY, XServer

START_TIMEOUT_S = 60
# Openbox's default theme: the close button sits this far left of the frame's right edge
# and above the window's client area (measured on screenshots of the test display).
CLOSE_BUTTON_FROM_RIGHT = 11
CLOSE_BUTTON_ABOVE_CLIENT = 11
# The centre of the last button in a dialog's button box, from the bottom right corner.
BUTTON_FROM_RIGHT = 50
BUTTON_FROM_BOTTOM = 24
BUTTON_STEP = 86  # from one button's centre to the next


class RunningApp:
    """One start of the application on a database file, with its own settings folder."""

    def __init__(self, xserver: XServer, database: Path, folder: Path) -> None:
        self.x = xserver
        self.database = database
        self.folder = folder
        self.process: subprocess.Popen[str] | None = None
        self.output = ""

    def start(self) -> None:
        home = self.folder / "home"
        home.mkdir(exist_ok=True)
        env = {
            **self.x.env,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "ENGAGEMENTS_TODAY": TODAY,
            "ENGAGEMENTS_DB": f"sqlite:///{self.database}",
            "PYTHONFAULTHANDLER": "1",
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "engagements"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.main = self.wait_for_window("Engagements")
        self.x.run("xdotool", "windowsize", "--sync", self.main, "1400", "860")
        self.activate(self.main)

    # --- windows -------------------------------------------------------------------------
    def windows(self, name: str = "") -> list[str]:
        """The application's visible windows (ids), optionally those whose title has
        ``name``."""
        assert self.process is not None
        found = self.x.run(
            "xdotool",
            "search",
            "--onlyvisible",
            "--pid",
            str(self.process.pid),
            "--name",
            name or ".",
        ).split()
        return [window for window in found if not name or name in self.title(window)]

    def title(self, window: str) -> str:
        return self.x.run("xdotool", "getwindowname", window)

    def titles(self) -> list[str]:
        return sorted(self.title(window) for window in self.windows())

    def wait_for_window(self, name: str, timeout: float = START_TIMEOUT_S) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.require_running()
            found = self.windows(name)
            if found:
                time.sleep(0.3)  # mapped; let it paint and take focus
                return found[-1]
            time.sleep(0.1)
        raise AssertionError(f"no window {name!r} appeared; windows: {self.titles()}")

    def wait_until_gone(self, window: str, timeout: float = 5) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if window not in self.windows():
                return True
            time.sleep(0.1)
        return False

    def activate(self, window: str) -> None:
        self.x.run("xdotool", "windowactivate", "--sync", window)
        time.sleep(0.2)

    # --- input ---------------------------------------------------------------------------
    def key(self, *keys: str, pause: float = 0.3) -> None:
        """Real key presses (XTEST) to the window that has the focus."""
        for combo in keys:
            self.x.run("xdotool", "key", "--clearmodifiers", combo)
            time.sleep(pause)

    def click_close_button(self, window: str) -> None:
        """Click the window manager's close button (the × in the title bar)."""
        width = self._geometry(window)["WIDTH"]
        self.click(window, width - CLOSE_BUTTON_FROM_RIGHT, -CLOSE_BUTTON_ABOVE_CLIENT)

    def click_rightmost_button(self, window: str, skip: int = 0) -> None:
        """Click the last button of a dialog's bottom row (Cancel or Close, in our dialogs),
        or with ``skip`` the one that many buttons to its left."""
        geometry = self._geometry(window)
        self.click(
            window,
            geometry["WIDTH"] - BUTTON_FROM_RIGHT - skip * BUTTON_STEP,
            geometry["HEIGHT"] - BUTTON_FROM_BOTTOM,
        )

    def click(self, window: str, x: int, y: int, repeat: int = 1) -> None:
        """Click at (x, y) from ``window``'s top left corner (negative y: its title bar)."""
        self.x.run(
            "xdotool",
            "mousemove",
            "--window",
            window,
            "--sync",
            str(x),
            str(y),
            "click",
            "--repeat",
            str(repeat),
            "--delay",
            "80",
            "1",
        )
        time.sleep(0.3)

    def _geometry(self, window: str) -> dict[str, int]:
        text = self.x.run("xdotool", "getwindowgeometry", "--shell", window)
        return {
            key: int(value)
            for key, value in (line.split("=") for line in text.splitlines())
            if key != "SCREEN"
        }

    # --- the process ---------------------------------------------------------------------
    def require_running(self) -> None:
        assert self.process is not None
        if self.process.poll() is not None:
            raise AssertionError(
                f"the application ended ({self.process.returncode}):\n"
                f"{self.process.stdout.read() if self.process.stdout else ''}"
            )

    def wait_for_exit(self, timeout: float = 30) -> int:
        assert self.process is not None
        try:
            self.output, _ = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            windows = self.titles()
            self.process.send_signal(signal.SIGABRT)  # faulthandler prints every thread
            self.output, _ = self.process.communicate(timeout=10)
            raise AssertionError(
                f"the application did not end within {timeout} s; "
                f"windows: {windows}; it said:\n{self.output}"
            ) from None
        return self.process.returncode

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.communicate()


def sql(database: Path, query: str) -> list[Any]:
    """Rows of ``query`` on the application's database file (read directly, by sqlite3)."""
    import sqlite3

    with sqlite3.connect(database) as connection:
        return connection.execute(query).fetchall()
