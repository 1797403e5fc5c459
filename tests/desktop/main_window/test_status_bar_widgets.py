"""The status bar's article count and read-only notice, in both languages."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.main_window.article_count_label import ArticleCountLabel, format_count
from desktop.main_window.read_only_notice import ReadOnlyNotice


def test_counts_use_the_language_s_thousands_separator(qtbot: QtBot) -> None:
    label = ArticleCountLabel()
    qtbot.addWidget(label)
    label.show_counts(1234, 100000, by_relevance=True)
    assert label.text() == "1,234 of 100,000 articles · best matches first"
    label.show_counts(0, 0, by_relevance=False)
    assert label.text() == ""  # the welcome page says the archive is empty
    label.show_no_archive()
    assert label.text() == "No archive open"
    i18n.install_language("vi")
    assert format_count(1234567) == "1.234.567"
    label.show_counts(3, 40, by_relevance=False)
    assert label.text() == "3 trên 40 bài"


def test_the_read_only_notice_says_why(qtbot: QtBot) -> None:
    notice = ReadOnlyNotice()
    qtbot.addWidget(notice)
    assert notice.isHidden() and notice.text() == "Read-only"
    assert "CD" in notice.toolTip()
    i18n.install_language("vi")
    assert notice.text() != "Read-only"
