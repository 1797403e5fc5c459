"""Bulk actions on several selected articles: tags and source in one step."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from db.archive import Archive
from desktop.editing.bulk_edit_dialog import BulkEditDialog
from desktop.editing.names_in_use import read_names
from desktop.jobs import JobRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_add_and_remove_tags_on_three(
    qtbot: QtBot, archive: Archive, article_ids: list[int], runner: JobRunner
) -> None:
    dialog = BulkEditDialog(archive, article_ids, runner=runner)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    dialog.add_tags_edit.setText("Biên phòng, mới")
    dialog.remove_tags_edit.setText("văn hoá")
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.applied, timeout=10_000) as blocker:
        assert dialog.apply() is not None
        assert not dialog.apply_button.isEnabled()  # while the job runs
    assert blocker.args == [article_ids]
    assert dialog.changed_count == 3
    tags = [archive.get(i).tags for i in article_ids]
    assert all({"Biên phòng", "mới"} <= set(t) for t in tags)
    assert not any("văn hoá" in t for t in tags)
    assert "biên giới" in tags[0]
    # One new version per article, whatever the number of fields changed.
    assert [archive.get(i).version for i in article_ids] == [2, 2, 2]
    assert archive.history(article_ids[1])[1].tags == ["văn hoá"]


def test_set_source(
    qtbot: QtBot, archive: Archive, article_ids: list[int], runner: JobRunner
) -> None:
    dialog = BulkEditDialog(archive, article_ids[1:], runner=runner, names=read_names(archive))
    qtbot.addWidget(dialog)
    assert not dialog.source_edit.isEnabled()
    dialog.set_source_check.setChecked(True)
    dialog.source_edit.setText("Báo Nhân Dân")
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        dialog.apply()
    assert [archive.get(i).source for i in article_ids] == [
        "Báo Biên phòng",
        "Báo Nhân Dân",
        "Báo Nhân Dân",
    ]
    assert archive.get(article_ids[0]).version == 1


def test_remove_offers_the_tags_of_the_selection(
    qtbot: QtBot, archive: Archive, article_ids: list[int], runner: JobRunner
) -> None:
    dialog = BulkEditDialog(archive, article_ids[1:], runner=runner)
    qtbot.addWidget(dialog)
    model = dialog.remove_tags_edit.tag_completer().model()
    assert model is not None
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["văn hoá"]


def test_a_failure_is_said_and_changes_nothing(
    qtbot: QtBot,
    archive: Archive,
    article_ids: list[int],
    runner: JobRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = BulkEditDialog(archive, [*article_ids, 999], runner=runner)
    qtbot.addWidget(dialog)
    warnings: list[str] = []
    monkeypatch.setattr(
        "desktop.editing.bulk_edit_dialog.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    dialog.add_tags_edit.setText("mới")
    job = dialog.apply()
    assert job is not None
    qtbot.waitUntil(job.is_done, timeout=10_000)
    assert warnings and "999" in warnings[0]
    assert all("mới" not in archive.get(i).tags for i in article_ids)  # one transaction
    assert dialog.apply_button.isEnabled()
