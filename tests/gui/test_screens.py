"""Each view renders to a PNG (what --screenshot does); settings keep no password."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from engagements.gui.main_window import VIEWS
from engagements.gui.preferences import Preferences
from engagements.gui.screenshot import save_screenshot


@pytest.mark.parametrize("view", VIEWS)
def test_each_view_renders(qtbot, qapp, demo_db, today, settings, make_window, tmp_path, view):
    window = make_window(demo_db, today, settings)
    window.resize(1200, 800)
    window.show_view(view)
    target = tmp_path / f"{view}.png"
    assert save_screenshot(qapp, window, target) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1200, 800)
    assert not window.context.jobs.busy  # the view's data arrived before the picture


def test_the_cli_takes_a_screenshot(cli, sqlite_url, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    target = tmp_path / "calendar.png"
    assert (
        cli(
            "--db", sqlite_url, "--screenshot", target, "--view", "calendar", "--size", "900x600"
        ).code
        == 0
    )
    assert QImage(str(target)).width() == 900


def test_a_team_password_is_never_written_to_the_settings(settings, monkeypatch):
    kept: dict[str, str] = {}
    import keyring

    monkeypatch.setattr(keyring, "set_password", lambda s, a, p: kept.__setitem__(a, p))
    monkeypatch.setattr(keyring, "get_password", lambda s, a: kept.get(a))
    preferences = Preferences(settings)
    preferences.save_database("team", "", "postgresql://asm1:s3cret@db.example:5432/eng", "", None)
    settings.sync()
    assert "s3cret" not in open(settings.fileName(), encoding="utf-8").read()
    assert kept == {"asm1@db.example:5432/eng": "s3cret"}
    assert "s3cret" in preferences.database_url()
    monkeypatch.setenv("TEAM_PW", "from-env")
    preferences.save_database("team", "", "postgresql://asm1@db.example:5432/eng", "TEAM_PW", None)
    assert ":from-env@" in preferences.database_url()
