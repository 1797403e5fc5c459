"""The list side of the window: queries, results, selection, the status line."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)

from db.errors import ArchiveError
from db.models import ArticleFilter, SortOrder
from desktop import i18n
from desktop.main_window.article_list_model import SORTABLE, Column
from desktop.main_window.features import available
from desktop.main_window.list_query_worker import ListRequest, ListResult
from desktop.main_window.window_parts import WindowParts


class ListingMixin(WindowParts):
    """The list: queries, results, selection, status line (part of MainWindow)."""

    def refresh(self) -> None:
        """Query the list again (F5), keeping the selection."""
        if self.archive is None or self._worker is None:
            return
        sort, descending = self._effective_sort()
        self._worker.request(ListRequest(self._filter, sort, descending, self._names_wanted))

    def _effective_sort(self) -> tuple[SortOrder, bool | None]:
        if self._filter.query and self._relevance:
            return SortOrder.RELEVANCE, None
        return self._sort, self._descending

    def _filter_changed(self, where: ArticleFilter) -> None:
        if where.query and not self._filter.query:
            self._relevance = True
        self._filter = where
        self.pane.set_query(where.query)
        self.refresh()

    def _sort_requested(self, sort: SortOrder, descending: bool) -> None:
        self._sort = sort
        self._descending = descending
        self._relevance = False
        self.settings.setValue("list/sort", sort.value)
        self.settings.setValue("list/descending", descending)
        self.refresh()

    def _show_result(self, result: ListResult) -> None:
        if self._worker is None or result.generation != self._worker.generation:
            return
        selected = self.selected_ids()
        current = self._current_id
        self._total = result.total
        where = result.request.where
        self.model.set_ids(result.ids, query=where.query, prefix_last=where.prefix_last)
        self.table.set_two_line_rows(bool(where.query))
        self._show_sort_indicator(result.request.sort, result.request.descending)
        self._reselect(selected, current)
        self._show_browse_or_welcome()
        self._update_status()
        self._update_actions()
        self.list_updated.emit()
        self._start_polling()
        self._first_rows_shown()

    def _show_names(self, names: dict[str, list[str]]) -> None:
        """The authors, sources and tags in use (read after the rows) go to the pickers."""
        if self._worker is None:
            return
        self._names_wanted = False
        self.filter_bar.set_names(names["author"], names["source"], names["tag"])
        self.names_updated.emit()

    def _query_failed(self, generation: int, message: str) -> None:
        if self._worker is not None and generation in (0, self._worker.generation):
            self.statusBar().showMessage(message, 10000)
            self._start_polling()
            # A failing query may mean a damaged file: check it now rather than never.
            self._first_rows_shown()

    def _start_polling(self) -> None:
        """Watch for changes by other connections (from the first list on, not before)."""
        if self.archive is not None and not self._poll.isActive():
            self._poll.start()

    def _show_sort_indicator(self, sort: SortOrder, descending: bool | None) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        if sort is SortOrder.RELEVANCE:
            header.setSortIndicatorShown(False)
        else:
            column = next(c for c, s in SORTABLE.items() if s is sort)
            natural_descending = sort is SortOrder.DATE
            is_descending = natural_descending if descending is None else descending
            header.setSortIndicatorShown(True)
            header.setSortIndicator(
                int(column),
                Qt.SortOrder.DescendingOrder if is_descending else Qt.SortOrder.AscendingOrder,
            )
        header.blockSignals(False)
        header.viewport().update()

    def _reselect(self, ids: list[int], current: int | None) -> None:
        selection_model = self.table.selectionModel()
        selection = QItemSelection()
        last_column = len(Column) - 1
        for article_id in ids:
            row = self.model.row_of(article_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last_column))
        selection_model.blockSignals(True)
        current_row = self.model.row_of(current) if current is not None else None
        if current_row is not None:
            selection_model.setCurrentIndex(
                self.model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection_model.blockSignals(False)
        self.table.viewport().update()
        if current_row is None:
            self._current_id = None
            self.pane.show_article(None)
        else:
            self._show_article(current)

    def _show_browse_or_welcome(self) -> None:
        if self.archive is None:
            self.central.setCurrentWidget(self.welcome)
            return
        if self._total == 0 and not self.filter_bar.is_filtering():
            self.welcome.set_import_available(available("import") and not self.archive.read_only)
            self.central.setCurrentWidget(self.welcome)
            return
        self.central.setCurrentWidget(self.browse)
        empty = self.model.rowCount() == 0
        self.list_stack.setCurrentWidget(self.empty_state if empty else self.table)

    def _update_status(self) -> None:
        if self.archive is None:
            self.status_label.setText(self.tr("No archive open"))
            return
        if self._total == 0:
            self.status_label.clear()  # the welcome state says it
            return
        text = self.tr("{shown} of {total} articles").format(
            shown=_number(self.model.rowCount()), total=_number(self._total)
        )
        if self._filter.query and self._effective_sort()[0] is SortOrder.RELEVANCE:
            text += " · " + self.tr("best matches first")
        self.status_label.setText(text)

    def selected_ids(self) -> list[int]:
        """The ids of the selected articles, in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.article_id(row) for row in rows if row < self.model.rowCount()]

    def current_id(self) -> int | None:
        """The article shown in the reading pane."""
        return self._current_id

    def select_row(self, row: int) -> None:
        """Make ``row`` current and the only one selected."""
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._current_id = None
            self.pane.show_article(None)
        else:
            self._show_article(self.model.article_id(current.row()))
        self._update_actions()

    def _show_article(self, article_id: int | None) -> None:
        self._current_id = article_id
        if self.archive is None or article_id is None:
            self.pane.show_article(None)
            return
        try:
            article = self.archive.get(article_id)
        except ArchiveError as error:
            self.pane.show_article(None)
            self.statusBar().showMessage(str(error), 10000)
            return
        self.pane.show_article(article, query=self._filter.query)

    def _selection_changed(self) -> None:
        self._update_actions()

    def data_changed_here(self) -> None:
        """Refresh after a change made through this window's own connection."""
        if self.archive is None:
            return
        self._total = self.archive.total()
        self._reload_names()
        self.refresh()

    def check_for_changes(self) -> None:
        """Refresh when another connection (a program, the command line) changed the archive."""
        if self.archive is None:
            return
        try:
            version = self.archive.data_version()
        except ArchiveError:
            return
        if version != self._data_version:
            self._data_version = version
            self.data_changed_here()

    def _reload_names(self) -> None:
        # Read on the query thread with the next list (slow on a big archive).
        self._names_wanted = True


def _number(value: int) -> str:
    """A count with the thousands separator of the UI language (1.234 in vi, 1,234 in en)."""
    separator = "." if i18n.current_language() == "vi" else ","
    return f"{value:,}".replace(",", separator)
