"""The window's language: chosen in Settings or following the system, and the tool that
keeps the Chinese translation in step with the sources."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from engagements.gui.language import install_language, resolved_language

ROOT = Path(__file__).resolve().parents[2]


def _translations_tool():
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "packaging" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_chosen_language_wins_over_the_system():
    assert resolved_language("zh_CN") == "zh_CN"
    assert resolved_language("en") == "en"


def test_the_system_language_decides_otherwise(monkeypatch):
    monkeypatch.setattr(
        QLocale, "system", lambda: QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)
    )
    assert resolved_language("system") == "zh_CN"
    monkeypatch.setattr(
        QLocale, "system", lambda: QLocale(QLocale.Language.German, QLocale.Country.Germany)
    )
    assert resolved_language("system") == "en"


def test_chinese_dates_and_qt_buttons_follow_the_choice(qapp):
    try:
        assert install_language(qapp, "zh_CN") == "zh_CN"
        assert QLocale().language() == QLocale.Language.Chinese
        assert QLocale().dayName(1) == "星期一"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        install_language(qapp, "en")
    assert QLocale().dayName(1) == "Monday"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_tool_lists_strings_without_a_translation(tmp_path):
    tool = _translations_tool()
    ts = tmp_path / "x.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="zh_CN">
<context><name>MainWindow</name>
<message><source>Refresh</source><translation>刷新</translation></message>
<message><source>Quit</source><translation type="unfinished"></translation></message>
<message><source>Undo</source><translation></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    assert tool.untranslated(ts) == [("MainWindow", "Quit"), ("MainWindow", "Undo")]


def test_the_tool_collects_the_forms_strings(tmp_path):
    tool = _translations_tool()
    collected = tool.update(tmp_path / "collected.ts")
    texts = {text for _context, text in tool.untranslated(collected)}
    assert "Book session" in texts or any("session" in text for text in texts)
    assert len(texts) > 100  # every Designer form's labels, at least


def test_the_language_chosen_in_settings_is_kept_for_the_next_start(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from engagements.gui.preferences import Preferences
    from engagements.gui.settings_dialog import SettingsDialog

    preferences = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert preferences.language == "system"
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("zh_CN"))
    dialog.save()
    assert preferences.language == "zh_CN"
    again = SettingsDialog(preferences)
    qtbot.addWidget(again)
    assert again.ui.language.currentText() == "简体中文"
