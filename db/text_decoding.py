"""Turn the bytes of an imported text file into Unicode, whatever its encoding.

Old Vietnamese files come in UTF-8, UTF-16 and three 8-bit legacy encodings: Windows-1258,
TCVN3 (ABC, the ``.VnTime`` fonts) and VNI-Windows. The last two have no Python codec and
the usual detectors name them wrongly, so this module carries its own tables and picks a
legacy encoding by how much of the decoded text reads as Vietnamese syllables. The
tables are in ``db.legacy_encodings``, the syllable check in ``db.syllables``.

Everything returned is NFC with the BOM removed; line endings are left for the caller.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from db.legacy_encodings import decode_tcvn3, decode_vni, encode_tcvn3, encode_vni
from db.syllables import shares, vietnamese_syllable_share

__all__ = [
    "ENCODINGS",
    "FONT_ENCODINGS",
    "DecodedText",
    "UndecodableError",
    "decode_bytes",
    "decode_legacy",
    "detect_font_legacy",
    "detect_legacy",
    "encode_tcvn3",
    "encode_vni",
    "vietnamese_syllable_share",
]

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1258", "tcvn3", "vni")

# Detection tries the legacy encodings in this order; on a tie the earlier one wins,
# because cp1258 agrees with cp1252 on most bytes and so is the least surprising guess
# for text that is not Vietnamese at all.
_LEGACY = ("cp1258", "tcvn3", "vni")

# Right decodings of real Vietnamese score above 0.9 and wrong ones around 0.35, so
# either a share past this or a clear lead over the runner-up means "this is it".
_PLAUSIBLE_SHARE = 0.5
_PLAUSIBLE_LEAD = 0.15
# Mostly-English text with some Vietnamese passes neither test above, yet its
# non-ASCII words are nearly all syllables when decoded right; accented words of other
# languages (café, très, naïve) almost never are.
_PLAUSIBLE_NON_ASCII_SHARE = 0.8
_MIN_NON_ASCII_WORDS = 2

# Enough of a file to tell UTF-16 from other text without reading all of it.
_UTF16_SNIFF_BYTES = 4096
# Enough of a file to tell its legacy encoding.
_DETECT_SAMPLE_BYTES = 1 << 20

_ALIASES = {
    "utf8": "utf-8",
    "utf-8-bom": "utf-8-sig",
    "utf8-sig": "utf-8-sig",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
    "windows-1258": "cp1258",
    "tcvn": "tcvn3",
    "tcvn5712-1": "tcvn3",
    "abc": "tcvn3",
    "vni-windows": "vni",
}


class UndecodableError(ValueError):
    """The bytes cannot be read in the requested encoding, or in any known one.

    Attributes:
        tried: the encodings that were attempted, in order.
        position: for a requested encoding, the offset of the first bad byte.
    """

    def __init__(self, message: str, tried: tuple[str, ...], position: int | None = None) -> None:
        super().__init__(message)
        self.tried = tried
        self.position = position


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from a file: NFC, without BOM, line endings as in the file."""

    text: str
    encoding: str


# ------------------------------------------------------------------------ decoding
def _finish(text: str, encoding: str) -> DecodedText:
    if text.startswith("\ufeff"):
        text = text[1:]
    return DecodedText(unicodedata.normalize("NFC", text), encoding)


def _decode_as(data: bytes, encoding: str) -> str:
    if encoding == "tcvn3":
        return decode_tcvn3(data)
    if encoding == "vni":
        return decode_vni(data)
    return data.decode(encoding)


def _sniff_utf16(data: bytes) -> str | None:
    """Name the UTF-16 byte order of BOM-less ``data``, or None if it does not look so."""
    sample = data[:_UTF16_SNIFF_BYTES]
    pairs = len(sample) // 2
    if len(data) % 2 or pairs < 2:
        return None
    even_nuls = sample[0 : pairs * 2 : 2].count(0)
    odd_nuls = sample[1 : pairs * 2 : 2].count(0)
    # Vietnamese UTF-16 still has a NUL in most code units (ASCII letters, spaces,
    # punctuation); legacy or UTF-8 text has none, and binary has them on both sides.
    if odd_nuls >= pairs * 0.2 and even_nuls <= pairs * 0.02:
        return "utf-16-le"
    if even_nuls >= pairs * 0.2 and odd_nuls <= pairs * 0.02:
        return "utf-16-be"
    return None


def _canonical_name(encoding: str) -> str:
    name = encoding.strip().lower().replace("_", "-")
    name = _ALIASES.get(name, name)
    if name not in ENCODINGS:
        raise ValueError(f"Unknown encoding {encoding!r}: choose one of {', '.join(ENCODINGS)}.")
    return name


def decode_bytes(data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode the bytes of a text file, detecting the encoding unless one is given.

    Detection order: a BOM; BOM-less UTF-16 by its NUL pattern; strict UTF-8; then
    cp1258, TCVN3 and VNI, keeping the one whose text has the most well-formed
    Vietnamese syllables. If none looks like Vietnamese the result is cp1258.

    Args:
        data: the file's bytes (binary files are the caller's to reject).
        encoding: one of ``ENCODINGS`` to decode with that encoding only.

    Returns:
        The NFC text without BOM, and the encoding used.

    Raises:
        UndecodableError: the bytes are invalid in the given encoding, or in every
            encoding detection could settle on.
        ValueError: ``encoding`` is not one of ``ENCODINGS``.
    """
    data = bytes(data)
    if encoding is not None:
        name = _canonical_name(encoding)
        try:
            return _finish(_decode_as(data, name), name)
        except UnicodeDecodeError as exc:
            raise UndecodableError(
                f"The file is not valid {name}: {exc.reason} at byte {exc.start}. "
                "Choose another encoding.",
                (name,),
                exc.start,
            ) from exc

    tried: list[str] = []
    bom_name = None
    if data.startswith(codecs.BOM_UTF8):
        bom_name = "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE):
        bom_name = "utf-16-le"
    elif data.startswith(codecs.BOM_UTF16_BE):
        bom_name = "utf-16-be"
    else:
        bom_name = _sniff_utf16(data)
    if bom_name is not None:
        tried.append(bom_name)
        try:
            return _finish(data.decode(bom_name), bom_name)
        except UnicodeDecodeError:
            pass  # a stray BOM-like start; let the other encodings have a go

    tried.append("utf-8")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass

    tried.extend(_LEGACY)
    best_name = _best_legacy(data)
    if best_name == "cp1258":
        try:
            return _finish(data.decode("cp1258"), "cp1258")
        except UnicodeDecodeError:
            # Past the sample, a byte cp1258 lacks: only TCVN3 or VNI can be it.
            best_name = _best_legacy(data, ("tcvn3", "vni"))
    if best_name is None:
        raise UndecodableError(
            f"Could not tell the file's encoding (tried {', '.join(tried)}): it is not "
            "Unicode and reads as Vietnamese in no legacy encoding. Choose the encoding "
            "by hand.",
            tuple(tried),
        )
    return _finish(_decode_as(data, best_name), best_name)


def _best_legacy(data: bytes, candidates: tuple[str, ...] = _LEGACY) -> str | None:
    """The legacy encoding ``data`` reads best in, judged on its first part.

    cp1258 when none reads as Vietnamese; None when not even cp1258 decodes it.
    """
    # The first megabyte tells as well as the whole file, and keeps the three trial
    # decodings of a large file from tripling its memory.
    sample = data[:_DETECT_SAMPLE_BYTES]
    scored: list[tuple[float, str, float, int]] = []
    for name in candidates:
        try:
            text = unicodedata.normalize("NFC", _decode_as(sample, name))
        except UnicodeDecodeError:
            continue
        share, non_ascii_share, non_ascii = shares(text)
        scored.append((share, name, non_ascii_share, non_ascii))
    if not scored:
        return None
    # max() keeps the first of equal scores, so ties go to the earlier candidate.
    best_share, best_name, non_ascii_share, non_ascii = max(scored, key=lambda s: s[0])
    runner_up = max((s[0] for s in scored if s[1] != best_name), default=0.0)
    plausible = (
        best_share >= _PLAUSIBLE_SHARE
        or best_share - runner_up >= _PLAUSIBLE_LEAD
        or (non_ascii >= _MIN_NON_ASCII_WORDS and non_ascii_share >= _PLAUSIBLE_NON_ASCII_SHARE)
    )
    if plausible:
        return best_name
    if "cp1258" not in candidates:
        return None
    return "cp1258" if any(s[1] == "cp1258" for s in scored) else None


# ------------------------------------------------------------ text in named fonts
# The 8-bit encodings a run in a font that does not name its encoding may be in: the
# font's own code page (Windows-1252 for Western fonts) or one of the two legacy sets.
FONT_ENCODINGS = ("cp1252", "tcvn3", "vni")


def decode_legacy(data: bytes, encoding: str) -> str:
    """Decode 8-bit font bytes (NFC); never fails.

    ``encoding`` is one of ``FONT_ENCODINGS`` or ``cp1258``. The few bytes Windows-1252
    and -1258 leave undefined come out as their Latin-1 characters, as Word shows them.
    """
    data = bytes(data)
    if encoding == "tcvn3":
        text = codecs.charmap_decode(data, "strict", _TCVN3_FONT_DECODING)[0]
    elif encoding == "vni":
        text = _decode_as(data, encoding)
    else:
        text = data.decode(encoding, errors=_LATIN1_FALLBACK)
    return unicodedata.normalize("NFC", text)


# The .Vn* (ABC) fonts keep Windows punctuation at 0x80-0x9F (Word's curly quotes,
# dashes, ellipsis): VN1's capitals there are not in them. Bytes Windows-1252 leaves
# undefined keep their VN1 letter.
_TCVN3_FONT_DECODING = "".join(
    (bytes([byte]).decode("cp1252", errors="ignore") or char) if 0x80 <= byte < 0xA0 else char
    for byte, char in enumerate(decode_tcvn3(bytes(range(256))))
)


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


_LATIN1_FALLBACK = "archive-viewer-latin1-fallback"
codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


def detect_font_legacy(data: bytes) -> DecodedText | None:
    """``data`` decoded as TCVN3 or VNI when it surely reads as Vietnamese in one, else None.

    For text labelled Western (a web page's ``iso-8859-1``) that old Vietnamese pages
    showed through a ``.VnTime`` or ``VNI-Times`` font.
    """
    if data.isascii():
        return None
    sample = data[:_DETECT_SAMPLE_BYTES]
    western = shares(decode_legacy(sample, "cp1252"))[0]
    best = _best_legacy(data, ("tcvn3", "vni"))
    if best is None:
        return None
    if shares(unicodedata.normalize("NFC", _decode_as(sample, best)))[0] <= western:
        return None
    return _finish(_decode_as(data, best), best)


def detect_legacy(data: bytes) -> DecodedText:
    """Which of ``FONT_ENCODINGS`` 8-bit text in an unnamed font is in, by its syllables.

    The candidate whose decoding has the largest share of well-formed Vietnamese
    syllables wins; Windows-1252 wins ties and text that reads as Vietnamese in none
    (French, English, symbols), since then the bytes mean what the font's code page says.
    """
    if data.isascii():
        return DecodedText(data.decode("ascii"), "cp1252")
    scored = []
    for name in FONT_ENCODINGS:
        text = decode_legacy(data, name)
        share, non_ascii_share, _ = shares(text)
        scored.append((share, non_ascii_share, name, text))
    best = max(scored, key=lambda s: (s[0], s[1]))
    western = scored[0]
    if best[2] != "cp1252" and (best[0], best[1]) <= (western[0], western[1]):
        best = western
    return DecodedText(best[3], best[2])
