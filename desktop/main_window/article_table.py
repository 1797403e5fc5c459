"""The table of articles: rows selected whole, several at once; Enter asks to edit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.main_window.article_list_model import Column
from desktop.main_window.snippet_delegate import SnippetDelegate
from desktop.main_window.sort_header import SortHeader


class ArticleTable(QTableView):
    """The article list view.

    Signals:
        edit_requested(): Enter or Return on the current row.
    """

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setHorizontalHeader(SortHeader(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._row_height = self.fontMetrics().height() + 8
        self.verticalHeader().setDefaultSectionSize(self._row_height)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setItemDelegateForColumn(int(Column.TITLE), SnippetDelegate(self))

    def set_default_widths(self) -> None:
        """Column widths that fit a 1024-pixel-wide window."""
        metrics = self.fontMetrics()
        widths = {
            # The longest dates of either UI language.
            Column.DATE: max(
                metrics.horizontalAdvance(text) for text in ("tháng 12/0000", "September 0000")
            )
            + 28,
            Column.TITLE: 330,
            Column.AUTHOR: 120,
            Column.SOURCE: 90,
            Column.TAGS: 90,
        }
        for column, width in widths.items():
            self.setColumnWidth(int(column), width)

    def set_two_line_rows(self, two_lines: bool) -> None:
        """Taller rows while searching, so the snippet fits under the title."""
        height = self.fontMetrics().height() * 2 + 8 if two_lines else self._row_height
        self.verticalHeader().setDefaultSectionSize(height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.edit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
