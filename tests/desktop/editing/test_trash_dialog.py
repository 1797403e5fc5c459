"""Delete → Trash → restore, and deleting for good (asked first)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.errors import ArticleNotFoundError
from db.models import ArticleFilter
from desktop.editing.trash_dialog import TrashDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _listed(archive: Archive, query: str | None = None) -> list[int]:
    return [row.id for row in archive.rows(ArticleFilter(query=query), limit=None)]


def test_delete_trash_restore_round_trip(
    qtbot: QtBot, archive: Archive, article_ids: list[int]
) -> None:
    first, second, _third = article_ids
    archive.trash([first, second])  # what the window's Delete does
    assert first not in _listed(archive) and second not in _listed(archive)
    assert _listed(archive, "Đảng ủy") == []

    dialog = TrashDialog(archive)
    qtbot.addWidget(dialog)
    assert sorted(dialog.ids()) == [first, second]
    assert "2" in dialog.summary.text()
    assert not dialog.restore_button.isEnabled()
    dialog.select_ids([first])
    assert dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.ids() == [second]
    assert first in _listed(archive)
    assert _listed(archive, "Đảng ủy") == [first]
    assert archive.get(first).version == 1  # the text is untouched


def test_delete_permanently_asks(
    qtbot: QtBot, archive: Archive, article_ids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    archive.trash(article_ids[:2])
    dialog = TrashDialog(archive)
    qtbot.addWidget(dialog)
    dialog.select_ids([article_ids[0]])
    asked: list[int] = []

    def refuse(count: int) -> bool:
        asked.append(count)
        return False

    monkeypatch.setattr(dialog, "confirm_purge", refuse)
    assert dialog.purge_selected() == 0
    assert asked == [1]
    assert archive.get(article_ids[0]).deleted

    monkeypatch.setattr(dialog, "confirm_purge", lambda _n: True)
    assert dialog.purge_selected() == 1
    with pytest.raises(ArticleNotFoundError):
        archive.get(article_ids[0])
    assert dialog.ids() == [article_ids[1]]


def test_empty_trash_asks(
    qtbot: QtBot, archive: Archive, article_ids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    archive.trash(article_ids[:2])
    dialog = TrashDialog(archive)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "confirm_empty", lambda _n: False)
    assert dialog.empty() == 0
    assert archive.total(trashed=True) == 2

    monkeypatch.setattr(dialog, "confirm_empty", lambda n: n == 2)
    with qtbot.waitSignal(dialog.changed):
        assert dialog.empty() == 2
    assert archive.total(trashed=True) == 0
    assert archive.total() == 1
    assert dialog.ids() == []
    assert not dialog.empty_button.isEnabled()
    assert dialog.summary.text() == "The Trash is empty."
