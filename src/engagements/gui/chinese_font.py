"""Chinese partner names never render as boxes, whatever fonts the system has.

On a machine without any CJK font (a minimal Linux, a container, some remote desktops)
Qt has nothing to draw 杭州云帆 with. The request form's font ships inside the package;
the window then loads it and puts it behind the system's own font, so Latin text keeps
the system's look and Chinese falls back to the shipped glyphs.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from engagements.assets import resource

# The request form's font (engagements.forms.fonts.FONT_FILE), named again here so that
# the window does not import the PDF libraries to find it.
FONT_FILE = "FormSans-CJK.ttf"


def system_has_chinese_font() -> bool:
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return any(not QFontDatabase.isPrivateFamily(f) for f in families)


def use_bundled_chinese_font(app: QApplication, has_font: bool | None = None) -> str | None:
    """Load the shipped CJK font behind the application font when the system has none.

    Returns the family loaded, or None when the system's own fonts already cover Chinese
    (or the shipped font cannot be loaded, when Qt's own fallback is all there is)."""
    if system_has_chinese_font() if has_font is None else has_font:
        return None
    loaded = QFontDatabase.addApplicationFont(str(resource("fonts", FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(loaded) if loaded >= 0 else []
    if not families:
        return None
    font = QFont(app.font())
    font.setFamilies([*font.families(), families[0]])
    app.setFont(font)
    return families[0]
