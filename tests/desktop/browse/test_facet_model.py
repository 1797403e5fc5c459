"""The panel's model: headings, entries with counts, months, checks, order."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from db.facets import FacetOrder, Facets
from desktop import i18n
from desktop.browse.browse_choices import BrowseChoices, FacetKind
from desktop.browse.facet_model import KEY_ROLE, FacetColumn, FacetModel


def names(model: FacetModel, kind: FacetKind, months_of: str | None = None) -> list[str]:
    """The names shown for a section's entries (or a year's months)."""
    entries = model.entries(kind, months_of=months_of)
    return [model.find(kind, entry.value).data().strip() for entry in entries]


def headings(model: FacetModel) -> list[str]:
    return [
        model.index(row, FacetColumn.NAME).data()
        for row in range(model.rowCount())
        if model.index(row, 0).data(KEY_ROLE)[1] is None
    ]


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, facets: Facets) -> None:
    model = FacetModel()
    model.set_facets(facets)
    model.set_choices(BrowseChoices(periods=("2019-08", "2001"), sources=("Báo Mẫu",)))
    model.toggle_open((FacetKind.PERIOD, "2019"))
    qtmodeltester.check(model)
    model.set_order(FacetOrder.COUNT)
    qtmodeltester.check(model)


def test_headings_entries_and_counts(facets: Facets) -> None:
    model = FacetModel()
    model.set_facets(facets)
    assert headings(model) == ["Years", "Sources", "Authors", "Tags"]
    assert names(model, FacetKind.SOURCE) == ["Báo Mẫu", "Tạp chí Thử"]
    first = model.find(FacetKind.SOURCE, "Báo Mẫu")
    count = first.siblingAtColumn(FacetColumn.COUNT)
    assert count.data() == "26"
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert first.data(KEY_ROLE) == (FacetKind.SOURCE, "Báo Mẫu")
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "Báo Mẫu: 26 articles"
    # Authors in Vietnamese order: Đ after B and before N.
    assert names(model, FacetKind.AUTHOR) == ["Bảo Châu", "Đức Minh", "Ngọc Lan", "Thu Hà"]
    assert names(model, FacetKind.PERIOD)[:2] == ["2019", "2018"]
    # Headings and years open and close; a closed heading hides its entries.
    assert model.find(FacetKind.AUTHOR, None).siblingAtColumn(FacetColumn.OPEN).data() == "▾"
    model.toggle_open((FacetKind.AUTHOR, None))
    assert names(model, FacetKind.AUTHOR) == []
    assert model.find(FacetKind.AUTHOR, None).siblingAtColumn(FacetColumn.OPEN).data() == "▸"


def test_months_open_under_their_year_in_the_ui_language(facets: Facets) -> None:
    model = FacetModel()
    model.set_facets(facets)
    assert names(model, FacetKind.PERIOD, months_of="2019") == []
    model.toggle_open((FacetKind.PERIOD, "2019"))
    assert names(model, FacetKind.PERIOD, months_of="2019") == ["August", "April"]
    august = model.find(FacetKind.PERIOD, "2019-08")
    assert august.data(Qt.ItemDataRole.ToolTipRole) == "August 2019: 1 article"
    i18n.install_language("vi")
    model.set_language("vi")
    assert names(model, FacetKind.PERIOD, months_of="2019") == ["Tháng 8", "Tháng 4"]
    august = model.find(FacetKind.PERIOD, "2019-08")
    assert august.data(Qt.ItemDataRole.ToolTipRole) == "tháng 8/2019: 1 bài"
    assert headings(model) == ["Năm", "Nguồn", "Tác giả", "Thẻ"]


def test_checks_follow_the_choices_and_chosen_entries_stay(facets: Facets) -> None:
    model = FacetModel()
    model.set_facets(facets)
    model.set_choices(BrowseChoices(periods=("2019-08",), sources=("Báo Khác",)))
    model.toggle_open((FacetKind.PERIOD, "2019"))

    def check(value: str) -> Qt.CheckState:
        data = model.find(FacetKind.PERIOD, value).data(Qt.ItemDataRole.CheckStateRole)
        return Qt.CheckState(data)

    assert check("2019-08") == Qt.CheckState.Checked
    assert check("2019") == Qt.CheckState.PartiallyChecked
    assert check("2018") == Qt.CheckState.Unchecked
    # A chosen source no article has any more is listed with 0, to be unchecked.
    gone = model.find(FacetKind.SOURCE, "Báo Khác")
    assert gone.isValid() and gone.siblingAtColumn(FacetColumn.COUNT).data() == "0"


def test_order_by_count(facets: Facets) -> None:
    model = FacetModel()
    model.set_facets(facets)
    model.set_order(FacetOrder.COUNT)
    assert names(model, FacetKind.TAG) == ["thời sự"]
    assert [e.count for e in model.entries(FacetKind.SOURCE)] == [26, 14]
    years = [e.count for e in model.entries(FacetKind.PERIOD)]
    assert years == sorted(years, reverse=True)


def test_new_counts_for_the_same_rows_change_them_in_place(facets: Facets) -> None:
    model = FacetModel()
    model.set_facets(facets)
    resets: list[bool] = []
    changes: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda *_: changes.append(True))
    model.set_facets(facets)
    assert resets == [] and changes == []  # nothing changed: nothing said
    first = facets.sources[0]
    model.set_facets(replace(facets, sources=[replace(first, count=99), *facets.sources[1:]]))
    assert resets == [] and changes
    assert model.find(FacetKind.SOURCE, first.value).siblingAtColumn(2).data() == "99"
    model.toggle_open((FacetKind.TAG, None))
    assert resets == [True]
