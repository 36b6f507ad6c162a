"""Colours and icons: the system's light or dark scheme, or the one chosen in Settings;
high-DPI SVG icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from engagements.assets import resource

# Colour by kind and status; the same hue in both schemes, lighter on dark backgrounds.
STATUS_COLOURS = {
    "submitted": "#d08700",
    "approved": "#2e7d32",
    "scheduled": "#1565c0",
    "in_progress": "#6a1b9a",
    "completed": "#546e7a",
    "rejected": "#c62828",
    "cancelled": "#9e9e9e",
    "held": "#546e7a",
}
KIND_COLOURS = {"iem": "#1565c0", "session": "#00897b"}
WARNING, DANGER, OK = "#d08700", "#c62828", "#2e7d32"
HOLIDAY_TINT, WORKING_WEEKEND_TINT = "#fdecea", "#e8f5e9"
# On a dark background the tints keep their hue, deep enough for light text to read.
DARK_TINTS = {HOLIDAY_TINT: "#4a2427", WORKING_WEEKEND_TINT: "#1d3d27"}
THEMES = {
    "system": QT_TRANSLATE_NOOP("Theme", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
}
_chosen = ["system"]  # the Settings choice in force


def is_dark() -> bool:
    if _chosen[0] != "system":
        return _chosen[0] == "dark"
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colour(hex_code: str, paper: bool = False) -> QColor:
    """A status or kind colour, lightened for a dark background (never on paper)."""
    found = QColor(hex_code)
    return found.lighter(140) if is_dark() and not paper else found


def tint(hex_code: str, paper: bool = False) -> QColor:
    """A background tint (holidays, working weekends) that reads in both schemes."""
    if is_dark() and not paper:
        return QColor(DARK_TINTS.get(hex_code, hex_code))
    return QColor(hex_code)


def legend_html() -> str:
    """The calendar's legend, in the colours of the scheme in force."""

    def swatch(hex_code: str) -> str:
        return f"<span style='color:{colour(hex_code).name()}'>&#9632;</span>"

    def day(hex_code: str, text: str) -> str:
        return f"<span style='background:{tint(hex_code).name()}'>&nbsp;{text}&nbsp;</span>"

    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Theme",
        "{iem} IEM  {session} session · pale: waiting for approval · &#9888; expert "
        "clash · &#10006; over allowance · {holiday} {working}",
    ).format(
        iem=swatch(KIND_COLOURS["iem"]),
        session=swatch(KIND_COLOURS["session"]),
        holiday=day(HOLIDAY_TINT, QCoreApplication.translate("Theme", "holiday")),
        working=day(
            WORKING_WEEKEND_TINT, QCoreApplication.translate("Theme", "official working day")
        ),
    )


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#181a1b",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2f31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3b78c2",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2d2f31",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#4a4d51",
        QPalette.ColorRole.Dark: "#111214",
        QPalette.ColorRole.Light: "#5f6368",
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    # Disabled controls must look disabled: dimmed text, a flatter button.
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        palette.setColor(disabled, role, QColor("#6b6f75"))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor("#242628"))
    palette.setColor(disabled, QPalette.ColorRole.Base, QColor("#1e2022"))
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor("#3c4043"))
    return palette


# Fusion's own light palette, written out as the dark one is: (active, inactive,
# disabled) for each role. Fusion works out some greys in sixteen bits, given here as
# such (a number): rounded to "#b8b8b8", semi-transparent paint over them (the bars'
# tracks) came out a shade different. Asking the style for it (``app.style().standardPalette()``)
# hands Python a QStyle, and PySide then builds QStyle's eleven enums, some 5 ms of every
# start. tests/gui/test_theme.py holds it equal to what Fusion gives.
FUSION_LIGHT = {
    QPalette.ColorRole.WindowText: ("#000000", "#000000", "#bebebe"),
    QPalette.ColorRole.Button: ("#efefef", "#efefef", "#efefef"),
    QPalette.ColorRole.Light: ("#ffffff", "#ffffff", "#ffffff"),
    QPalette.ColorRole.Midlight: (0xCB04, 0xCB04, 0xCB04),
    QPalette.ColorRole.Dark: (0x9FF4, 0x9FF4, "#bebebe"),
    QPalette.ColorRole.Mid: (0xB890, 0xB890, 0xB890),
    QPalette.ColorRole.Text: ("#000000", "#000000", "#bebebe"),
    QPalette.ColorRole.BrightText: ("#ffffff", "#ffffff", "#ffffff"),
    QPalette.ColorRole.ButtonText: ("#000000", "#000000", "#bebebe"),
    QPalette.ColorRole.Base: ("#ffffff", "#ffffff", "#efefef"),
    QPalette.ColorRole.Window: ("#efefef", "#efefef", "#efefef"),
    QPalette.ColorRole.Shadow: (0x767B, 0x767B, 0xB1B8),
    QPalette.ColorRole.Highlight: ("#308cc6", "#308cc6", "#919191"),
    QPalette.ColorRole.HighlightedText: ("#ffffff", "#ffffff", "#ffffff"),
    QPalette.ColorRole.Link: ("#0000ff", "#0000ff", "#0000ff"),
    QPalette.ColorRole.LinkVisited: ("#ff00ff", "#ff00ff", "#ff00ff"),
    QPalette.ColorRole.AlternateBase: ("#f7f7f7", "#f7f7f7", "#f7f7f7"),
    QPalette.ColorRole.ToolTipBase: ("#ffffdc", "#ffffdc", "#ffffdc"),
    QPalette.ColorRole.ToolTipText: ("#000000", "#000000", "#000000"),
    QPalette.ColorRole.PlaceholderText: ("#80000000", "#80000000", "#80000000"),
    QPalette.ColorRole.Accent: ("#308cc6", "#308cc6", "#919191"),
}
# The style is named when the application is made (``new_application``): set from Python,
# it too would come back to Python as a QStyle.
STYLE = "Fusion"
_STYLED = "engagementsStyled"  # a property of the application once it has the style


def new_application(arguments: list[str]) -> QApplication:
    """The application (``arguments``: the program's name), made in the style every
    window of it uses."""
    app = QApplication([*(arguments or ["engagements"]), "-style", STYLE])
    app.setProperty(_STYLED, True)
    return app


def light_palette() -> QPalette:
    palette = QPalette()
    groups = (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    )
    for role, colours in FUSION_LIGHT.items():
        for group, value in zip(groups, colours, strict=True):
            grey = isinstance(value, int)
            palette.setColor(
                group, role, QColor.fromRgba64(value, value, value) if grey else QColor(value)
            )
    return palette


def apply_scheme(app: QApplication, choice: str | None = None) -> None:
    """Fusion everywhere, dark when chosen in Settings or (by default) when the system
    asks for dark."""
    if choice is not None:
        _chosen[0] = choice if choice in THEMES else "system"
    if not app.property(_STYLED):  # an application not made by new_application (tests)
        app.setStyle(STYLE)
        app.setProperty(_STYLED, True)
    dark = (
        _chosen[0] == "dark"
        or _chosen[0] == "system"
        and QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    )
    app.setPalette(dark_palette() if dark else light_palette())


def follow_system_scheme(app: QApplication, choice: str = "system") -> None:
    apply_scheme(app, choice)
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
