"""What is checked in the panel, and the filter it makes."""

from __future__ import annotations

from db.models import ArticleFilter
from desktop.browse.browse_choices import BrowseChoices, FacetKind


def test_toggling_checks_and_unchecks() -> None:
    choices = BrowseChoices().toggled(FacetKind.SOURCE, "Báo Mẫu")
    assert choices.sources == ("Báo Mẫu",) and not choices.is_empty
    choices = choices.toggled(FacetKind.SOURCE, "Tạp chí Thử")
    assert choices.sources == ("Báo Mẫu", "Tạp chí Thử")
    assert choices.toggled(FacetKind.SOURCE, "Báo Mẫu").sources == ("Tạp chí Thử",)
    assert choices.toggled(FacetKind.SOURCE, "Báo Mẫu").toggled(
        FacetKind.SOURCE, "Tạp chí Thử"
    ).is_empty


def test_a_year_and_its_months_replace_each_other() -> None:
    months = BrowseChoices().toggled(FacetKind.PERIOD, "2023-05")
    months = months.toggled(FacetKind.PERIOD, "2023-06").toggled(FacetKind.PERIOD, "2024-01")
    year = months.toggled(FacetKind.PERIOD, "2023")
    assert year.periods == ("2024-01", "2023")
    assert year.toggled(FacetKind.PERIOD, "2023-07").periods == ("2024-01", "2023-07")


def test_choices_narrow_the_filter_bar_filter() -> None:
    choices = BrowseChoices(periods=("2020",), authors=("Thu Hà",), any_tags=("thời sự",))
    where = choices.applied_to(ArticleFilter(query="hoa", author="Ngọc Lan", periods=("1999",)))
    assert where == ArticleFilter(
        query="hoa",
        author="Ngọc Lan",
        periods=("2020",),
        authors=("Thu Hà",),
        any_tags=("thời sự",),
    )
