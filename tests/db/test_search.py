"""Vietnamese search, decided word by word: the cases of VIETNAMESE.md and many more."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.archive import Archive
from db.models import ArticleFields, ArticleFilter, SortOrder
from db.query import first_match, match_spans, parse_query, snippet

BORDER = "Kiểm điểm Ban Thường vụ Đảng ủy BĐBP Thanh Hoá"

CASES = [
    # (document body, query, prefix_last, should match)
    (BORDER, "thanh hoa", False, True),
    (BORDER, "Thanh Hóa", False, True),
    (BORDER, "Thanh Hoá", False, True),
    (BORDER, "bdbp", False, True),
    (BORDER, "BĐBP", False, True),
    (BORDER, "dang uy", False, True),
    (BORDER, "Đảng ủy", False, True),
    (BORDER, "Đảng uỷ", False, True),
    (BORDER, "đang", False, False),
    (BORDER, "kiem diem", False, True),
    ("Bộ đội Biên phòng", "biến", False, False),
    ("Bộ đội Biên phòng", "biên", False, True),
    ("Thành phố Hà Nội", "thanh", False, True),
    ("Thanh niên tình nguyện", "thành", False, False),
    (unicodedata.normalize("NFD", "Tỉnh Thanh Hóa"), "thanh hóa", False, True),
    ("Tỉnh Thanh Hóa", unicodedata.normalize("NFD", "thanh hóa"), False, True),
    ("THANH HOÁ", "thanh hóa", False, True),
    ("Công tác quân sự", "qua", True, True),
    ("Công tác quân sự", "qua", False, False),
    ("Công tác quân sự", "q", True, False),  # a lone first letter is not a prefix
    ("Công tác quân sự", "q*", False, True),
    ("Hoàn thành nhiệm vụ", "hoà", True, True),
    ("Hoàn thành nhiệm vụ", "hòa", True, True),
    ("Thanh Hóa", '"hoa thanh"', False, False),
    ("Thanh Hóa", '"thanh hoa"', False, True),
    ("Thanh Hóa", '"thanh hóa"', False, True),
    ("Thanh Hoa nở", '"thanh hóa"', False, False),
    ("Hà Nội, Việt Nam", "Hà Nội, Việt Nam", False, True),
    ("Biên phòng", "bien-phong", False, True),
    ("Thanh Hóa", 'Thanh "Hóa', False, True),
    ("nước khỏe mạnh", "khoẻ", False, True),
    ("nước khoẻ mạnh", "khỏe", False, True),
    ("thủy lợi", "thuỷ", False, True),
    ("giá qúy", "quý", False, True),
    ("hòa bình", "hoà", False, True),
    ("hòa bình", "hoa", False, True),
    ("hòa bình", "hóa", False, False),
    ("Biên phòng", "bien*", False, True),
    ("Biên phòng", "biê*", False, True),
    ("Biên phòng", "bie", False, False),
    ("Đồng chí Hoàng Văn Hùng", "HOANG VAN HUNG", False, True),
    ("tỉnh Thanh Hóa", "Thanh   Hóa", False, True),
    ("Ðảng ủy", "dang", False, True),
    ("Đảng ủy", "Ðảng", False, True),
    ("Biên\u00adphòng", "bienphong", False, True),
    ("a and b", "AND", False, True),
    ("a or b", "or", False, True),
    ("NOT hoa", "NOT hoa", False, True),
    ("sông Hồng", "sông OR biển", False, False),
]


@pytest.fixture
def one_article(archive: Archive):
    def make(body: str) -> Archive:
        archive.insert(ArticleFields(title="Tin", body=body))
        return archive

    return make


@pytest.mark.parametrize(("body", "query", "prefix_last", "expected"), CASES)
def test_search_case(one_article, body: str, query: str, prefix_last: bool, expected: bool) -> None:
    archive = one_article(body)
    where = ArticleFilter(query=query, prefix_last=prefix_last)
    assert (archive.count(where) == 1) is expected
    assert (len(archive.rows(where)) == 1) is expected


NEVER_ERRORS = [
    '"',
    'Thanh "Hóa',
    "AND(",
    "hoa AND",
    "NOT hoa",
    "(",
    "c++",
    "l'état",
    "1/2024",
    "hoa.",
    "100%",
    "Hà Nội, Việt Nam",
    "bien-phong",
    "col:hoa",
    "*",
    "",
    "   ",
    "NEAR(a b)",
    "a NEAR b",
    "^hoa",
    "{title_f}: x",
    "'",
    "\\",
    "--",
    "-hoa",
    "+hoa",
    "hoa*",
    "**",
    '""',
    '"" ""',
    "title_f:hoa",
    "rowid",
    "\x00",
    "🙂",
    "ắ*",
    "a*b",
    "[x]",
    "a_b",
    "_",
]


@pytest.mark.parametrize("query", NEVER_ERRORS)
def test_any_input_is_valid(archive: Archive, query: str) -> None:
    archive.insert(ArticleFields(title="Hà Nội", body="Thanh Hóa, l'état, c++ 100% 1/2024"))
    for sort in SortOrder:
        archive.rows(ArticleFilter(query=query), sort=sort)
        archive.rows(ArticleFilter(query=query, prefix_last=True), sort=sort, snippets=True)
    archive.count(ArticleFilter(query=query))


@pytest.mark.parametrize("query", ["", "   ", "...", "!!", "()", '"', "*"])
def test_empty_or_punctuation_means_no_text_filter(archive: Archive, query: str) -> None:
    archive.insert(ArticleFields(title="Một", body="x"))
    archive.insert(ArticleFields(title="Hai", body="y"))
    assert parse_query(query).is_empty
    assert archive.count(ArticleFilter(query=query)) == 2


def test_title_matches_rank_above_body_matches(archive: Archive) -> None:
    body_hit = archive.insert(ArticleFields(title="Tin tức", body="Biên phòng " + "chữ " * 30))
    title_hit = archive.insert(ArticleFields(title="Biên phòng", body="chữ " * 30))
    rows = archive.rows(ArticleFilter(query="bien phong"), sort=SortOrder.RELEVANCE)
    assert [r.id for r in rows] == [title_hit.id, body_hit.id]


def test_trashed_articles_leave_the_search(archive: Archive) -> None:
    article = archive.insert(ArticleFields(title="Biên phòng", body="x"))
    archive.trash([article.id])
    assert archive.count(ArticleFilter(query="bien phong")) == 0
    assert archive.count(ArticleFilter(query="bien phong", trashed=True)) == 1
    archive.restore([article.id])
    assert archive.count(ArticleFilter(query="bien phong")) == 1


def test_edit_updates_the_index(archive: Archive) -> None:
    article = archive.insert(ArticleFields(title="Tin", body="biên giới"))
    archive.update(article.id, body="hải đảo")
    assert archive.count(ArticleFilter(query="hai dao")) == 1
    assert archive.count(ArticleFilter(query="bien gioi")) == 0
    assert archive.check() == []


def test_match_spans_highlight_unmarked_query() -> None:
    text = "Đảng ủy BĐBP tỉnh Thanh Hoá và Thanh Hóa"
    spans = match_spans(text, parse_query("thanh hoa"))
    assert [text[s:e] for s, e in spans] == ["Thanh", "Hoá", "Thanh", "Hóa"]


def test_match_spans_marked_query_respects_marks() -> None:
    text = "Thanh niên thành phố"
    assert [text[s:e] for s, e in match_spans(text, parse_query("thành"))] == ["thành"]


def test_snippet_is_cut_around_the_first_match() -> None:
    text = "mở đầu " * 40 + "Đảng ủy Biên phòng " + "kết thúc " * 40
    excerpt = snippet(text, parse_query("bien phong"), width=80)
    assert "Biên phòng" in excerpt
    assert excerpt.startswith("…") and excerpt.endswith("…")


def test_to_fts_quotes_every_word_and_lists_tone_placements() -> None:
    match = parse_query("Thanh Hóa AND").to_fts()
    assert match is not None
    assert match.ranking == '"thanh" AND "hoa" AND "and"'
    assert match.folded == '"thanh" AND "and"'
    assert match.marked == '("hóa" OR "hoá")'


def test_phrase_keeps_adjacency_in_the_folded_index() -> None:
    match = parse_query('"Thanh Hóa" bien*').to_fts()
    assert match is not None
    assert match.ranking == match.folded == '"bien"* AND "thanh hoa"'
    assert match.marked == '("hóa" OR "hoá")'


SYLLABLES = [
    "Thanh",
    "Hóa",
    "hoà",
    "Hoàn",
    "thành",
    "Đảng",
    "ủy",
    "BĐBP",
    "qúy",
    "quý",
    "biên",
    "Biển",
    "phòng",
    "khỏe",
    "khoẻ",
    "a",
    "và",
    "hội",
    "ng",
    "Ðảng",
    "100%",
]


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(SYLLABLES), min_size=0, max_size=30),
    typed=st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=3),
    prefix_last=st.booleans(),
)
def test_the_snippet_starts_where_the_highlighting_does(
    words: list[str], typed: list[str], prefix_last: bool
) -> None:
    text = " ".join(words)
    query = parse_query(" ".join(typed), prefix_last=prefix_last)
    spans = match_spans(text, query)
    assert first_match(text, query) == (spans[0][0] if spans else None)
