"""Counts for browsing (db.facets): per facet, combined, following a search, in order.

The fixture archive has known values; every entry's count is also checked against the
list the same filter gives, so that what the panel counts is what the list shows.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from db import facets as facets_module
from db.archive import Archive
from db.facets import FacetEntry, FacetOrder, Facets
from db.models import ArticleFields, ArticleFilter, SortOrder

SOURCES = ["Đài Phát thanh", "Dân Trí", "An Giang", "Ấp Bắc", "Ăn Uống", None]
AUTHORS = ["Đỗ Hà", "Dương Lan", "Ánh Tuyết", "An Nhiên"]
TAGS = [["biên giới"], ["kinh tế", "biên giới"], [], ["Đời sống"]]
# Forty articles over three years: a year alone, months, days, and none.
DATES = ["2021", "2021-03", "2021-03-15", "2022-07", "2022-12-01", "2023-01", None, "2023-01-09"]


def make_articles() -> list[ArticleFields]:
    articles = []
    for number in range(40):
        place = "Thanh Hóa" if number % 3 == 0 else "Thanh Hoá" if number % 3 == 1 else "Hà Nội"
        articles.append(
            ArticleFields(
                title=f"Bài {number:02d} về {place}",
                body=f"Tin ở {place}, bài số {number}.",
                date=DATES[number % len(DATES)],
                author=AUTHORS[number % len(AUTHORS)],
                source=SOURCES[number % len(SOURCES)],
                tags=TAGS[number % len(TAGS)],
            )
        )
    return articles


@pytest.fixture(params=["in SQL", "in memory"])
def filled(
    archive: Archive, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Archive:
    """The fixture archive; each test runs twice: a selection counted in SQL by id, and
    counted in memory (db.facet_cache), as a large one is."""
    if request.param == "in memory":
        monkeypatch.setattr(facets_module, "FEW", 0)
    archive.insert_many(make_articles())
    return archive


def counts(entries: list[FacetEntry]) -> dict[str, int]:
    return {entry.value: entry.count for entry in entries}


def expected(attribute: str, where: ArticleFilter | None = None) -> Counter[str]:
    """What the fixture holds (computed from the fixture, not from the archive)."""
    found: Counter[str] = Counter()
    for article in make_articles():
        values = article.tags if attribute == "tags" else [getattr(article, attribute)]
        if where is not None and where.query and "Thanh" not in article.title:
            continue
        found.update(value for value in values if value)
    return found


def test_counts_per_facet_without_a_filter(filled: Archive) -> None:
    facets = filled.facets()
    assert counts(facets.sources) == dict(expected("source"))
    assert counts(facets.authors) == dict(expected("author"))
    assert counts(facets.tags) == dict(expected("tags"))
    assert counts(facets.years) == {"2021": 15, "2022": 10, "2023": 10}
    # An article dated 2021 alone is in the year, not in any month.
    assert counts(facets.months) == {"2021-03": 10, "2022-07": 5, "2022-12": 5, "2023-01": 10}
    assert facets.undated == 5
    assert [e.value for e in facets.timeline] == ["2021-03", "2022-07", "2022-12", "2023-01"]


def test_counts_follow_a_search_with_and_without_marks(filled: Archive) -> None:
    plain = filled.facets(ArticleFilter(query="thanh hoa"))
    marked = filled.facets(ArticleFilter(query="Thanh Hóa"))
    # Without marks every marked form matches; with them both tone placements do.
    assert counts(plain.sources) == dict(expected("source", ArticleFilter(query="x")))
    assert counts(marked.sources) == counts(plain.sources)
    assert sum(e.count for e in plain.years) + plain.undated == filled.count(
        ArticleFilter(query="thanh hoa")
    )
    assert filled.count(ArticleFilter(query="thanh hoa")) == 27


def test_vietnamese_order_and_order_by_count(filled: Archive) -> None:
    facets = filled.facets()
    # a ă â b c d đ …: Ă and Â after A, Đ after D.
    assert [e.name for e in facets.sources] == [
        "An Giang",
        "Ăn Uống",
        "Ấp Bắc",
        "Dân Trí",
        "Đài Phát thanh",
    ]
    assert [e.name for e in facets.authors] == ["An Nhiên", "Ánh Tuyết", "Dương Lan", "Đỗ Hà"]
    assert [e.name for e in facets.tags] == ["biên giới", "Đời sống", "kinh tế"]
    assert [e.value for e in facets.years] == ["2023", "2022", "2021"]
    by_count = filled.facets(order=FacetOrder.COUNT)
    assert [e.name for e in by_count.tags] == ["biên giới", "Đời sống", "kinh tế"]
    assert [e.count for e in by_count.tags] == [20, 10, 10]
    assert [e.value for e in by_count.years] == ["2021", "2023", "2022"]


FILTERS = [
    ArticleFilter(),
    ArticleFilter(query="thanh hoa"),
    ArticleFilter(query="Hoá"),
    ArticleFilter(query="bai", prefix_last=True),
    ArticleFilter(date_from="2021-03-10", date_to="2022-12"),
    ArticleFilter(periods=("2021",)),
    ArticleFilter(periods=("2021-03", "2023")),
    ArticleFilter(sources=("Dân Trí", "an giang")),
    ArticleFilter(authors=("Đỗ Hà",), any_tags=("biên giới", "Đời sống")),
    ArticleFilter(query="thanh hoa", periods=("2022", "2021-03"), sources=("Ấp Bắc",)),
    ArticleFilter(query="thanh hoa", authors=("Dương Lan", "An Nhiên"), tags=("biên giới",)),
    ArticleFilter(query="ha noi", date_from="2022", any_tags=("kinh tế",)),
    ArticleFilter(query="bai", prefix_last=True, periods=("2022",)),
]
FACET_FIELDS = {
    "years": "periods",
    "months": "periods",
    "sources": "sources",
    "authors": "authors",
    "tags": "any_tags",
}


@pytest.mark.parametrize("where", FILTERS, ids=str)
def test_every_count_is_what_the_list_shows(filled: Archive, where: ArticleFilter) -> None:
    facets = filled.facets(where)
    for facet, field in FACET_FIELDS.items():
        entries: list[FacetEntry] = getattr(facets, facet)
        for entry in entries:
            alone = replace(where, **{field: (entry.value,)})
            assert entry.count == filled.count(alone), (facet, entry)
            assert entry.count == len(filled.ids(alone))
        # Nothing with articles is missing: the entries hold every article once (but
        # for tags, which an article may have several of or none).
        mine = replace(where, **{field: ()})
        if facet == "years":
            assert sum(e.count for e in entries) + facets.undated == filled.count(mine)
    # Choices within a facet are alternatives: the list is the sum of their counts.
    if facets.sources:
        chosen = replace(where, sources=tuple(e.value for e in facets.sources[:2]))
        assert filled.count(chosen) == sum(e.count for e in facets.sources[:2])


def test_the_months_of_a_search_with_a_period_leave_the_trash_out(filled: Archive) -> None:
    # The months of the text alone are counted from the search keys, without its ids.
    filled.trash(filled.ids(ArticleFilter(query="thanh hoa", periods=("2021",)))[:3])
    where = ArticleFilter(query="thanh hoa", prefix_last=True, periods=("2023",))
    facets = filled.facets(where)
    for entry in [*facets.years, *facets.months]:
        assert entry.count == filled.count(replace(where, periods=(entry.value,))), entry
    assert facets.undated == filled.count(ArticleFilter(query="thanh hoa")) - sum(
        e.count for e in facets.years
    )


def test_the_timeline_ignores_the_dates_chosen(filled: Archive) -> None:
    everything = filled.facets().timeline
    dated = filled.facets(ArticleFilter(date_from="2022", periods=("2022-07",)))
    assert dated.timeline == everything
    assert counts(dated.years) == {"2022": 10, "2023": 10}
    searched = filled.facets(ArticleFilter(query="ha noi", date_to="2021"))
    assert counts(searched.timeline) == counts(filled.facets(ArticleFilter(query="ha noi")).months)


def test_periods_are_within_and_alternatives(filled: Archive) -> None:
    year = filled.ids(ArticleFilter(periods=("2021",)))
    month = filled.ids(ArticleFilter(periods=("2021-03",)))
    both = filled.ids(ArticleFilter(periods=("2021-03", "2022")))
    assert len(year) == 15 and len(month) == 10 and len(both) == 20
    # The same through the search index (periods as key ranges) and the articles table.
    for sort in SortOrder:
        searched = filled.ids(ArticleFilter(query="bai", periods=("2021-03", "2022")), sort=sort)
        assert sorted(searched) == sorted(both), sort
    with pytest.raises(ValueError, match="not a date"):
        filled.facets(ArticleFilter(periods=("last year",)))


def test_choices_narrow_every_order_of_the_list(filled: Archive) -> None:
    where = ArticleFilter(
        query="thanh hoa", sources=("An Giang", "Dân Trí"), any_tags=("biên giới", "kinh tế")
    )
    expected_ids = {
        article_id
        for article_id in filled.ids(ArticleFilter(query="thanh hoa"))
        if (article := filled.get(article_id)).source in ("An Giang", "Dân Trí")
        and {"biên giới", "kinh tế"} & set(article.tags)
    }
    assert expected_ids
    for sort in SortOrder:
        assert set(filled.ids(where, sort=sort)) == expected_ids, sort
        assert filled.count(where) == len(expected_ids)


def test_counts_follow_changes_here_and_elsewhere(filled: Archive, archive_path: Path) -> None:
    before = counts(filled.facets().sources)
    first_an_giang = filled.ids(ArticleFilter(sources=("An Giang",)))[0]
    filled.trash([first_an_giang])
    after = counts(filled.facets().sources)
    assert after["An Giang"] == before["An Giang"] - 1
    with Archive.open(archive_path) as other:
        other.set_source([first_an_giang + 1], "Báo Mới")
        other.restore([first_an_giang])
    again = counts(filled.facets().sources)
    assert again["An Giang"] == before["An Giang"]
    assert again["Báo Mới"] == 1


def test_a_broad_filter_counts_the_same_as_a_narrow_one(filled: Archive) -> None:
    # "bai" matches every article: counted as everything minus nothing.
    broad = filled.facets(ArticleFilter(query="bai"))
    everything = filled.facets()
    assert broad == everything
    trash: Facets = filled.facets(ArticleFilter(trashed=True))
    assert trash.sources == [] and trash.years == []


def test_choices_combine_across_every_pair_of_facets(filled: Archive) -> None:
    choices = {
        "periods": ("2021", "2023-01"),
        "sources": ("Đài Phát thanh", "An Giang"),
        "authors": ("Đỗ Hà", "Ánh Tuyết"),
        "any_tags": ("biên giới",),
    }
    articles = {article_id: filled.get(article_id) for article_id in filled.ids()}

    def keeps(field: str, article: ArticleFields) -> bool:
        if field == "periods":
            return any((article.date or "").startswith(p) for p in choices[field])
        if field == "any_tags":
            return bool(set(article.tags) & set(choices[field]))
        return getattr(article, field[:-1]) in choices[field]

    for first, second in itertools.combinations(choices, 2):
        where = ArticleFilter(**{first: choices[first], second: choices[second]})
        wanted = {i for i, a in articles.items() if keeps(first, a) and keeps(second, a)}
        assert set(filled.ids(where)) == wanted, (first, second)


@pytest.mark.parametrize("where", FILTERS, ids=str)
def test_the_ids_of_the_list_give_the_same_counts(filled: Archive, where: ArticleFilter) -> None:
    assert filled.facets(where, ids=filled.ids(where)) == filled.facets(where)
