"""The window draws Chinese with the shipped font when the system has no CJK font."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QFont, QRawFont

from engagements.forms.fonts import FONT_FILE as FORM_FONT
from engagements.gui import chinese_font


def test_without_a_system_cjk_font_the_shipped_one_backs_the_application_font(qapp):
    before = QFont(qapp.font())
    try:
        family = chinese_font.use_bundled_chinese_font(qapp, has_font=False)
        assert family
        assert qapp.font().families()[-1] == family
        assert qapp.font().families()[0] == before.families()[0]  # Latin keeps its look
        assert QRawFont.fromFont(QFont(family)).supportsCharacter("杭")
    finally:
        qapp.setFont(before)


def test_with_a_system_cjk_font_nothing_changes(qapp):
    before = QFont(qapp.font())
    assert chinese_font.use_bundled_chinese_font(qapp, has_font=True) is None
    assert qapp.font() == before


def test_the_window_and_the_form_name_the_same_shipped_font():
    assert chinese_font.FONT_FILE == FORM_FONT


def test_a_system_without_cjk_fonts_is_noticed_and_given_the_shipped_one(tmp_path):
    """A real Qt over a fontconfig that knows no fonts at all, in a process of its own."""
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{tmp_path / "none"}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    probe = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from engagements.gui import chinese_font as c; "
        "print(c.system_has_chinese_font(), c.use_bundled_chinese_font(app))"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "False"
    assert result.stdout.strip().split(" ", 1)[1] not in ("None", "")
