"""What a run's font says about its 8-bit text."""

from __future__ import annotations

from db.readers.word_binary.fonts import SYMBOL, Font, run_encoding
from db.readers.word_binary.symbols import inserted_symbol, symbol_char


def test_fonts_decide_or_leave_it_to_detection() -> None:
    assert run_encoding(Font(".VnTime"), word6=False) is None  # its name decides: TCVN3
    assert run_encoding(Font("VNI-Times"), word6=False) is None
    assert run_encoding(Font("VNtimes new roman"), word6=False) is None  # detected
    assert run_encoding(Font("Times New Roman"), word6=False) == "cp1252"
    assert run_encoding(Font("Arial,Bold"), word6=False) == "cp1252"
    assert run_encoding(Font("Symbol", charset=2), word6=False) == SYMBOL
    # A legacy font marked as a symbol font is still a legacy font.
    assert run_encoding(Font("VNI-Helve", charset=2), word6=False) is None
    # Word 6/95 wrote text in the code page of the font's character set.
    assert run_encoding(Font("Times New Roman Cyr", charset=204), word6=True) == "cp1251"
    assert run_encoding(Font("Times New Roman", charset=163), word6=True) == "cp1258"


def test_symbols() -> None:
    assert symbol_char(0xF0B7, "Symbol") == "•"
    assert symbol_char(0xF0A7, "Wingdings") == "▪"
    assert symbol_char(0xF001, "Wingdings") == ""
    assert inserted_symbol(0xF0B5, ".VnTime") == (b"\xb5", ".VnTime")
    assert inserted_symbol(0x2014, "Times New Roman") == ("—", None)
