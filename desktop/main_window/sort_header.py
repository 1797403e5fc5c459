"""The list's column header, whose sort arrow points the way the values run down the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyleOptionHeader, QWidget

_FLIPPED = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}


class SortHeader(QHeaderView):
    """A horizontal header whose arrow points down for a descending order.

    Qt draws an ascending order with a down arrow (the values grow downwards) and so the
    newest-first date column with an arrow pointing up; users of Windows Explorer, Excel
    and the file managers read a down arrow as "descending" (Z to A, newest first) and an
    up arrow as "ascending". Only the drawing changes: ``sortIndicatorOrder`` keeps Qt's
    meaning.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:
        super().initStyleOptionForIndex(option, logicalIndex)
        option.sortIndicator = _FLIPPED.get(option.sortIndicator, option.sortIndicator)
