"""How the calendar looks: the theme chosen in Settings (dark: disabled controls dimmed,
tints told apart), the read-only notice on one line, and a drag refused when read only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from engagements.gui import theme
from engagements.gui.preferences import Preferences
from engagements.gui.settings_dialog import SettingsDialog


@pytest.fixture
def scheme():
    app = QApplication.instance()
    yield app
    theme.apply_scheme(app, "light")  # the other tests paint in the light scheme
    theme.apply_scheme(app, "system")


def _distance(one: QColor, other: QColor) -> int:
    return sum(abs(a - b) for a, b in zip(one.getRgb()[:3], other.getRgb()[:3], strict=True))


def test_the_theme_chosen_in_settings_is_kept_and_used(qtbot, settings, scheme):
    preferences = Preferences(settings)
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.ui.theme.setCurrentIndex(dialog.ui.theme.findData("dark"))
    dialog.save()
    assert preferences.theme == "dark" and theme.is_dark()
    palette = scheme.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 60
    enabled = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert _distance(enabled, disabled) > 150  # a disabled button reads as disabled
    holiday = theme.tint(theme.HOLIDAY_TINT)
    working = theme.tint(theme.WORKING_WEEKEND_TINT)
    assert _distance(holiday, working) > 60  # holiday and working day told apart
    assert holiday.lightness() < 100 and working.lightness() < 100  # light text reads
    assert theme.colour(theme.KIND_COLOURS["iem"]).name() in theme.legend_html()
    again = SettingsDialog(preferences)
    qtbot.addWidget(again)
    assert again.ui.theme.currentData() == "dark"
    assert not theme.tint(theme.HOLIDAY_TINT, paper=True).lightness() < 200  # paper: light


def test_read_only_notice_is_one_line_naming_the_file(
    qtbot, demo_db, today, settings, warnings, make_window
):
    from engagements.services.database import Database

    url = demo_db.engine.url.render_as_string(hide_password=False)
    window = make_window(Database.open(url, read_only=True), today, settings)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    view = window.views["calendar"]
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.show_view("calendar")
    banner = window.ui.readOnlyBanner
    metrics = QFontMetrics(banner.font())
    assert banner.height() <= metrics.height() + 2 * banner.margin() + 4  # one line
    assert banner.toolTip().startswith("Read only:")
    assert all(metrics.inFontUcs4(ord(letter)) for letter in banner.toolTip())  # no boxes
    shown = window.statusBar().currentMessage()
    assert shown == demo_db.engine.url.database  # a path, not file:...?mode=ro
    entry = view.month.shown.entries[0]
    from engagements.gui import calendar_edits

    assert (
        calendar_edits.move_days(window.context, view, entry, date(2026, 12, 1), date(2026, 12, 1))
        is None
    )
    assert "read only" in warnings[-1]


def test_the_cli_paints_in_the_theme_asked_for(cli, sqlite_url, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    pictures = {}
    for scheme in ("light", "dark"):
        target = tmp_path / f"{scheme}.png"
        assert (
            cli(
                "--db",
                sqlite_url,
                "--screenshot",
                target,
                "--view",
                "calendar",
                "--size",
                "1024x700",
                "--theme",
                scheme,
            ).code
            == 0
        )
        pictures[scheme] = QImage(str(target)).pixelColor(600, 690)  # the status bar
    assert pictures["dark"].lightness() < 80 < pictures["light"].lightness()


def _bits(colour: QColor) -> tuple[int, int, int, int]:
    exact = colour.rgba64()
    return exact.red(), exact.green(), exact.blue(), exact.alpha()


def test_the_light_palette_is_fusions_own():
    # Written out so that a start never asks the style for it (a QStyle in Python costs
    # PySide's QStyle enums); Fusion's greys are compared in their sixteen bits, since a
    # shade rounded to eight drew the bars' tracks a shade differently.
    from PySide6.QtWidgets import QStyleFactory

    fusion = QStyleFactory.create(theme.STYLE).standardPalette()
    written = theme.light_palette()
    groups = (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    )
    for role in QPalette.ColorRole:
        if role in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles):
            continue
        for group in groups:
            assert _bits(written.color(group, role)) == _bits(fusion.color(group, role)), (
                role,
                group,
            )


def test_the_application_made_by_the_start_is_in_fusion(tmp_path):
    # Named when it is made (new_application): set later from Python, the style would
    # come back to Python as a QStyle.
    import subprocess
    import sys

    code = (
        "from engagements.gui import theme\n"
        "app = theme.new_application(['engagements'])\n"
        "theme.apply_scheme(app, 'light')\n"
        "from PySide6.QtGui import QPalette\n"
        "print(app.style().name(), app.palette().color(QPalette.ColorRole.Mid).rgba64().red())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.split() == ["fusion", str(0xB890)]
