"""The article list: an id list from the worker, rows built on demand in cached pages.

As in Anki's browser table, the model holds only the ids of the matching articles (in
list order, eight bytes each); the rows shown are read from the repository a page at a
time when the view asks for them, and only the most recently used pages are kept, so
memory stays flat however far the user scrolls. A long list arrives in two steps (its
first rows, then all of it): ``set_ids`` appends the rest without resetting the view.
A page that cannot be read shows rows that say so, and is read again a moment later.
"""

from __future__ import annotations

import time
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from db.archive import Archive
from db.errors import ArchiveError
from db.models import ArticleRow, SortOrder
from desktop.rendering.dates import format_partial_date

PAGE_SIZE = 100
MAX_CACHED_PAGES = 30
# A page that failed is shown as such, and read again after this long.
RETRY_FAILED_PAGE_S = 2.0
# ``row_of`` scans the ids for the first few lookups, then builds an index of them.
SCANS_BEFORE_INDEX = 8

SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles a cell answers; every other one is empty.
_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SNIPPET_ROLE, ID_ROLE}
)

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The columns of the list, in order."""

    DATE = 0
    TITLE = 1
    AUTHOR = 2
    SOURCE = 3
    TAGS = 4


SORTABLE = {
    Column.DATE: SortOrder.DATE,
    Column.TITLE: SortOrder.TITLE,
    Column.AUTHOR: SortOrder.AUTHOR,
}


def column_title(column: Column) -> str:
    """The header text of a column in the current language."""
    titles = {
        Column.DATE: QCoreApplication.translate("ArticleListModel", "Date"),
        Column.TITLE: QCoreApplication.translate("ArticleListModel", "Title"),
        Column.AUTHOR: QCoreApplication.translate("ArticleListModel", "Author"),
        Column.SOURCE: QCoreApplication.translate("ArticleListModel", "Source"),
        Column.TAGS: QCoreApplication.translate("ArticleListModel", "Tags"),
    }
    return titles[column]


class ArticleListModel(QAbstractTableModel):
    """A table of articles over an id list; rows are read from ``archive`` on demand.

    Signals:
        sort_requested(SortOrder, bool): the user clicked a sortable header; the owner
            runs the query again in that order (descending flag).
    """

    sort_requested = Signal(object, bool)

    def __init__(self, archive: Archive | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._ids: array[int] = array("q")
        self._row_of: dict[int, int] | None = None
        self._scans = 0
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        self._failed: dict[int, float] = {}  # page → when it failed
        self._query: str | None = None
        self._prefix_last = False
        self._language = "en"

    # --- feeding -------------------------------------------------------------------

    def set_archive(self, archive: Archive | None) -> None:
        """Read rows from another archive (the list is emptied)."""
        self._archive = archive
        self.set_ids([])

    def set_ids(
        self, ids: Sequence[int], *, query: str | None = None, prefix_last: bool = False
    ) -> None:
        """Show these articles, in this order; ``query`` makes rows carry snippets.

        When ``ids`` only extends the list shown (the rest of a long list, for the same
        query), the new rows are appended and the view keeps its place and selection.
        """
        query = query or None
        shown = len(self._ids)
        if (
            shown
            and len(ids) > shown
            and query == self._query
            and prefix_last == self._prefix_last
            and array("q", ids[:shown]) == self._ids
        ):
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids.extend(ids[shown:])
            if self._row_of is not None:  # extended, not rebuilt: the rows above stay
                self._row_of.update(zip(ids[shown:], range(shown, len(ids)), strict=True))
            self._pages.pop(shown // PAGE_SIZE, None)  # its last page was short
            self.endInsertRows()
            return
        self.beginResetModel()
        self._ids = array("q", ids)
        self._row_of = None
        self._scans = 0
        self._pages.clear()
        self._failed.clear()
        self._query = query
        self._prefix_last = prefix_last
        self.endResetModel()

    def set_language(self, language: str) -> None:
        """Format dates and headers for the UI language (``vi`` or ``en``)."""
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(Column) - 1))

    @property
    def searching(self) -> bool:
        """Whether the rows carry snippets of a search."""
        return self._query is not None

    def ids(self) -> list[int]:
        """Every id in list order."""
        return self._ids.tolist()

    def article_id(self, row: int) -> int:
        """The id of the article in ``row``."""
        return self._ids[row]

    def row_of(self, article_id: int) -> int | None:
        """The row of an article, or None when it is not listed."""
        if self._row_of is None and self._scans < SCANS_BEFORE_INDEX:
            # A scan of the packed ids runs in C; a dict of a million ids costs 100 MB.
            self._scans += 1
            try:
                return self._ids.index(article_id)
            except ValueError:
                return None
        if self._row_of is None:
            self._row_of = dict(zip(self._ids, range(len(self._ids)), strict=True))  # in C
        return self._row_of.get(article_id)

    def cached_page_count(self) -> int:
        """How many pages of rows are held in memory (for tests and the benchmark)."""
        return len(self._pages)

    # --- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(Column(section))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role not in _ROLES:
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        return self._value(self._row(index.row()), Column(index.column()), role)

    def multiData(  # noqa: N802 - Qt override
        self,
        index: _Index,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,  # noqa: N803 - Qt's name
    ) -> None:
        # Qt's delegates ask every role of a cell at once: one call into Python a cell
        # instead of seven. While a job runs Python beside, each call waits its turn for
        # Python's lock, and a screen of the list is a few hundred cells.
        valid = index.isValid() and 0 <= index.row() < len(self._ids)
        row = self._row(index.row()) if valid else None
        column = Column(index.column()) if valid else Column.TITLE
        span = roleDataSpan
        # PySide's stubs omit the span's item access, which it has.
        cells = (
            [span] if isinstance(span, QModelRoleData) else [span[i] for i in range(span.size())]  # type: ignore[index]
        )
        for role_data in cells:
            role = role_data.role()
            if not valid or role not in _ROLES:
                value: object = None
            elif role == ID_ROLE:
                value = self._ids[index.row()]
            else:
                value = self._value(row, column, role)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, row: ArticleRow | None, column: Column, role: int) -> object:
        """What a cell shows for ``role`` (display, tooltip, snippet)."""
        if row is None:
            return None
        if role == SNIPPET_ROLE:
            return row.snippet if column == Column.TITLE else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title if column == Column.TITLE else None
        if column == Column.DATE:
            return format_partial_date(row.date, self._language) if row.date else ""
        if column == Column.TITLE:
            return row.title
        if column == Column.AUTHOR:
            return row.author or ""
        if column == Column.SOURCE:
            return row.source or ""
        return ", ".join(row.tags)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the owner to query again in this order (the repository sorts, not Qt)."""
        sort = SORTABLE.get(Column(column)) if 0 <= column < len(Column) else None
        if sort is None:
            return
        self.sort_requested.emit(sort, order == Qt.SortOrder.DescendingOrder)

    # --- pages -----------------------------------------------------------------------

    def _row(self, row: int) -> ArticleRow | None:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None or (self._failed and self._retry_due(page_number)):
            page = self._load_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        offset = row - page_number * PAGE_SIZE
        if offset >= len(page):
            return None
        found = page[offset]
        # An error row (id 0) stands for any article of its page.
        return found if found.id == self._ids[row] or found.id == 0 else None

    def _retry_due(self, page_number: int) -> bool:
        failed = self._failed.get(page_number)
        return failed is not None and time.monotonic() - failed > RETRY_FAILED_PAGE_S

    def _load_page(self, page_number: int) -> list[ArticleRow]:
        start = page_number * PAGE_SIZE
        wanted = self._ids[start : start + PAGE_SIZE].tolist()
        rows: list[ArticleRow] = []
        self._failed.pop(page_number, None)
        if self._archive is not None:
            try:
                found = {
                    r.id: r
                    for r in self._archive.rows_by_id(
                        wanted, query=self._query, prefix_last=self._prefix_last
                    )
                }
            except ArchiveError as error:
                self._failed[page_number] = time.monotonic()
                rows = [_failed_row(str(error)) for _ in wanted]
                # The view asks again only if told the rows may have changed.
                QTimer.singleShot(int(RETRY_FAILED_PAGE_S * 1000) + 50, self._page_retry(start))
            else:
                # An article deleted since the id list was made shows as an empty row
                # until the next refresh, keeping rows and ids aligned.
                rows = [found.get(id_) or _missing_row(id_) for id_ in wanted]
        else:
            rows = [_missing_row(id_) for id_ in wanted]
        self._pages[page_number] = rows
        while len(self._pages) > MAX_CACHED_PAGES:
            dropped, _ = self._pages.popitem(last=False)
            self._failed.pop(dropped, None)
        return rows

    def _page_retry(self, start: int) -> Callable[[], None]:
        ids = self._ids

        def retry() -> None:
            # Only if the list shown is still the one whose page failed.
            if self._ids is ids and start < len(ids):
                last = min(start + PAGE_SIZE, len(ids)) - 1
                self.dataChanged.emit(self.index(start, 0), self.index(last, len(Column) - 1))

        return retry


def _missing_row(article_id: int) -> ArticleRow:
    return ArticleRow(id=article_id, uid="", title="", date=None, author=None, source=None, tags=[])


def _failed_row(message: str) -> ArticleRow:
    """A row that says its page could not be read (id 0: it stands for any article)."""
    title = QCoreApplication.translate(
        "ArticleListModel", "⚠ These articles could not be read: {message}"
    ).format(message=message)
    return ArticleRow(id=0, uid="", title=title, date=None, author=None, source=None, tags=[])
