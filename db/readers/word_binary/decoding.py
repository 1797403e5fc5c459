"""From a run's stored characters and font to Unicode, by the shared legacy-font rules.

8-bit pieces give the run's bytes, UTF-16 pieces the Windows-1252 readings of the bytes
(or real Unicode): both go to ``LegacyParagraphs`` with the run's font name. When the
user re-decodes an article with a chosen encoding, every 8-bit run (legacy and unknown
fonts alike) is decoded with it instead, and real Unicode is kept.
"""

from __future__ import annotations

import unicodedata

from db.readers.legacy_fonts import LegacyParagraphs, font_bytes, legacy_font
from db.text_decoding import decode_bytes, decode_legacy

# What 8-bit text in a Word file can be re-decoded as.
REDECODE_ENCODINGS = ("tcvn3", "vni", "cp1258")
_CHOSEN_FONTS = {"tcvn3": ".VnTime", "vni": "VNI-Times"}


def chosen_encoding(encoding: str | None) -> str | None:
    """The canonical name of an encoding chosen for re-decoding (raises ValueError)."""
    if encoding is None:
        return None
    name = decode_bytes(b"", encoding).encoding  # ValueError naming the known encodings
    if name not in REDECODE_ENCODINGS:
        raise ValueError(
            f"a Word document's 8-bit text can be re-decoded as {', '.join(REDECODE_ENCODINGS)}"
            f", not {encoding}"
        )
    return name


class RunDecoder:
    """Collects a paragraph's runs and gives its Unicode text.

    Attributes:
        paragraphs: the shared per-paragraph decoder (its ``encodings`` and ``notes``).
    """

    def __init__(self, encoding: str | None = None) -> None:
        self.paragraphs = LegacyParagraphs()
        self._encoding = encoding

    @property
    def chosen(self) -> bool:
        """The user chose the encoding of all 8-bit text."""
        return self._encoding is not None

    def add(self, stored: bytes | str, font_name: str | None, *, capitals: bool) -> None:
        """A run: its bytes (8-bit piece) or characters (UTF-16 piece), in ``font_name``."""
        if self._encoding is not None:
            self._add_chosen(stored, font_name, capitals)
        elif isinstance(stored, bytes):
            self.paragraphs.add_bytes(stored, font_name, capitals=capitals)
        else:
            self.paragraphs.add_text(stored, font_name, capitals=capitals)

    def add_unicode(self, text: str) -> None:
        """Text that is Unicode whatever the font (note marks, breaks, symbols)."""
        self.paragraphs.add_unicode(text)

    def end_paragraph(self) -> str:
        """The paragraph's text; starts the next one."""
        return self.paragraphs.end_paragraph()

    def _add_chosen(self, stored: bytes | str, font_name: str | None, capitals: bool) -> None:
        assert self._encoding is not None
        raw = stored if isinstance(stored, bytes) else font_bytes(stored)
        capitals = capitals or legacy_font(font_name).capitals
        if raw is None:  # real Unicode stays as it is
            self.paragraphs.add_unicode(_upper(str(stored)) if capitals else str(stored))
        elif self._encoding in _CHOSEN_FONTS:
            # Through a font of that encoding, so that a VNI letter split between two
            # runs (base byte, then mark byte) is still decoded whole.
            self.paragraphs.add_bytes(raw, _CHOSEN_FONTS[self._encoding], capitals=capitals)
        else:
            if not raw.isascii():
                self.paragraphs.encodings.add(self._encoding)
            text = decode_legacy(raw, self._encoding)
            self.paragraphs.add_unicode(_upper(text) if capitals else text)


def _upper(text: str) -> str:
    return unicodedata.normalize("NFC", text.upper())
