"""The browse panel: clicks and Space check entries, Clear unchecks, headings and years
open and close, order, the current entry across new counts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from db.facets import FacetOrder, Facets
from desktop.browse.browse_choices import BrowseChoices, FacetKind
from desktop.browse.browse_panel import BrowsePanel
from desktop.browse.facet_model import KEY_ROLE, FacetColumn


def make_panel(qtbot: QtBot, facets: Facets) -> BrowsePanel:
    panel = BrowsePanel()
    qtbot.addWidget(panel)
    panel.resize(260, 600)
    panel.show()
    panel.set_facets(facets)
    return panel


def click(qtbot: QtBot, panel: BrowsePanel, index: QModelIndex) -> None:
    assert index.isValid()
    panel.table.scrollTo(index)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_checks_an_entry_and_another_adds_to_it(qtbot: QtBot, facets: Facets) -> None:
    panel = make_panel(qtbot, facets)
    model = panel.model
    with qtbot.waitSignal(panel.choices_changed) as blocker:
        click(qtbot, panel, model.find(FacetKind.SOURCE, "Tạp chí Thử"))
    assert blocker.args == [BrowseChoices(sources=("Tạp chí Thử",))]
    assert panel.clear_button.isEnabled()
    with qtbot.waitSignal(panel.choices_changed) as blocker:
        count = model.find(FacetKind.SOURCE, "Báo Mẫu").siblingAtColumn(FacetColumn.COUNT)
        click(qtbot, panel, count)  # anywhere on the row
    assert blocker.args[0].sources == ("Tạp chí Thử", "Báo Mẫu")
    checked = model.find(FacetKind.SOURCE, "Báo Mẫu").data(Qt.ItemDataRole.CheckStateRole)
    assert Qt.CheckState(checked) == Qt.CheckState.Checked
    with qtbot.waitSignal(panel.choices_changed) as blocker:
        panel.clear_button.click()
    assert blocker.args == [BrowseChoices()]
    assert not panel.clear_button.isEnabled()


def test_space_checks_and_arrows_open_and_close(qtbot: QtBot, facets: Facets) -> None:
    panel = make_panel(qtbot, facets)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.find(FacetKind.AUTHOR, "Đức Minh"))
    with qtbot.waitSignal(panel.choices_changed) as blocker:
        qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert blocker.args[0].authors == ("Đức Minh",)
    panel.table.setCurrentIndex(panel.model.find(FacetKind.PERIOD, "2019"))
    qtbot.keyClick(panel.table, Qt.Key.Key_Right)
    assert panel.model.is_open((FacetKind.PERIOD, "2019"))
    assert panel.model.find(FacetKind.PERIOD, "2019-08").isValid()
    qtbot.keyClick(panel.table, Qt.Key.Key_Left)
    assert not panel.model.find(FacetKind.PERIOD, "2019-08").isValid()


def test_a_click_on_a_heading_or_an_arrow_opens_and_closes(
    qtbot: QtBot, facets: Facets
) -> None:
    panel = make_panel(qtbot, facets)
    click(qtbot, panel, panel.model.find(FacetKind.AUTHOR, None))
    assert not panel.model.is_open((FacetKind.AUTHOR, None))
    assert not panel.model.find(FacetKind.AUTHOR, "Thu Hà").isValid()
    year = panel.model.find(FacetKind.PERIOD, "2019")
    click(qtbot, panel, year.siblingAtColumn(FacetColumn.OPEN))
    assert panel.model.is_open((FacetKind.PERIOD, "2019"))
    assert panel.choices().is_empty
    # A month is checked from under its year.
    with qtbot.waitSignal(panel.choices_changed) as blocker:
        click(qtbot, panel, panel.model.find(FacetKind.PERIOD, "2019-08"))
    assert blocker.args[0].periods == ("2019-08",)


def test_the_current_entry_and_what_is_open_survive_new_counts(
    qtbot: QtBot, facets: Facets
) -> None:
    panel = make_panel(qtbot, facets)
    panel.model.toggle_open((FacetKind.PERIOD, "2019"))
    panel.model.toggle_open((FacetKind.TAG, None))
    panel.table.setCurrentIndex(panel.model.find(FacetKind.SOURCE, "Báo Mẫu"))
    fewer = replace(facets, authors=facets.authors[1:])
    with qtbot.waitSignal(panel.model.modelReset):
        panel.set_facets(fewer)
    assert panel.model.is_open((FacetKind.PERIOD, "2019"))
    assert not panel.model.is_open((FacetKind.TAG, None))
    assert panel.table.currentIndex().data(KEY_ROLE) == (FacetKind.SOURCE, "Báo Mẫu")
    assert len(panel.model.entries(FacetKind.AUTHOR)) == 3


def test_the_order_is_chosen_in_the_panel(qtbot: QtBot, facets: Facets) -> None:
    panel = make_panel(qtbot, facets)
    with qtbot.waitSignal(panel.order_changed) as blocker:
        panel.order_box.setCurrentIndex(panel.order_box.findData(FacetOrder.COUNT.value))
    assert blocker.args == [FacetOrder.COUNT]
    counts = [entry.count for entry in panel.model.entries(FacetKind.PERIOD)]
    assert counts == sorted(counts, reverse=True)
    panel.set_order(FacetOrder.NAME)
    assert panel.order() is FacetOrder.NAME
    assert panel.order_box.currentText() == "By name"
