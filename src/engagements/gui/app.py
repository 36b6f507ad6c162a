"""Start the desktop application, or render one view to a PNG without a screen."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from engagements.cli.common import database_url, today


def _ensure_platform(offscreen: bool) -> None:
    # Without a display (CI, a server, --screenshot) Qt must not try to reach one.
    if offscreen or not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                         or sys.platform in ("win32", "darwin")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        from engagements.services.errors import InvalidInput

        raise InvalidInput(f"--size must look like 1400x900, not {text!r}", "size") from None
    return width, height


def run_application(args: argparse.Namespace) -> int:
    """Open the main window (or, with --screenshot, render it and exit)."""
    screenshot = getattr(args, "screenshot", None)
    size = _parse_size(getattr(args, "size", "1400x900"))
    _ensure_platform(offscreen=bool(screenshot))
    from PySide6.QtWidgets import QApplication

    from engagements.gui.main_window import MainWindow, open_workspace
    from engagements.gui.theme import follow_system_scheme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Engagements")
    app.setOrganizationName("Engagements")
    follow_system_scheme(app)  # type: ignore[arg-type]
    workspace = open_workspace(_chosen_url(args), bool(getattr(args, "read_only", False)),
                               today(), fill_demo_if_empty=not screenshot)
    window = MainWindow(workspace)
    window.resize(*size)
    window.show_view(getattr(args, "view", "dashboard") or "dashboard")
    if screenshot:
        return save_screenshot(app, window, Path(screenshot))
    window.show()
    return app.exec()


def _chosen_url(args: argparse.Namespace) -> str:
    """--db, then ENGAGEMENTS_DB, then the database chosen in Settings, then the default."""
    if getattr(args, "db", None) or os.environ.get("ENGAGEMENTS_DB"):
        return database_url(args)
    from engagements.gui.preferences import Preferences

    return Preferences().database_url() or database_url(args)


def wait_until_idle(window: object, timeout_ms: int = 20_000) -> None:
    """Let background loads finish and their answers reach the widgets."""
    import time

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_ms / 1000
    jobs = getattr(getattr(window, "context", None), "jobs", None)
    while time.monotonic() < deadline:
        QThreadPool.globalInstance().waitForDone(50)
        QApplication.processEvents()
        if jobs is None or not jobs.busy:
            break
    for _ in range(3):
        QApplication.processEvents()


def save_screenshot(app: object, window: object, path: Path) -> int:
    """Show the window, let it paint, grab it to ``path``."""
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    wait_until_idle(window)
    window.repaint()
    QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        from engagements.services.errors import BadInputFile

        raise BadInputFile(f"cannot write the screenshot to {path}", "unwritable_output")
    window.close()
    return 0
