"""RTF: the font table decides each run's encoding (.Vn* → TCVN3, VNI-* → VNI)."""

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


def test_chosen_encoding_overrides_the_fonts() -> None:
    # A document whose author typed TCVN3 text in a VNI font.
    data = rtf_document(b"\\f2 " + escaped(encode_tcvn3(TITLE)) + b"\\par")
    assert rtf_text(data).text.strip() != TITLE
    assert rtf_text(data, encoding="tcvn3").text.strip() == TITLE


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


def test_not_rtf_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "fake.rtf"
    path.write_text("just some text that is not RTF", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    assert caught.value.kind is FailureKind.DAMAGED


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
