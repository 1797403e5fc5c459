"""Text typed in the legacy Vietnamese fonts, decoded run by run and paragraph by paragraph.

Before Unicode, Vietnamese text was typed in fonts whose glyphs sat at the places of
Windows-1252 characters: the ``.Vn*`` fonts (``.VnTime``, ``.VnArial``, ``.VnTimeH`` …)
of the TCVN3 (ABC) set and the ``VNI-*`` fonts (``VNI-Times``, ``VNI-Helve`` …). The
bytes are 8-bit and only the font name says which encoding they are in, so every reader
of a format that names fonts (``.doc``, ``.rtf``, ``.docx``, ``.pdf``) hands its runs to
``LegacyParagraphs`` with the font of each run, and gets Unicode paragraphs back:

- a run in a ``.Vn*`` font is TCVN3, in a ``VNI-*`` font VNI; names seen in the wild
  (``VnTime``, ``.VnTime,Bold``, ``AARIQC+.VnTimeH``) are recognised;
- the capital fonts (``.VnTimeH``, ``.VnArialH``) show their letters in upper case;
- 8-bit text in a font nobody recognises is decoded by detection (TCVN3, VNI or
  Windows-1252, by the share of well-formed Vietnamese syllables), one paragraph at a
  time: a document that mixes two encodings is read right where a whole-document guess
  fails. Each guess is counted so that the import log can say a guess was made.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from db.reasons import reason, register_reasons
from db.text_decoding import decode_legacy, detect_legacy

register_reasons(
    {
        "legacy.guessed": (
            "{total} paragraph(s) in fonts that do not name their encoding were decoded by "
            "detection ({counts}); if one reads wrong, decode the article again"
        )
    }
)
_ENCODING_NAMES = {"tcvn3": "TCVN3", "vni": "VNI", "cp1252": "Windows-1252"}

# "ABCDEF+" in front of a PDF subset font's name.
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
# Style words that writers glue to a font's name: ".VnTime,Bold", "VNI-Times-BoldItalic".
_STYLE_SUFFIX = re.compile(
    r"(?:[,\-\s]*(?:bold|italic|oblique|regular|normal|demi|medium|light|black|heavy|"
    r"narrow|condensed|bolditalic|boldoblique|it|bd|bi|ps|psmt|mt))+$",
    re.I,
)
# "(Ds)", "(TCVN3)" and similar decorations at the end of a name.
_PARENTHESISED = re.compile(r"\s*\([^)]*\)\s*$")


@dataclass(frozen=True)
class LegacyFont:
    """What a font name says about the bytes typed in it.

    Attributes:
        encoding: 'tcvn3' or 'vni' for the legacy fonts, None for any other font.
        capitals: the font shows every letter in upper case (``.VnTimeH``).
    """

    encoding: str | None
    capitals: bool = False


UNICODE_FONT = LegacyFont(None)


def font_family(font_name: str | None) -> str:
    """The font's name without a PDF subset prefix, style words or decorations."""
    if not font_name:
        return ""
    name = _SUBSET_PREFIX.sub("", font_name.strip().strip("\x00").strip())
    name = _PARENTHESISED.sub("", name)
    return _STYLE_SUFFIX.sub("", name).strip()


@functools.lru_cache(maxsize=4096)
def legacy_font(font_name: str | None) -> LegacyFont:
    """What the font named ``font_name`` implies (``UNICODE_FONT`` when it is no legacy font)."""
    family = font_family(font_name)
    if not family:
        return UNICODE_FONT
    lowered = family.lower()
    if lowered.startswith("vni"):
        # VNI-Times, VNI Times, VNITimes; VNI has no separate capital fonts.
        return LegacyFont("vni")
    if lowered.startswith(".vn") or (family[:2] == "Vn" and family[2:3].isupper()):
        # The ABC set: .VnTime, .VnArial, VnTime (PDF names drop the dot), and the
        # capital fonts, whose name ends in an upper-case H: .VnTimeH, .VnArialH.
        # Other names (VNSTCVN3, "…TCVN3" fonts that hold VNI) are left to detection.
        bare = family.lstrip(".")
        return LegacyFont("tcvn3", capitals=len(bare) > 3 and bare.endswith("H"))
    return UNICODE_FONT


def legacy_font_encoding(font_name: str | None) -> str | None:
    """'tcvn3' for the ``.Vn*`` fonts, 'vni' for ``VNI-*`` fonts, None for any other font."""
    return legacy_font(font_name).encoding


def font_bytes(text: str) -> bytes | None:
    """The 8-bit bytes behind text that a writer stored as Windows-1252 characters.

    Word, LibreOffice and RTF's ``\\uN`` give a legacy-font byte as the cp1252 character
    of the byte; symbol-font mappings give U+F000 + byte. Returns None when the text
    holds a character that no byte reads as (real Unicode typed in that font).
    """
    out = bytearray()
    for char in text:
        code = ord(char)
        if code < 0x80:
            out.append(code)
            continue
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            if code < 0x100:
                out.append(code)  # the five bytes cp1252 leaves undefined, and U+00AD
            elif 0xF000 <= code <= 0xF0FF:
                out.append(code - 0xF000)
            else:
                return None
    return bytes(out)


def decode_font_bytes(raw: bytes, font: LegacyFont) -> str:
    """Decode bytes typed in a legacy font (``font.encoding`` must be set)."""
    assert font.encoding is not None
    # Readers take out control bytes (field and object marks) first: TCVN3 (VN1) puts
    # capitals at 0x01-0x17.
    text = decode_legacy(raw, font.encoding)
    return _upper(text) if font.capitals else text


def _upper(text: str) -> str:
    return unicodedata.normalize("NFC", text.upper())


def _with_capitals(font: LegacyFont, capitals: bool) -> LegacyFont:
    return LegacyFont(font.encoding, capitals=True) if capitals and not font.capitals else font


@dataclass
class _Segment:
    font: LegacyFont | None  # None: Unicode text whatever the font
    text: str = ""
    raw: bytearray = field(default_factory=bytearray)


@dataclass
class LegacyParagraphs:
    """Collects the runs of one paragraph at a time and decodes them by their fonts.

    Feed it ``add_bytes`` (8-bit text as stored, e.g. RTF ``\\'hh`` or a compressed
    Word piece), ``add_text`` (text the writer gave as Unicode: cp1252 readings of the
    bytes in a legacy font, real Unicode otherwise) or ``add_unicode`` (text that is
    Unicode whatever the font), then ``end_paragraph()``.

    Attributes:
        encodings: the legacy encodings text was decoded with (by font or by guess).
        guessed: paragraphs whose legacy encoding was detected, by encoding.
    """

    encodings: set[str] = field(default_factory=set)
    guessed: Counter[str] = field(default_factory=Counter)
    _segments: list[_Segment] = field(default_factory=list)

    def add_text(self, text: str, font_name: str | None, *, capitals: bool = False) -> None:
        """A run the writer stored as Unicode characters, in the font named ``font_name``.

        ``capitals``: the run is formatted to show in capitals (Word's All caps).
        """
        if not text:
            return
        font = _with_capitals(legacy_font(font_name), capitals)
        raw = font_bytes(text)
        if raw is None:  # real Unicode, even in a legacy font: keep it as it is
            self.add_unicode(_upper(text) if capitals else text)
        else:
            self._add_raw(raw, font)

    def add_bytes(self, raw: bytes, font_name: str | None, *, capitals: bool = False) -> None:
        """A run of 8-bit bytes, in the font named ``font_name`` (``capitals``: All caps)."""
        if raw:
            self._add_raw(raw, _with_capitals(legacy_font(font_name), capitals))

    def add_unicode(self, text: str) -> None:
        """Text that is Unicode whatever the font (a field result, a symbol, a break)."""
        if not text:
            return
        if self._segments and self._segments[-1].font is None:
            self._segments[-1].text += text
        else:
            self._segments.append(_Segment(None, text=text))

    def _add_raw(self, raw: bytes, font: LegacyFont) -> None:
        # Adjacent runs in one font are decoded together: a VNI letter is a base byte
        # and a modifier byte, and writers split runs anywhere.
        if self._segments and self._segments[-1].font == font:
            self._segments[-1].raw += raw
        else:
            self._segments.append(_Segment(font, raw=bytearray(raw)))

    def end_paragraph(self) -> str:
        """The paragraph's text in Unicode (NFC); starts the next paragraph."""
        segments, self._segments = self._segments, []
        parts: list[str] = []
        unknown: list[int] = []
        for segment in segments:
            if segment.font is None:
                parts.append(segment.text)
            elif segment.font.encoding is not None:
                self.encodings.add(segment.font.encoding)
                parts.append(decode_font_bytes(bytes(segment.raw), segment.font))
            elif segment.raw.isascii():
                ascii_text = segment.raw.decode("ascii")
                parts.append(ascii_text.upper() if segment.font.capitals else ascii_text)
            else:
                unknown.append(len(parts))
                parts.append("")
        if unknown:
            # 8-bit text in fonts that do not name their encoding: one guess for all of
            # the paragraph's such text, so that short runs are judged with their context.
            raws = [bytes(segments[i].raw) for i in _unknown_segments(segments)]
            detected = detect_legacy(b" ".join(raws))
            if detected.encoding != "cp1252":
                self.encodings.add(detected.encoding)
                self.guessed[detected.encoding] += 1
            capitals = [
                (segments[i].font or UNICODE_FONT).capitals for i in _unknown_segments(segments)
            ]
            for index, raw, upper in zip(unknown, raws, capitals, strict=True):
                decoded = decode_legacy(raw, detected.encoding)
                parts[index] = _upper(decoded) if upper else decoded
        return unicodedata.normalize("NFC", "".join(parts))

    @property
    def notes(self) -> list[str]:
        """What the import log should say about guesses (empty when none was made)."""
        if not self.guessed:
            return []
        counts = ", ".join(
            f"{_ENCODING_NAMES.get(name, name)}: {count}"
            for name, count in self.guessed.most_common()
        )
        return [reason("legacy.guessed", total=sum(self.guessed.values()), counts=counts)]


def _unknown_segments(segments: list[_Segment]) -> list[int]:
    return [
        index
        for index, segment in enumerate(segments)
        if segment.font is not None and segment.font.encoding is None and not segment.raw.isascii()
    ]
