"""Tests for db.text_decoding: encodings of old Vietnamese files."""

from __future__ import annotations

import codecs
import re
import shutil
import subprocess
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from db.text_decoding import (
    ENCODINGS,
    DecodedText,
    UndecodableError,
    decode_bytes,
    encode_tcvn3,
    encode_vni,
    vietnamese_syllable_share,
)

SENTENCES = [
    "Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa tổ chức hội nghị",
    "Người dân khỏe mạnh, thủy lợi",
    "Thanh Hoá nghiêng về quyết định của Quốc hội; khuya rồi, giữ gìn sức khoẻ!",
    "ĐẢNG ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH THANH HÓA",
]

PARAGRAPH = (
    "Sáng nay, Ban Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh Thanh Hóa tổ chức hội nghị "
    "tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. Theo báo cáo, các đồn "
    "biên phòng đã phối hợp chặt chẽ với chính quyền địa phương, giúp người dân vùng "
    "biên giới phát triển kinh tế, xây dựng nông thôn mới, giữ vững an ninh trật tự.\n"
    "Đồng chí Chỉ huy trưởng nhấn mạnh: mỗi cán bộ, chiến sĩ cần nâng cao tinh thần "
    "trách nhiệm, hoàn thành xuất sắc nhiệm vụ được giao, xứng đáng với niềm tin của "
    "nhân dân. Hội nghị cũng khen thưởng nhiều tập thể và cá nhân có thành tích tốt."
)

_VOWEL_BASES = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
# The 134 letters Vietnamese adds to ASCII: 12 vowels x 5 tones, 6 toneless vowels
# with a mark (ă â ê ô ơ ư) and đ, in both cases.
_SMALL = sorted(
    {unicodedata.normalize("NFC", v + t) for v in _VOWEL_BASES for t in _TONES} - set("aeiouy")
    | {"đ"}
)
VIETNAMESE_LETTERS = _SMALL + [c.upper() for c in _SMALL]

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "encodings"
REAL_TCVN3 = SHARED / "real-tcvn3"
DERIVED = SHARED / "derived"

_WORDS = re.compile(r"\w+")


def _to_cp1258(text: str) -> bytes:
    """Encode like Windows does: a precomposed byte where cp1258 has one, else
    base letter plus a combining tone byte."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            # NFD puts the dot below before a circumflex, so find the tone, not the last mark.
            parts = unicodedata.normalize("NFD", ch)
            tone = next(c for c in parts if c in _TONES[1:])
            out += unicodedata.normalize("NFC", parts.replace(tone, "")).encode("cp1258")
            out += tone.encode("cp1258")
    return bytes(out)


ENCODERS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8-sig": lambda s: s.encode("utf-8-sig"),
    "utf-16-le": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    "utf-16-be": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    "cp1258": _to_cp1258,
    "tcvn3": encode_tcvn3,
    "vni": encode_vni,
}


def test_letter_list_has_134_letters() -> None:
    assert len(set(VIETNAMESE_LETTERS)) == 134


# ---------------------------------------------------------------- round trips
@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_round_trip_with_given_encoding(encoding: str, sentence: str) -> None:
    data = ENCODERS[encoding](sentence)
    assert decode_bytes(data, encoding) == DecodedText(sentence, encoding)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_every_vietnamese_letter_round_trips(encoding: str) -> None:
    encode = ENCODERS[encoding]
    spaced = " ".join(VIETNAMESE_LETTERS)
    joined = "".join(VIETNAMESE_LETTERS)
    assert decode_bytes(encode(spaced), encoding).text == spaced
    # Letters back to back check that a modifier byte binds to the right base.
    assert decode_bytes(encode(joined), encoding).text == joined


def test_legacy_encoders_accept_decomposed_input() -> None:
    nfd = unicodedata.normalize("NFD", SENTENCES[0])
    assert encode_tcvn3(nfd) == encode_tcvn3(SENTENCES[0])
    assert encode_vni(nfd) == encode_vni(SENTENCES[0])


def test_legacy_encoders_reject_unmappable_characters() -> None:
    with pytest.raises(UnicodeEncodeError):
        encode_tcvn3("Tiếng Việt — 漢字")
    with pytest.raises(UnicodeEncodeError):
        encode_vni("漢字")


def test_vni_keeps_windows_punctuation() -> None:
    text = "“Hà Nội” – 100%"
    assert decode_bytes(encode_vni(text), "vni").text == text


# ------------------------------------------------------------ TCVN3 vs iconv
def _iconv_has_tcvn() -> bool:
    if shutil.which("iconv") is None:
        return False
    listing = subprocess.run(["iconv", "-l"], capture_output=True, text=True, check=False)
    return "TCVN5712-1" in listing.stdout.upper()


needs_iconv = pytest.mark.skipif(not _iconv_has_tcvn(), reason="glibc iconv TCVN5712-1 missing")


def _iconv(data: bytes, source: str, target: str) -> bytes:
    done = subprocess.run(
        ["iconv", "-f", source, "-t", target], input=data, capture_output=True, check=True
    )
    return done.stdout


@needs_iconv
def test_tcvn3_table_matches_iconv_byte_by_byte() -> None:
    for byte in range(0x01, 0x100):
        expected = _iconv(bytes([byte]), "TCVN5712-1", "UTF-8").decode("utf-8")
        got = decode_bytes(bytes([byte]), "tcvn3").text
        assert got == expected, f"byte 0x{byte:02X}: {got!r} != iconv {expected!r}"


@needs_iconv
def test_tcvn3_strings_match_iconv() -> None:
    samples = [
        b"Th\xabng t\xad li\xaan t\xdech c\xf1a B\xe9 T\xb5i ch\xddnh",
        # Base letters followed by the combining tone bytes 0xB0-0xB4.
        b"a\xb0 a\xb1 a\xb2 a\xb3 a\xb4 \xa9\xb3 \xac\xb4 \xad\xb0 x\xb0",
        b"\x01\x02\x04\x05\x06\x11\x12\x13\x14\x15\x16\x17\t\r\n",
        bytes(range(0x80, 0x100)),
    ]
    for data in samples:
        expected = _iconv(data, "TCVN5712-1", "UTF-8").decode("utf-8")
        assert decode_bytes(data, "tcvn3").text == unicodedata.normalize("NFC", expected)


@needs_iconv
def test_tcvn3_encoder_matches_iconv() -> None:
    text = " ".join(VIETNAMESE_LETTERS) + "\n" + "\n".join(SENTENCES)
    assert encode_tcvn3(text) == _iconv(text.encode("utf-8"), "UTF-8", "TCVN5712-1")


def test_tcvn3_byte_ad_is_u_horn_not_soft_hyphen() -> None:
    assert decode_bytes(b"Th\xabng t\xad", "tcvn3").text == "Thông tư"


def test_tcvn3_keeps_text_control_characters() -> None:
    assert decode_bytes(b"a\tb\r\nc\x0cd", "tcvn3").text == "a\tb\r\nc\x0cd"


# ------------------------------------------------------- VNI vs a second source
# Transcribed from the Unicode/VNI lists in duydev/vietnamese-conversion, file
# src/charsets.ts (commit 46413a052f322ab113482df902c71ed1f32738bf), where each VNI entry
# is written as its cp1252 characters ("aù" = b"a\xf9"). lamdao/xvnkb vni.h agrees.
VNI_REFERENCE = {
    "À": b"A\xd8",
    "Á": b"A\xd9",
    "Â": b"A\xc2",
    "Ã": b"A\xd5",
    "Ì": b"\xcc",
    "Í": b"\xcd",
    "Ý": b"Y\xd9",
    "à": b"a\xf8",
    "á": b"a\xf9",
    "ê": b"e\xe2",
    "ì": b"\xec",
    "ò": b"o\xf8",
    "ô": b"o\xe2",
    "ú": b"u\xf9",
    "ý": b"y\xf9",
    "Ă": b"A\xca",
    "ă": b"a\xea",
    "Đ": b"\xd1",
    "đ": b"\xf1",
    "Ĩ": b"\xd3",
    "ĩ": b"\xf3",
    "ũ": b"u\xf5",
    "Ơ": b"\xd4",
    "ơ": b"\xf4",
    "Ư": b"\xd6",
    "ư": b"\xf6",
    "ạ": b"a\xef",
    "ả": b"a\xfb",
    "Ấ": b"A\xc1",
    "ầ": b"a\xe0",
    "ẩ": b"a\xe5",
    "ẫ": b"a\xe3",
    "ậ": b"a\xe4",
    "ắ": b"a\xe9",
    "ằ": b"a\xe8",
    "ẳ": b"a\xfa",
    "ẵ": b"a\xfc",
    "Ặ": b"A\xcb",
    "ế": b"e\xe1",
    "ệ": b"e\xe4",
    "ỉ": b"\xe6",
    "Ị": b"\xd2",
    "ị": b"\xf2",
    "ố": b"o\xe1",
    "ộ": b"o\xe4",
    "ớ": b"\xf4\xf9",
    "Ờ": b"\xd4\xd8",
    "ợ": b"\xf4\xef",
    "ụ": b"u\xef",
    "ủ": b"u\xfb",
    "ứ": b"\xf6\xf9",
    "Ừ": b"\xd6\xd8",
    "ử": b"\xf6\xfb",
    "ữ": b"\xf6\xf5",
    "ự": b"\xf6\xef",
    "ỳ": b"y\xf8",
    "Ỵ": b"\xce",
    "ỵ": b"\xee",
    "ỷ": b"y\xfb",
    "ỹ": b"y\xf5",
}


@pytest.mark.parametrize(("letter", "code"), sorted(VNI_REFERENCE.items()))
def test_vni_table_matches_reference(letter: str, code: bytes) -> None:
    assert encode_vni(letter) == code
    assert decode_bytes(code, "vni").text == letter


def test_vni_tolerates_mixed_case_modifiers() -> None:
    # "Ánh" typed with the small acute modifier after a capital A.
    assert decode_bytes(b"A\xf9nh", "vni").text == "Ánh"
    assert decode_bytes(b"\xd1A\xfbNG", "vni").text == "ĐẢNG"


# ----------------------------------------------------------------- detection
@pytest.mark.parametrize(
    ("encoding", "data"),
    [(name, encode(PARAGRAPH)) for name, encode in ENCODERS.items()],
    ids=list(ENCODERS),
)
def test_detects_encoding_of_paragraph(encoding: str, data: bytes) -> None:
    assert decode_bytes(data) == DecodedText(PARAGRAPH, encoding)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_detects_utf16_without_bom(codec: str) -> None:
    assert decode_bytes(PARAGRAPH.encode(codec)) == DecodedText(PARAGRAPH, codec)


def test_cp1258_combining_marks_become_nfc() -> None:
    data = _to_cp1258(PARAGRAPH)
    assert b"\xec" in data or b"\xd2" in data  # combining acute / hook bytes really present
    result = decode_bytes(data)
    assert result.encoding == "cp1258"
    assert unicodedata.is_normalized("NFC", result.text)
    assert result.text == PARAGRAPH


def test_utf8_nfd_becomes_nfc() -> None:
    result = decode_bytes(unicodedata.normalize("NFD", PARAGRAPH).encode("utf-8"))
    assert result == DecodedText(PARAGRAPH, "utf-8")


def test_line_endings_and_bom_handling() -> None:
    data = codecs.BOM_UTF8 + "Hà Nội\r\nViệt Nam\r".encode()
    assert decode_bytes(data) == DecodedText("Hà Nội\r\nViệt Nam\r", "utf-8-sig")
    # Re-decoding with plain UTF-8 still drops the BOM.
    assert decode_bytes(data, "utf-8").text == "Hà Nội\r\nViệt Nam\r"
    le = codecs.BOM_UTF16_LE + "Hà Nội".encode("utf-16-le")
    assert decode_bytes(le, "utf-16-le").text == "Hà Nội"


def test_ascii_is_utf8() -> None:
    assert decode_bytes(b"plain text\n") == DecodedText("plain text\n", "utf-8")
    assert decode_bytes(b"") == DecodedText("", "utf-8")


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_mostly_english_text_with_some_vietnamese_is_still_detected(encoding: str) -> None:
    english = "This report was prepared by the provincial office and reviewed in June. " * 8
    text = english + SENTENCES[0] + ". " + SENTENCES[1]
    assert decode_bytes(ENCODERS[encoding](text)) == DecodedText(text, encoding)


@pytest.mark.parametrize(
    "text",
    [
        "Le café est très bon à Paris, où l'on mange des crêpes et du pâté.",
        "Straße, Größe, Übung für Müller.",
        "El niño comió piña en España.",
    ],
)
def test_other_languages_in_cp1252_stay_cp1258(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == DecodedText(text, "cp1258")


def test_nothing_plausible_and_no_cp1258_raises() -> None:
    # 0x8A is undefined in cp1258 and nothing here reads as Vietnamese.
    with pytest.raises(UndecodableError) as info:
        decode_bytes(b"Zwickau \x8aternberk Zlin Krkonose")
    assert info.value.tried == ("utf-8", "cp1258", "tcvn3", "vni")
    assert "cp1258" in str(info.value) and "tcvn3" in str(info.value)


def test_given_encoding_that_does_not_fit_raises() -> None:
    with pytest.raises(UndecodableError) as info:
        decode_bytes(encode_tcvn3(SENTENCES[0]), "utf-8")
    assert info.value.tried == ("utf-8",)
    assert "utf-8" in str(info.value)
    with pytest.raises(UndecodableError):
        decode_bytes(b"abc\x81", "cp1258")
    with pytest.raises(UndecodableError):
        decode_bytes(b"\xff\xfea", "utf-16-le")


def test_given_encoding_is_used_even_when_detection_would_differ() -> None:
    data = encode_tcvn3(PARAGRAPH)
    assert decode_bytes(data, "vni").encoding == "vni"
    assert decode_bytes(data, "TCVN3") == DecodedText(PARAGRAPH, "tcvn3")


def test_unknown_encoding_name_is_a_plain_value_error() -> None:
    with pytest.raises(ValueError, match="Unknown encoding") as info:
        decode_bytes(b"abc", "viscii")
    assert not isinstance(info.value, UndecodableError)


def test_undecodable_error_is_a_value_error() -> None:
    assert issubclass(UndecodableError, ValueError)


# --------------------------------------------------------------- syllables
@pytest.mark.parametrize(
    "word",
    (
        "nghiêng khuya quốc quý giữ gì gìn người được thuở yêu nguyễn xoong ĐẢNG hoà hòa "
        "khoẻ thủy tuyết oản ư à trường giếng Đồng chiến đoạt khuyên quyền"
    ).split(),
)
def test_well_formed_syllables(word: str) -> None:
    assert vietnamese_syllable_share(word) == 1.0


@pytest.mark.parametrize(
    "word",
    ["Th", "ng", "hello", "aing", "hoàá", "phßng", "liªn", "straße", "BTC", "ưưọ", "fa"],
)
def test_ill_formed_syllables(word: str) -> None:
    assert vietnamese_syllable_share(word) == 0.0


def test_share_counts_words_and_ignores_digits() -> None:
    assert vietnamese_syllable_share("") == 0.0
    assert vietnamese_syllable_share("2024 ... 12/5") == 0.0
    assert vietnamese_syllable_share("Ngày 25/12/2024, Hà Nội mưa") == 1.0
    assert vietnamese_syllable_share("Hà Nội USD") == pytest.approx(2 / 3)


def test_share_separates_right_and_wrong_decodings() -> None:
    data = encode_tcvn3(PARAGRAPH)
    right = vietnamese_syllable_share(decode_bytes(data, "tcvn3").text)
    wrong = vietnamese_syllable_share(decode_bytes(data, "cp1258").text)
    assert right > 0.95
    assert wrong < 0.6


# --------------------------------------------------------- real shared files
def _words(text: str) -> Counter[str]:
    return Counter(_WORDS.findall(unicodedata.normalize("NFC", text)))


def test_real_tcvn3_document() -> None:
    source = REAL_TCVN3 / "2004-A33.tcvn3.txt"
    truth_path = REAL_TCVN3 / "2004-A33.truth-utf8.txt"
    if not (source.exists() and truth_path.exists()):
        pytest.skip("shared TCVN3 corpus not present")
    result = decode_bytes(source.read_bytes())
    assert result.encoding == "tcvn3"
    ours = _words(result.text)
    truth = _words(truth_path.read_text(encoding="utf-8"))
    common = sum((ours & truth).values())
    # The letterhead line is only in our text, so check both directions.
    assert common / sum(truth.values()) >= 0.98
    assert common / sum(ours.values()) >= 0.98
    assert vietnamese_syllable_share(result.text) >= 0.95


def test_derived_files_decode_to_the_same_text() -> None:
    expected = {
        "utf16le-bom": "utf-16-le",
        "cp1258": "cp1258",
        "nfd": "utf-8",
        "utf8-bom-crlf": "utf-8-sig",
    }
    paths = {kind: DERIVED / f"news_tech_205.{kind}.txt" for kind in expected}
    if not all(p.exists() for p in paths.values()):
        pytest.skip("shared derived corpus not present")
    texts = {}
    for kind, path in paths.items():
        result = decode_bytes(path.read_bytes())
        assert result.encoding == expected[kind], kind
        assert unicodedata.is_normalized("NFC", result.text)
        texts[kind] = result.text.replace("\r\n", "\n").replace("\r", "\n")
    assert len(set(texts.values())) == 1
    original = SHARED.parent / "dantri" / "news_tech_205.txt"
    if original.exists():
        plain = original.read_text(encoding="utf-8").replace("\r\n", "\n")
        assert texts["nfd"] == unicodedata.normalize("NFC", plain)


def test_real_nfd_file_becomes_nfc() -> None:
    path = SHARED / "real-nfd" / "news_health_024.unc-source.txt"
    if not path.exists():
        pytest.skip("shared NFD corpus not present")
    result = decode_bytes(path.read_bytes())
    assert result.encoding == "utf-8"
    assert unicodedata.is_normalized("NFC", result.text)
    assert not any(unicodedata.combining(c) for c in result.text)


# ------------------------------------------------------------- performance
def _best_seconds(data: bytes, runs: int = 20) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        decode_bytes(data)
        best = min(best, time.perf_counter() - start)
    return best


def test_decoding_5kb_is_fast() -> None:
    text = (PARAGRAPH + "\n") * (5000 // len(PARAGRAPH.encode()) + 1)
    # Generous bounds so a busy CI machine does not fail; typical times are far lower.
    assert _best_seconds(text.encode("utf-8")) < 0.005
    assert _best_seconds(encode_tcvn3(text)) < 0.05
    assert _best_seconds(encode_vni(text)) < 0.05
