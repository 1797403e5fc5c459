"""Bulk actions on several selected articles: tags and source in one step."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from db.archive import Archive
from desktop.editing.bulk_edit_dialog import BulkEditDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_add_and_remove_tags_on_three(
    qtbot: QtBot, archive: Archive, article_ids: list[int]
) -> None:
    dialog = BulkEditDialog(archive, article_ids)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    dialog.add_tags_edit.setText("Biên phòng, mới")
    dialog.remove_tags_edit.setText("văn hoá")
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.applied) as blocker:
        assert dialog.apply()
    assert blocker.args == [article_ids]
    assert dialog.changed_count == 3
    tags = [archive.get(i).tags for i in article_ids]
    assert all({"Biên phòng", "mới"} <= set(t) for t in tags)
    assert not any("văn hoá" in t for t in tags)
    assert "biên giới" in tags[0]
    # One new version per article, whatever the number of fields changed.
    assert [archive.get(i).version for i in article_ids] == [2, 2, 2]
    assert archive.history(article_ids[1])[1].tags == ["văn hoá"]


def test_set_source(qtbot: QtBot, archive: Archive, article_ids: list[int]) -> None:
    dialog = BulkEditDialog(archive, article_ids[1:])
    qtbot.addWidget(dialog)
    assert not dialog.source_edit.isEnabled()
    dialog.set_source_check.setChecked(True)
    dialog.source_edit.setText("Báo Nhân Dân")
    assert dialog.apply()
    assert [archive.get(i).source for i in article_ids] == [
        "Báo Biên phòng",
        "Báo Nhân Dân",
        "Báo Nhân Dân",
    ]
    assert archive.get(article_ids[0]).version == 1


def test_remove_offers_the_tags_of_the_selection(
    qtbot: QtBot, archive: Archive, article_ids: list[int]
) -> None:
    dialog = BulkEditDialog(archive, article_ids[1:])
    qtbot.addWidget(dialog)
    model = dialog.remove_tags_edit.tag_completer().model()
    assert model is not None
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["văn hoá"]
