"""Start the desktop application, or render one view to a PNG without a screen."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from engagements.settings import database_named, database_url, today

# The longest a closing window waits for background work (a read, a save, the database
# still opening) before closing the database.
DATABASE_CLOSE_WAIT_MS = 10_000


def has_display() -> bool:
    """Whether a window can be shown: a display on Linux, always on Windows and macOS."""
    return bool(
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or sys.platform in ("win32", "darwin")
    )


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
        from engagements.errors import InvalidInput

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
    from engagements.gui.theme import follow_system_scheme, new_application
    from engagements.services.fast_start import FastStart

    _quiet_offscreen_notices()
    from engagements.logs import log_uncaught

    log_uncaught()  # a fault in a slot reaches the log file, not only a terminal
    app = QApplication.instance() or new_application(sys.argv[:1])
    app.setApplicationName("Engagements")
    app.setOrganizationName("Engagements")
    # The window manager matches the window to the installed desktop entry by this name.
    app.setDesktopFileName("engagements")
    from engagements.gui.preferences import Preferences
    from engagements.gui.screenshot import save_screenshot

    follow_system_scheme(
        app,
        getattr(args, "theme", None)  # type: ignore[arg-type]
        or Preferences().theme,
    )
    use_bundled_chinese_font(app)  # type: ignore[arg-type]
    from engagements.gui.language import install_language

    # Before any window is built: the forms are translated as they are loaded.
    install_language(app, getattr(args, "language", None) or Preferences().language)
    url, read_only, view = (
        _chosen_url(args),
        bool(getattr(args, "read_only", False)),
        getattr(args, "view", "dashboard") or "dashboard",
    )
    # The dashboard saved at the last load, if nothing has changed since: the window draws
    # it at once and opens the database (SQLAlchemy, the schema check) behind it.
    start = FastStart(url, today()) if view == "dashboard" and not no_screen else None
    saved = start.dashboard_before_opening() if start is not None else None
    forms = list(getattr(args, "forms", None) or [])
    instance = None if screenshot or no_screen else _single_instance(app, url, forms)
    if instance is False:
        return 0  # the window already open on this database took the request
    if no_screen or (screenshot and saved is None):
        window = MainWindow(
            open_workspace(url, read_only, today(), fill_demo_if_empty=not screenshot),
            start=start,
            reads_dashboard_first=view == "dashboard",
        )
    else:
        window = MainWindow(Workspace(None, today(), url, read_only), start=start)
    window.resize(*size)
    if screenshot or no_screen:
        window.remembers_layout = False  # an offscreen picture is not the user's layout
        # One paint: what the start draws first (a team's saved dashboard is not read
        # again behind it; a window does, a moment later).
        window.rechecks_saved_dashboard = not screenshot
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
    if database_named(args):
        return database_url(args)
    from engagements.gui.preferences import Preferences

    return Preferences().database_url() or database_url(args)
