"""The main window end to end: real archives, the real query thread, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFields
from desktop import i18n
from desktop.main_window.article_list_model import Column
from desktop.main_window.main_window import MainWindow
from tests.desktop.main_window.conftest import close_window, open_window, wait_for_job


def titles(window: MainWindow) -> list[str]:
    return [window.model.index(row, Column.TITLE).data() for row in range(window.model.rowCount())]


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        qtbot.keyClicks(window.filter_bar.search, text)


def test_lists_every_article_newest_first(qtbot: QtBot, window: MainWindow) -> None:
    assert window.model.rowCount() == 40
    assert window.status_label.text() == "40 of 40 articles"
    dates = [window.model.index(r, Column.DATE).data() for r in range(3)]
    assert dates[0].endswith("2019")
    assert window.list_stack.currentWidget() is window.table
    # The pickers offer what the archive holds, in Vietnamese order (read after the rows).
    qtbot.waitUntil(lambda: window.filter_bar.author.count() > 0, timeout=5000)
    authors = [
        window.filter_bar.author.itemText(i) for i in range(window.filter_bar.author.count())
    ]
    assert authors == ["Bảo Châu", "Đức Minh", "Ngọc Lan", "Thu Hà"]


def test_typing_in_the_search_box_narrows_the_list(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "thanh ho")
    assert window.model.rowCount() == 8
    assert all("Thanh Ho" in t or "Thanh Hó" in t for t in titles(window))
    assert window.status_label.text().startswith("8 of 40 articles")
    # Relevance while searching: no column claims the order.
    assert not window.table.horizontalHeader().isSortIndicatorShown()
    assert window.model.index(0, Column.TITLE).data(Qt.ItemDataRole.UserRole + 1)


def test_nothing_matched_shows_an_empty_state(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "khong co tu nay")
    assert window.model.rowCount() == 0
    assert window.list_stack.currentWidget() is window.empty_state
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.empty_state.clear_button.click()
    assert window.model.rowCount() == 40
    assert window.list_stack.currentWidget() is window.table


def test_the_window_opens_on_the_newest_article(window: MainWindow) -> None:
    newest = window.model.article_id(0)
    assert window.current_id() == newest and window.selected_ids() == [newest]
    assert window.pane.article is not None and window.pane.article.id == newest
    assert window.pane.article.title in window.pane.toPlainText()
    assert "Select an article" not in window.pane.toPlainText()
    assert window.menu_actions.edit_article.isEnabled()


def test_a_search_shows_its_best_match(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "thanh hoa")
    best = window.model.article_id(0)
    assert window.current_id() == best
    assert window.pane.article is not None and window.pane.article.id == best
    assert "#ffe27a" in window.pane.toHtml()  # the words found, highlighted


def test_after_a_delete_the_next_article_is_shown(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_row(4)
    following = window.model.article_id(5)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.menu_actions.delete_articles.trigger()
    assert window.current_id() == following
    assert window.pane.article is not None and window.pane.article.id == following


def test_selecting_a_row_shows_the_article_with_hits_highlighted(
    qtbot: QtBot, window: MainWindow
) -> None:
    search(qtbot, window, "thanh hoa")
    window.select_row(0)
    article_id = window.model.article_id(0)
    assert window.current_id() == article_id
    assert window.pane.article is not None and window.pane.article.id == article_id
    assert window.pane.article.title in window.pane.toPlainText()
    assert "#ffe27a" in window.pane.toHtml()
    assert window.menu_actions.delete_articles.isEnabled()


def test_actions_that_need_a_selection_are_disabled_without_one(window: MainWindow) -> None:
    assert window.menu_actions.delete_articles.isEnabled()  # the first row, selected on open
    window.table.clearSelection()
    assert not window.menu_actions.delete_articles.isEnabled()
    window.select_row(2)
    assert window.menu_actions.delete_articles.isEnabled()


def test_sorting_and_filters_combine(qtbot: QtBot, window: MainWindow) -> None:
    window.filter_bar.author.setEditText("Thu Hà")
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.filter_bar.date_from.setText("2010")
    assert window.model.rowCount() > 0
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.table.sortByColumn(int(Column.TITLE), Qt.SortOrder.AscendingOrder)
    shown = titles(window)
    assert shown == sorted(shown)
    with Archive.open(window.archive.path if window.archive else None) as archive:
        for article_id in window.model.ids():
            article = archive.get(article_id)
            assert article.author == "Thu Hà"
            assert article.date is not None and article.date >= "2010"
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.table.sortByColumn(int(Column.TITLE), Qt.SortOrder.DescendingOrder)
    assert titles(window) == sorted(shown, reverse=True)
    assert window.settings.value("list/sort") == "title"


def test_header_sort_uses_vietnamese_order(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    path = tmp_path / "order.sqlite3"
    with Archive.open(path, create=True) as archive:
        archive.insert_many(
            [ArticleFields(title=t) for t in ("Đà Nẵng", "Ăn Tết", "Dê núi", "An Giang", "Em bé")]
        )
    window = open_window(qtbot, settings, path)
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.table.sortByColumn(int(Column.TITLE), Qt.SortOrder.AscendingOrder)
    assert titles(window) == ["An Giang", "Ăn Tết", "Dê núi", "Đà Nẵng", "Em bé"]


def test_welcome_state_on_an_empty_archive_loads_the_samples(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    path = tmp_path / "empty.sqlite3"
    Archive.open(path, create=True).close()
    window = open_window(qtbot, settings, path)
    assert window.central.currentWidget() is window.welcome
    assert window.welcome.samples_button.isVisible()
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.welcome.samples_button.click()
    assert window.central.currentWidget() is window.browse
    assert window.model.rowCount() == 5
    # The first article imported into an empty archive is there to read.
    assert window.pane.article is not None and window.pane.article.id == window.model.article_id(0)
    search(qtbot, window, "thanh hoa")
    assert window.model.rowCount() == 3


def test_switching_language_changes_visible_texts(window: MainWindow) -> None:
    assert window.menu_actions.file_menu.title() == "&File"
    window.set_language("vi")
    assert i18n.current_language() == "vi"
    assert window.menu_actions.file_menu.title() == "&Tệp"
    assert window.status_label.text() == "40 trên 40 bài"
    assert window.model.headerData(int(Column.TITLE), Qt.Orientation.Horizontal) == "Tiêu đề"
    assert window.filter_bar.clear_button.text() == "Xoá bộ lọc"
    assert window.model.index(0, Column.DATE).data().startswith("tháng ")
    assert window.settings.value("view/language") == "vi"
    window.set_language("en")
    assert window.menu_actions.file_menu.title() == "&File"
    assert window.filter_bar.clear_button.text() == "Clear filters"


def test_a_change_through_another_connection_shows_after_refresh(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_row(1)
    kept = window.current_id()
    assert kept is not None
    assert window.archive is not None
    with Archive.open(window.archive.path) as other:
        other.insert(ArticleFields(title="Bài mới từ dòng lệnh", date="2030-01"))
        other.update(kept, title="Tiêu đề đã sửa ở nơi khác")
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.check_for_changes()
    assert window.model.rowCount() == 41
    assert titles(window)[0] == "Bài mới từ dòng lệnh"
    assert window.current_id() == kept
    assert window.selected_ids() == [kept]
    assert "Tiêu đề đã sửa ở nơi khác" in window.pane.toPlainText()


def test_delete_asks_then_moves_to_the_trash(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_row(0)
    doomed = window.current_id()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.menu_actions.delete_articles.trigger()
    assert window.model.rowCount() == 39
    assert doomed not in window.model.ids()
    assert window.archive is not None and window.archive.get(doomed or 0).deleted


def test_keys_find_clear_and_zoom(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.menu_actions.find.trigger()
    assert window.filter_bar.search.hasFocus() or window.filter_bar.search.isVisible()
    search(qtbot, window, "thanh")
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.filter_bar.clear_search()
    assert window.model.rowCount() == 40
    zoom = window.pane.zoom
    window.menu_actions.zoom_in.trigger()
    assert window.pane.zoom == zoom + 1
    assert float(window.settings.value("view/zoom")) == zoom + 1
    window.menu_actions.zoom_reset.trigger()
    assert window.pane.zoom == 13.0
    assert window.menu_actions.zoom_in.shortcut().toString() == "Ctrl++"
    assert window.menu_actions.refresh.shortcuts()[-1].toString() == "F5"


def test_settings_are_remembered(qtbot: QtBot, settings: QSettings, archive_path: Path) -> None:
    first = open_window(qtbot, settings, archive_path)
    first.resize(1024, 600)
    first.pane.set_zoom(17)
    first.table.setColumnWidth(int(Column.AUTHOR), 211)
    first.menu_actions.show_filter_bar.setChecked(False)
    close_window(qtbot, first)
    again = open_window(qtbot, settings, archive_path)
    assert again.pane.zoom == 17
    assert again.table.columnWidth(int(Column.AUTHOR)) == 211
    assert not again.menu_actions.show_filter_bar.isChecked()
    assert settings.value("archive/last") == str(archive_path.resolve())


# The offscreen platform warns when a message box is shown; a real desktop does not.
def test_an_archive_that_cannot_be_opened_gets_a_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_bytes(b"this is not an archive at all" * 100)
    before = bogus.read_bytes()
    wait_for_job(qtbot, window.open_archive(bogus))
    dialog = window.findChild(QMessageBox, "errorDialog")
    assert dialog is not None and str(bogus) in dialog.text()
    dialog.close()
    assert bogus.read_bytes() == before
    assert window.model.rowCount() == 40  # the archive shown before is still shown


def test_no_archive_open_offers_to_open_one(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    window = open_window(qtbot, settings, None)
    assert window.central.currentWidget() is window.welcome
    assert window.welcome.open_button.isVisible()
    assert not window.menu_actions.new_article.isEnabled()
    assert window.status_label.text() == "No archive open"
    # Opening is a job (it may upgrade the file): the list follows when it is done.
    with qtbot.waitSignal(window.list_updated, timeout=10_000):
        window.open_archive(archive_path)
    assert window.model.rowCount() == 40
    assert window.menu_actions.new_article.isEnabled()


def test_usable_at_1024_by_600(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 600)
    qtbot.waitExposed(window)
    assert window.width() <= 1024 and window.height() <= 600
    assert window.filter_bar.clear_button.isVisible()
    assert window.pane.width() > 250 and window.table.width() > 300


def test_down_in_the_search_box_moves_into_the_list(qtbot: QtBot, window: MainWindow) -> None:
    window.filter_bar.search.setFocus()
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Down)
    assert window.table.hasFocus() or window.table.currentIndex().isValid()
    assert window.table.currentIndex().row() == 0
    assert len(window.table.selectionModel().selectedRows()) == 1
    assert window.menu_actions.delete_articles.isEnabled()
