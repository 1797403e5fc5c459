"""Hostile and random RTF: bounded memory, no exception but ReadError, text kept exactly."""

from __future__ import annotations

import struct
import tracemalloc
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.readers import FailureKind, ReadError
from db.readers.rtf_format import MAX_TEXT_BYTES, parse_rtf, rtf_text
from db.readers.rtf_parser import MAX_DEPTH, RtfParser
from db.text_decoding import encode_tcvn3, encode_vni
from tests.db.readers.test_rtf_format import escaped, lo_escaped

HEAD = (
    b"{\\rtf1\\ansi\\ansicpg1252\\deff0"
    b"{\\fonttbl{\\f0 Times New Roman;}{\\f1 .VnTime;}{\\f2 VNI-Times;}}"
)


def peak_memory(data: bytes) -> tuple[int, RtfParser]:
    tracemalloc.start()
    try:
        parser = RtfParser(data, None, MAX_TEXT_BYTES)
        parser.run()
        return tracemalloc.get_traced_memory()[1], parser
    finally:
        tracemalloc.stop()


def test_a_million_unclosed_groups_cost_a_counter() -> None:
    data = HEAD + b"{\\f1 " * 1_000 + b"{" * 1_000_000 + b"{\\b deep text"
    peak, parser = peak_memory(data)
    assert len(parser.stack) == MAX_DEPTH
    assert peak < 8 * 2**20  # the input is 1 MB; no state per level past MAX_DEPTH
    assert rtf_text(data).text == "deep text\n"


def test_many_groups_with_words_keep_the_stack_bounded() -> None:
    data = HEAD + b"{\\f1 " * 20_000 + b"{\\v}" * 20_000 + b"text"
    peak, parser = peak_memory(data)
    assert len(parser.stack) == MAX_DEPTH and parser.overflow == 20_000 - MAX_DEPTH
    assert peak < 8 * 2**20


def test_deep_nesting_is_flattened_and_closed_again() -> None:
    data = HEAD + b"{\\v " * 5_000 + b"hidden" + b"}" * 5_000 + b" shown\\par}"
    assert rtf_text(data).text == "shown\n"


def test_deep_nesting_inside_a_skipped_group() -> None:
    data = HEAD + b"{\\*\\unknown " + b"{x" * 50_000 + b"}" * 50_001 + b"after\\par}"
    peak, _ = peak_memory(data)
    assert peak < 20 * 2**20
    assert rtf_text(data).text == "after\n"


@pytest.mark.parametrize(
    "hostile",
    [
        b"\\bin99999999999999999999 this is data, not text",
        b"\\bin-5 x",
        b"\\" + b"a" * 3_000_000 + b" word",
        b"\\f" + b"9" * 100_000 + b" digits",
        b"\\u" + b"9" * 50 + b"? \\u-999999999? \\u70000?",
        b"\\'41" * 200_000 + b"\\'",
        b"\\" * 20_001,
        b"{\\*" * 10 + b"}" * 500_000,
    ],
)
def test_hostile_runs_end_in_text_or_nothing(hostile: bytes) -> None:
    data = HEAD + b"\\f0 start " + hostile
    peak, _ = peak_memory(data)
    assert peak < 10 * len(data) + 20 * 2**20
    document = parse_rtf(data)
    assert document.blocks[0].text.startswith("start")
    for block in document.blocks:
        block.text.encode("utf-8")


def test_nul_and_control_bytes_never_reach_the_text() -> None:
    data = HEAD + b"\\f0 a\x00b\x07c\\'00\\'1b\\u0 d \\u7?e\\par}"
    assert rtf_text(data).text == "abc e\n"  # "d" is \\u0's fallback


def test_empty_document_is_refused_by_the_import(tmp_path: object) -> None:
    from pathlib import Path

    from db.readers import read_article_file

    path = Path(str(tmp_path)) / "empty.rtf"
    path.write_bytes(HEAD + b"{\\*\\generator x}\\par\\par}")
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert caught.value.kind is FailureKind.EMPTY


# --- random structure --------------------------------------------------------------

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = [
    b"par", b"pard", b"plain", b"line", b"tab", b"cell", b"row", b"nestcell", b"nestrow",
    b"intbl", b"itap", b"f", b"v", b"deleted", b"uc", b"fonttbl", b"stylesheet", b"info",
    b"pict", b"pngblip", b"shp", b"shpinst", b"sp", b"sn", b"sv", b"shptxt", b"footnote",
    b"chftn", b"field", b"fldinst", b"fldrslt", b"listtext", b"upr", b"ud", b"header",
    b"s", b"sect", b"page", b"object", b"result", b"nesttableprops", b"deff", b"ansicpg",
    b"fcharset", b"cpg", b"b", b"i", b"fs", b"lang", b"xyz",
]
atoms = st.one_of(
    st.text(alphabet="abc xyzĐ;.-", min_size=1, max_size=8).map(
        lambda s: s.encode("ascii", "ignore") or b"a"
    ),
    st.tuples(st.sampled_from(WORDS), st.one_of(st.none(), st.integers(-70_000, 70_000))).map(
        lambda w: b"\\" + w[0] + (b"" if w[1] is None else str(w[1]).encode()) + b" "
    ),
    st.integers(0, 255).map(lambda b: b"\\'%02x" % b),
    st.tuples(st.integers(-70_000, 70_000), st.sampled_from([b"?", b"\\'3f", b"", b"xy"])).map(
        lambda u: b"\\u%d" % u[0] + u[1]
    ),
    st.sampled_from([b"\\\\", b"\\{", b"\\}", b"\\~", b"\\-", b"\\_", b"\\*", b"\\\n", b"{", b"}"]),
    st.binary(max_size=6).map(lambda raw: b"\\bin%d " % len(raw) + raw),
)
groups = st.recursive(
    st.lists(atoms, max_size=8).map(b"".join),
    lambda inner: st.lists(
        st.one_of(atoms, inner.map(lambda body: b"{" + body + b"}")), max_size=6
    ).map(b"".join),
    max_leaves=40,
)


@FUZZ
@given(groups)
def test_any_structure_reads_without_error(body: bytes) -> None:
    document = parse_rtf(HEAD + body + b"}")
    for block in document.blocks:
        assert not any(ord(c) < 0x20 and c not in "\n\t" for c in block.text)
        block.text.encode("utf-8")
        block.markdown.encode("utf-8")


# The ABC fonts (TCVN3's VN3 layout) have no marked capitals but Ă Â Ê Ô Ơ Ư Đ: a
# writer types "ỦY BAN" in the capital font (.VnTimeH) instead, so none appear here.
VIETNAMESE_WORDS = st.lists(
    st.sampled_from(
        "Thông tư liên tịch của Bộ Tài chính hướng dẫn thực hiện thuế nhập khẩu đối với "
        "hàng hóa ủy ban nhân dân tỉnh Thanh Hóa đã hoàn thành nhiệm vụ được giao trưởng "
        "quyết định về việc ban hành điều lệ tổ chức".split()
    ),
    min_size=1,
    max_size=12,
).map(" ".join)


@FUZZ
@given(
    st.lists(VIETNAMESE_WORDS, min_size=1, max_size=4),
    st.sampled_from(["tcvn3", "vni"]),
    st.booleans(),
    st.lists(st.integers(1, 20), max_size=6),
    st.lists(st.sampled_from([b"{\\*\\bkmkstart x}", b"{\\v hid}", b"{}", b"\\b ", b"{\\b0}"])),
)
def test_legacy_text_survives_any_grouping(
    paragraphs: list[str], encoding: str, libreoffice: bool, cuts: list[int], noise: list[bytes]
) -> None:
    """However a writer splits runs into groups, the legacy text decodes to the original."""
    font = b"\\f1 " if encoding == "tcvn3" else b"\\f2 "
    body = b""
    for paragraph in paragraphs:
        raw = encode_tcvn3(paragraph) if encoding == "tcvn3" else encode_vni(paragraph)
        pieces, start = [], 0
        for cut in sorted(set(cuts)):
            pieces.append(raw[start:cut])
            start = cut
        pieces.append(raw[start:])
        wrap = lo_escaped if libreoffice else escaped
        runs = [b"{" + font + wrap(piece) + b"}" for piece in pieces if piece]
        for index, extra in enumerate(noise):
            runs.insert(index % (len(runs) + 1), extra)
        body += b"\\pard" + font + b"".join(runs) + b"\\par "
    text = rtf_text(HEAD + body + b"}").text
    assert text.splitlines() == [unicodedata.normalize("NFC", p) for p in paragraphs]


@FUZZ
@given(
    st.text(alphabet=st.characters(whitelist_categories=("L", "N", "P", "S", "Zs")), min_size=1),
    st.integers(0, 3),
)
def test_unicode_escapes_with_any_fallback_width(text: str, width: int) -> None:
    units = struct.unpack(f"<{len(text.encode('utf-16-le')) // 2}H", text.encode("utf-16-le"))
    body = b"\\f0\\uc%d " % width + b"".join(
        b"\\u%d" % (unit - 0x10000 if unit > 0x7FFF else unit) + b"?" * width for unit in units
    )
    expected = unicodedata.normalize("NFC", text).strip()
    assert rtf_text(HEAD + body + b"\\par}").text == (expected + "\n" if expected else "")


def test_text_past_the_limit_is_refused_before_it_is_decoded() -> None:
    data = HEAD + b"\\f1 " + b"\\'e1" * 2_000 + b" plain words" * 200 + b"}"
    assert parse_rtf(data, max_text=10_000).blocks
    with pytest.raises(ReadError) as caught:
        parse_rtf(data, max_text=3_000)
    assert caught.value.kind is FailureKind.TOO_LARGE
