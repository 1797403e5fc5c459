"""Known-item ranking: the article a user remembers comes first.

Each case is an archive of the wanted article, a rival built to beat it under plain
word counting (BM25 over folded words) or under date order (the rival is always the
newer one), and filler articles that make everyday syllables common. The query must put
the wanted article first.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pytest

from db import vietnamese as vn
from db.archive import Archive
from db.importer import import_paths
from db.models import ArticleFields, ArticleFilter, SortOrder
from db.query import parse_query
from db.ranking import RANKED_TIER, RankedListing, TextMatcher, tiers
from tests.bench.generator import ArticleWriter
from tests.conftest import SHARED

FILLER = (
    "Người dân được hỗ trợ và có thêm việc làm, không phải đi xa. Cán bộ đã đến thăm "
    "hỏi, có quà cho các gia đình, được bà con đón tiếp. Đồng chí chỉ huy nói không "
    "khó khăn nào không vượt qua được, có quyết tâm thì có kết quả."
)


@dataclass(frozen=True)
class Case:
    """A query, the article it is after, and a rival (newer) that should come second."""

    name: str
    query: str
    wanted: tuple[str, str]
    rival: tuple[str, str]
    prefix_last: bool = False


CASES = [
    Case(
        "the words in order in the title beat the same words repeated in a body",
        "tong ket cong tac",
        ("Hội nghị tổng kết công tác biên phòng năm 2023", "Hội nghị diễn ra tại tỉnh."),
        (
            "Tin tức trong tuần",
            "Công tác tuần tra. Kết quả tổng hợp. " * 3 + "Tổng kết sau. Công tác trước. " * 4,
        ),
    ),
    Case(
        "a two-syllable word, unmarked, in order in a body beats its syllables apart",
        "thanh hoa",
        ("Bão số 5 gây thiệt hại", "Bão đổ bộ vào tỉnh Thanh Hóa đêm qua, gây mưa lớn."),
        ("Hoa nở khắp nơi", "Hoa đào, hoa mai. Thanh niên đi chợ hoa. Hoa và thanh âm."),
    ),
    Case(
        "the marks typed count: bằng chứng in the title beats băng chứng",
        "bằng chứng",
        ("Không có bằng chứng vi phạm", "Cơ quan điều tra kết luận."),
        ("Không có băng chứng vi phạm", "Đơn vị được tặng bằng khen."),
    ),
    Case(
        "tone placement does not matter for the marks typed (hoà = hòa)",
        "hoà bình",
        ("Hòa bình trên biên giới", "Bà con sống yên ổn."),
        ("Hoà binh lính chiến", "Một đêm bình yên, không có tiếng súng."),
    ),
    Case(
        "everyday syllables in order: không có gì as a phrase beats the words apart",
        "không có gì",
        ("Báo cáo tuần", "Tình hình ổn định, không có gì bất thường xảy ra ở địa bàn."),
        ("Tin vắn", "Gì cũng được. Không ai đến. Có người hỏi. " * 5),
    ),
    Case(
        "everyday syllables keep weight: the article that holds them more comes first",
        "không có",
        (
            "Báo cáo tình hình",
            "Không có vụ việc nào. Không phạm pháp, không buôn lậu, có kiểm tra, có "
            "tuần tra, không lơ là, có trực ban, không nghỉ, có mặt đầy đủ.",
        ),
        ("Báo cáo tình hình", "Trong tháng không có vụ việc nào đáng chú ý xảy ra."),
    ),
    Case(
        "words near each other beat the same words scattered, in any order",
        "nghiem trong sat lo",
        (
            "Mưa lớn ở miền núi",
            "Tại xã Mường Lý đã xảy ra sạt lở đất nghiêm trọng sau ba ngày mưa. " + FILLER,
        ),
        (
            "Tin tổng hợp",
            "Sạt lở nhỏ. " + FILLER + " Vụ việc nghiêm trọng. " + FILLER + " Lở núi. Sạt.",
        ),
    ),
    Case(
        "the last word while typing is a prefix: thanh ho finds Thanh Hóa in the title",
        "thanh ho",
        ("Biên phòng Thanh Hóa ra quân", "Lực lượng ra quân đầu năm."),
        ("Thanh niên tình nguyện", "Hoạt động hè của thanh niên, hỗ trợ bà con."),
        prefix_last=True,
    ),
    Case(
        "a quoted phrase and a word: the whole query in the title comes first",
        '"đồn biên phòng" cửa khẩu',
        ("Đồn biên phòng cửa khẩu Tà Lùng", "Đơn vị giữ vững an ninh."),
        ("Đồn biên phòng số 3", "Tuần tra khu vực cửa khẩu, đồn biên phòng phối hợp."),
    ),
    Case(
        "đ folds to d: dang uy finds Đảng ủy in order",
        "dang uy",
        ("Đảng ủy xã họp phiên thường kỳ", "Nội dung cuộc họp."),
        ("Ủy ban nhân dân", "Đang triển khai kế hoạch, ủy quyền cho cấp dưới. Đang làm."),
    ),
]


def _insert(archive: Archive, title: str, body: str, date: str) -> int:
    return archive.insert(ArticleFields(title=title, body=body, date=date)).id


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_wanted_article_comes_first(archive: Archive, case: Case) -> None:
    for index in range(24):
        _insert(archive, f"Bản tin số {index}", FILLER, f"2022-{1 + index % 12:02d}")
    wanted = _insert(archive, *case.wanted, "2019-05-04")
    rival = _insert(archive, *case.rival, "2024-02-01")
    where = ArticleFilter(query=case.query, prefix_last=case.prefix_last)
    ranked = archive.ids(where, sort=SortOrder.RELEVANCE, limit=5)
    assert ranked[0] == wanted, f"{case.name}: {ranked}"
    assert rival in archive.ids(where, sort=SortOrder.RELEVANCE)
    # Sorted by date, the rival (newer) comes first: relevance is what finds it.
    by_date = archive.ids(where, sort=SortOrder.DATE)
    assert by_date.index(rival) < by_date.index(wanted)


def test_ties_go_to_the_newer_article(archive: Archive) -> None:
    older = _insert(archive, "Tuần tra biên giới", "Nội dung.", "2020-01")
    newer = _insert(archive, "Tuần tra biên giới", "Nội dung.", "2021-01")
    ranked = archive.ids(ArticleFilter(query="tuan tra"), sort=SortOrder.RELEVANCE)
    assert ranked == [newer, older]


def test_every_match_is_listed_once_across_the_tiers(archive: Archive) -> None:
    for index in range(30):
        words = ["biên", "giới", "tuần", "tra"]
        order = words if index % 3 == 0 else list(reversed(words))
        place = "title" if index % 2 else "body"
        text = " ".join(order)
        title, body = (text, FILLER) if place == "title" else ("Tin", f"{FILLER} {text}.")
        _insert(archive, title, body, f"20{10 + index % 12}")
    where = ArticleFilter(query="bien gioi tuan tra")
    ranked = archive.ids(where, sort=SortOrder.RELEVANCE)
    assert sorted(ranked) == sorted(archive.ids(where)) and len(set(ranked)) == len(ranked)
    # The words in order in a title come first, then in order in a body.
    titles = {row.id: row.title for row in archive.rows(where, limit=None)}
    first = [titles[i] for i in ranked[:5]]
    assert all(title == "biên giới tuần tra" for title in first)


def test_a_tier_too_large_to_rank_is_listed_newest_first(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("db.ranking.RANKED_TIER", 5)
    ids = [_insert(archive, f"Biên phòng {i}", "x", f"20{10 + i}") for i in range(8)]
    ranked = archive.ids(ArticleFilter(query="bien phong"), sort=SortOrder.RELEVANCE)
    assert ranked == list(reversed(ids))
    assert RANKED_TIER > 5


def test_tiers_hold_the_typed_words_in_order_then_near_then_the_rest() -> None:
    expressions = parse_query("bien phong thanh hoa").expressions()
    assert expressions is not None
    names = [tier.name for tier in tiers(expressions)]
    assert names == ["title", "body", "near", "rest"]
    single = parse_query("bien").expressions()
    assert single is not None
    assert [tier.name for tier in tiers(single)] == ["title", "body"]


@pytest.mark.parametrize(
    ("text", "query", "exact"),
    [
        ("Không có bằng chứng", "bằng chứng", True),
        ("Không có băng chứng", "bằng chứng", False),
        ("Hòa Bình", "hoà bình", True),
        ("HÒA BÌNH", "hoà bình", True),
        ("Thanh Hóa, ngày 5", "thanh hóa", True),
        ("Thanh-Hóa", "thanh hóa", True),
        ("Thành Hóa", "thanh hóa", True),  # "thanh" typed without marks matches thành
        ("Thanh Hoa", "thanh hóa", False),
        ("Đảng ủy", "đảng ủy", True),
        ("Biên phòng Thanh Hóa", "thanh ho", True),
    ],
)
def test_exact_phrase_follows_the_search_rules(text: str, query: str, exact: bool) -> None:
    parsed = parse_query(query, prefix_last=query.endswith("ho"))
    expressions = parsed.expressions()
    assert expressions is not None
    assert TextMatcher.of(expressions.words).exact_phrase(text) is exact


def test_word_counts_find_words_with_any_marks_and_case() -> None:
    words = parse_query("thanh hoa").expressions()
    assert words is not None
    counts = TextMatcher.of(words.words).count("THANH HOÁ", "Thanh Hóa, thành phố, hoa hồng")
    assert counts.title == (1, 1)
    assert counts.body == (2, 2)


def test_ranked_listing_reads_a_page_at_a_time(archive: Archive) -> None:
    for index in range(12):
        _insert(archive, f"Tuần tra {index}", FILLER, f"2020-{1 + index:02d}")
    listing = archive.listing(ArticleFilter(query="tuan tra"), sort=SortOrder.RELEVANCE)
    first = listing.take(5)
    rest = listing.rest()
    assert len(first) == 5 and len(rest) == 7 and not set(first) & set(rest)
    assert listing.exhausted
    assert isinstance(RankedListing, type)


DANTRI = SHARED / "corpus" / "dantri"


@pytest.mark.slow
@pytest.mark.skipif(not DANTRI.is_dir(), reason="the real corpus (../shared) is not here")
def test_real_articles_are_found_first_among_a_thousand_others(
    archive: Archive, tmp_path: Path
) -> None:
    """Three to five consecutive words of a real Dân trí title or paragraph, with or
    without their marks, find that article first (a generated archive around it)."""
    writer = ArticleWriter(3)
    folder = tmp_path / "generated"
    folder.mkdir()
    for index in range(1000):
        (folder / f"{index:05d}.txt").write_text(writer.article(index), encoding="utf-8")
    import_paths(archive, [folder, *sorted(DANTRI.glob("news_*.txt"))])
    real = [row for row in archive.rows(ArticleFilter(), limit=None) if row.id > 1000]
    assert len(real) == 30
    rng = random.Random(15)
    places = []
    for row in real:
        article = archive.get(row.id)
        paragraphs = [p for p in article.body.split("\n") if len(vn.words(p)) >= 8]
        for text in (article.title, rng.choice(paragraphs)):
            words = vn.words(text)
            size = min(len(words), rng.choice((3, 4, 5)))
            start = rng.randrange(len(words) - size + 1)
            typed = " ".join(words[start : start + size])
            for query in (typed, vn.fold(typed)):
                found = archive.ids(ArticleFilter(query=query), sort=SortOrder.RELEVANCE, limit=10)
                places.append(found.index(row.id) + 1 if row.id in found else 0)
    first = sum(1 for place in places if place == 1) / len(places)
    assert first >= 0.95, places
    assert all(place >= 1 for place in places)
