"""Draws the title with the search snippet under it, in a smaller grey line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.main_window.article_list_model import SNIPPET_ROLE

_Index = QModelIndex | QPersistentModelIndex


class SnippetDelegate(QStyledItemDelegate):
    """Title on the first line, the snippet (if the row has one) on the second."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(4, 1, -4, -1)
        line = opt.fontMetrics.height()
        painter.save()
        painter.setPen(opt.palette.color(group, text_role))
        first = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            first,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            opt.fontMetrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        small = opt.font
        small.setPointSizeF(max(6.0, opt.font.pointSizeF() * 0.88))
        painter.setFont(small)
        if not selected:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
        metrics = painter.fontMetrics()
        second = QRect(rect.left(), rect.top() + line, rect.width(), rect.height() - line)
        painter.drawText(
            second,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(snippet, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(SNIPPET_ROLE):
            size.setHeight(option.fontMetrics.height() * 2 + 6)
        return size
