"""The window on a team database: a TAM login reviews only, whatever the preferences say."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from engagements.services.database import Database


def _window_as(qtbot, url: str, login: str, tmp_path):
    from engagements.gui.main_window import MainWindow, Workspace

    as_login = make_url(url).set(username=login).render_as_string(hide_password=False)
    database = Database.open(as_login)
    settings = QSettings(str(tmp_path / f"{login}.ini"), QSettings.Format.IniFormat)
    settings.setValue("user/role", "asm")  # the preference claims more than the login has
    window = MainWindow(Workspace(database, date(2026, 11, 26)), settings)
    qtbot.addWidget(window)
    return window


@pytest.mark.postgres
def test_a_tam_login_gets_a_read_only_window_with_the_reason(qtbot, team_url, make_login, tmp_path):
    login = make_login("tam")
    window = _window_as(qtbot, team_url, login, tmp_path)
    assert window.context.read_only
    assert login in window.context.read_only_reason
    assert "technical account manager" in window.context.read_only_reason
    for name in ("new_iem", "book_session", "approve", "import_form"):
        assert not window.actions_by_name[name].isEnabled(), name


@pytest.mark.postgres
def test_an_asm_login_may_edit(qtbot, team_url, make_login, tmp_path):
    window = _window_as(qtbot, team_url, make_login("asm"), tmp_path)
    assert not window.context.read_only
