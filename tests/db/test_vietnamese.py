import sqlite3
import unicodedata

import pytest

from db import search_index, search_words
from db import vietnamese as vn


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("hòa", "hoà"),
        ("hoà", "hoà"),
        ("thủy", "thuỷ"),
        ("khỏe", "khoẻ"),
        ("qúy", "quý"),
        ("gìa", "già"),
        ("của", "của"),
        ("người", "người"),
        ("nguyễn", "nguyễn"),
        ("hoàn", "hoàn"),
        ("gì", "gì"),
        ("quốc", "quốc"),
        ("tuổi", "tuổi"),
        ("ngoài", "ngoài"),
        ("thuở", "thuở"),
        ("café", "café"),
        ("hello", "hello"),
    ],
)
def test_tone_placement_is_normalised(written: str, normalised: str) -> None:
    assert vn.normalize_syllable(written) == normalised


def test_fold_removes_every_mark_and_d_bar() -> None:
    assert vn.fold("Đảng ủy BĐBP Thanh Hoá") == "dang uy bdbp thanh hoa"
    assert vn.fold("Kiểm điểm ằ ấ ề ệ ợ ự") == "kiem diem a a e e o u"
    assert vn.fold("ð Ð") == "d d"


def test_fold_keeps_length_so_positions_map_back() -> None:
    text = "Đảng ủy İstanbul ǅ Thanh Hóa"
    assert len(vn.fold(text)) == len(text)
    assert len(vn.lower(text)) == len(text)


def test_nfd_and_nfc_index_the_same() -> None:
    nfc = "Tỉnh Thanh Hóa, Đảng ủy"
    nfd = unicodedata.normalize("NFD", nfc)
    assert vn.folded_words(nfd) == vn.folded_words(nfc)
    assert vn.marked_words(nfd) == vn.marked_words(nfc)


def test_invisible_characters_do_not_split_words() -> None:
    assert vn.folded_words("Biên\u00adphòng Thanh\u200bHóa") == "bienphong thanhhoa"


def test_index_text_is_pinned() -> None:
    # The contentless index is only correct if these never change silently:
    # a change here needs INDEX_VERSION bumped so archives re-index on open.
    assert vn.INDEX_VERSION == 4
    assert vn.index_folded("Đảng ủy BĐBP ðó") == "Dảng ủy BDBP dó"
    assert vn.index_marked("Ðảng ủy") == "Đảng ủy"
    # The indexes are given the same text computed in SQL (db.search_index).
    conn = sqlite3.connect(":memory:")
    for text in ("Đảng ủy BĐBP ðó Ðảng", "thủy hòa", ""):
        folded = conn.execute(f"SELECT {search_index.folded_sql('?')}", [text]).fetchone()[0]
        assert folded == vn.index_folded(text)
        marked = conn.execute(f"SELECT {search_index.marked_sql('?1', '?2')}", [text, text])
        assert marked.fetchone()[0] == vn.index_marked(text + "\n" + text)
    # The title is indexed with the document's number (db.search_words.title_sql).
    title = conn.execute(
        f"SELECT {search_words.title_sql('t.')} FROM (SELECT ? AS title, ? AS number) t",
        ["Quyết định", "12/QĐ"],
    ).fetchone()[0]
    assert title == search_index.title_text("Quyết định", "12/QĐ") == "Quyết định\n12/QĐ"
    for number in (None, ""):
        bare = conn.execute(
            f"SELECT {search_words.title_sql('t.')} FROM (SELECT 'Tin' AS title, ? AS number) t",
            [number],
        ).fetchone()[0]
        assert bare == "Tin"
    assert vn.folded_words("Đảng ủy BĐBP Thanh Hoá") == "dang uy bdbp thanh hoa"
    assert vn.marked_words("Đảng ủy BĐBP Thanh Hoá") == "đảng uỷ bđbp thanh hoá"
    assert vn.marked_words("thủy hòa") == vn.marked_words("thuỷ hoà")


@pytest.mark.parametrize(
    ("word", "variants"),
    [
        ("hoà", {"hoà", "hòa"}),
        ("thủy", {"thủy", "thuỷ"}),
        ("quý", {"quý", "qúy"}),
        ("già", {"già", "gìa"}),
        ("thanh", {"thanh"}),
        ("café", {"café", "cáfe"}),
    ],
)
def test_tone_variants_cover_every_placement(word: str, variants: set[str]) -> None:
    assert set(vn.tone_variants(word)) == variants
    for variant in variants:
        assert vn.normalize_syllable(variant) in {vn.normalize_syllable(word), variant}


def test_has_marks() -> None:
    assert vn.has_marks("hóa")
    assert vn.has_marks("đang")
    assert not vn.has_marks("Thanh")


def test_name_key_ignores_case_marks_and_spacing() -> None:
    assert vn.name_key("  Quốc  Toản ") == vn.name_key("quoc toan")


def test_sort_key_follows_the_vietnamese_alphabet() -> None:
    words = ["mạ", "má", "mã", "mả", "mà", "ma", "mab", "đa", "da", "dz", "ăn", "an", "ân", "bà"]
    expected = ["an", "ăn", "ân", "bà", "da", "dz", "đa", "ma", "mà", "mả", "mã", "má", "mạ", "mab"]
    assert sorted(words, key=vn.sort_key) == expected


def test_sort_key_order_of_letters() -> None:
    letters = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split()
    assert sorted(reversed(letters), key=vn.sort_key) == letters


def test_sort_key_ignores_case_and_tone_placement() -> None:
    assert vn.sort_key("Hòa Bình") == vn.sort_key("hoà bình")
    assert vn.sort_key("THANH HÓA") == vn.sort_key("thanh hoá")


def test_sort_key_words_before_longer_words() -> None:
    assert sorted(["ma x", "mab", "ma"], key=vn.sort_key) == ["ma", "ma x", "mab"]


def test_sort_key_is_pinned() -> None:
    # Stored in archives: a change here needs SORT_KEY_VERSION bumped.
    assert vn.sort_key("Đà") == "1+\x0101"
    assert vn.SORT_KEY_VERSION == 1
