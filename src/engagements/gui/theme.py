"""Colours and icons: follows the system's light or dark scheme; high-DPI SVG icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from engagements.assets import resource

# Colour by kind and status; the same hue in both schemes, lighter on dark backgrounds.
STATUS_COLOURS = {
    "submitted": "#d08700", "approved": "#2e7d32", "scheduled": "#1565c0",
    "in_progress": "#6a1b9a", "completed": "#546e7a", "rejected": "#c62828",
    "cancelled": "#9e9e9e", "held": "#546e7a",
}
KIND_COLOURS = {"iem": "#1565c0", "session": "#00897b"}
WARNING, DANGER, OK = "#d08700", "#c62828", "#2e7d32"
HOLIDAY_TINT, WORKING_WEEKEND_TINT = "#fdecea", "#e8f5e9"


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colour(hex_code: str) -> QColor:
    """A status or kind colour, lightened for a dark background."""
    found = QColor(hex_code)
    return found.lighter(140) if is_dark() else found


def tint(hex_code: str) -> QColor:
    """A background tint (holidays, working weekends) that reads in both schemes."""
    found = QColor(hex_code)
    if is_dark():
        found = QColor(found.red() // 4, found.green() // 4, found.blue() // 4)
    return found


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#181a1b", QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2d2f31",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3b78c2",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2d2f31",
        QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    return palette


def apply_scheme(app: QApplication) -> None:
    """Fusion everywhere, with a dark palette when the system asks for dark."""
    app.setStyle("Fusion")
    dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    app.setPalette(dark_palette() if dark else app.style().standardPalette())


def follow_system_scheme(app: QApplication) -> None:
    apply_scheme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _: apply_scheme(app))


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons (scales cleanly on high-DPI screens)."""
    node = resource("icons", f"{name}.svg")
    if not node.is_file():
        return QIcon()
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QPixmap

    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(node.read_bytes()), "SVG")
    return QIcon(pixmap) if not pixmap.isNull() else QIcon()
