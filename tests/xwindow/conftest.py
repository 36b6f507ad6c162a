"""The real window on a virtual X server: Xvfb, a window manager (openbox) and xdotool.

These tests start the ``engagements`` command itself on the ``xcb`` platform and drive it
with X key presses and clicks, as a person at the screen would; the pytest-qt tests
(offscreen) cannot see window-manager behaviour such as the close button or Alt+F4.
Without Xvfb, openbox or xdotool they skip, saying which is missing; under CI (CI=true)
such a skip fails the run instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TOOLS = ("Xvfb", "openbox", "xdotool")
TODAY = "2026-03-02"  # the application's today in these tests (ENGAGEMENTS_TODAY)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/xwindow/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.xwindow)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    # Under CI the real-window tests must run: a skip there would hide a missing X server.
    if (
        report.skipped
        and os.environ.get("CI") == "true"
        and item.get_closest_marker("xwindow") is not None
    ):
        report.outcome = "failed"
        report.longrepr = (
            f"X-window test skipped under CI ({report.longrepr}): install "
            f"{', '.join(TOOLS)} (see .ci/run)"
        )


class XServer:
    """A private virtual display with a window manager; ``run`` calls X tools on it."""

    def __init__(self, folder: Path) -> None:
        read, write = os.pipe()
        # -displayfd: Xvfb picks a free display number itself and writes it to the pipe.
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.xvfb.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self.env = {**os.environ, "DISPLAY": self.display}
        self.env.pop("WAYLAND_DISPLAY", None)
        self.folder = folder
        self.wm = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not self._wm_running():
            time.sleep(0.1)

    def _wm_running(self) -> bool:
        answer = (
            subprocess.run(
                ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                env=self.env,
                capture_output=True,
                text=True,
            )
            if shutil.which("xprop")
            else None
        )
        if answer is None:
            time.sleep(0.5)
            return True
        return "window id" in answer.stdout

    def run(self, *arguments: str) -> str:
        answer = subprocess.run(arguments, env=self.env, capture_output=True, text=True, timeout=30)
        return answer.stdout.strip()

    def screenshot(self, name: str) -> Path | None:
        """The whole screen as a PNG in the test folder (when ImageMagick is there)."""
        if not shutil.which("import"):
            return None
        path = self.folder / f"{name}.png"
        self.run("import", "-window", "root", str(path))
        return path

    def stop(self) -> None:
        for process in (self.wm, self.xvfb):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="session")
def xserver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XServer]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"no virtual X server for the real-window tests: {', '.join(missing)} not installed"
        )
    server = XServer(tmp_path_factory.mktemp("xscreens"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database made once by the command line; each test works on a copy."""
    path = tmp_path_factory.mktemp("xdemo") / "demo.db"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "engagements",
            "--db",
            f"sqlite:///{path}",
            "demo",
            "--partners",
            "12",
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "ENGAGEMENTS_TODAY": TODAY},
    )
    return path


@pytest.fixture
def database(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "engagements.db"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def app(xserver: XServer, database: Path, tmp_path: Path) -> Iterator[Any]:
    from xapp import RunningApp

    running = RunningApp(xserver, database, tmp_path)
    yield running
    running.kill()
