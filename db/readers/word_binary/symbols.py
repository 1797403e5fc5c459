"""Characters typed with Insert > Symbol (``sprmCSymbol``): a font and a character code.

In a legacy Vietnamese font the code is one of its bytes and goes to the decoder like
any run; in the symbol fonts (typed as symbols or as text in them) the common bullets,
arrows and signs are given as their Unicode characters; anything else shows as the
character itself, when it is one.
"""

from __future__ import annotations

from db.readers.legacy_fonts import legacy_font

_SYMBOL = {
    0xB7: "•", 0xB4: "×", 0xB8: "÷", 0xAE: "→", 0xAC: "←", 0xAD: "↑", 0xAF: "↓",
    0xA3: "≤", 0xB3: "≥", 0xB1: "±", 0xB0: "°", 0x2D: "−", 0xB9: "≠", 0xBB: "≈",
    0xDE: "⇒", 0xDB: "⇔", 0xD6: "√", 0xA5: "∞", 0xE0: "◊", 0xA8: "♣", 0xA9: "♦",
    0xAA: "♥", 0xAB: "♠", 0xD3: "©", 0xD2: "®",
}
_WINGDINGS = {
    0x9F: "•", 0xA7: "▪", 0x6C: "●", 0x6E: "■", 0x71: "❑", 0x76: "❖", 0xD8: "➢",
    0xFC: "✓", 0xFB: "✗", 0xA8: "◻", 0x77: "◆", 0xE0: "→", 0xF0: "⇨", 0x4A: "☺",
    0x46: "☞", 0x6F: "□", 0xA1: "○",
}


def symbol_char(code: int, font_name: str | None) -> str:
    """What character ``code`` of a symbol font shows, as Unicode ("" when unknown)."""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    family = (font_name or "").lower()
    if family.startswith("symbol"):
        return _SYMBOL.get(code, "")
    if family.startswith(("wingdings", "webdings", "zapf dingbats", "marlett")):
        return _WINGDINGS.get(code, "")
    if code < 0x20 or 0xD800 <= code <= 0xDFFF or 0xE000 <= code <= 0xF8FF:
        return ""
    return chr(code)


def inserted_symbol(code: int, font_name: str | None) -> tuple[bytes | str, str | None]:
    """What an Insert > Symbol character shows: bytes to decode in ``font_name``
    (a legacy font), or Unicode text."""
    byte = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
    if byte < 0x100 and legacy_font(font_name).encoding:
        return bytes((byte,)), font_name
    return symbol_char(code, font_name), None
