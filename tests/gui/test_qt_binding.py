"""The Qt binding installed keeps Python's count of references to None.

PySide6 6.12.0 returns None from methods that return nothing without taking a reference:
each call of ``painter.save()`` then costs None one reference, and on Python 3.11 (where
None is not yet immortal) a few thousand calls, one painted calendar month, abort the
process ("none_dealloc: deallocating None"). pyproject.toml excludes that release.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter


def test_calls_returning_nothing_keep_none_alive(qapp):
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(1000):
            painter.save()
            painter.setPen(QColor("red"))
            painter.restore()
        assert sys.getrefcount(None) >= before - 10
    finally:
        painter.end()
