"""The list object alone: filter and order in, rows out, selection kept across results."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFilter, SortOrder
from desktop.main_window.article_list import ArticleList
from desktop.main_window.article_list_model import Column
from desktop.main_window.article_table import ArticleTable
from desktop.main_window.filter_bar import FilterBar


@pytest.fixture
def article_list(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> Iterator[ArticleList]:
    holder = QWidget()
    qtbot.addWidget(holder)
    table = ArticleTable(holder)
    bar = FilterBar(holder)
    listing = ArticleList(table, bar, settings, holder)
    archive = Archive.open(archive_path)
    with qtbot.waitSignals([listing.list_updated, listing.first_rows_shown], timeout=5000):
        listing.set_archive(archive)
    yield listing
    listing.set_archive(None)
    archive.close()


def test_the_first_result_lists_everything_newest_first(
    article_list: ArticleList, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(article_list.model)
    assert article_list.total() == 40 and article_list.matching_count() == 40
    assert not article_list.by_relevance()
    assert article_list.where() == ArticleFilter(prefix_last=True)


def test_a_search_is_by_relevance_until_a_header_is_clicked(
    qtbot: QtBot, article_list: ArticleList, settings: QSettings
) -> None:
    with qtbot.waitSignal(article_list.list_updated, timeout=5000):
        article_list._filter_bar.search.setText("thanh hoa")
    assert article_list.by_relevance() and article_list.matching_count() == 8
    with qtbot.waitSignal(article_list.list_updated, timeout=5000):
        article_list.model.sort(int(Column.TITLE), Qt.SortOrder.AscendingOrder)
    assert not article_list.by_relevance()
    assert settings.value("list/sort") == SortOrder.TITLE.value


def test_selection_and_the_current_article_survive_a_new_result(
    qtbot: QtBot, article_list: ArticleList
) -> None:
    current: list[int | None] = []
    article_list.current_changed.connect(current.append)
    article_list.select_row(2)
    kept = article_list.current_id()
    assert kept is not None and current[-1] == kept
    assert article_list.has_selection() and article_list.selected_ids() == [kept]
    with qtbot.waitSignal(article_list.list_updated, timeout=5000):
        article_list.refresh()
    assert article_list.current_id() == kept
    assert article_list.selected_ids() == [kept]
    assert current[-1] == kept  # said again: the article may have changed meanwhile


def test_the_order_is_remembered(qtbot: QtBot, settings: QSettings, archive_path: Path) -> None:
    settings.setValue("list/sort", "author")
    settings.setValue("list/descending", "true")
    holder = QWidget()
    qtbot.addWidget(holder)
    listing = ArticleList(ArticleTable(holder), FilterBar(holder), settings, holder)
    assert listing._effective_order() == (SortOrder.AUTHOR, True)
    settings.setValue("list/sort", "relevance")  # never without a search
    again = ArticleList(ArticleTable(holder), FilterBar(holder), settings, holder)
    assert again._effective_order()[0] is SortOrder.DATE
    del archive_path


def _search(qtbot: QtBot, article_list: ArticleList, text: str) -> None:
    with qtbot.waitSignal(article_list.list_updated, timeout=5000):
        article_list._filter_bar.search.setText(text)


def test_the_first_result_makes_the_newest_article_current(article_list: ArticleList) -> None:
    first = article_list.model.article_id(0)
    assert article_list.current_id() == first
    assert article_list.selected_ids() == [first]
    assert article_list._table.currentIndex().row() == 0


def test_a_new_search_makes_its_best_match_current(
    qtbot: QtBot, article_list: ArticleList
) -> None:
    _search(qtbot, article_list, "thanh hoa")
    assert article_list.by_relevance()
    best = article_list.model.article_id(0)
    assert article_list.current_id() == best and article_list.selected_ids() == [best]
    article_list.select_row(3)
    _search(qtbot, article_list, "thanh hoa tin")
    assert article_list.current_id() == article_list.model.article_id(0)
    # Leaving the search keeps the article being read, wherever it is in the whole list.
    reading = article_list.current_id()
    _search(qtbot, article_list, "")
    assert article_list.matching_count() == 40
    assert article_list.current_id() == reading and article_list.selected_ids() == [reading]


def test_a_filter_that_leaves_the_current_article_out_makes_the_first_row_current(
    qtbot: QtBot, article_list: ArticleList
) -> None:
    article_list.select_row(1)
    reading = article_list.current_id()
    author = article_list.model.index(1, int(Column.AUTHOR)).data()
    other = next(a for a in ("Thu Hà", "Ngọc Lan") if a != author)
    article_list._filter_bar.author.setEditText(other)
    qtbot.waitUntil(lambda: article_list.matching_count() == 10, timeout=5000)
    assert reading not in article_list.model.ids()
    assert article_list.current_id() == article_list.model.article_id(0)


def test_when_the_current_article_goes_the_next_one_is_current(
    qtbot: QtBot, article_list: ArticleList, archive_path: Path
) -> None:
    article_list.select_row(5)
    doomed = article_list.current_id()
    following = article_list.model.article_id(6)
    with Archive.open(archive_path) as other:
        other.trash([doomed or 0])
    with qtbot.waitSignal(article_list.list_updated, timeout=5000):
        article_list.refresh()
    assert article_list.current_id() == following
    assert article_list.selected_ids() == [following]
    # The last row gone: the one before it.
    last = article_list.matching_count() - 1
    article_list.select_row(last)
    with Archive.open(archive_path) as other:
        other.trash([article_list.current_id() or 0])
    before_it = article_list.model.article_id(last - 1)
    with qtbot.waitSignal(article_list.list_updated, timeout=5000):
        article_list.refresh()
    assert article_list.current_id() == before_it


def test_an_empty_list_has_nothing_current_and_a_list_that_fills_has(
    qtbot: QtBot, article_list: ArticleList
) -> None:
    current: list[int | None] = []
    article_list.current_changed.connect(current.append)
    _search(qtbot, article_list, "khong co tu nay")
    assert article_list.current_id() is None and current[-1] is None
    _search(qtbot, article_list, "tin")
    assert article_list.current_id() == article_list.model.article_id(0) == current[-1]


def test_the_sort_indicator_follows_the_order_shown(
    qtbot: QtBot, article_list: ArticleList
) -> None:
    header = article_list._table.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == int(Column.DATE)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # newest first
    with qtbot.waitSignal(article_list.list_updated, timeout=5000):
        article_list.model.sort(int(Column.TITLE), Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == int(Column.TITLE)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
