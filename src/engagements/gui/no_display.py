"""A start on a machine without a display: open the database as a normal start does,
save the dashboard as a picture, say where, and exit.

The quick start (``pip install -e ".[test]" && engagements``) is often tried on a server
or in a container; there a window nobody can see would look like a hang.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path
from PySide6.QtWidgets import QApplication

from engagements.gui.main_window import MainWindow
from engagements.gui.screenshot import save_screenshot


def dashboard_picture_path() -> Path:
    """Where the dashboard is saved: ``dashboard.png`` in the user's data folder."""
    return user_data_path("engagements", appauthor=False) / "dashboard.png"


def database_label(window: MainWindow) -> str:
    """The database file for SQLite, else its URL without the password."""
    url = window.workspace.database.engine.url
    if url.get_backend_name() == "sqlite" and url.database:
        return str(Path(url.database).resolve())
    return url.render_as_string(hide_password=True)


def show_without_display(app: QApplication, window: MainWindow) -> int:
    """Render the dashboard offscreen to the data folder and print one line saying so."""
    target = dashboard_picture_path()
    window.open_on("dashboard")
    save_screenshot(app, window, target)
    partners = window.views["dashboard"].model.rowCount()  # type: ignore[attr-defined]
    print(
        f"No display found: opened {database_label(window)} ({partners} partners) and "
        f"saved the dashboard to {target}; run Engagements in a desktop session to use "
        "the window, or see `engagements --help` for the commands."
    )
    return 0
