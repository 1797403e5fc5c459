"""Prefixes become the words they stand for, and find what FTS5's own prefixes find."""

from __future__ import annotations

import pytest

from db import search_words
from db.archive import Archive
from db.models import ArticleFields, ArticleFilter, SortOrder
from db.query import parse_query

TEXTS = [
    ("Hoàn thành nhiệm vụ", "Hòa bình, hoà hợp, hoàng hôn, Hoài Đức."),
    ("Thanh Hóa ra quân", "Thành phố, thanh niên, thạnh trị, thăng tiến."),
    ("Biên phòng", "Biến đổi, biển đảo, biên giới, biện pháp, BIÊN CHẾ."),
    ("Ðảng ủy", "Đang làm, dáng vẻ, đảng viên, Đăng ký."),
]


@pytest.fixture
def filled(archive: Archive) -> Archive:
    archive.insert_many([ArticleFields(title=t, body=b) for t, b in TEXTS])
    return archive


def test_the_words_of_the_archive_are_kept_as_the_marked_index_has_them(filled: Archive) -> None:
    words = {row[0] for row in filled._db.execute("SELECT word FROM search_words")}
    assert {"hoàn", "hòa", "hoà", "hoàng", "biên", "chế", "đảng", "ủy", "thăng"} <= words
    folded = dict(filled._db.execute("SELECT word, folded FROM search_words"))
    assert folded["đảng"] == "dang" and folded["hoà"] == "hoa"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hoà", {"hoà", "hòa", "hoàn", "hoàng", "hoài"}),
        ("hoa", None),  # three letters, unmarked: expanded (see the next case)
        ("bien", None),
        ("đang", {"đang"}),
        ("thanh", None),
    ],
)
def test_a_prefix_expands_to_its_words(
    filled: Archive, typed: str, expected: set[str] | None
) -> None:
    query = parse_query(typed + "*")
    found = search_words.expansions(filled._db.conn, query)
    (term,) = query.terms
    if expected is not None:
        assert set(found[term]) == expected
    else:
        assert all(word.startswith(term.folded) for word in found[term])


def test_two_letters_unmarked_are_left_to_the_prefix_index(filled: Archive) -> None:
    assert search_words.expansions(filled._db.conn, parse_query("ho*")) == {}


def test_a_prefix_with_too_many_words_stays_a_prefix(
    filled: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_words, "MOST_WORDS", 2)
    assert search_words.expansions(filled._db.conn, parse_query("hoà*")) == {}


@pytest.mark.parametrize(
    "typed", ["hoà", "hòa", "hoa", "hoan", "bien", "biê", "đan", "dang", "than", "thành", "xyz"]
)
@pytest.mark.parametrize("sort", [SortOrder.DATE, SortOrder.RELEVANCE])
def test_expanded_prefixes_find_what_prefixes_find(
    filled: Archive, typed: str, sort: SortOrder, monkeypatch: pytest.MonkeyPatch
) -> None:
    where = ArticleFilter(query=f"{typed}", prefix_last=True)
    expanded = filled.ids(where, sort=sort)
    monkeypatch.setattr(search_words, "MOST_WORDS", 0)
    assert filled.ids(where, sort=sort) == expanded
    assert filled.count(where) == len(expanded)


def test_words_of_an_edit_are_found_before_and_after_they_are_collected(filled: Archive) -> None:
    article = filled.ids(ArticleFilter(query="bien phong"))[0]
    filled.update(article, body="Xuồng máy tuần tiễu ven sông.")
    assert filled._db.execute("SELECT count(*) FROM search_words_due").fetchone()[0] == 1
    where = ArticleFilter(query="tuần ti", prefix_last=True)
    assert filled.ids(where) == [article]
    with Archive.open(filled.path, read_only=True) as reader:
        assert reader.ids(where) == [article]
    # The next import collects them.
    filled.insert_many([ArticleFields(title="Tin mới", body="Nội dung.")])
    assert filled._db.execute("SELECT count(*) FROM search_words_due").fetchone()[0] == 0
    assert filled.ids(where) == [article]
