"""Characters of the symbol fonts (Symbol, Wingdings) as Unicode.

Word stores a character of a symbol font as U+F000 plus the font's byte (``w:sym`` or
plain text in such a font); without the font that is a private-use character nobody
can read or find. Symbol's bytes are Adobe's Symbol encoding; of Wingdings only the
bullets, boxes and marks that documents really use are given, the others keep their
private-use character.
"""

from __future__ import annotations

from functools import lru_cache

from db.readers.legacy_fonts import font_family

_SYMBOL = dict(
    zip(
        range(0x20, 0x7F),
        " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾"
        "αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼",
        strict=True,
    )
)
_SYMBOL.update(
    zip(
        range(0xA0, 0xFF),
        "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓"
        "◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪\uf8ff〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭",
        strict=True,
    )
)
_WINGDINGS = {
    0x28: "☎", 0x2A: "✉", 0x4A: "☺", 0x4B: "😐", 0x4C: "☹", 0x6C: "●", 0x6E: "■",
    0x6F: "□", 0x71: "❑", 0x72: "❒", 0x73: "⬧", 0x74: "⧫", 0x75: "◆", 0x76: "❖",
    0x77: "⬥", 0x9F: "•", 0xA1: "○", 0xA7: "▪", 0xA8: "◻", 0xD8: "➢", 0xE0: "➔",
    0xE8: "➔", 0xF0: "⇨", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑",
}
_TABLES = {"symbol": _SYMBOL, "wingdings": _WINGDINGS}


@lru_cache(maxsize=256)
def symbol_table(font_name: str | None) -> dict[int, str] | None:
    """The byte → character table of a symbol font, or None for any other font."""
    family = font_family(font_name).lower()
    return _TABLES.get(family)


def symbol_text(text: str, table: dict[int, str]) -> str:
    """Text typed in a symbol font, as the characters the page shows."""
    out = []
    for char in text:
        code = ord(char)
        byte = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
        out.append(table.get(byte, char) if byte < 0x100 else char)
    return "".join(out)


def symbol_char(font_name: str | None, code: int) -> str:
    """The character of ``w:sym`` (``code`` is its ``w:char``, 0xF0B7 or 0xB7)."""
    table = symbol_table(font_name)
    byte = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
    if table is not None and byte in table:
        return table[byte]
    return chr(code) if 0 < code < 0x110000 else ""
