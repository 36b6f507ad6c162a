"""A delegate that draws an allowance as a bar: used, pending (forecast), left."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from engagements.gui import theme

BAR_ROLE = Qt.ItemDataRole.UserRole + 10  # (used, pending, available) or None
# Left at or below which a bar (IEM days or sessions) is drawn in the warning colour: the
# dashboard's "nearly out" (domain.allowance.NEARLY_OUT_DAYS), kept here as a number since
# the bars are painted before the rules are imported (the fast start).
LOW_LEFT = 2


class AllowanceBarDelegate(QStyledItemDelegate):
    """A cell is drawn as any other (its background, selected or not), and then, when it
    has an allowance, its bar and the label beside it instead of the text.

    The background is the item delegate's own, not asked of the style
    (``style.drawPrimitive(PE_PanelItemViewItem)``): a QStyle in Python makes PySide build
    QStyle's eleven enums, some 5 ms of the first paint."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bar_cell = False  # painting a bar: the cell's own text is left out

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if self._bar_cell:
            option.text = ""  # the label is drawn beside the bar
            view = option.widget
            if view is not None and index == view.currentIndex() and view.hasFocus():
                from PySide6.QtWidgets import QStyle

                # As before, no focus frame around a bar (only when one has the focus)
                option.state &= ~QStyle.StateFlag.State_HasFocus

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        bar = index.data(BAR_ROLE)
        self._bar_cell = bool(bar)
        try:
            super().paint(painter, option, index)
        finally:
            self._bar_cell = False
        if not bar:
            return
        used, pending, available = bar
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
