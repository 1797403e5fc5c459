"""Tidy names: merging two spellings of an author, renaming a tag."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFilter
from desktop.editing.names_in_use import NamesInUse, read_names
from desktop.editing.tidy_names_dialog import TidyNamesDialog
from desktop.jobs import JobRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_merge_two_authors(
    qtbot: QtBot,
    archive: Archive,
    article_ids: list[int],
    runner: JobRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = TidyNamesDialog(archive, "author", runner=runner)
    qtbot.addWidget(dialog)
    assert dict(dialog.names()) == {"Lê Thu Hà": 1, "Quốc Toản": 1, "Quốc Toản (CTV)": 1}
    dialog.select_names(["Quốc Toản", "Quốc Toản (CTV)"])
    assert dialog.rename_button.text() == "&Merge"
    dialog.new_name_edit.setText("Quốc Toản")
    asked: list[tuple[list[str], str]] = []

    def confirm(olds: list[str], new: str) -> bool:
        asked.append((olds, new))
        return True

    monkeypatch.setattr(dialog, "confirm_rename", confirm)
    with qtbot.waitSignal(dialog.renamed, timeout=10_000) as blocker:
        assert dialog.rename_selected() is not None
    assert blocker.args == ["author", "Quốc Toản"]
    assert dialog.changed_count == 1
    assert sorted(asked[0][0]) == ["Quốc Toản", "Quốc Toản (CTV)"]
    assert dict(dialog.names()) == {"Lê Thu Hà": 1, "Quốc Toản": 2}
    assert archive.get(article_ids[1]).author == "Quốc Toản"
    assert archive.count(ArticleFilter(author="Quốc Toản")) == 2
    # Recorded: the old name is in the article's history.
    previous = archive.history(article_ids[1])[1]
    assert previous.author == "Quốc Toản (CTV)"


def test_rename_a_tag_and_filter(
    qtbot: QtBot,
    archive: Archive,
    article_ids: list[int],
    runner: JobRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = TidyNamesDialog(archive, "tag", runner=runner)
    qtbot.addWidget(dialog)
    assert dialog.kind() == "tag"
    assert dialog.kind_bar.currentIndex() == 2
    dialog.filter_edit.setText("van hoa")  # without marks
    visible = [
        item.text()
        for r in range(dialog.names_view.count())
        if (item := dialog.names_view.item(r)) is not None and not item.isHidden()
    ]
    assert visible == ["văn hoá  (1)"]
    dialog.select_names(["văn hoá"])
    assert dialog.new_name_edit.text() == "văn hoá"
    assert not dialog.rename_button.isEnabled()  # same name
    dialog.new_name_edit.setText("Văn hóa")
    monkeypatch.setattr(dialog, "confirm_rename", lambda _o, _n: True)
    with qtbot.waitSignal(dialog.renamed, timeout=10_000):
        dialog.rename_selected()
    assert dialog.changed_count == 1
    assert archive.get(article_ids[1]).tags == ["Văn hóa"]


def test_switching_kinds(
    qtbot: QtBot, archive: Archive, article_ids: list[int], runner: JobRunner
) -> None:
    assert article_ids
    dialog = TidyNamesDialog(archive, runner=runner)
    qtbot.addWidget(dialog)
    dialog.kind_bar.setCurrentIndex(1)
    assert dialog.kind() == "source"
    assert dialog.names() == [("Báo Biên phòng", 2)]


def test_names_read_meanwhile_replace_the_list(
    qtbot: QtBot, archive: Archive, article_ids: list[int], runner: JobRunner
) -> None:
    assert article_ids
    dialog = TidyNamesDialog(archive, "author", runner=runner, names=NamesInUse())
    qtbot.addWidget(dialog)
    assert dialog.names() == []  # the window's cache was not read yet
    dialog.set_names(read_names(archive))
    assert dict(dialog.names())["Lê Thu Hà"] == 1
