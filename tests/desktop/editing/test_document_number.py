"""The number and symbol in the edit dialog (its Number field) and in the History dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.article_fields import MAX_NUMBER_CHARS
from db.models import ArticleFields, ArticleFilter
from desktop.editing.edit_dialog import EditDialog
from desktop.editing.history_dialog import HistoryDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

DECISION = ArticleFields(
    title="Quyết định về việc ban hành Chương trình cải cách hành chính",
    body="Căn cứ Luật Tổ chức chính quyền địa phương;",
    date="2004-07-01",
    source="Ủy ban nhân dân thành phố Cần Thơ",
    number="256/2004/QĐ-UB",
)


def open_dialog(qtbot: QtBot, archive: Archive, article_id: int | None) -> EditDialog:
    dialog = EditDialog(archive, article_id)
    qtbot.addWidget(dialog)
    return dialog


def test_the_number_is_loaded_shown_and_saved(qtbot: QtBot, archive: Archive) -> None:
    article_id = archive.insert(DECISION).id
    dialog = open_dialog(qtbot, archive, article_id)
    assert dialog.number_edit.text() == "256/2004/QĐ-UB"
    assert dialog.number_edit.maxLength() == MAX_NUMBER_CHARS
    assert not dialog.has_changes()
    assert "256/2004/QĐ-UB" in dialog.preview.toPlainText()

    dialog.number_edit.clear()
    qtbot.keyClicks(dialog.number_edit, "257/2004/Q")
    dialog.number_edit.insert("Đ-UB")  # keyClicks types ASCII only
    assert dialog.has_changes()
    qtbot.waitUntil(lambda: "257/2004/QĐ-UB" in dialog.preview.toPlainText())
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    article = archive.get(article_id)
    assert (article.number, article.version) == ("257/2004/QĐ-UB", 2)
    assert archive.ids(ArticleFilter(query="257/2004")) == [article_id]
    assert archive.history(article_id)[1].number == "256/2004/QĐ-UB"


def test_clearing_the_number_and_a_new_article_with_one(qtbot: QtBot, archive: Archive) -> None:
    article_id = archive.insert(DECISION).id
    dialog = open_dialog(qtbot, archive, article_id)
    dialog.number_edit.clear()
    assert dialog.save()
    assert archive.get(article_id).number is None

    dialog = open_dialog(qtbot, archive, None)
    qtbot.keyClicks(dialog.title_edit, "Cong van")
    qtbot.keyClicks(dialog.number_edit, " 15 / UBND-VP ")
    assert dialog.save() and dialog.article_id is not None
    assert archive.get(dialog.article_id).number == "15/UBND-VP"


def test_history_compares_the_number(qtbot: QtBot, archive: Archive) -> None:
    article_id = archive.insert(DECISION).id
    archive.update(article_id, number="257/2004/QĐ-UB")
    dialog = HistoryDialog(archive, article_id)
    qtbot.addWidget(dialog)
    dialog.select_version(1)
    assert "256/2004/QĐ-UB" in dialog.version_view.toPlainText()
    diff = dialog.diff_view.toPlainText()
    # Only the number changed: "256" struck through, "257" marked, the rest shared.
    assert diff.splitlines()[1:] == ["Number", "256257/2004/QĐ-UB"]
    assert "line-through" in dialog.diff_view.toHtml()
