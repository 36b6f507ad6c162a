"""A delegate that draws an allowance as a bar: used, pending (forecast), left."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from engagements.gui import theme

BAR_ROLE = Qt.ItemDataRole.UserRole + 10  # (used, pending, available) or None
# Left at or below which a bar (IEM days or sessions) is drawn in the warning colour: the
# dashboard's "nearly out" (domain.allowance.NEARLY_OUT_DAYS), kept here as a number since
# the bars are painted before the rules are imported (the fast start).
LOW_LEFT = 2


class AllowanceBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        bar = index.data(BAR_ROLE)
        if not bar:
            super().paint(painter, option, index)
            return
        used, pending, available = bar
        style = option.widget.style() if option.widget else None
        if style:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = option.rect.adjusted(4, 6, -92, -6)
        self._track(painter, option, area)
        if available:
            self._segment(
                painter, area, 0, min(used, available), available, _used_colour(used, available)
            )
            self._segment(
                painter,
                area,
                min(used, available),
                min(pending, max(available - used, 0)),
                available,
                theme.colour(theme.WARNING),
                hatch=True,
            )
        text_rect = QRect(area.right() + 6, option.rect.top(), 88, option.rect.height())
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, index.data() or "")
        painter.restore()

    def _track(self, painter: QPainter, option: QStyleOptionViewItem, area: QRect) -> None:
        track = option.palette.color(QPalette.ColorRole.Mid)
        track.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(area, 3, 3)

    def _segment(
        self,
        painter: QPainter,
        area: QRect,
        start: int,
        length: int,
        total: int,
        colour: QColor,
        hatch: bool = False,
    ) -> None:
        if length <= 0:
            return
        left = area.left() + round(area.width() * start / total)
        width = max(round(area.width() * length / total), 2)
        rect = QRect(left, area.top(), width, area.height())
        painter.setBrush(
            colour if not hatch else QColor(colour.red(), colour.green(), colour.blue(), 130)
        )
        painter.drawRoundedRect(rect, 3, 3)


def _used_colour(used: int, available: int) -> QColor:
    left = available - used
    if left <= 0:
        return theme.colour(theme.DANGER)
    if left <= LOW_LEFT:
        return theme.colour(theme.WARNING)
    return theme.colour(theme.OK)
