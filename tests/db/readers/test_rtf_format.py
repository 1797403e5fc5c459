"""RTF: the font table decides each run's encoding (.Vn* → TCVN3, VNI-* → VNI).

The fixtures are written here, byte by byte, the way Word 97 (``\\'hh`` in a font whose
table entry hides its name behind ``{\\*\\panose}``) and LibreOffice (``\\uN\\'hh``,
``\\-`` for the byte 0xAD) write real Vietnamese files.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from db.readers import FailureKind, ReadError, read_article_file
from db.readers.rtf_format import rtf_text
from db.text_decoding import encode_tcvn3, encode_vni

TITLE = "Thông tư liên tịch của Bộ Tài chính"
PARAGRAPH = "Hướng dẫn thực hiện thuế nhập khẩu đối với hàng hóa của Hà Nội."
VNI_PARAGRAPH = "Ủy ban nhân dân tỉnh Thanh Hóa đã hoàn thành nhiệm vụ được giao."


def escaped(data: bytes) -> bytes:
    """Bytes as RTF writes them: 8-bit bytes as \\'hh, RTF's special characters escaped."""
    out = bytearray()
    for byte in data:
        if byte >= 0x80 or byte < 0x20:
            out += b"\\'%02x" % byte
        elif byte in b"\\{}":
            out += b"\\" + bytes([byte])
        else:
            out.append(byte)
    return bytes(out)


def lo_escaped(data: bytes) -> bytes:
    """Bytes as LibreOffice writes a legacy-font run: \\uN\\'hh (N the cp1252 reading), \\-."""
    out = bytearray()
    for byte in data:
        if byte == 0xAD:
            out += b"\\-"
        elif byte >= 0x80:
            char = bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
            out += b"\\u%d\\'%02x" % (ord(char), byte)
        elif byte in b"\\{}":
            out += b"\\" + bytes([byte])
        else:
            out.append(byte)
    return bytes(out)


FONT_TABLE = (
    b"{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}"
    b"{\\f1\\fswiss\\fcharset0 .VnTime;}"
    b"{\\f2\\fnil\\fcharset0 VNI-Times;}"
    b"{\\f3\\fnil\\fcharset163 Arial;}}"
)


def rtf_document(*runs: bytes) -> bytes:
    return (
        b"{\\rtf1\\ansi\\ansicpg1252\\deff0" + FONT_TABLE + b"\r\n"
        b"{\\colortbl;\\red0\\green0\\blue0;}"
        b"{\\*\\generator Microsoft Word 97;}"
        b"{\\info{\\title Not the title}{\\author Somebody}}"
        + b"".join(runs)
        + b"}"
    )


def test_tcvn3_and_vni_runs_are_decoded_by_their_fonts(tmp_path: Path) -> None:
    data = rtf_document(
        b"\\pard\\plain\\f1\\fs28 " + escaped(encode_tcvn3(TITLE)) + b"\\par\r\n",
        b"\\pard\\f1 " + escaped(encode_tcvn3(PARAGRAPH)) + b"\\par\r\n",
        b"\\pard{\\f2 " + escaped(encode_vni(VNI_PARAGRAPH)) + b"}\\par",
    )
    path = tmp_path / "thong-tu.rtf"
    path.write_bytes(data)
    article = read_article_file(path)
    assert article.title == TITLE
    assert PARAGRAPH in article.body
    assert VNI_PARAGRAPH in article.body
    assert "Not the title" not in article.body  # the info group is not text
    assert "Microsoft" not in article.body
    assert article.encoding == "tcvn3+vni"
    assert article.original_bytes == data  # kept for re-decoding


def test_word97_font_table_with_panose_before_the_name() -> None:
    # As Word 97 writes it: {\\*\\panose} and \\fprq come before the name.
    data = (
        b"{\\rtf1\\ansi\\ansicpg1252\\uc1 \\deff15{\\fonttbl"
        b"{\\f0\\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
        b"{\\f15\\fswiss\\fcharset0\\fprq2{\\*\\panose 020b7200000000000000}.VnTime;}"
        b"{\\f16\\fswiss\\fcharset0\\fprq2{\\*\\panose 020b7200000000000000}.VnTimeH;}}"
        b"\\pard\\plain \\f15 " + escaped(encode_tcvn3(PARAGRAPH)) + b"\\par "
        b"{\\f16 " + escaped(encode_tcvn3("bộ tài chính")) + b"}\\par}"
    )
    text = rtf_text(data).text
    assert PARAGRAPH in text
    assert "BỘ TÀI CHÍNH" in text  # .VnTimeH is the capital font


def test_other_groups_and_words_inside_font_entries() -> None:
    data = (
        b"{\\rtf1\\ansi\\deff0{\\fonttbl"
        b"{\\f0\\fnil\\fcharset0\\fprq2{\\*\\fname Times;}{\\*\\falt Times New Roman}"
        b"VNI-Times{\\*\\panose 00000000000000000000};}"
        b"{\\f1\\fswiss\\fcharset162\\fprq2 .VnTimeH Tur;}"  # Word's script variant
        b"{\\f2\\fnil\\fcharset0\\cpg1251 Unnamed Cyrillic;}"
        b"{\\f3{\\fontemb{\\fontfile x}}\\fswiss .VnArial}}"  # no ';' before '}'
        b"\\f0 " + escaped(encode_vni(VNI_PARAGRAPH)) + b"\\par "
        b"\\f1 " + escaped(encode_tcvn3("thành phố")) + b"\\par "
        b"\\f2 " + escaped("Москва".encode("cp1251")) + b"\\par "
        b"\\f3 " + escaped(encode_tcvn3("Cần Thơ")) + b"\\par}"
    )
    assert rtf_text(data).text.split("\n")[:4] == [VNI_PARAGRAPH, "THÀNH PHỐ", "Москва", "Cần Thơ"]


def test_font_table_without_entry_groups() -> None:
    # TextEdit and some generators write the entries one after another, ungrouped.
    data = (
        b"{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;\\f1\\fnil .VnTime;}"
        b"\\f1 " + escaped(encode_tcvn3(PARAGRAPH)) + b"\\par\\f0 Caf\\'e9\\par}"
    )
    assert rtf_text(data).text.split("\n")[:2] == [PARAGRAPH, "Café"]


def test_libreoffice_unicode_escapes_in_legacy_runs_are_bytes() -> None:
    """\\uN in a .VnTime run is the cp1252 reading of a TCVN3 byte; \\- is "ư"."""
    raw = encode_tcvn3("Bộ trưởng Bộ Tài chính về việc hướng dẫn")
    assert b"\xad" in raw  # "ư" is 0xAD: LibreOffice writes it \\-
    data = rtf_document(b"{\\f1 " + lo_escaped(raw) + b"}\\par")
    assert rtf_text(data).text.strip() == "Bộ trưởng Bộ Tài chính về việc hướng dẫn"


def test_soft_hyphen_in_unicode_fonts_is_dropped_and_typographic_quotes_stay() -> None:
    data = rtf_document(
        b"\\f0 Bien\\-phong\\par",
        b"{\\f1 \\u8220\\'93" + lo_escaped(encode_tcvn3("một cửa"))
        + b"\\u8221\\'94\\u8230\\'85}\\par",
    )
    lines = rtf_text(data).text.splitlines()
    assert lines[0] == "Bienphong"
    assert lines[1] == "“một cửa”…"  # punctuation typed in .VnTime, not capitals


def test_unicode_with_wider_fallbacks() -> None:
    # \\uc2: each \\uN is followed by two fallback bytes (a double-byte code page).
    data = rtf_document(b"\\f0\\uc2 Vi\\u7879\\'3f\\'3ft \\uc0\\u7853 n\\par")
    assert rtf_text(data).text.strip() == "Việt ận"


def test_surrogate_pairs_become_one_character(tmp_path: Path) -> None:
    """An emoji written \\u-10179?\\u-8694? once crashed the whole import."""
    data = rtf_document(b"\\f0 Vui \\u-10179?\\u-8694? qu\\u225?\\par", b" lone \\u-10179?x\\par")
    path = tmp_path / "emoji.rtf"
    path.write_bytes(data)
    article = read_article_file(path)
    assert article.title == "Vui \U0001f60a quá"
    assert "lone \ufffdx" in article.body
    article.body.encode("utf-8")  # no lone surrogates left to break the commit


def test_capital_fonts_and_non_legacy_code_pages() -> None:
    data = (
        b"{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}"
        b"{\\f1\\fcharset0 .VnArialH;}{\\f2\\fcharset204 Arial;}}"
        b"\\f0 " + escaped(unicodedata.normalize("NFD", "Hoà bình").encode("cp1258")) + b"\\par "
        b"\\f1 " + escaped(encode_tcvn3("ủy ban nhân dân")) + b"\\par "
        b"\\f2 " + escaped("Привет".encode("cp1251")) + b"\\par}"
    )
    assert rtf_text(data).text.splitlines() == ["Hoà bình", "ỦY BAN NHÂN DÂN", "Привет"]


def test_unknown_fonts_are_decoded_paragraph_by_paragraph(tmp_path: Path) -> None:
    """A font nobody recognises: each paragraph's encoding detected, and the guess noted."""
    fonts = b"{\\fonttbl{\\f0\\fcharset0 Times New Roman;}{\\f5\\fcharset0 VNSTCVN3;}}"
    data = (
        b"{\\rtf1\\ansi\\deff0" + fonts + b"\\f5 " + escaped(encode_tcvn3(PARAGRAPH)) + b"\\par "
        + escaped(encode_vni(VNI_PARAGRAPH)) + b"\\par Caf\\'e9 cr\\'e8me\\par}"
    )
    path = tmp_path / "unknown.rtf"
    path.write_bytes(data)
    article = read_article_file(path)
    assert article.title == PARAGRAPH
    assert article.body.split("\n\n")[:2] == [VNI_PARAGRAPH, "Café crème"]
    assert article.notes and "detection" in article.notes[0]
    assert article.original_bytes == data


def test_vni_letter_split_across_runs_of_the_same_font() -> None:
    raw = encode_vni("Hà Nội")
    # Base letter and modifier byte in two groups of the same font.
    data = rtf_document(
        b"{\\f2 " + escaped(raw[:4]) + b"}{\\f2 " + escaped(raw[4:]) + b"}\\par"
    )
    assert rtf_text(data).text.strip() == "Hà Nội"


def test_unicode_escapes_and_cp1258_charset() -> None:
    data = rtf_document(
        b"\\f0 Vi\\u7879?t Nam\\par",
        b"\\f3 " + escaped(unicodedata.normalize("NFD", "Hoà bình").encode("cp1258")) + b"\\par",
    )
    text = rtf_text(data).text
    assert "Việt Nam" in text
    assert "Hoà bình" in text


def test_default_font_from_deff() -> None:
    data = (
        b"{\\rtf1\\ansi\\deff1" + FONT_TABLE + escaped(encode_tcvn3("Biên phòng")) + b"\\par}"
    )
    assert rtf_text(data).text.strip() == "Biên phòng"


def test_one_bad_rtf_never_stops_the_others(tmp_path: Path) -> None:
    """Issue 14: three good articles and an RTF with an emoji once imported nothing."""
    from db.archive import Archive
    from db.importer import import_paths

    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(3):
        (folder / f"good{number}.txt").write_text(
            f"Bài số {number}\n\nNội dung của bài viết số {number}.\n", encoding="utf-8"
        )
    (folder / "emoji.rtf").write_bytes(rtf_document(b"\\f0 Vui \\u-10179?\\u-8694?\\par"))
    (folder / "broken.rtf").write_bytes(b"{\\rtf1 " + b"{\\*\\x " * 1000)
    (folder / "renamed.rtf").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with Archive.open(tmp_path / "a.sqlite3", create=True) as archive:
        report = import_paths(archive, [folder])
        names = sorted(path.name for path, _ in report.imported)
        assert names == ["emoji.rtf", "good0.txt", "good1.txt", "good2.txt"]
        assert [(p.path.name, p.kind) for p in report.failed] == [
            ("broken.rtf", FailureKind.EMPTY), ("renamed.rtf", FailureKind.UNSUPPORTED),
        ]
        emoji = next(id_ for path, id_ in report.imported if path.name == "emoji.rtf")
        assert archive.get(emoji).title == "Vui \U0001f60a"


def test_chosen_encoding_leaves_symbol_fonts_alone() -> None:
    arial = b"{\\f3\\fnil\\fcharset163 Arial;}"
    data = rtf_document(b"{\\f1 " + escaped(encode_tcvn3("Một")) + b"} {\\f5 \\'b7}\\par")
    data = data.replace(arial, arial + b"{\\f5\\fcharset2 Symbol;}")
    assert rtf_text(data, encoding="tcvn3").text.strip() == "Một •"


def test_chosen_encoding_overrides_the_fonts() -> None:
    # A document whose author typed TCVN3 text in a VNI font, and LibreOffice's copy.
    for runs in (escaped(encode_tcvn3(TITLE)), lo_escaped(encode_tcvn3(TITLE))):
        data = rtf_document(b"\\f2 " + runs + b"\\par")
        assert rtf_text(data).text.strip() != TITLE
        assert rtf_text(data, encoding="tcvn3").text.strip() == TITLE
        assert rtf_text(data, encoding="TCVN3").encoding == "tcvn3"
    with pytest.raises(ValueError, match="Unknown encoding"):
        rtf_text(rtf_document(b"x"), encoding="klingon")


def test_skipped_destinations_and_binary_data() -> None:
    data = rtf_document(
        b"{\\*\\unknowndest secret}",
        b"{\\pict\\pngblip 89504e47}",
        b"\\f0 before\\bin4 {}\\\\ after\\par",
        b"{\\field{\\*\\fldinst HYPERLINK x}{\\fldrslt shown}}\\par",
    )
    text = rtf_text(data).text
    assert "secret" not in text and "89504e47" not in text and "HYPERLINK" not in text
    assert "before" in text and "after" in text and "shown" in text


@pytest.mark.parametrize(
    ("content", "kind", "hint"),
    [
        (b"just some text that is not RTF", FailureKind.DAMAGED, "does not start like an RTF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), FailureKind.UNSUPPORTED, "to .doc"),
        (b"PK\x03\x04" + bytes(100), FailureKind.UNSUPPORTED, "rename it to .docx"),
        (b"%PDF-1.4\n", FailureKind.UNSUPPORTED, "rename it to .pdf"),
        (b"<html><body>x</body></html>", FailureKind.UNSUPPORTED, "rename it to .html"),
        (bytes(range(256)) * 8, FailureKind.BINARY, "binary data"),
    ],
)
def test_not_rtf_gets_a_reason(
    tmp_path: Path, content: bytes, kind: FailureKind, hint: str
) -> None:
    path = tmp_path / "fake.rtf"
    path.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert caught.value.kind is kind
    assert hint in str(caught.value)
    assert "\n" not in str(caught.value)


def test_bom_before_rtf_is_accepted() -> None:
    assert rtf_text(b"\xef\xbb\xbf{\\rtf1\\ansi Hello\\par}").text == "Hello\n"


def test_rtf_without_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.rtf"
    path.write_bytes(rtf_document(b"\\par\\par"))
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert caught.value.kind is FailureKind.EMPTY


SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "encodings"


@pytest.mark.skipif(not (SHARED / "real-tcvn3").is_dir(), reason="../shared is not here")
def test_real_tcvn3_document_in_a_vntime_rtf(tmp_path: Path) -> None:
    """The real TCVN3 bytes, wrapped as Word wrote them, come out as the transcript."""
    raw = (SHARED / "real-tcvn3" / "2004-A33.tcvn3.txt").read_bytes()
    truth = (SHARED / "real-tcvn3" / "2004-A33.truth-utf8.txt").read_text(encoding="utf-8")
    paragraphs = [escaped(line) for line in raw.replace(b"\r\n", b"\n").split(b"\n")]
    path = tmp_path / "A33.rtf"
    path.write_bytes(rtf_document(b"\\pard\\plain\\f1 " + b"\\par\r\n".join(paragraphs) + b"\\par"))
    article = read_article_file(path)
    words = (article.title + " " + article.body).replace("\\", "").split()
    truth_words = truth.split()
    matched = sum((Counter(words) & Counter(truth_words)).values())
    assert matched / len(truth_words) >= 0.98
    assert article.encoding == "tcvn3"
