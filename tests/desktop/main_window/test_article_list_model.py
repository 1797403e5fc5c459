"""The lazy list model: pages read on demand, memory bounded, sorting asked of the owner."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelRoleData, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFilter, SortOrder
from desktop.main_window import article_list_model
from desktop.main_window.article_list_model import (
    ID_ROLE,
    PAGE_SIZE,
    SNIPPET_ROLE,
    ArticleListModel,
    Column,
)


def test_model_passes_modeltester_with_three_pages_fetched(
    qtmodeltester: ModelTester, big_archive_path: Path
) -> None:
    with Archive.open(big_archive_path) as archive:
        model = ArticleListModel(archive)
        model.set_ids(archive.ids(ArticleFilter()))
        assert model.rowCount() == 350
        for row in (0, PAGE_SIZE + 5, 2 * PAGE_SIZE + 5, 349):
            assert model.index(row, Column.TITLE).data()
        assert model.cached_page_count() == 4
        qtmodeltester.check(model)


def test_rows_follow_the_id_order_and_show_every_column(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        ids = archive.ids(ArticleFilter(), sort=SortOrder.TITLE)
        model = ArticleListModel(archive)
        model.set_ids(ids)
        first = archive.get(ids[0])
        assert model.index(0, Column.TITLE).data() == first.title
        assert model.index(0, Column.AUTHOR).data() == first.author
        assert model.index(0, Column.SOURCE).data() == first.source
        assert model.index(0, Column.TAGS).data() == ", ".join(first.tags)
        assert model.index(3, 0).data(ID_ROLE) == ids[3]
        assert model.row_of(ids[7]) == 7


def test_dates_are_written_in_the_ui_language(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        model = ArticleListModel(archive)
        ids = archive.ids(ArticleFilter(query="Tin số 013"))
        model.set_ids(ids)
        assert model.index(0, Column.DATE).data() == "February 2013"
        model.set_language("vi")
        assert model.index(0, Column.DATE).data() == "tháng 2/2013"


def test_memory_is_bounded_however_far_one_scrolls(
    big_archive_path: Path, monkeypatch: object
) -> None:
    monkeypatch.setattr(article_list_model, "MAX_CACHED_PAGES", 2)  # type: ignore[attr-defined]
    with Archive.open(big_archive_path) as archive:
        model = ArticleListModel(archive)
        model.set_ids(archive.ids(ArticleFilter()))
        for row in range(0, 350, 10):
            model.index(row, Column.TITLE).data()
        assert model.cached_page_count() == 2
        # A page dropped from the cache is read again when it is needed.
        assert model.index(0, Column.TITLE).data()


def test_rows_carry_snippets_while_searching(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        model = ArticleListModel(archive)
        model.set_ids(archive.ids(ArticleFilter(query="thanh hoa")), query="thanh hoa")
        assert model.searching
        snippet = model.index(0, Column.TITLE).data(SNIPPET_ROLE)
        assert "Thanh H" in snippet and "Đảng ủy" in snippet
        assert model.index(0, Column.DATE).data(SNIPPET_ROLE) is None


def test_every_role_at_once_answers_what_each_role_does(qtbot: QtBot, archive_path: Path) -> None:
    # Qt's delegates ask a cell's roles in one call (multiData); it must agree with data.
    with Archive.open(archive_path) as archive:
        model = ArticleListModel(archive)
        model.set_ids(archive.ids(ArticleFilter(query="thanh hoa")), query="thanh hoa")
        roles = [
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.DecorationRole,
            SNIPPET_ROLE,
            ID_ROLE,
        ]
        for column in Column:
            index = model.index(0, column)
            for role in roles:
                asked = QModelRoleData(role)
                model.multiData(index, asked)
                assert asked.data() == index.data(role), (column, role)
        # As a view paints: one call a cell, never one a role.
        calls = {"data": 0, "multiData": 0}

        class Counting(ArticleListModel):
            def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> object:
                calls["data"] += 1
                return super().data(index, role)

            def multiData(self, index: Any, roleDataSpan: Any) -> None:  # noqa: N802, N803
                calls["multiData"] += 1
                super().multiData(index, roleDataSpan)

        counting = Counting(archive)
        counting.set_ids(model.ids())
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(counting)
        view.resize(800, 400)
        view.show()
        qtbot.waitExposed(view)
        calls.update(data=0, multiData=0)
        view.grab()  # paints every visible cell
        assert calls["multiData"] >= len(Column) and calls["data"] == 0, calls


def test_header_click_asks_for_a_repository_sort(qtbot: QtBot, archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        model = ArticleListModel(archive)
        with qtbot.waitSignal(model.sort_requested) as blocker:
            model.sort(Column.AUTHOR, Qt.SortOrder.DescendingOrder)
        assert blocker.args == [SortOrder.AUTHOR, True]
        with qtbot.assertNotEmitted(model.sort_requested):
            model.sort(Column.TAGS, Qt.SortOrder.AscendingOrder)


def test_the_rest_of_a_long_list_is_appended_without_a_reset(
    qtbot: QtBot, qtmodeltester: ModelTester, big_archive_path: Path
) -> None:
    with Archive.open(big_archive_path) as archive:
        ids = archive.ids(ArticleFilter())
        model = ArticleListModel(archive)
        model.set_ids(ids[:200])
        first_title = model.index(0, Column.TITLE).data()
        with (
            qtbot.assertNotEmitted(model.modelReset),
            qtbot.waitSignal(model.rowsInserted) as inserted,
        ):
            model.set_ids(ids)
        assert inserted.args[1:] == [200, 349]
        assert model.rowCount() == 350 and model.index(0, Column.TITLE).data() == first_title
        assert model.row_of(ids[300]) == 300
        qtmodeltester.check(model)
        # Another list (a new query) resets the model.
        with qtbot.waitSignal(model.modelReset):
            model.set_ids(list(reversed(ids)))


def test_a_page_that_cannot_be_read_says_so_and_is_read_again(
    qtbot: QtBot, big_archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(article_list_model, "RETRY_FAILED_PAGE_S", 0.05)
    with Archive.open(big_archive_path) as archive:
        model = ArticleListModel(archive)
        model.set_ids(archive.ids(ArticleFilter()))
        # Another program takes the table away (as a damaged or swapped file would).
        other = sqlite3.connect(big_archive_path)
        other.execute("ALTER TABLE articles RENAME TO articles_away")
        other.commit()
        title = model.index(PAGE_SIZE + 1, Column.TITLE).data()
        assert title.startswith("⚠") and "could not be read" in title
        assert "articles" in model.index(PAGE_SIZE + 1, Column.TITLE).data(
            Qt.ItemDataRole.ToolTipRole
        )
        other.execute("ALTER TABLE articles_away RENAME TO articles")
        other.commit()
        other.close()
        with qtbot.waitSignal(model.dataChanged, timeout=10_000):
            pass
        assert not model.index(PAGE_SIZE + 1, Column.TITLE).data().startswith("⚠")
