"""The list of articles: its filter, its order, its query thread, its model and selection."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView

from db.archive import Archive
from db.facets import Facets
from db.models import ArticleFilter, SortOrder
from desktop.browse.browse_choices import BrowseChoices
from desktop.main_window.article_list_model import SORTABLE, ArticleListModel, Column
from desktop.main_window.article_table import ArticleTable
from desktop.main_window.filter_bar import FilterBar
from desktop.main_window.list_query_worker import ListQueryWorker, ListRequest, ListResult


class ArticleList(QObject):
    """What the list shows and which articles are selected in it.

    The filter comes from the filter bar, the order from the header (remembered in the
    settings; relevance while searching until a header is clicked). Queries run on the
    ``ListQueryWorker``, newest only; the model builds rows on demand. The selection and
    the current article survive a new result.

    The list always has something to read while it has rows, as a mail client has: the
    first result of an archive and every new search make the first row (the newest, or
    the best match) current; when the current article leaves the list (deleted, filtered
    out) the row that took its place becomes current.

    Args:
        table: the view (the list sets its model and watches its selection).
        filter_bar: where the filter is typed.
        settings: where the order is remembered.

    Signals:
        list_updated(): the list shows the result of the latest query.
        first_rows_shown(): the first result (or failure) since the archive was set.
        current_changed(object): the article id now current (None: none).
        selection_changed(): the selected rows changed.
        query_failed(str): the latest query failed (the message is for the user).
        facets_ready(Facets): the browse panel's counts for the filter shown, after its
            first rows, while ``set_counting(True)``.
    """

    list_updated = Signal()
    first_rows_shown = Signal()
    current_changed = Signal(object)
    selection_changed = Signal()
    query_failed = Signal(str)
    facets_ready = Signal(object)

    def __init__(
        self,
        table: ArticleTable,
        filter_bar: FilterBar,
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._table = table
        self._filter_bar = filter_bar
        self._settings = settings
        self.model = ArticleListModel(None, self)
        table.setModel(self.model)
        table.set_default_widths()
        self._worker: ListQueryWorker | None = None
        self._archive: Archive | None = None
        self._where = ArticleFilter(prefix_last=True)
        # The filter bar's filter, and the browse panel's choices that narrow it.
        self._bar_where = self._where
        self._choices = BrowseChoices()
        self._counting = False
        self._sort, self._descending = _stored_order(settings)
        self._relevance = True
        self._total = 0
        self._current_id: int | None = None
        self._waiting_for_first = False
        # The filter of the result shown: another query is a new search (best match first).
        self._shown_where = ArticleFilter(prefix_last=True)
        self._first_row_wanted = False
        filter_bar.filter_changed.connect(self._filter_changed)
        self.model.sort_requested.connect(self._sort_requested)
        selection = table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self.selection_changed.emit())
        selection.currentRowChanged.connect(self._current_row_changed)

    # --- the archive ------------------------------------------------------------------

    def set_archive(self, archive: Archive | None) -> None:
        """List ``archive`` (None: an empty list); its query thread opens its own connection."""
        self.stop()
        self._archive = archive
        self._total = 0
        self._current_id = None
        self._shown_where = ArticleFilter(prefix_last=True)
        self.model.set_archive(archive)
        if archive is None:
            return
        self._worker = ListQueryWorker(archive.path)
        self._worker.result_ready.connect(self._show_result)
        self._worker.failed.connect(self._failed)
        self._worker.facets_ready.connect(self._facets_ready)
        self._worker.start()
        self._waiting_for_first = True
        self._first_row_wanted = True
        self.refresh()

    def stop(self) -> None:
        """Stop the query thread (before the archive closes)."""
        if self._worker is not None:
            self._worker.result_ready.disconnect(self._show_result)
            self._worker.failed.disconnect(self._failed)
            self._worker.facets_ready.disconnect(self._facets_ready)
            self._worker.stop()
            self._worker.deleteLater()
            self._worker = None

    # --- queries ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Query again with the same filter and order, keeping the selection."""
        if self._worker is None:
            return
        sort, descending = self._effective_order()
        self._worker.request(
            ListRequest(self._where, sort, descending, with_facets=self._counting)
        )

    def set_choices(self, choices: BrowseChoices) -> None:
        """Narrow the filter bar's filter by the browse panel's choices, and list again."""
        self._choices = choices
        self._filter_changed(self._bar_where)

    def set_counting(self, counting: bool) -> None:
        """Count the browse panel's facets with every query (while it is shown)."""
        if counting != self._counting:
            self._counting = counting
            if counting:
                self.refresh()

    def where(self) -> ArticleFilter:
        """The filter the list shows."""
        return self._where

    def by_relevance(self) -> bool:
        """Whether the list is in order of relevance (a search, no header clicked)."""
        return self._effective_order()[0] is SortOrder.RELEVANCE

    def total(self) -> int:
        """How many articles the archive holds (outside the Trash), as of the last result."""
        return self._total

    def matching_count(self) -> int:
        """How many articles match the filter."""
        return self.model.rowCount()

    def _effective_order(self) -> tuple[SortOrder, bool | None]:
        if self._where.query and self._relevance:
            return SortOrder.RELEVANCE, None
        return self._sort, self._descending

    def _filter_changed(self, where: ArticleFilter) -> None:
        if where.query and not self._where.query:
            self._relevance = True
        self._bar_where = where
        self._where = self._choices.applied_to(where)
        self.refresh()

    def _facets_ready(self, generation: int, facets: Facets) -> None:
        if self._worker is not None and generation == self._worker.generation:
            self.facets_ready.emit(facets)

    def _sort_requested(self, sort: SortOrder, descending: bool) -> None:
        self._sort = sort
        self._descending = descending
        self._relevance = False
        self._settings.setValue("list/sort", sort.value)
        self._settings.setValue("list/descending", descending)
        self.refresh()

    def _show_result(self, result: ListResult) -> None:
        if self._worker is None or result.generation != self._worker.generation:
            return
        selected = self.selected_ids()
        current = self._current_id
        current_row = self.model.row_of(current) if current is not None else None
        self._total = result.total
        where = result.request.where
        same_filter = where == self._shown_where
        if (where.query or None) != (self._shown_where.query or None) and where.query:
            self._first_row_wanted = True  # a new search: its best match
        self._shown_where = where
        self.model.set_ids(result.ids, query=where.query, prefix_last=where.prefix_last)
        self._table.set_two_line_rows(bool(where.query))
        self._show_sort_indicator(result.request.sort, result.request.descending)
        rows = self.model.rowCount()
        gone = current is not None and self.model.row_of(current) is None
        if rows == 0:
            self._reselect([], None)
        elif gone and same_filter and current_row is not None and not self._first_row_wanted:
            # Deleted or changed away: the article that took its place is read next.
            self._select_only(min(current_row, rows - 1))
        elif self._first_row_wanted or current is None or gone:
            self._first_row_wanted = False
            self._select_only(0)
        else:
            self._reselect(selected, current)
        self.list_updated.emit()
        self._first_done()

    def _failed(self, generation: int, message: str) -> None:
        if self._worker is not None and generation in (0, self._worker.generation):
            self.query_failed.emit(message)
            # A failing query may mean a damaged file: check it now rather than never.
            self._first_done()

    def _first_done(self) -> None:
        if self._waiting_for_first:
            self._waiting_for_first = False
            self.first_rows_shown.emit()

    def _show_sort_indicator(self, sort: SortOrder, descending: bool | None) -> None:
        header = self._table.horizontalHeader()
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

    # --- selection --------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The ids of the selected articles, in list order."""
        rows = sorted(index.row() for index in self._table.selectionModel().selectedRows())
        return [self.model.article_id(row) for row in rows if row < self.model.rowCount()]

    def has_selection(self) -> bool:
        """Whether any article is selected (cheaper than ``selected_ids``)."""
        return self._table.selectionModel().hasSelection()

    def current_id(self) -> int | None:
        """The article shown in the reading pane."""
        return self._current_id

    def select_row(self, row: int) -> None:
        """Make ``row`` current and the only one selected."""
        flag = QItemSelectionModel.SelectionFlag
        self._table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), flag.ClearAndSelect | flag.Rows
        )

    def focus_list(self) -> None:
        """Move the keyboard into the list, the current row (or the first) selected whole."""
        self._table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        selection = self._table.selectionModel()
        if not selection.hasSelection() and self.model.rowCount() > 0:
            # Focus alone makes the first cell current without selecting it, so the
            # row is selected explicitly (and whole, for Delete and Export).
            self.select_row(max(self._table.currentIndex().row(), 0))

    def _select_only(self, row: int) -> None:
        """After a result: ``row`` current, selected alone and scrolled into view."""
        article_id = self.model.article_id(row)
        self._reselect([article_id], article_id)
        self._table.scrollTo(
            self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible
        )

    def _reselect(self, ids: list[int], current: int | None) -> None:
        selection_model = self._table.selectionModel()
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
        self._table.viewport().update()
        self._set_current(current if current_row is not None else None, always=True)
        self.selection_changed.emit()

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_current(self.model.article_id(current.row()) if current.isValid() else None)

    def _set_current(self, article_id: int | None, *, always: bool = False) -> None:
        if article_id != self._current_id or always:
            self._current_id = article_id
            # Emitted after a new result too: the article may have changed meanwhile.
            self.current_changed.emit(article_id)

    def make_current(self, article_id: int) -> None:
        """Keep ``article_id`` current through the next result (a new article just saved)."""
        self._current_id = article_id
        self._first_row_wanted = False


def _stored_order(settings: QSettings) -> tuple[SortOrder, bool | None]:
    try:
        sort = SortOrder(str(settings.value("list/sort", SortOrder.DATE.value)))
    except ValueError:
        sort = SortOrder.DATE
    if sort is SortOrder.RELEVANCE:
        sort = SortOrder.DATE
    descending = settings.value("list/descending")
    if descending in (None, ""):
        return sort, None
    return sort, descending is True or str(descending).lower() in ("true", "1", "yes")
