"""The font reports are printed with: it must draw Latin and Chinese partner names alike.

First choice is a font shipped in ``resources/fonts`` (the request form ships a
WenQuanYi Micro Hei subset there); the fallback is the system's WenQuanYi Micro Hei
(Debian/Ubuntu package ``fonts-wqy-microhei``). reportlab embeds the glyphs used.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from engagements.assets import resource

REPORT_FONT = "ReportSans"
SYSTEM_FONTS = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
)
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


class FontUnavailable(RuntimeError):
    """No font that can print Chinese was found; the message says what to install."""


def _shipped_fonts() -> Iterator[Path]:
    folder = resource("fonts")
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.lower().endswith(FONT_SUFFIXES):
            yield entry


def _register(path: Path) -> bool:
    try:
        # subfontIndex picks "WenQuanYi Micro Hei" (0), not its Mono face, in a .ttc.
        pdfmetrics.registerFont(TTFont(REPORT_FONT, str(path), subfontIndex=0))
    except (TTFError, OSError, ValueError):
        return False
    return True


@lru_cache(maxsize=1)
def report_font() -> str:
    """Register the report font once and return its reportlab name.

    Raises :class:`FontUnavailable` when neither a shipped nor a system font is usable.
    """
    for path in [*_shipped_fonts(), *SYSTEM_FONTS]:
        if path.is_file() and _register(path):
            return REPORT_FONT
    raise FontUnavailable(
        "no font that can print Chinese was found for the PDF report: ship one in "
        "resources/fonts or install WenQuanYi Micro Hei (apt install fonts-wqy-microhei)"
    )
