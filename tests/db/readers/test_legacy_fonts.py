"""Legacy Vietnamese fonts: names, capitals, cp1252 readings, per-paragraph detection."""

from __future__ import annotations

import pytest

from db.readers.legacy_fonts import LegacyParagraphs, font_bytes, legacy_font
from db.text_decoding import detect_legacy, encode_tcvn3, encode_vni

TEXT = "Báo cáo tình hình thực hiện nhiệm vụ của nước Cộng hòa xã hội"


@pytest.mark.parametrize(
    ("name", "encoding", "capitals"),
    [
        (".VnTime", "tcvn3", False),
        (".VnTimeH", "tcvn3", True),
        (".VnTime,Bold", "tcvn3", False),
        (".VnTimeH,Bold", "tcvn3", True),
        ("AARIQC+.VnTime", "tcvn3", False),
        ("FBHPEM+VnTime", "tcvn3", False),
        ("VnTimeH(Ds)", "tcvn3", True),
        (".VnArial NarrowH", "tcvn3", True),
        ("VNI-Times", "vni", False),
        ("VNI-Helve-Condense", "vni", False),
        ("VNI Times", "vni", False),
        ("Times New Roman", None, False),
        ("VNSTCVN3", None, False),  # a name nobody guesses: detection decides
        ("", None, False),
        (None, None, False),
    ],
)
def test_font_names(name: str | None, encoding: str | None, capitals: bool) -> None:
    font = legacy_font(name)
    assert (font.encoding, font.capitals) == (encoding, capitals)


def test_font_bytes_maps_cp1252_and_symbol_code_points_back() -> None:
    raw = encode_tcvn3(TEXT)
    assert font_bytes(raw.decode("cp1252", errors="replace").replace("\ufffd", "")) is not None
    assert font_bytes("\u00ad") == b"\xad"
    assert font_bytes("\uf0b8") == b"\xb8"
    assert font_bytes("Hà Nội") is None


def test_named_fonts_decode_and_capital_fonts_come_out_upper_case() -> None:
    paragraphs = LegacyParagraphs()
    paragraphs.add_bytes(encode_tcvn3("bộ tài chính"), ".VnTimeH")
    assert paragraphs.end_paragraph() == "BỘ TÀI CHÍNH"
    paragraphs.add_text(encode_tcvn3("nước").decode("latin-1"), ".VnTime")
    assert paragraphs.end_paragraph() == "nước"
    assert paragraphs.encodings == {"tcvn3"}
    assert paragraphs.notes == []


def test_unknown_fonts_are_detected_per_paragraph_and_noted() -> None:
    paragraphs = LegacyParagraphs()
    vni = encode_vni(TEXT)
    # Split inside a letter: a VNI base and its modifier byte arrive in two runs.
    paragraphs.add_bytes(vni[:5], "VNSTCVN3")
    paragraphs.add_bytes(vni[5:], "VNSTCVN3")
    paragraphs.add_text(" và Hà Nội", "Times New Roman")
    assert paragraphs.end_paragraph() == TEXT + " và Hà Nội"
    paragraphs.add_bytes(encode_tcvn3(TEXT), "VNSTCVN3")
    assert paragraphs.end_paragraph() == TEXT
    assert paragraphs.guessed == {"vni": 1, "tcvn3": 1}
    assert "decoded by detection" in paragraphs.notes[0]


def test_western_text_in_an_unknown_font_stays_as_written() -> None:
    paragraphs = LegacyParagraphs()
    paragraphs.add_text("“Très” café, naïve élève", "Garamond")
    assert paragraphs.end_paragraph() == "“Très” café, naïve élève"
    assert paragraphs.notes == []
    assert detect_legacy("Très café".encode("cp1252")).encoding == "cp1252"
