"""The reading pane: highlighted hits, zoom, pictures from the archive only, no network."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleImage, NewArticle
from desktop.main_window.reading_pane import DEFAULT_ZOOM, ReadingPane


def png_bytes() -> bytes:
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def test_hits_are_highlighted_without_marks(qtbot: QtBot, tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.sqlite3", create=True) as archive:
        article = archive.insert(
            NewArticle(title="Lễ hội ở Thanh Hoá", body="Người dân Thanh Hóa mở hội.")
        )
        pane = ReadingPane()
        qtbot.addWidget(pane)
        pane.set_archive(archive)
        pane.show_article(article, query="thanh hoa")
        html = pane.toHtml()
        assert "Thanh Hoá" in pane.toPlainText()
        assert html.count("background-color:#ffe27a") >= 2


def test_pictures_come_from_the_archive_and_nothing_else(qtbot: QtBot, tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.sqlite3", create=True) as archive:
        article = archive.insert(
            NewArticle(
                title="Ảnh",
                body="![Toàn cảnh](image:photo.png)",
                images=[ArticleImage(name="photo.png", mime="image/png", data=png_bytes())],
            )
        )
        pane = ReadingPane()
        qtbot.addWidget(pane)
        pane.set_archive(archive)
        pane.show_article(article)
        kind = int(QTextDocument.ResourceType.ImageResource)
        image = pane.loadResource(kind, QUrl("image:photo.png"))
        assert isinstance(image, QImage) and image.width() == 4
        assert pane.loadResource(kind, QUrl("image:missing.png")) is None
        for refused in ("https://example.com/a.png", "file:///etc/passwd", "qrc:/x.png"):
            assert pane.loadResource(kind, QUrl(refused)) is None


def test_links_are_not_followed_by_the_browser(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    assert not pane.openLinks()
    assert not pane.openExternalLinks()


def test_zoom_is_clamped_and_signalled(qtbot: QtBot) -> None:
    pane = ReadingPane()
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.zoom_changed) as blocker:
        pane.zoom_in_text()
    assert blocker.args == [DEFAULT_ZOOM + 1]
    pane.set_zoom(1000)
    assert pane.zoom == 36.0
    pane.reset_zoom()
    assert pane.zoom == DEFAULT_ZOOM


def test_the_same_article_read_again_is_not_rendered_again(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Archive.open(tmp_path / "a.sqlite3", create=True) as archive:
        article = archive.insert(NewArticle(title="Tin biên giới", body="Đồn biên phòng."))
        pane = ReadingPane()
        qtbot.addWidget(pane)
        pane.set_archive(archive)
        pane.show_article(article)
        renders: list[int] = []
        original = pane._render
        monkeypatch.setattr(pane, "_render", lambda: (renders.append(1), original()))
        pane.show_article(archive.get(article.id))  # the list read again: the same
        assert renders == []
        pane.show_article(archive.get(article.id), query="biên")  # other words to mark
        assert len(renders) == 1
        edited = archive.update(article.id, body="Đồn biên phòng mới.")
        pane.show_article(edited, query="biên")
        assert len(renders) == 2
        assert "mới" in pane.toPlainText()
