"""The window as a picture: wait for the view in front to show its data, then save it.

Used by ``--screenshot`` (``app``), by a start without a display (``no_display``), by the
tests and the benchmarks. A module of its own so that ``app`` and ``no_display`` share it
without importing each other.
"""

from __future__ import annotations

from pathlib import Path

from engagements.errors import BadInputFile, DatabaseUnavailable

# The longest a screenshot waits for its view's data before refusing to grab an empty view.
SCREENSHOT_WAIT_MS = 120_000
# Qt turns PNG quality 80 into zlib level 1: a third less time writing the picture than
# the default level, for a file a few per cent larger.
SCREENSHOT_PNG_QUALITY = 80


def wait_until_idle(window: object, timeout_ms: int = 20_000) -> bool:
    """Let background loads finish and their answers reach the widgets.

    Returns whether the view in front has shown its data (windows without that notion
    count as loaded once no job runs)."""
    import time

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_ms / 1000
    jobs = getattr(getattr(window, "context", None), "jobs", None)
    while time.monotonic() < deadline:
        QThreadPool.globalInstance().waitForDone(20)
        QApplication.processEvents()
        if _front_view_loaded(window) and (jobs is None or not jobs.busy):
            break
    for _ in range(3):
        QApplication.processEvents()
    return _front_view_loaded(window)


def _front_view_loaded(window: object) -> bool:
    has_loaded = getattr(window, "has_loaded", None)
    return has_loaded is None or bool(has_loaded(window.current_view_name()))  # type: ignore[attr-defined]


def _painted(window: object) -> object:
    """The window as painted. Offscreen, Qt keeps the painted window in memory: copying it
    costs a fifth of painting it all again (``grab``), which is what any other platform
    needs, since its screen may show other windows on top."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    screen = window.screen()
    if QGuiApplication.platformName() == "offscreen" and screen is not None:
        return screen.grabWindow(window.winId())
    return window.grab()


def save_screenshot(app: object, window: object, path: Path) -> int:
    """Show the window, let its view's data arrive, grab it to ``path``.

    Never grabs a view still waiting for its data: after ``SCREENSHOT_WAIT_MS`` without
    it, nothing is written and the reason is raised."""
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    window.show()
    QApplication.processEvents()  # the first paint, with the view's Loading… state
    load_current = getattr(window, "load_current", None)
    if load_current is not None:
        load_current()
    if not wait_until_idle(window, SCREENSHOT_WAIT_MS):
        raise DatabaseUnavailable(
            f"the data of the view did not arrive within "
            f"{SCREENSHOT_WAIT_MS // 1000} s; no screenshot was taken",
            5,
        )
    QApplication.processEvents()  # paint what arrived
    path.parent.mkdir(parents=True, exist_ok=True)
    if not _painted(window).save(str(path), "PNG", SCREENSHOT_PNG_QUALITY):
        raise BadInputFile(f"cannot write the screenshot to {path}", "unwritable_output")
    window.close()
    return 0
