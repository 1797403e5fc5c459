"""The font table (SttbfFfn): each font's name and character set, and what its text is in.

Word 97 and later store each FFN with PANOSE and signature fields before a UTF-16 name
([MS-DOC] 2.9.84); Word 6/95 store a 16-bit total size, then FFNs with an 8-bit name.

Which encoding a run's 8-bit text is in follows from its font: the legacy Vietnamese
fonts name theirs (the shared ``legacy_font`` rules); symbol fonts hold symbols; Word
6/95 wrote text in the code page of the font's character set (Cyrillic, Windows-1258);
and the fonts every Windows has (Times New Roman, Arial...) hold Windows-1252 text.
Only the rest is left to detection.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.readers.legacy_fonts import font_family, legacy_font
from db.readers.word_binary.binary import u16

# Font indexes are 16-bit; no real document has more than a few hundred fonts.
MAX_FONTS = 32767
_FFN_NAME_AT = 40  # cbFfnM1, flags, weight (2), chs, ixchSzAlt, PANOSE (10), FONTSIGNATURE (24)
_FFN6_NAME_AT = 6
_CHARSET_AT = 4

SYMBOL = "symbol"
# Windows character sets (FFN.chs) and their code pages; 0 (ANSI), 1 (default) and
# 2 (symbol) are not here.
_CHARSET_CODEPAGES = {
    77: "mac-roman", 128: "cp932", 129: "cp949", 134: "gbk", 136: "cp950", 161: "cp1253",
    162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257",
    204: "cp1251", 222: "cp874", 238: "cp1250",
}
_SYMBOL_FAMILIES = ("symbol", "wingdings", "webdings", "zapf dingbats", "marlett")
# Fonts that come with Windows and Office: text in them is what it says, not legacy bytes.
_WINDOWS_FONTS = frozenset({
    "times new roman", "times", "arial", "arial narrow", "arial black", "arial unicode ms",
    "calibri", "calibri light", "cambria", "candara", "consolas", "constantia", "corbel",
    "courier new", "courier", "tahoma", "verdana", "georgia", "garamond", "book antiqua",
    "bookman old style", "century", "century gothic", "century schoolbook", "comic sans ms",
    "trebuchet ms", "palatino linotype", "segoe ui", "microsoft sans serif",
    "ms sans serif", "ms serif", "lucida sans unicode", "lucida console", "impact",
    "franklin gothic medium", "helvetica", "sylfaen", "liberation serif",
    "liberation sans", "liberation mono", "dejavu sans", "dejavu serif", "noto sans",
    "noto serif", "helvetica neue",
})


@dataclass(frozen=True)
class Font:
    """A font of the table: its name and Windows character set."""

    name: str
    charset: int = 0


def read_fonts(data: bytes, *, word6: bool) -> list[Font]:
    """The fonts, by index (a damaged entry ends the table)."""
    if word6:
        return _word6_fonts(data)
    if len(data) < 4:
        return []
    count = u16(data, 0)
    extended = count == 0xFFFF
    if extended:
        # An extended STTB (never seen for fonts, but allowed): a 16-bit count follows.
        count = u16(data, 2)
    count = min(count, MAX_FONTS)
    offset = 4 if not extended else 6
    fonts: list[Font] = []
    for _ in range(count):
        if offset >= len(data):
            break
        size = data[offset] + 1
        ffn = data[offset : offset + size]
        offset += size
        charset = ffn[_CHARSET_AT] if len(ffn) > _CHARSET_AT else 0
        fonts.append(Font(_utf16_name(ffn[_FFN_NAME_AT:]), charset))
    return fonts


def run_encoding(font: Font | None, *, word6: bool) -> str | None:
    """The code page a run in ``font`` is in, ``SYMBOL``, or None: let the name decide.

    None covers the legacy fonts (decoded by their name) and fonts nobody recognises
    (decoded by detection, paragraph by paragraph).
    """
    if font is None or legacy_font(font.name).encoding:
        return None
    family = font_family(font.name).lower()
    # By name only: legacy fonts nobody recognises are often marked as symbol fonts.
    if family.startswith(_SYMBOL_FAMILIES):
        return SYMBOL
    if word6 and font.charset in _CHARSET_CODEPAGES:
        return _CHARSET_CODEPAGES[font.charset]
    if family in _WINDOWS_FONTS:
        return "cp1252"
    return None


def _utf16_name(raw: bytes) -> str:
    end = len(raw) - len(raw) % 2
    for index in range(0, end, 2):
        if raw[index] == 0 and raw[index + 1] == 0:
            end = index
            break
    return raw[:end].decode("utf-16-le", "replace")


def _word6_fonts(data: bytes) -> list[Font]:
    if len(data) < 2:
        return []
    total = min(u16(data, 0), len(data))
    offset = 2
    fonts: list[Font] = []
    while offset < total and len(fonts) < MAX_FONTS:
        size = data[offset] + 1
        ffn = data[offset : offset + size]
        offset += size
        charset = ffn[_CHARSET_AT] if len(ffn) > _CHARSET_AT else 0
        name = ffn[_FFN6_NAME_AT:].split(b"\x00", 1)[0]
        fonts.append(Font(name.decode("cp1252", "replace"), charset))
    return fonts
