"""The main window: a navigation list on the left, one view at a time on the right."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engagements.services.database import Database

VIEWS = ("dashboard", "requests", "calendar", "partners", "sessions")


@dataclass
class Workspace:
    """What the window works on: the open database and the application's today."""

    database: Database
    today: date


def open_workspace(url: str, read_only: bool, today: date, fill_demo_if_empty: bool) -> Workspace:
    database = Database.open(url, read_only=read_only)
    if fill_demo_if_empty and not read_only:
        from engagements.services.demo import fill_demo_if_empty as fill

        fill(database, today)
    return Workspace(database, today)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle("Engagements")
        self.navigation = QListWidget()
        self.navigation.addItems([name.title() for name in VIEWS])
        self.navigation.setFixedWidth(180)
        self.views = QStackedWidget()
        for name in VIEWS:
            self.views.addWidget(self._placeholder(name))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.views)
        self.setCentralWidget(splitter)
        self.navigation.currentRowChanged.connect(self.views.setCurrentIndex)
        self.statusBar().showMessage(
            f"{'Read only · ' if workspace.database.read_only else ''}"
            f"{workspace.database.engine.url.render_as_string(hide_password=True)}")

    def _placeholder(self, name: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(f"<h2>{name.title()}</h2>")
        layout.addWidget(title)
        layout.addStretch(1)
        return page

    def show_view(self, name: str) -> None:
        self.navigation.setCurrentRow(VIEWS.index(name))
