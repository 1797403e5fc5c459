"""What the bytes typed in each font of an RTF file's font table are in.

RTF names an 8-bit byte's character set only through the font it is typed in, and Old
Vietnamese documents name theirs only through the font's *name*: a ``.VnTime`` font
(``\\fcharset0``, "ANSI") holds TCVN3 and a ``VNI-Times`` font VNI. So each font of the
table gets one ``FontReading``:

- ``LEGACY``: a font whose name says TCVN3 or VNI (``.VnTime``, ``.VnTimeH Tur``,
  ``VNI-Times``); the shared ``LegacyParagraphs`` decodes its bytes by that name;
- ``CODEPAGE``: a font whose charset or code page names the encoding (``\\fcharset163``,
  ``\\cpg1251``), or a well-known Western or Unicode font (Times New Roman, Arial …) in a
  document whose code page (``\\ansicpg``) is then the encoding;
- ``SYMBOL``: Symbol, Wingdings and other picture fonts (``\\fcharset2``): bullets;
- ``UNNAMED``: an "ANSI" font nobody recognises (``VNSTCVN3``, ``VnTimeH(Ds)``, a
  company's own font): its 8-bit text is decoded paragraph by paragraph by detection.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from db.readers.legacy_fonts import font_family, legacy_font
from db.text_decoding import decode_legacy

LEGACY = 1
CODEPAGE = 2
SYMBOL = 3
UNNAMED = 4

# \fcharset numbers (Windows character sets) and their code pages; 0 (ANSI) and 1
# (default) mean the document's own code page.
_CHARSETS = {
    77: "mac_roman",
    128: "cp932",
    129: "cp949",
    130: "johab",
    134: "gbk",
    136: "big5",
    161: "cp1253",
    162: "cp1254",
    163: "cp1258",
    177: "cp1255",
    178: "cp1256",
    186: "cp1257",
    204: "cp1251",
    222: "cp874",
    238: "cp1250",
    254: "cp437",
    255: "cp850",
}
_SYMBOL_CHARSET = 2
# Code pages that RTF names by number but Python by name.
_CODE_PAGES = {10000: "mac_roman", 65001: "utf-8", 1200: "utf-16-le", 437: "cp437"}

# Word adds one entry per script for a font it substitutes (".VnTimeH Tur", "Arial CE"):
# the glyphs, and so the bytes' meaning, are the base font's.
_SCRIPT_SUFFIX = re.compile(
    r"\s+(?:CE|Cyr|Greek|Tur|Baltic|\((?:Hebrew|Arabic|Vietnamese|Thai)\))$", re.I
)
# Families whose 8-bit text is in the document's code page: the fonts that came with
# Windows, macOS, Office and LibreOffice. Text in them is never run through detection.
_WELL_KNOWN = re.compile(
    r"^(?:times|arial|helvetica|courier|calibri|cambria|candara|consolas|constantia|"
    r"corbel|georgia|garamond|tahoma|verdana|trebuchet|segoe|lucida|palatino|"
    r"book antiqua|bookman|century|franklin gothic|gill sans|impact|comic sans|"
    r"ms sans serif|ms serif|microsoft sans serif|liberation|dejavu|noto|open sans|"
    r"roboto|source (?:sans|serif|code)|menlo|monaco|geneva|optima|avenir|aptos|"
    r"baskerville|futura|charter|bitstream|free(?:serif|sans|mono)|nimbus|"
    r"linux (?:libertine|biolinum)|carlito|caladea|gentium|cantarell|ubuntu|"
    r"system|fixedsys|terminal|modern|roman|script|small fonts|marlett|"
    r"arial unicode|ms mincho|ms gothic|ms pgothic|simsun|simhei|mingliu|pmingliu|"
    r"batang|gulim|dotum|malgun|meiryo|yu (?:gothic|mincho)|mangal|nirmala)",
    re.I,
)
_SYMBOL_FAMILY = re.compile(r"^(?:symbol|wingdings|webdings|zapf ?dingbats|ms outlook)", re.I)

# What the Symbol font shows at each byte (Adobe's Symbol encoding; the pieces of large
# brackets and integrals are left out), and the Wingdings bullets writers use.
_SYMBOL_FONT = dict(
    zip(
        range(0x20, 0x7F),
        " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾"
        "αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼",
        strict=True,
    )
) | dict(
    zip(
        range(0xA0, 0xE6),
        "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…|—↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑",
        strict=True,
    )
) | {0xF1: "〉", 0xF2: "∫"}
_WINGDINGS = {
    0x6C: "●",
    0x6E: "■",
    0x71: "❑",
    0x75: "◆",
    0x76: "❖",
    0x9F: "•",
    0xA7: "▪",
    0xD8: "➢",
    0xE0: "➢",
    0xE8: "➔",
    0xF0: "⇨",
    0xFB: "✗",
    0xFC: "✓",
}


_WESTERN = decode_legacy(bytes(range(256)), "cp1252")


@dataclass(frozen=True, slots=True)
class FontReading:
    """How text typed in one font is read.

    Attributes:
        kind: ``LEGACY``, ``CODEPAGE``, ``SYMBOL`` or ``UNNAMED``.
        name: the font's family name as ``LegacyParagraphs`` expects it.
        codec: the Python codec of the bytes (``CODEPAGE`` fonts; else the document's).
        capitals: the font shows its letters in upper case (``.VnTimeH``).
    """

    kind: int
    name: str
    codec: str
    capitals: bool = False


@dataclass(slots=True)
class FontEntry:
    """One entry of the font table as it is read: its name and character set."""

    name: bytearray
    charset: int | None = None
    code_page: int | None = None
    complete: bool = False  # the name's ';' was seen


class FontTable:
    """The font table and the style sheet of one document, as they are read.

    Entries are named by their own text up to ``;``: groups inside an entry
    (``{\\*\\panose}``, ``{\\*\\falt}``) are the parser's to pass over.
    """

    def __init__(self) -> None:
        self.fonts: dict[int, FontEntry] = {}
        self.styles: dict[int, FontEntry] = {}
        self.default_font: int | None = None
        self.codec = "cp1252"  # the document's code page (\\ansicpg)
        self._readings: dict[int | None, FontReading] = {}

    def entry_word(
        self, word: bytes, number: int | None, entry: FontEntry | None, *, fonts: bool
    ) -> FontEntry | None:
        """A word in the font table (``fonts``) or style sheet; the entry now named."""
        if word in (b"cs", b"ds", b"ts") and not fonts:
            return FontEntry(bytearray(), complete=True)  # not a paragraph style: unused
        if number is None:
            return entry
        if (word == b"f" and fonts) or (word == b"s" and not fonts):
            table = self.fonts if fonts else self.styles
            if number in table:
                return FontEntry(bytearray())  # a second definition: not used
            entry = table[number] = FontEntry(bytearray())
        elif entry is not None and word == b"fcharset":
            entry.charset = number
        elif entry is not None and word == b"cpg":
            entry.code_page = number
        return entry

    def entry_text(self, text: bytes, entry: FontEntry | None, *, fonts: bool) -> FontEntry | None:
        """Text of an entry: its name, up to ``;``. Returns the entry named."""
        if entry is None and not fonts and 0 not in self.styles:
            entry = self.styles[0] = FontEntry(bytearray())  # "Normal" often has no \\s0
        if entry is None or entry.complete:
            return entry
        name, semicolon, _ = text.partition(b";")
        if len(entry.name) < 256:
            entry.name += name[:256]
        if semicolon:
            entry.complete = True
        return entry

    def reading(self, number: int | None) -> FontReading:
        """How text in font ``number`` (None: the default font) is read."""
        reading = self._readings.get(number)
        if reading is None:
            font = number
            if font is None:
                font = self.default_font if self.default_font is not None else 0
            reading = self._readings[number] = reading_of(self.fonts.get(font), self.codec)
        return reading

    def style_name(self, number: int) -> str:
        """The name of paragraph style ``number`` ("" when the style sheet lacks it)."""
        entry = self.styles.get(number)
        return bytes(entry.name).decode("latin-1").strip() if entry is not None else ""

    def set_code_page(self, codec: str) -> None:
        """The document's code page (``\\ansicpg``, ``\\mac`` …)."""
        self.codec = codec
        self._readings.clear()

    def set_default_font(self, number: int) -> None:
        """``\\deff``: the font of text that names none (only before the table)."""
        if not self.fonts:
            self.default_font = number
            self._readings.clear()

    def changed(self) -> None:
        """The font table was complete: readings are worked out again."""
        self._readings.clear()


def codec_of_code_page(number: int) -> str | None:
    """The Python codec of an RTF code page number (``\\ansicpg``, ``\\cpg``), if any."""
    name = _CODE_PAGES.get(number, f"cp{number}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def reading_of(entry: FontEntry | None, document_codec: str) -> FontReading:
    """How the text typed in ``entry`` is read, in a document whose code page is given."""
    if entry is None:
        # Text in no font at all (no font table, or a number it lacks): Western in a
        # Western document, else the document's code page.
        if document_codec == "cp1252":
            return FontReading(UNNAMED, "", document_codec)
        return FontReading(CODEPAGE, "", document_codec)
    codec = _entry_codec(entry, document_codec)
    name = _entry_name(entry, codec)
    family = font_family(_SCRIPT_SUFFIX.sub("", name))
    legacy = legacy_font(family)
    if legacy.encoding is not None:
        return FontReading(LEGACY, family, codec, capitals=legacy.capitals)
    if entry.charset == _SYMBOL_CHARSET or _SYMBOL_FAMILY.match(family):
        return FontReading(SYMBOL, family, "cp1252")
    explicit = entry.code_page is not None or _CHARSETS.get(entry.charset or 0) is not None
    if explicit or _WELL_KNOWN.match(family) or codec != "cp1252":
        return FontReading(CODEPAGE, family, codec)
    return FontReading(UNNAMED, family, codec)


def symbol_text(raw: bytes, family: str) -> str:
    """Bytes typed in a symbol font, as the characters the font shows."""
    glyphs = _WINGDINGS if family.lower().startswith("wing") else _SYMBOL_FONT
    return "".join(glyphs.get(byte) or _WESTERN[byte] for byte in raw)


def symbol_field_text(number: int, font_name: str | None) -> str:
    """The character of Word's ``SYMBOL 163 \\f "Symbol"`` field (≤ here)."""
    if 0xF000 <= number <= 0xF0FF:  # the symbol fonts' private-use code points
        number -= 0xF000
    family = font_family(font_name or "Symbol")
    if number < 0x100:
        if _SYMBOL_FAMILY.match(family):
            return symbol_text(bytes([number]), family)
        return _WESTERN[number]
    return chr(number) if number <= 0x10FFFF and not 0xD800 <= number < 0xE000 else ""


def _entry_codec(entry: FontEntry, document_codec: str) -> str:
    if entry.code_page is not None:
        codec = codec_of_code_page(entry.code_page)
        if codec is not None:
            return codec
    return _CHARSETS.get(entry.charset or 0) or document_codec


def _entry_name(entry: FontEntry, codec: str) -> str:
    raw = bytes(entry.name)
    try:
        name = raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        name = raw.decode("latin-1")
    return name.strip().strip("\x00").strip()
