"""The browse panel: clicks and Space check entries, Clear unchecks, order, expansion."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from db.facets import FacetOrder, Facets
from desktop.browse.browse_choices import BrowseChoices, FacetKind
from desktop.browse.browse_panel import BrowsePanel
from desktop.browse.facet_model import KEY_ROLE


def make_panel(qtbot: QtBot, facets: Facets) -> BrowsePanel:
    panel = BrowsePanel()
    qtbot.addWidget(panel)
    panel.resize(260, 600)
    panel.show()
    panel.set_facets(facets)
    return panel


def click(qtbot: QtBot, panel: BrowsePanel, index: QModelIndex) -> None:
    panel.tree.scrollTo(index)
    rect = panel.tree.visualRect(index)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_checks_an_entry_and_another_adds_to_it(qtbot: QtBot, facets: Facets) -> None:
    panel = make_panel(qtbot, facets)
    model = panel.model
    with qtbot.waitSignal(panel.choices_changed) as blocker:
        click(qtbot, panel, model.find(FacetKind.SOURCE, "Tạp chí Thử"))
    assert blocker.args == [BrowseChoices(sources=("Tạp chí Thử",))]
    assert panel.clear_button.isEnabled()
    with qtbot.waitSignal(panel.choices_changed) as blocker:
        click(qtbot, panel, model.find(FacetKind.SOURCE, "Báo Mẫu"))
    assert blocker.args[0].sources == ("Tạp chí Thử", "Báo Mẫu")
    checked = model.find(FacetKind.SOURCE, "Báo Mẫu").data(Qt.ItemDataRole.CheckStateRole)
    assert checked == Qt.CheckState.Checked
    with qtbot.waitSignal(panel.choices_changed) as blocker:
        panel.clear_button.click()
    assert blocker.args == [BrowseChoices()]
    assert not panel.clear_button.isEnabled()


def test_space_checks_the_current_entry(qtbot: QtBot, facets: Facets) -> None:
    panel = make_panel(qtbot, facets)
    index = panel.model.find(FacetKind.AUTHOR, "Đức Minh")
    panel.tree.setCurrentIndex(index)
    panel.tree.setFocus()
    with qtbot.waitSignal(panel.choices_changed) as blocker:
        qtbot.keyClick(panel.tree, Qt.Key.Key_Space)
    assert blocker.args[0].authors == ("Đức Minh",)


def test_a_click_on_a_heading_folds_it(qtbot: QtBot, facets: Facets) -> None:
    panel = make_panel(qtbot, facets)
    heading = panel.model.section_index(FacetKind.AUTHOR)
    assert panel.tree.isExpanded(heading)
    click(qtbot, panel, heading)
    assert not panel.tree.isExpanded(panel.model.section_index(FacetKind.AUTHOR))
    assert panel.choices().is_empty


def test_what_was_expanded_stays_expanded_with_new_counts(qtbot: QtBot, facets: Facets) -> None:
    panel = make_panel(qtbot, facets)
    panel.tree.expand(panel.model.find(FacetKind.PERIOD, "2019"))
    panel.tree.collapse(panel.model.section_index(FacetKind.TAG))
    panel.tree.setCurrentIndex(panel.model.find(FacetKind.AUTHOR, "Thu Hà"))
    panel.set_facets(facets)
    current = panel.tree.currentIndex()
    assert current.data(KEY_ROLE) == (FacetKind.AUTHOR, "Thu Hà")
    assert panel.tree.isExpanded(panel.model.find(FacetKind.PERIOD, "2019"))
    assert not panel.tree.isExpanded(panel.model.find(FacetKind.PERIOD, "2018"))
    assert not panel.tree.isExpanded(panel.model.section_index(FacetKind.TAG))
    # A month is checked from within its year.
    with qtbot.waitSignal(panel.choices_changed) as blocker:
        click(qtbot, panel, panel.model.find(FacetKind.PERIOD, "2019-08"))
    assert blocker.args[0].periods == ("2019-08",)


def test_the_order_is_chosen_in_the_panel(qtbot: QtBot, facets: Facets) -> None:
    panel = make_panel(qtbot, facets)
    with qtbot.waitSignal(panel.order_changed) as blocker:
        panel.order_box.setCurrentIndex(panel.order_box.findData(FacetOrder.COUNT.value))
    assert blocker.args == [FacetOrder.COUNT]
    years = panel.model.section_index(FacetKind.PERIOD)
    rows = range(panel.model.rowCount(years))
    counts = [int(panel.model.index(row, 1, years).data()) for row in rows]
    assert counts == sorted(counts, reverse=True)
    panel.set_order(FacetOrder.NAME)
    assert panel.order() is FacetOrder.NAME
    assert panel.order_box.currentText() == "By name"
