"""The panel's tree model: sections, entries with counts, months, checks, order."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from db.facets import FacetOrder, Facets
from desktop import i18n
from desktop.browse.browse_choices import BrowseChoices, FacetKind
from desktop.browse.facet_model import KEY_ROLE, FacetColumn, FacetModel


def names(model: FacetModel, parent: QModelIndex) -> list[str]:
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, facets: Facets) -> None:
    model = FacetModel()
    model.set_facets(facets)
    model.set_choices(BrowseChoices(periods=("2019-08", "2001"), sources=("Báo Mẫu",)))
    qtmodeltester.check(model)
    model.set_order(FacetOrder.COUNT)
    qtmodeltester.check(model)


def test_sections_entries_and_counts(facets: Facets) -> None:
    model = FacetModel()
    model.set_facets(facets)
    assert names(model, QModelIndex()) == ["Years", "Sources", "Authors", "Tags"]
    sources = model.section_index(FacetKind.SOURCE)
    assert names(model, sources) == ["Báo Mẫu", "Tạp chí Thử"]
    first = model.index(0, FacetColumn.COUNT, sources)
    assert first.data() == "26"
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 0, sources).data(KEY_ROLE) == (FacetKind.SOURCE, "Báo Mẫu")
    assert model.index(0, 0, sources).data(Qt.ItemDataRole.ToolTipRole) == "Báo Mẫu: 26 articles"
    # Authors in Vietnamese order: Đ after B and before N.
    authors = model.section_index(FacetKind.AUTHOR)
    assert names(model, authors) == ["Bảo Châu", "Đức Minh", "Ngọc Lan", "Thu Hà"]
    years = model.section_index(FacetKind.PERIOD)
    assert names(model, years)[:2] == ["2019", "2018"]
    assert model.flags(years) & Qt.ItemFlag.ItemIsSelectable == Qt.ItemFlag.NoItemFlags


def test_months_are_named_in_the_ui_language(facets: Facets) -> None:
    model = FacetModel()
    model.set_facets(facets)
    year = model.find(FacetKind.PERIOD, "2019")
    assert names(model, year) == ["August", "April"]
    assert model.index(0, 0, year).data(Qt.ItemDataRole.ToolTipRole) == "August 2019: 1 article"
    i18n.install_language("vi")
    model.set_language("vi")
    year = model.find(FacetKind.PERIOD, "2019")
    assert names(model, year) == ["Tháng 8", "Tháng 4"]
    assert model.index(0, 0, year).data(Qt.ItemDataRole.ToolTipRole) == "tháng 8/2019: 1 bài"
    assert names(model, QModelIndex()) == ["Năm", "Nguồn", "Tác giả", "Thẻ"]


def test_checks_follow_the_choices_and_chosen_entries_stay(facets: Facets) -> None:
    model = FacetModel()
    model.set_facets(facets)
    model.set_choices(BrowseChoices(periods=("2019-08",), sources=("Báo Khác",)))
    check = Qt.ItemDataRole.CheckStateRole
    assert model.find(FacetKind.PERIOD, "2019-08").data(check) == Qt.CheckState.Checked
    assert model.find(FacetKind.PERIOD, "2019").data(check) == Qt.CheckState.PartiallyChecked
    assert model.find(FacetKind.PERIOD, "2018").data(check) == Qt.CheckState.Unchecked
    # A chosen source no article has any more is listed with 0, to be unchecked.
    gone = model.find(FacetKind.SOURCE, "Báo Khác")
    assert gone.isValid() and gone.siblingAtColumn(FacetColumn.COUNT).data() == "0"


def test_order_by_count(facets: Facets) -> None:
    model = FacetModel()
    model.set_facets(facets)
    model.set_order(FacetOrder.COUNT)
    tags = model.section_index(FacetKind.TAG)
    assert names(model, tags) == ["thời sự"]
    sources = model.section_index(FacetKind.SOURCE)
    counts = [model.index(r, 1, sources).data() for r in range(model.rowCount(sources))]
    assert counts == ["26", "14"]
