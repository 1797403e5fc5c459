"""The runs of one paragraph of an RTF story, in their fonts, to Unicode text.

The parser hands over what each run holds as RTF wrote it: bytes (``\\'hh`` and plain
text), characters (``\\uN``) and soft hyphens (``\\-``), each with the run's
``FontReading``. Bytes in legacy and unrecognised fonts go to the shared
``LegacyParagraphs`` (decoded by the font's name, or by detection per paragraph);
characters in those fonts are the Windows-1252 readings of bytes (LibreOffice and newer
Word write ``\\u213\\'d5`` for the TCVN3 byte 0xD5) and go back to those bytes first.
Bytes in code-page fonts are decoded with their code page.

With a chosen encoding (re-decoding an article), every run of 8-bit text is decoded
with it instead, whatever its font says; symbol fonts (bullets, ≤) stay as they are.
"""

from __future__ import annotations

import re
from collections import Counter

from db.readers.legacy_fonts import LegacyParagraphs, font_bytes
from db.readers.rtf_fonts import CODEPAGE, SYMBOL, FontReading, symbol_text
from db.text_decoding import decode_legacy

# C0 control characters (except tab and newline) and the soft hyphen never belong in
# stored text; a zero-width no-break space neither.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\u00ad\ufeff]")


class RunCollector:
    """Collects one paragraph at a time of one story (body, footnote, text box …).

    Attributes:
        legacy: the shared decoder of legacy-font runs (its ``encodings`` and ``guessed``
            say what was decoded how).
        code_pages: bytes of 8-bit text decoded by a code page, by codec.
        eight_bit: 8-bit text was met (what re-decoding could read otherwise).
    """

    def __init__(self, override: str | None = None) -> None:
        self.legacy = LegacyParagraphs()
        self.code_pages: Counter[str] = Counter()
        self._override = override
        self._reading: FontReading | None = None
        self._pending = bytearray()
        self._has_text = False
        self.eight_bit = False
        self._high_surrogate = 0  # the first half of a character beyond U+FFFF

    @property
    def has_text(self) -> bool:
        """Whether the current paragraph holds anything but white space."""
        return self._has_text or bool(self._pending.strip())

    def add_bytes(self, raw: bytes, reading: FontReading) -> None:
        """8-bit bytes of a run (``\\'hh`` and plain text) typed in ``reading``'s font."""
        if self._high_surrogate:
            self._lone_surrogate()
        if reading is not self._reading:
            self._flush()
            self._reading = reading
        self._pending += raw

    def add_code_unit(self, value: int, reading: FontReading) -> None:
        """``\\uN``: a UTF-16 code unit (negative above 32767); pairs make one character."""
        if value < 0:
            value += 0x10000
        high, self._high_surrogate = self._high_surrogate, 0
        if high and 0xDC00 <= value < 0xE000:
            self.add_char(chr(0x10000 + ((high - 0xD800) << 10) + value - 0xDC00), reading)
            return
        if high:
            self.add_unicode("\ufffd")  # a first half without its second
        if 0xD800 <= value < 0xDC00:
            self._high_surrogate = value
        elif 0xDC00 <= value < 0xE000 or not 0 <= value <= 0xFFFF:
            self.add_unicode("\ufffd")
        else:
            self.add_char(chr(value), reading)

    def _lone_surrogate(self) -> None:
        self._high_surrogate = 0
        self.add_unicode("\ufffd")

    def add_char(self, char: str, reading: FontReading) -> None:
        """A character written as ``\\uN``, typed in ``reading``'s font."""
        kind = reading.kind
        if kind == CODEPAGE or (kind == SYMBOL and not 0xF000 <= ord(char) <= 0xF0FF):
            self.add_unicode(char)
            return
        raw = font_bytes(char)
        if raw is None:  # real Unicode typed in a legacy font
            self.add_unicode(char)
        else:
            self.add_bytes(raw, reading)

    def add_soft_hyphen(self, reading: FontReading) -> None:
        """``\\-``: byte 0xAD, which is "ư" in TCVN3 and an invisible hyphen elsewhere."""
        if reading.kind != CODEPAGE or self._override is not None:
            self.add_bytes(b"\xad", reading)

    def add_unicode(self, text: str) -> None:
        """Text that is Unicode whatever the font (breaks, symbols, \\u in Unicode fonts)."""
        if self._high_surrogate:
            self._lone_surrogate()
        self._flush()
        if text:
            self.legacy.add_unicode(text)
            if not self._has_text and not text.isspace():
                self._has_text = True

    def end_paragraph(self) -> str:
        """The paragraph's text (NFC, no control characters); starts the next one."""
        if self._high_surrogate:
            self._lone_surrogate()
        self._flush()
        self._has_text = False
        return _INVISIBLE.sub("", self.legacy.end_paragraph())

    def _flush(self) -> None:
        if not self._pending:
            return
        raw = bytes(self._pending)
        self._pending.clear()
        reading = self._reading
        assert reading is not None
        if not self._has_text and not raw.isspace():
            self._has_text = True
        if not self.eight_bit and not raw.isascii():
            self.eight_bit = True
        if self._override is not None and reading.kind != SYMBOL:  # glyphs, not text
            if not raw.isascii():
                self.code_pages[self._override] += len(raw)
            text = _decode_override(raw, self._override)
            self.legacy.add_unicode(text.upper() if reading.capitals else text)
        elif reading.kind not in (CODEPAGE, SYMBOL):  # legacy and unnamed fonts
            # The ABC fonts' Windows punctuation at 0x80-0x9F is decode_legacy's to keep.
            self.legacy.add_bytes(raw, reading.name)
        elif reading.kind == SYMBOL:
            self.legacy.add_unicode(symbol_text(raw, reading.name))
        else:
            if not raw.isascii():
                self.code_pages[reading.codec] += len(raw)
            self.legacy.add_unicode(raw.decode(reading.codec, errors="replace"))


def _decode_override(raw: bytes, encoding: str) -> str:
    if raw.isascii():
        return raw.decode("ascii")
    if encoding in ("tcvn3", "vni", "cp1258"):
        return decode_legacy(raw, encoding)
    return raw.decode(encoding.replace("-sig", ""), errors="replace")
