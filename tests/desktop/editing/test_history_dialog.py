"""The History dialog: versions listed newest first, viewed, diffed, reverted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFilter
from desktop.editing.history_dialog import HistoryDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def edited(archive: Archive, article_ids: list[int]) -> int:
    """The first article, edited twice (three versions)."""
    article_id = article_ids[0]
    archive.update(article_id, title="Tổng kết năm", body="Sáng 20/12, hội nghị thường niên.")
    archive.add_tags([article_id], ["Thanh Hoá"])
    return article_id


def test_lists_versions_newest_first(qtbot: QtBot, archive: Archive, edited: int) -> None:
    dialog = HistoryDialog(archive, edited)
    qtbot.addWidget(dialog)
    assert [v.version for v in dialog.versions()] == [3, 2, 1]
    view = dialog.versions_view
    assert view.topLevelItemCount() == 3
    rows = [view.topLevelItem(i) for i in range(3)]
    assert [row.text(0) for row in rows if row] == ["3", "2", "1"]
    first, second, third = (row.text(2) for row in rows if row)
    assert first == "tags added (current)"
    newest = view.topLevelItem(0)
    assert newest is not None and newest.font(0).bold()
    assert second == "edited"
    assert third == "created"
    assert all(row.text(1)[:4].isdigit() for row in rows if row)  # a time
    # The previous version is selected to start with.
    assert dialog.selected_version() == 2
    assert dialog.revert_button.isEnabled()


def test_view_and_diff_a_version(qtbot: QtBot, archive: Archive, edited: int) -> None:
    dialog = HistoryDialog(archive, edited)
    qtbot.addWidget(dialog)
    dialog.select_version(1)
    assert dialog.tabs.currentWidget() is dialog.diff_view  # the comparison comes first
    assert "Hội nghị tổng kết công tác năm" in dialog.version_view.toPlainText()
    assert "Đảng ủy" in dialog.version_view.toPlainText()
    diff = dialog.diff_view.toPlainText()
    assert "Title" in diff and "Tags" in diff
    assert "Đảng ủy" in diff  # removed since version 1
    assert "thường niên" in diff  # added since
    html = dialog.diff_view.toHtml()
    assert "line-through" in html


def test_current_version_cannot_be_reverted(qtbot: QtBot, archive: Archive, edited: int) -> None:
    dialog = HistoryDialog(archive, edited)
    qtbot.addWidget(dialog)
    dialog.select_version(3)
    assert not dialog.revert_button.isEnabled()
    assert "current version" in dialog.diff_view.toPlainText()
    assert not dialog.revert_selected()


def test_revert_makes_a_new_version(qtbot: QtBot, archive: Archive, edited: int) -> None:
    dialog = HistoryDialog(archive, edited)
    qtbot.addWidget(dialog)
    dialog.select_version(1)
    with qtbot.waitSignal(dialog.reverted) as blocker:
        qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [edited]
    article = archive.get(edited)
    assert article.version == 4
    assert article.title == "Hội nghị tổng kết công tác năm"
    assert article.tags == ["biên giới"]
    assert [v.version for v in dialog.versions()] == [4, 3, 2, 1]
    assert dialog.selected_version() == 4
    newest = dialog.versions_view.topLevelItem(0)
    assert newest is not None and "reverted to version 1" in newest.text(2)
    # Nothing lost: the versions reverted over are still there.
    assert archive.history(edited)[1].title == "Tổng kết năm"
    assert [r.id for r in archive.rows(ArticleFilter(query="Đảng ủy"))] == [edited]


def test_single_version(qtbot: QtBot, archive: Archive, article_ids: list[int]) -> None:
    dialog = HistoryDialog(archive, article_ids[2])
    qtbot.addWidget(dialog)
    assert dialog.selected_version() == 1
    assert not dialog.revert_button.isEnabled()
