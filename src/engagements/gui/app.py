"""Start the desktop application, or render one view to a PNG without a screen."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from engagements.cli.common import database_url, today

# The longest a screenshot waits for its view's data before refusing to grab an empty view.
SCREENSHOT_WAIT_MS = 120_000
# Qt turns PNG quality 80 into zlib level 1: a third less time writing the picture than
# the default level, for a file a few per cent larger.
SCREENSHOT_PNG_QUALITY = 80
# The longest a closing window waits for background work (a read, a save, the database
# still opening) before closing the database.
DATABASE_CLOSE_WAIT_MS = 10_000


def has_display() -> bool:
    """Whether a window can be shown: a display on Linux, always on Windows and macOS."""
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or sys.platform in ("win32", "darwin"))


def _ensure_platform(offscreen: bool) -> None:
    # Without a display (CI, a server, --screenshot) Qt must not try to reach one.
    if offscreen or not has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# What Qt's offscreen platform says about features a window without a screen lacks: true,
# harmless, and alarming to someone who only asked for a picture.
OFFSCREEN_NOTICES = ("This plugin does not support",)


def _quiet_offscreen_notices() -> None:
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: object, _context: object, message: str) -> None:
        if not message.startswith(OFFSCREEN_NOTICES):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        from engagements.services.errors import InvalidInput

        raise InvalidInput(f"--size must look like 1400x900, not {text!r}", "size") from None
    return width, height


def run_application(args: argparse.Namespace) -> int:
    """Open the main window (or, with --screenshot, render it and exit).

    Started on a machine without a display (and without a Qt platform chosen by the
    user), it opens the database, saves the dashboard as a picture, says so and exits,
    instead of running a window nobody can see.
    """
    screenshot = getattr(args, "screenshot", None)
    size = _parse_size(getattr(args, "size", "1400x900"))
    no_screen = not screenshot and not has_display() and not os.environ.get("QT_QPA_PLATFORM")
    _ensure_platform(offscreen=bool(screenshot))
    from PySide6.QtWidgets import QApplication

    from engagements.gui.chinese_font import use_bundled_chinese_font
    from engagements.gui.main_window import MainWindow, Workspace, open_workspace
    from engagements.gui.theme import follow_system_scheme
    from engagements.services.saved_dashboard import load_saved_dashboard

    _quiet_offscreen_notices()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Engagements")
    app.setOrganizationName("Engagements")
    # The window manager matches the window to the installed desktop entry by this name.
    app.setDesktopFileName("engagements")
    from engagements.gui.preferences import Preferences

    follow_system_scheme(app, getattr(args, "theme", None)  # type: ignore[arg-type]
                         or Preferences().theme)
    use_bundled_chinese_font(app)  # type: ignore[arg-type]
    from engagements.gui.language import install_language

    # Before any window is built: the forms are translated as they are loaded.
    install_language(app, getattr(args, "language", None) or Preferences().language)
    url, read_only, view = _chosen_url(args), bool(getattr(args, "read_only", False)), \
        getattr(args, "view", "dashboard") or "dashboard"
    # The dashboard saved at the last load, if nothing has changed since: the window draws
    # it at once and opens the database (SQLAlchemy, the schema check) behind it.
    saved = load_saved_dashboard(url, today()) if view == "dashboard" and not no_screen \
        else None
    forms = list(getattr(args, "forms", None) or [])
    instance = None if screenshot or no_screen else _single_instance(app, url, forms)
    if instance is False:
        return 0  # the window already open on this database took the request
    if no_screen or (screenshot and saved is None):
        window = MainWindow(open_workspace(url, read_only, today(),
                                           fill_demo_if_empty=not screenshot))
    else:
        window = MainWindow(Workspace(None, today(), url, read_only), saved=saved)
    window.resize(*size)
    if screenshot or no_screen:
        window.remembers_layout = False  # an offscreen picture is not the user's layout
    try:
        if no_screen:
            from engagements.gui.no_display import show_without_display

            return show_without_display(app, window)
        window.open_on(view)
        if screenshot:
            return save_screenshot(app, window, Path(screenshot))
        if instance is not None:
            instance.requested.connect(window.come_forward)
        if forms:
            window.review_forms_when_open(forms)
        return _run_window(app, window)
    finally:
        window.close_database(DATABASE_CLOSE_WAIT_MS)


def _single_instance(app: object, url: str, forms: list[Path]) -> object:
    """Hand this start over to a window already open on ``url`` (returns False), or
    listen for later starts (returns the listening server, or None when listening failed:
    the window then works alone)."""
    from engagements.gui.single_instance import InstanceServer, hand_over, instance_name

    name = instance_name(url)
    if hand_over(name, forms):
        what = f" and handed it {len(forms)} form(s) to review" if forms else ""
        print(f"Engagements is already open on this database: brought it to the front{what}.")
        return False
    server = InstanceServer(name, app)  # type: ignore[arg-type]
    return server if server.listen() else None


def _run_window(app: object, window: object) -> int:
    """Paint the window first, then open the database and read the view's data off the
    GUI thread."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window.show()  # type: ignore[attr-defined]
    QApplication.processEvents()
    _close_on_interrupt(window)
    if window.context.is_open:  # type: ignore[attr-defined]
        QTimer.singleShot(0, window.load_current)  # type: ignore[attr-defined]
    else:
        window.open_in_background(fill_demo_if_empty=True)  # type: ignore[attr-defined]
    return int(app.exec())  # type: ignore[attr-defined]


def _close_on_interrupt(window: object) -> None:
    """Ctrl+C in the terminal that started the window closes it as the Quit menu does.

    Python runs its signal handlers only between its own instructions, and Qt's event loop
    is C++: a timer gives the interpreter a moment five times a second."""
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGINT, lambda _number, _frame: window.close())  # type: ignore[attr-defined]
    ticker = QTimer(window, interval=200)  # type: ignore[call-overload]
    ticker.timeout.connect(lambda: None)
    ticker.start()


def _chosen_url(args: argparse.Namespace) -> str:
    """--db, then ENGAGEMENTS_DB, then the database chosen in Settings, then the default."""
    if getattr(args, "db", None) or os.environ.get("ENGAGEMENTS_DB"):
        return database_url(args)
    from engagements.gui.preferences import Preferences

    return Preferences().database_url() or database_url(args)


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

    from engagements.services.errors import BadInputFile, DatabaseUnavailable

    assert isinstance(window, QWidget)
    window.show()
    QApplication.processEvents()  # the first paint, with the view's Loading… state
    load_current = getattr(window, "load_current", None)
    if load_current is not None:
        load_current()
    if not wait_until_idle(window, SCREENSHOT_WAIT_MS):
        raise DatabaseUnavailable(f"the data of the view did not arrive within "
                                  f"{SCREENSHOT_WAIT_MS // 1000} s; no screenshot was taken", 5)
    QApplication.processEvents()  # paint what arrived
    path.parent.mkdir(parents=True, exist_ok=True)
    if not _painted(window).save(str(path), "PNG", SCREENSHOT_PNG_QUALITY):
        raise BadInputFile(f"cannot write the screenshot to {path}", "unwritable_output")
    window.close()
    return 0
