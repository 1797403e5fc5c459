"""The filter bar: debounced search, partial dates, pickers, clear."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from db.models import ArticleFilter
from desktop.main_window.filter_bar import FilterBar


def make_bar(qtbot: QtBot) -> FilterBar:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_names(["Thu Hà", "Ngọc Lan"], ["Báo Mẫu"], ["thời sự"])
    return bar


def test_typing_emits_one_filter_after_the_pause(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    emitted: list[ArticleFilter] = []
    bar.filter_changed.connect(emitted.append)
    with qtbot.waitSignal(bar.filter_changed):
        qtbot.keyClicks(bar.search, "thanh hoa")
    assert emitted == [ArticleFilter(query="thanh hoa", prefix_last=True)]


def test_dates_accept_a_year_or_a_month_and_ignore_half_typed_ones(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    qtbot.keyClicks(bar.date_from, "2023")
    qtbot.keyClicks(bar.date_to, "2024-0")
    current = bar.current_filter()
    assert current.date_from == "2023"
    assert current.date_to is None
    qtbot.keyClicks(bar.date_to, "6")
    assert bar.current_filter().date_to == "2024-06"
    qtbot.keyClicks(bar.date_from, "x")  # the validator refuses letters
    assert bar.date_from.text() == "2023"


def test_pickers_complete_from_the_archive_names(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    assert [bar.author.itemText(i) for i in range(bar.author.count())] == ["Thu Hà", "Ngọc Lan"]
    bar.author.setEditText("Ngọc Lan")
    bar.tag.setEditText("thời sự")
    current = bar.current_filter()
    assert current.author == "Ngọc Lan"
    assert current.tags == ("thời sự",)


def test_clear_empties_every_field(qtbot: QtBot) -> None:
    bar = make_bar(qtbot)
    bar.search.setText("hoà")
    bar.date_from.setText("2020")
    bar.source.setEditText("Báo Mẫu")
    assert bar.is_filtering()
    with qtbot.waitSignal(bar.filter_changed) as blocker:
        bar.clear_button.click()
    assert blocker.args == [ArticleFilter(prefix_last=True)]
    assert not bar.is_filtering()
