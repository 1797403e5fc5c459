"""The text of one Word paragraph, run by run, decoded by each run's font.

Word stores 8-bit text typed in a legacy font (``.VnTime``, ``VNI-Times``) as the
Windows-1252 characters of its bytes; ``LegacyParagraphs`` turns them back into bytes
and decodes them by the font, or by detection for fonts it does not know. This module
feeds it: consecutive runs in one font go in as one piece (a paragraph of a hundred
thousand tiny runs costs what one run costs), characters that hold no text of the
font (tabs, breaks, symbols, note marks) go in as Unicode, and a run whose two fonts
differ (one for ASCII, one for other characters) is split as Word splits it.
"""

from __future__ import annotations

import re

from db.readers.docx_styles import ResolvedRun
from db.readers.docx_symbols import symbol_table, symbol_text
from db.readers.legacy_fonts import LegacyParagraphs, font_bytes

# Stretches of ASCII and of other characters: Word shows them in a run's ascii and
# hAnsi fonts.
_ASCII_OR_NOT = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")
# The line break of a page or column break: the reader ends the paragraph there.
PAGE_BREAK = "\f"


# A character no byte of a legacy font reads as: the text is real Unicode.
_NOT_A_BYTE = re.compile(
    "[^\x00-\xff\uf000-\uf0ff" + bytes(range(0x80, 0xA0)).decode("cp1252", "ignore") + "]"
)


def _bytes(text: str) -> bytes | None:
    if _NOT_A_BYTE.search(text):
        return None  # found at the first Vietnamese letter, without an exception
    try:
        return text.encode("cp1252")  # the usual case, done in C
    except UnicodeEncodeError:
        return font_bytes(text)  # the five undefined bytes or U+F0xx


class ParagraphText:
    """Collects a paragraph's runs and gives its Unicode text (see the module docstring)."""

    def __init__(self, decoder: LegacyParagraphs) -> None:
        self.decoder = decoder
        self._font: str | None = None
        self._pieces: list[str] = []  # text in self._font, not yet handed on
        self._unicode: list[str] = []  # Unicode text not yet handed on

    def text(self, text: str, ascii_font: str | None, hansi_font: str | None) -> None:
        """Text of a run whose ASCII characters show in one font and the others in another."""
        if not text:
            return
        if ascii_font == hansi_font or text.isascii():
            self._add(text, hansi_font if ascii_font is None else ascii_font)
            return
        for match in _ASCII_OR_NOT.finditer(text):
            piece = match.group()
            self._add(piece, ascii_font if piece[0] < "\x80" else hansi_font)

    def _add(self, text: str, font: str | None) -> None:
        table = symbol_table(font)
        if table is not None:
            self.unicode(symbol_text(text, table))
            return
        if font != self._font:
            self._flush_font()
            self._font = font
        self._pieces.append(text)

    def unicode(self, text: str) -> None:
        """Text that is Unicode whatever the font: a tab, a break, a symbol, a note mark."""
        if text:
            self._flush_font()
            self._unicode.append(text)

    def raw(self, data: bytes, font: str | None) -> None:
        """Bytes in a font (a ``w:sym`` of a legacy font)."""
        self._flush_font()
        self._flush_unicode()
        self.decoder.add_bytes(data, font)

    def _flush_font(self) -> None:
        if not self._pieces:
            return
        joined = "".join(self._pieces)
        self._pieces = []
        raw = _bytes(joined)
        if raw is None:  # real Unicode, even in a legacy font: kept as it is
            self._unicode.append(joined)
            return
        self._flush_unicode()
        self.decoder.add_bytes(raw, self._font)

    def _flush_unicode(self) -> None:
        if self._unicode:
            self.decoder.add_unicode("".join(self._unicode))
            self._unicode = []

    def finish(self) -> str:
        """The paragraph's text in Unicode (NFC); the collector is empty afterwards."""
        self._flush_font()
        self._flush_unicode()
        self._font = None
        return self.decoder.end_paragraph()


class OpenRun:
    """The run being read: its own formatting, and its look once resolved."""

    __slots__ = ("fonts", "hidden", "resolved", "style")

    def __init__(self) -> None:
        self.style: str | None = None
        self.fonts: dict[str, str] | None = None
        self.hidden: bool | None = None
        self.resolved: ResolvedRun | None = None


class OpenParagraph:
    """The paragraph being read: its properties, text, pictures and open run."""

    __slots__ = (
        "caption", "images", "level", "mark_deleted", "num_id", "outline", "run",
        "style_id", "text",
    )

    def __init__(self) -> None:
        # Made on the first text: most paragraphs of a long document are empty.
        self.text: ParagraphText | None = None
        self.images: list[tuple[str, str]] = []
        self.caption = ""
        self.run: OpenRun | None = None
        self.reset()

    def reset(self) -> None:
        """Forget the paragraph properties (a merged paragraph takes the next one's)."""
        self.style_id: str | None = None
        self.num_id: str | None = None
        self.level: int | None = None
        self.outline: int | None = None
        self.mark_deleted = False

    def writer(self, pool: list[LegacyParagraphs]) -> ParagraphText:
        """The collector of the paragraph's text (its decoder taken from ``pool``)."""
        if self.text is None:
            self.text = ParagraphText(pool.pop() if pool else LegacyParagraphs())
        return self.text
