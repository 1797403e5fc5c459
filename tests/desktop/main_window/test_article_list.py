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
