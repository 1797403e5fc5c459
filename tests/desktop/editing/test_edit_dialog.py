"""The edit dialog: fields, validation, saving, unsaved changes, concurrent changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFields, ArticleFilter, ArticleImage, NewArticle
from desktop.editing.edit_dialog import ConflictChoice, EditDialog, UnsavedChoice

# Qt 6.12's offscreen platform warns on every shown dialog; not our warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _open(qtbot: QtBot, archive: Archive, article_id: int | None) -> EditDialog:
    dialog = EditDialog(archive, article_id)
    qtbot.addWidget(dialog)
    return dialog


def _search(archive: Archive, words: str) -> list[int]:
    return [row.id for row in archive.rows(ArticleFilter(query=words))]


def test_loads_the_article(qtbot: QtBot, archive: Archive, article_ids: list[int]) -> None:
    dialog = _open(qtbot, archive, article_ids[0])
    assert dialog.title_edit.text() == "Hội nghị tổng kết công tác năm"
    assert dialog.date_edit.text() == "2023-12"
    assert dialog.author_edit.text() == "Quốc Toản"
    assert dialog.tags_edit.tags() == ["biên giới"]
    assert not dialog.has_changes()
    assert dialog.save_button.isEnabled()


def test_save_updates_archive_and_search(
    qtbot: QtBot, archive: Archive, article_ids: list[int]
) -> None:
    article_id = article_ids[0]
    assert _search(archive, "Đảng ủy") == [article_id]
    dialog = _open(qtbot, archive, article_id)
    dialog.title_edit.setText("Tổng kết năm 2023")
    dialog.date_edit.setText("2023-12-20")
    dialog.author_edit.setText("Minh Châu")
    dialog.tags_edit.set_tags(["biên giới", "Thanh Hoá"])
    dialog.body_edit.setPlainText("Sáng 20/12, Bộ đội Biên phòng tổ chức hội nghị thường niên.")
    assert dialog.has_changes()

    with qtbot.waitSignal(dialog.saved) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert blocker.args == [article_id]
    assert dialog.result() == EditDialog.DialogCode.Accepted
    article = archive.get(article_id)
    assert (article.title, article.date, article.author) == (
        "Tổng kết năm 2023",
        "2023-12-20",
        "Minh Châu",
    )
    assert article.tags == ["biên giới", "Thanh Hoá"]
    assert article.version == 2
    assert _search(archive, "thường niên") == [article_id]
    assert _search(archive, "Đảng ủy") == []
    assert archive.history(article_id)[1].title == "Hội nghị tổng kết công tác năm"


def test_new_article(qtbot: QtBot, archive: Archive) -> None:
    dialog = _open(qtbot, archive, None)
    assert not dialog.save_button.isEnabled()  # no title yet
    assert dialog.title_error.text()
    # QTest.keyClicks only types ASCII (non-ASCII aborts in qasciikey.cpp).
    qtbot.keyClicks(dialog.title_edit, "Bai viet")
    dialog.title_edit.insert(" mới")
    dialog.body_edit.insertPlainText("Nội dung **đậm**.")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.saved) as blocker:
        assert dialog.save()
    article = archive.get(blocker.args[0])
    assert article.title == "Bai viet mới"
    assert article.body == "Nội dung **đậm**."
    assert _search(archive, "nội dung") == [article.id]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("20/12/2023", "Write a year (2023), a year and month (2023-12)"),
        ("2023-13", "The month must be between 1 and 12."),
        ("2023-02-30", "2023-02 has no day 30."),
    ],
)
def test_invalid_date_blocks_save(
    qtbot: QtBot, archive: Archive, article_ids: list[int], text: str, message: str
) -> None:
    dialog = _open(qtbot, archive, article_ids[0])
    dialog.show()
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, text)
    assert not dialog.save_button.isEnabled()
    assert dialog.date_message.isVisible()
    assert message in dialog.date_message.text()
    assert not dialog.save()
    assert archive.get(article_ids[0]).version == 1


@pytest.mark.parametrize("text", ["2024", "2024-3", "2024-02-29", ""])
def test_partial_dates_are_accepted(
    qtbot: QtBot, archive: Archive, article_ids: list[int], text: str
) -> None:
    dialog = _open(qtbot, archive, article_ids[0])
    dialog.date_edit.setText(text)
    assert dialog.save_button.isEnabled()
    assert dialog.save()
    expected = {"2024-3": "2024-03", "": None}.get(text, text)
    assert archive.get(article_ids[0]).date == expected


def test_empty_title_blocks_save(qtbot: QtBot, archive: Archive, article_ids: list[int]) -> None:
    dialog = _open(qtbot, archive, article_ids[0])
    dialog.title_edit.setText("   ")
    assert not dialog.save_button.isEnabled()
    assert dialog.title_error.text() == "An article needs a title."


def test_cancel_with_changes_asks(
    qtbot: QtBot, archive: Archive, article_ids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, archive, article_ids[0])
    dialog.show()
    asked: list[bool] = []
    answer = UnsavedChoice.KEEP_EDITING

    def ask() -> UnsavedChoice:
        asked.append(True)
        return answer

    monkeypatch.setattr(dialog, "ask_unsaved", ask)
    qtbot.keyClicks(dialog.body_edit, " them")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True]
    assert dialog.isVisible()

    dialog.close()
    assert len(asked) == 2
    assert dialog.isVisible()

    answer = UnsavedChoice.DISCARD
    dialog.buttons.rejected.emit()
    assert not dialog.isVisible()
    assert archive.get(article_ids[0]).version == 1


def test_cancel_without_changes_does_not_ask(
    qtbot: QtBot, archive: Archive, article_ids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, archive, article_ids[0])
    dialog.show()
    monkeypatch.setattr(dialog, "ask_unsaved", lambda: pytest.fail("asked"))
    dialog.title_edit.setText("Khác")
    dialog.title_edit.setText("Hội nghị tổng kết công tác năm")  # back as it was
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_close_and_save_from_the_question(
    qtbot: QtBot, archive: Archive, article_ids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, archive, article_ids[0])
    dialog.show()
    monkeypatch.setattr(dialog, "ask_unsaved", lambda: UnsavedChoice.SAVE)
    dialog.title_edit.setText("Tiêu đề sửa")
    dialog.reject()
    assert not dialog.isVisible()
    assert archive.get(article_ids[0]).title == "Tiêu đề sửa"


def _change_elsewhere(path: Path, article_id: int) -> None:
    with Archive.open(path) as other:
        other.update(article_id, body="Văn bản do cửa sổ khác sửa.")


def test_change_elsewhere_warns_and_saves_anyway(
    qtbot: QtBot,
    archive: Archive,
    archive_path: Path,
    article_ids: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article_id = article_ids[0]
    dialog = _open(qtbot, archive, article_id)
    dialog.title_edit.setText("Tiêu đề của tôi")
    _change_elsewhere(archive_path, article_id)
    conflicts = []

    def ask(conflict: object) -> ConflictChoice:
        conflicts.append(conflict)
        return ConflictChoice.SAVE_ANYWAY

    monkeypatch.setattr(dialog, "ask_conflict", ask)
    assert dialog.save()
    assert len(conflicts) == 1
    versions = archive.history(article_id)
    assert [v.version for v in versions] == [3, 2, 1]
    assert versions[0].title == "Tiêu đề của tôi"
    # The other window's text is kept in the History.
    assert versions[1].body == "Văn bản do cửa sổ khác sửa."


def test_change_elsewhere_reload(
    qtbot: QtBot,
    archive: Archive,
    archive_path: Path,
    article_ids: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article_id = article_ids[0]
    dialog = _open(qtbot, archive, article_id)
    dialog.show()
    dialog.title_edit.setText("Tiêu đề của tôi")
    _change_elsewhere(archive_path, article_id)
    monkeypatch.setattr(dialog, "ask_conflict", lambda _c: ConflictChoice.RELOAD)
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.body_edit.toPlainText() == "Văn bản do cửa sổ khác sửa."
    assert dialog.loaded_version == 2
    assert not dialog.has_changes()
    assert archive.get(article_id).version == 2


def test_change_elsewhere_cancel_keeps_the_text(
    qtbot: QtBot,
    archive: Archive,
    archive_path: Path,
    article_ids: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _open(qtbot, archive, article_ids[0])
    dialog.title_edit.setText("Tiêu đề của tôi")
    _change_elsewhere(archive_path, article_ids[0])
    monkeypatch.setattr(dialog, "ask_conflict", lambda _c: ConflictChoice.CANCEL)
    assert not dialog.save()
    assert dialog.title_edit.text() == "Tiêu đề của tôi"
    assert archive.get(article_ids[0]).version == 2


def test_preview_uses_the_shared_renderer(
    qtbot: QtBot, archive: Archive, article_ids: list[int]
) -> None:
    dialog = _open(qtbot, archive, article_ids[0])
    assert "Sáng 20/12" in dialog.preview.toPlainText()
    dialog.body_edit.setPlainText("Một **đoạn** mới")
    assert dialog.preview.is_pending()  # debounced, not re-rendered on every key
    qtbot.waitUntil(lambda: not dialog.preview.is_pending())
    assert "Một đoạn mới" in dialog.preview.toPlainText()
    assert "<b>" in dialog.preview.toHtml() or "font-weight" in dialog.preview.toHtml()


def test_read_only_archive_cannot_save(
    qtbot: QtBot, archive_path: Path, article_ids: list[int]
) -> None:
    with Archive.open(archive_path, read_only=True) as read_only:
        dialog = _open(qtbot, read_only, article_ids[0])
        dialog.title_edit.setText("Khác")
        assert not dialog.save_button.isEnabled()
        assert not dialog.read_only_label.isHidden()
        assert not dialog.save()
        dialog.deleteLater()


def test_fields_of_a_new_article(qtbot: QtBot, archive: Archive) -> None:
    dialog = _open(qtbot, archive, None)
    dialog.title_edit.setText("  Tựa  ")
    dialog.tags_edit.setText("a, b, , A")
    assert dialog.fields() == ArticleFields(title="Tựa", tags=["a", "b"])


def test_preview_shows_images_kept_in_the_archive(qtbot: QtBot, archive: Archive) -> None:
    picture = QImage(8, 6, QImage.Format.Format_RGB32)
    picture.fill(QColor("teal"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
    article = archive.insert(
        NewArticle(
            title="Có ảnh",
            body="![Ảnh](image:a.png)",
            images=[ArticleImage(name="a.png", mime="image/png", data=bytes(data.data()))],
        )
    )
    dialog = _open(qtbot, archive, article.id)
    image = dialog.preview.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("image:a.png")
    )
    assert isinstance(image, QImage) and image.width() == 8
