"""Make the calendar pictures in docs/: month, week, day, dark and read-only, at
1400x900 and 1024x700. Run: python docs/calendar_screenshots.py DATABASE_FILE

The database is a demo one (``engagements --db sqlite:///FILE demo``); today is fixed
to 18 November 2026 so the pictures are the same on every run.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Asia/Shanghai"  # the viewer's zone in the pictures: the service team's
time.tzset()

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engagements.gui import theme  # noqa: E402
from engagements.gui.main_window import MainWindow, open_workspace  # noqa: E402
from engagements.gui.screenshot import wait_until_idle  # noqa: E402

TODAY = date(2026, 11, 18)
SIZES = ((1400, 900), (1024, 700))
SHOTS = (
    ("month", 0, "light", False),
    ("week", 1, "light", False),
    ("day", 2, "light", False),
    ("dark", 0, "dark", False),
    ("read-only", 0, "light", True),
)


def shoot(
    app: QApplication,
    url: str,
    name: str,
    mode: int,
    scheme: str,
    read_only: bool,
    size: tuple[int, int],
    folder: Path,
    settings: QSettings,
) -> Path:
    theme.apply_scheme(app, scheme)
    window = MainWindow(open_workspace(url, read_only, TODAY, False), settings)
    window.remembers_layout = False
    window.resize(*size)
    window.show()
    window.show_view("calendar")
    view = window.views["calendar"]
    wait_until_idle(window)
    # A busy day for the day view; October's holidays and working weekend in the dark.
    view.anchor = {"day": date(2026, 11, 12), "dark": date(2026, 10, 8)}.get(name, TODAY)
    view.ui.modeBox.setCurrentIndex(mode)
    view.refresh()
    wait_until_idle(window)
    app.processEvents()
    target = folder / f"calendar-{name}-{size[0]}x{size[1]}.png"
    window.grab().save(str(target))
    window.close()
    return target


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    url = f"sqlite:///{sys.argv[1]}"
    folder = Path(__file__).parent
    settings = QSettings(str(folder / ".screenshot-settings.ini"), QSettings.Format.IniFormat)
    for size in SIZES:
        for name, mode, scheme, read_only in SHOTS:
            print(shoot(app, url, name, mode, scheme, read_only, size, folder, settings))
    Path(settings.fileName()).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
