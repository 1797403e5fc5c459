"""The timeline: bars per month, a drag or a click chooses dates, tooltips, clear."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from db.facets import FacetEntry
from desktop import i18n
from desktop.browse.timeline_widget import TimelineWidget


def months(*pairs: tuple[str, int]) -> list[FacetEntry]:
    return [FacetEntry(value, value, count, value) for value, count in pairs]


def make_timeline(qtbot: QtBot, width: int = 600) -> TimelineWidget:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(width, timeline.sizeHint().height())
    timeline.show()
    timeline.set_months(months(("2022-11", 4), ("2023-01", 2), ("2023-05", 7)))
    return timeline


def center(timeline: TimelineWidget, bar: int) -> QPoint:
    return timeline.bar_rect(bar).center()


def test_a_bar_per_month_from_the_first_to_the_last(qtbot: QtBot) -> None:
    timeline = make_timeline(qtbot)
    bars = timeline.buckets()
    assert len(bars) == 7  # November 2022 to May 2023, empty months included
    assert [count for _, _, count in bars] == [4, 0, 2, 0, 0, 0, 7]
    assert timeline.bar_text(6) == "May 2023: 7 articles"
    i18n.install_language("vi")
    assert timeline.bar_text(0) == "tháng 11/2022: 4 bài"


def test_dragging_across_bars_chooses_their_months(qtbot: QtBot) -> None:
    timeline = make_timeline(qtbot)
    with qtbot.waitSignal(timeline.range_chosen) as blocker:
        qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=center(timeline, 5))
        qtbot.mouseMove(timeline, center(timeline, 3))
        qtbot.mouseMove(timeline, center(timeline, 1))
        qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=center(timeline, 1))
    assert blocker.args == ["2022-12", "2023-04"]


def test_a_click_chooses_one_month_and_the_button_clears(qtbot: QtBot) -> None:
    timeline = make_timeline(qtbot)
    with qtbot.waitSignal(timeline.range_chosen) as blocker:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=center(timeline, 2))
    assert blocker.args == ["2023-01", "2023-01"]
    assert not timeline.clear_button.isVisible()
    timeline.set_range("2023-01", "2023-01")
    assert timeline.clear_button.isVisible()
    with qtbot.waitSignal(timeline.range_chosen) as blocker:
        timeline.clear_button.click()
    assert blocker.args == [None, None]


def test_the_chosen_months_are_highlighted(qtbot: QtBot) -> None:
    timeline = make_timeline(qtbot)
    timeline.set_range("2023", None)
    image = timeline.grab().toImage()
    highlight = timeline.palette().color(QPalette.ColorRole.Highlight)

    def colour(bar: int) -> str:
        rect = timeline.bar_rect(bar)
        return image.pixelColor(rect.left(), rect.bottom() - 1).name()

    assert colour(6) == highlight.name()  # May 2023: chosen
    assert colour(0) != highlight.name()  # November 2022: not
    assert colour(0) == timeline.palette().color(QPalette.ColorRole.Mid).name()


def test_many_months_share_a_bar_when_they_do_not_fit(qtbot: QtBot) -> None:
    timeline = make_timeline(qtbot, width=160)
    twice_a_year = ((f"{year}-{month:02d}", 1) for year in range(1990, 2024) for month in (1, 7))
    timeline.set_months(months(*twice_a_year))
    bars = timeline.buckets()
    first, last, count = bars[0]
    size = last - first + 1
    assert size in (3, 6, 12, 24) and len(bars) * 3 <= 160
    assert sum(count for _, _, count in bars) == 68
    assert first % size == 0  # aligned on the calendar
    with qtbot.waitSignal(timeline.range_chosen) as blocker:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=center(timeline, 0))
    assert blocker.args[0] == "1990-01"


def test_nothing_to_show_says_so(qtbot: QtBot) -> None:
    timeline = make_timeline(qtbot)
    timeline.set_months([])
    assert timeline.buckets() == []
    timeline.grab()  # paints the message, with no bar to click
    assert timeline.bar_at(50) is None


def test_the_panel_periods_are_highlighted_within_the_range(qtbot: QtBot) -> None:
    timeline = make_timeline(qtbot)
    timeline.set_periods(("2022", "2023-05"))
    assert timeline.is_chosen(*timeline.buckets()[0][:2])  # November 2022
    assert not timeline.is_chosen(*timeline.buckets()[2][:2])  # January 2023
    timeline.set_range("2023", None)
    assert not timeline.is_chosen(*timeline.buckets()[0][:2])
    assert timeline.is_chosen(*timeline.buckets()[6][:2])  # May 2023
