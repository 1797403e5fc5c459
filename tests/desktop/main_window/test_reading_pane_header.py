"""The reading pane shows an administrative document's number with its other fields."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFields
from desktop.main_window.reading_pane import ReadingPane


def test_the_number_is_shown_and_highlighted(qtbot: QtBot, tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a.sqlite3", create=True) as archive:
        article = archive.insert(
            ArticleFields(
                title="Quyết định về việc ban hành Chương trình cải cách hành chính",
                body="Căn cứ Luật Tổ chức chính quyền địa phương;",
                date="2004-07-01",
                number="256/2004/QĐ-UB",
            )
        )
        pane = ReadingPane()
        qtbot.addWidget(pane)
        pane.set_archive(archive)
        pane.show_article(article, query="256/2004")
        lines = pane.toPlainText().splitlines()
        assert lines[0].startswith("Quyết định về việc ban hành")
        assert lines[1].startswith("Number: 256/2004/QĐ-UB · Date:")
        # "256" and "2004" in the number (and the year of the date).
        assert pane.toHtml().count("background-color:#ffe27a") == 3
