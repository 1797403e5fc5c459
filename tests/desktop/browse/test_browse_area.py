"""The browse panel and the timeline in the window: they filter the list, follow the
search, and are remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.browse.browse_choices import FacetKind
from desktop.browse.facet_model import FacetColumn
from desktop.main_window.main_window import MainWindow
from tests.desktop.main_window.conftest import close_window, open_window


def opened(qtbot: QtBot, settings: QSettings, path: Path) -> MainWindow:
    """A window whose panel shows the counts."""
    window = open_window(qtbot, settings, path)
    panel = window.browse_area.panel
    qtbot.waitUntil(lambda: bool(panel.model.entries(FacetKind.SOURCE)), timeout=5000)
    return window


def count_of(window: MainWindow, kind: FacetKind, value: str) -> int:
    index = window.browse_area.panel.model.find(kind, value)
    assert index.isValid(), value
    return int(index.siblingAtColumn(FacetColumn.COUNT).data())


def section_total(window: MainWindow, kind: FacetKind) -> int:
    return sum(entry.count for entry in window.browse_area.panel.model.entries(kind))


def click(qtbot: QtBot, window: MainWindow, index: QModelIndex) -> None:
    table = window.browse_area.panel.table
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def test_the_panel_counts_what_the_archive_holds(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    window = opened(qtbot, settings, archive_path)
    assert window.browse_area.panel.isVisible() and window.browse_area.timeline.isVisible()
    assert count_of(window, FacetKind.SOURCE, "Báo Mẫu") == 26
    assert count_of(window, FacetKind.TAG, "thời sự") == 20
    assert section_total(window, FacetKind.AUTHOR) == 40
    assert sum(count for _, _, count in window.browse_area.timeline.buckets()) == 40


def test_clicking_entries_filters_the_list_and_updates_the_counts(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    window = opened(qtbot, settings, archive_path)
    model = window.browse_area.panel.model
    with qtbot.waitSignal(window.article_list.facets_ready, timeout=5000):
        click(qtbot, window, model.find(FacetKind.SOURCE, "Tạp chí Thử"))
    assert window.model.rowCount() == 14
    assert {window.archive.get(i).source for i in window.model.ids()} == {"Tạp chí Thử"}
    # The other facets count within the source; its own section still offers the other.
    assert section_total(window, FacetKind.AUTHOR) == 14
    assert count_of(window, FacetKind.SOURCE, "Báo Mẫu") == 26
    # A second author adds to the first; the source still narrows both.
    first, second = "Thu Hà", "Ngọc Lan"
    expected = sum(count_of(window, FacetKind.AUTHOR, name) for name in (first, second))
    for name in (first, second):
        with qtbot.waitSignal(window.article_list.facets_ready, timeout=5000):
            click(qtbot, window, model.find(FacetKind.AUTHOR, name))
    assert window.model.rowCount() == expected
    assert window.status_label.text().startswith(f"{expected} of 40")
    # Clear filters unchecks the panel too.
    with qtbot.waitSignal(window.article_list.facets_ready, timeout=5000):
        window.filter_bar.clear_button.click()
    assert window.browse_area.panel.choices().is_empty
    assert window.model.rowCount() == 40


def test_the_counts_follow_the_search_box(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    window = opened(qtbot, settings, archive_path)
    with qtbot.waitSignal(window.article_list.facets_ready, timeout=5000):
        qtbot.keyClicks(window.filter_bar.search, "thanh hoa")
    assert window.model.rowCount() == 8
    assert section_total(window, FacetKind.SOURCE) == 8
    assert section_total(window, FacetKind.PERIOD) == 8
    with qtbot.waitSignal(window.article_list.facets_ready, timeout=5000):
        click(qtbot, window, window.browse_area.panel.model.find(FacetKind.SOURCE, "Báo Mẫu"))
    assert window.model.rowCount() == count_of(window, FacetKind.SOURCE, "Báo Mẫu")
    assert window.filter_bar.search.text() == "thanh hoa"


def test_dragging_on_the_timeline_sets_the_date_range(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    window = opened(qtbot, settings, archive_path)
    timeline = window.browse_area.timeline
    bars = timeline.buckets()
    # The bars of 2010 to 2011 (an article a month on their first months).
    start = next(i for i, bar in enumerate(bars) if bar[0] == 2010 * 12)
    end = next(i for i, bar in enumerate(bars) if bar[1] >= 2011 * 12 + 11)
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        qtbot.mousePress(
            timeline, Qt.MouseButton.LeftButton, pos=timeline.bar_rect(start).center()
        )
        qtbot.mouseMove(timeline, timeline.bar_rect(end).center())
        qtbot.mouseRelease(
            timeline, Qt.MouseButton.LeftButton, pos=timeline.bar_rect(end).center()
        )
    first, last = bars[start][0], bars[end][1]
    assert window.filter_bar.date_from.text() == f"{first // 12}-{first % 12 + 1:02d}"
    assert window.filter_bar.date_to.text() == f"{last // 12}-{last % 12 + 1:02d}"
    where = window.article_list.where()
    assert window.model.rowCount() == window.archive.count(where) > 0
    assert timeline.clear_button.isVisible()
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        timeline.clear_button.click()
    assert window.filter_bar.date_from.text() == "" and window.model.rowCount() == 40


def test_visibility_and_width_are_remembered_in_a_new_window(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    window = opened(qtbot, settings, archive_path)
    window.resize(1200, 700)
    splitter = window.browse_area.splitter
    splitter.setSizes([300, 900])
    splitter.splitterMoved.emit(300, 1)
    window.menu_actions.show_timeline.trigger()
    assert not window.browse_area.timeline.isVisible()
    close_window(qtbot, window)

    again = open_window(qtbot, settings, archive_path)
    assert not again.browse_area.timeline.isVisible()
    assert not again.menu_actions.show_timeline.isChecked()
    assert again.browse_area.panel.isVisible()
    assert abs(again.browse_area.panel.width() - 300) <= 2
    again.menu_actions.show_browse_panel.trigger()
    assert not again.browse_area.panel.isVisible()
    # Neither shown: nothing is counted any more.
    with qtbot.assertNotEmitted(again.article_list.facets_ready, wait=300):
        again.article_list.refresh()
    close_window(qtbot, again)

    third = open_window(qtbot, settings, archive_path)
    assert not third.browse_area.panel.isVisible()
    assert not third.menu_actions.show_browse_panel.isChecked()
    with qtbot.waitSignal(third.article_list.facets_ready, timeout=5000):
        third.menu_actions.show_timeline.trigger()
    assert third.browse_area.timeline.buckets()
