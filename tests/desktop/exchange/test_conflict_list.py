"""The conflicts of a merge, one row each: whose version is current, and the history."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from db.exchange.merge import MergeConflict
from desktop.exchange.conflict_list import ConflictList

CONFLICTS = [
    MergeConflict(7, "uid-7", "Báo cáo tháng Năm", "other", "Báo cáo tháng 5"),
    MergeConflict(9, "uid-9", "Tin Đồn Biên phòng", "this", "Tin Đồn Biên phòng"),
]


def test_rows_say_whose_version_is_current_and_name_the_other_title(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    view = ConflictList(CONFLICTS, from_bundle=True)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model())
    assert view.titles() == ["Báo cáo tháng Năm", "Tin Đồn Biên phòng"]
    first, second = view.topLevelItem(0), view.topLevelItem(1)
    assert first is not None and second is not None
    assert (first.text(1), second.text(1)) == ("the bundle's", "this archive's")
    assert "“Báo cáo tháng 5”" in first.toolTip(0)
    assert "titled" not in second.toolTip(0)  # the same title on both sides
    assert view.current_article_id() == 7  # the first row is ready for Open history


def test_opening_a_row_asks_for_that_articles_history(qtbot: QtBot) -> None:
    view = ConflictList(CONFLICTS, from_bundle=False)
    qtbot.addWidget(view)
    second = view.topLevelItem(1)
    assert second is not None
    assert view.topLevelItem(0).text(1) == "the other archive's"  # type: ignore[union-attr]
    with qtbot.waitSignal(view.history_requested) as asked:
        view.itemActivated.emit(second, 0)
    assert asked.args == [9]
    view.setCurrentItem(second)
    with qtbot.waitSignal(view.history_requested) as asked:
        view.open_current()
    assert asked.args == [9]
