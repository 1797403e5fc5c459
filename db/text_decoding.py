"""Turn the bytes of an imported text file into Unicode, whatever its encoding.

Old Vietnamese files come in UTF-8, UTF-16 and three 8-bit legacy encodings: Windows-1258,
TCVN3 (ABC, the ``.VnTime`` fonts) and VNI-Windows. The last two have no Python codec and
the usual detectors name them wrongly, so this module carries its own tables and picks a
legacy encoding by how much of the decoded text reads as Vietnamese syllables.

Everything returned is NFC with the BOM removed; line endings are left for the caller.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass

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
    """

    def __init__(self, message: str, tried: tuple[str, ...]) -> None:
        super().__init__(message)
        self.tried = tried


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from a file: NFC, without BOM, line endings as in the file."""

    text: str
    encoding: str


# --------------------------------------------------------------------------- TCVN3
# Bytes 0x80-0xFF of glibc iconv's TCVN5712-1 (TCVN 5712:1993 VN1, a superset of the
# VN3/ABC fonts' layout). 0xB0-0xB4 are combining tone marks that follow a base letter;
# NFC after decoding composes them the way iconv does. 0xAD is "ư", not a soft hyphen.
_TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 0x80
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 0x90
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # 0xA0
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # 0xB0
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # 0xC0
    "éẹềểễếệìỉỄẾỒĩíịò"  # 0xD0
    "Ổỏõóọồổỗốộờởỡớợù"  # 0xE0
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # 0xF0
)
# The capitals VN1 puts among the C0 controls. We follow iconv here: none of these
# bytes is a control that text files use (tab, LF, CR, form feed keep their meaning),
# so agreeing with the reference table costs nothing.
_TCVN3_LOW = {
    0x01: "Ú",
    0x02: "Ụ",
    0x04: "Ừ",
    0x05: "Ử",
    0x06: "Ữ",
    0x11: "Ứ",
    0x12: "Ự",
    0x13: "Ỳ",
    0x14: "Ỷ",
    0x15: "Ỹ",
    0x16: "Ý",
    0x17: "Ỵ",
}
_TCVN3_DECODING = "".join(_TCVN3_LOW.get(b, chr(b)) for b in range(0x80)) + _TCVN3_HIGH
_TCVN3_ENCODING = {ch: bytes([b]) for b, ch in enumerate(_TCVN3_DECODING)}

_TONE_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")  # grave acute tilde hook dot
_TONE_SET = frozenset(_TONE_MARKS)


def _decode_tcvn3(data: bytes) -> str:
    # Every byte has a meaning, so this never fails.
    return codecs.charmap_decode(data, "strict", _TCVN3_DECODING)[0]


def encode_tcvn3(text: str) -> bytes:
    """Encode ``text`` as TCVN3 (the inverse of decoding with ``"tcvn3"``).

    Args:
        text: any Unicode text; it is normalised to NFC first.

    Returns:
        The TCVN3 bytes. A letter with no precomposed byte is written as base letter
        plus a combining tone byte when the table has both.

    Raises:
        UnicodeEncodeError: a character has no TCVN3 form.
    """
    nfc = unicodedata.normalize("NFC", text)
    out = bytearray()
    for pos, ch in enumerate(nfc):
        code = _TCVN3_ENCODING.get(ch)
        if code is None:
            code = _tcvn3_decomposed(ch)
        if code is None:
            raise UnicodeEncodeError("tcvn3", nfc, pos, pos + 1, "no TCVN3 byte")
        out += code
    return bytes(out)


def _tcvn3_decomposed(ch: str) -> bytes | None:
    parts = unicodedata.normalize("NFD", ch)
    tones = [c for c in parts if c in _TONE_SET]
    if len(tones) != 1:
        return None
    base = unicodedata.normalize("NFC", parts.replace(tones[0], ""))
    base_code = _TCVN3_ENCODING.get(base)
    tone_code = _TCVN3_ENCODING.get(tones[0])
    if base_code is None or tone_code is None:
        return None
    return base_code + tone_code


# ----------------------------------------------------------------------------- VNI
# VNI-Windows writes most letters as an ASCII vowel followed by a modifier byte that the
# font draws as a mark over the previous glyph. ơ ư đ, the toned i and ỵ have a byte of
# their own. A capital takes the modifier 0x20 below the small one.
_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # none acute grave hook tilde dot
_VNI_TONE_MODS = (None, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF)
_VNI_CIRCUMFLEX_MODS = (0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4)
_VNI_BREVE_MODS = (0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB)
_VNI_I_BYTES = (None, 0xED, 0xEC, 0xE6, 0xF3, 0xF2)
_VNI_OWN_BYTES = {"ơ": 0xF4, "ư": 0xF6, "đ": 0xF1, "ỵ": 0xEE}


def _build_vni() -> tuple[dict[str, bytes], str, dict[str, str]]:
    encode: dict[str, bytes] = {}
    singles: dict[int, str] = {}
    for small, byte in _VNI_OWN_BYTES.items():
        singles[byte] = small
    for tone, i_byte in zip(_TONES, _VNI_I_BYTES, strict=True):
        if i_byte is not None:
            singles[i_byte] = unicodedata.normalize("NFC", "i" + tone)

    def add(letter: str, code: bytes) -> None:
        encode.setdefault(letter, code)

    for tone, tone_mod in zip(_TONES, _VNI_TONE_MODS, strict=True):
        for base in "aeouyơư":
            if base == "y" and tone == "\u0323":
                continue  # ỵ has its own byte
            letter = unicodedata.normalize("NFC", base + tone)
            base_code = bytes([_VNI_OWN_BYTES[base]]) if base in _VNI_OWN_BYTES else base.encode()
            add(letter, base_code if tone_mod is None else base_code + bytes([tone_mod]))
    for tone, mod in zip(_TONES, _VNI_CIRCUMFLEX_MODS, strict=True):
        for base in "aeo":
            add(unicodedata.normalize("NFC", base + "\u0302" + tone), base.encode() + bytes([mod]))
    for tone, mod in zip(_TONES, _VNI_BREVE_MODS, strict=True):
        add(unicodedata.normalize("NFC", "a\u0306" + tone), b"a" + bytes([mod]))
    for byte, letter in singles.items():
        add(letter, bytes([byte]))

    # Capitals: the same bases in upper case, every high byte 0x20 lower.
    for letter, code in list(encode.items()):
        upper = letter.upper()
        if upper != letter and len(upper) == 1:
            encode[upper] = bytes(b - 0x20 if b >= 0xC0 else ord(chr(b).upper()) for b in code)

    # Decoding table for single bytes: VNI's own letters, cp1252 punctuation in
    # 0x80-0x9F (the fonts keep Windows' layout there), Latin-1 for the rest so that a
    # modifier byte with nothing to attach to survives as a visible character.
    table = []
    for b in range(256):
        if b < 0x80:
            table.append(chr(b))
        elif b < 0xA0:
            try:
                table.append(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                table.append(chr(b))
        else:
            table.append(chr(b))
    for letter, code in encode.items():
        if len(code) == 1 and code[0] >= 0x80:
            table[code[0]] = letter
    decoding = "".join(table)

    pairs: dict[str, str] = {}
    for letter, code in encode.items():
        if len(code) == 2:
            pairs[decoding[code[0]] + decoding[code[1]]] = letter
    # Text typed with a mismatched case of modifier, or with a tone modifier after i/y
    # instead of the dedicated byte, still shows the right letter in a VNI font.
    for text_pair, letter in list(pairs.items()):
        base_char, mod_char = text_pair[0], text_pair[1]
        shift = 0x20 if base_char.isupper() else -0x20
        pairs.setdefault(base_char + chr(ord(mod_char) + shift), letter)
    for tone, tone_mod in zip(_TONES[1:], _VNI_TONE_MODS[1:], strict=True):
        assert tone_mod is not None
        for base_char in "iIyY":
            letter = unicodedata.normalize("NFC", base_char + tone)
            for mod_byte in (tone_mod, tone_mod - 0x20):
                pairs.setdefault(base_char + chr(mod_byte), letter)
    return encode, decoding, pairs


_VNI_ENCODING, _VNI_DECODING, _VNI_PAIRS = _build_vni()
_VNI_PAIR_RE = re.compile(
    "[" + re.escape("".join(sorted({p[0] for p in _VNI_PAIRS}))) + "]"
    "[" + re.escape("".join(sorted({p[1] for p in _VNI_PAIRS}))) + "]"
)
_VNI_MOD_BYTES = frozenset(ord(p[1]) for p in _VNI_PAIRS)


def _vni_pair(match: re.Match[str]) -> str:
    pair = match.group()
    return _VNI_PAIRS.get(pair, pair)


def _decode_vni(data: bytes) -> str:
    # Single bytes first (C speed), then fold base+modifier pairs; a modifier byte is
    # never a base, so the two passes cannot interfere.
    text = codecs.charmap_decode(data, "strict", _VNI_DECODING)[0]
    return _VNI_PAIR_RE.sub(_vni_pair, text)


def encode_vni(text: str) -> bytes:
    """Encode ``text`` as VNI-Windows (the inverse of decoding with ``"vni"``).

    Args:
        text: any Unicode text; it is normalised to NFC first.

    Returns:
        The VNI bytes, capitals with the capital modifiers.

    Raises:
        UnicodeEncodeError: a character has no VNI form (a non-Vietnamese letter whose
            Latin-1 byte VNI uses as a modifier, for instance).
    """
    nfc = unicodedata.normalize("NFC", text)
    out = bytearray()
    for pos, ch in enumerate(nfc):
        code = _VNI_ENCODING.get(ch)
        if code is None:
            code = _vni_other(ch)
        if code is None:
            raise UnicodeEncodeError("vni", nfc, pos, pos + 1, "no VNI byte")
        out += code
    return bytes(out)


def _vni_other(ch: str) -> bytes | None:
    if ch < "\x80":
        return ch.encode()
    try:
        code = ch.encode("cp1252")
    except UnicodeEncodeError:
        return None
    # A byte that VNI reads as a letter or a modifier would not come back as ``ch``.
    if code[0] in _VNI_MOD_BYTES or _VNI_DECODING[code[0]] != ch:
        return None
    return code


# ------------------------------------------------------------------ syllable check
_VOWELS = "aăâeêioôơuưy"
_INITIALS = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split()
_FINALS = "ch ng nh c m n p t".split()
# Nuclei that end in a glide (i y o u) or are ia/ua/ưa close the syllable themselves.
_OPEN_NUCLEI = (
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ua ưa ưu uơ "
    "iêu yêu uôi ươi ươu oai oay oao oeo uây uya uyu"
).split()
_FREE_NUCLEI = "a e ê i o ô ơ u ư y oa oe uê uy".split()
_CLOSED_NUCLEI = "ă â iê yê uô ươ oă uâ uyê oo ôô".split()


def _alternation(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


_SYLLABLE_RE = re.compile(
    f"(?:{_alternation(_INITIALS)})?"
    f"(?:{_alternation(_OPEN_NUCLEI)}"
    f"|(?:{_alternation(_FREE_NUCLEI)})(?:{_alternation(_FINALS)})?"
    f"|(?:{_alternation(_CLOSED_NUCLEI)})(?:{_alternation(_FINALS)}))"
)


def _build_letters() -> dict[str, tuple[str, bool]]:
    letters: dict[str, tuple[str, bool]] = {c: (c, False) for c in "abcdefghijklmnopqrstuvwxyzđ"}
    letters["ð"] = ("đ", False)  # Icelandic eth, sometimes typed for đ
    for base in _VOWELS:
        for tone in _TONE_MARKS:
            letters[unicodedata.normalize("NFC", base + tone)] = (base, True)
        letters[base] = (base, False)
    return letters


_LETTERS = _build_letters()
_WORD_RE = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    bases = []
    tones = 0
    for ch in word.lower():
        entry = _LETTERS.get(ch)
        if entry is None:
            return False
        bases.append(entry[0])
        tones += entry[1]
    return tones <= 1 and _SYLLABLE_RE.fullmatch("".join(bases)) is not None


def vietnamese_syllable_share(text: str) -> float:
    """Return the share of words in ``text`` that are well-formed Vietnamese syllables.

    A word is a run of letters (digits and punctuation separate words and are not
    counted). A syllable is an optional initial consonant, a Vietnamese vowel nucleus,
    an optional final consonant and at most one tone mark, in any case.

    Args:
        text: Unicode text, ideally NFC (combining marks split words otherwise).

    Returns:
        A number from 0.0 to 1.0; 0.0 when the text has no words.
    """
    return _shares(text)[0]


def _shares(text: str) -> tuple[float, float, int]:
    """Syllable share of all words, the same over non-ASCII words, and their count."""
    words = _WORD_RE.findall(text)
    if not words:
        return 0.0, 0.0, 0
    good = good_non_ascii = non_ascii = 0
    for word in words:
        ok = _is_syllable(word)
        good += ok
        if not word.isascii():
            non_ascii += 1
            good_non_ascii += ok
    return good / len(words), good_non_ascii / non_ascii if non_ascii else 0.0, non_ascii


# ------------------------------------------------------------------------ decoding
def _finish(text: str, encoding: str) -> DecodedText:
    if text.startswith("\ufeff"):
        text = text[1:]
    return DecodedText(unicodedata.normalize("NFC", text), encoding)


def _decode_as(data: bytes, encoding: str) -> str:
    if encoding == "tcvn3":
        return _decode_tcvn3(data)
    if encoding == "vni":
        return _decode_vni(data)
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

    scored: list[tuple[float, str, str, float, int]] = []
    for name in _LEGACY:
        tried.append(name)
        try:
            text = unicodedata.normalize("NFC", _decode_as(data, name))
        except UnicodeDecodeError:
            continue
        share, non_ascii_share, non_ascii = _shares(text)
        scored.append((share, name, text, non_ascii_share, non_ascii))
    # max() keeps the first of equal scores, so ties go to the earlier candidate.
    best_share, best_name, best_text, non_ascii_share, non_ascii = max(scored, key=lambda s: s[0])
    runner_up = max((s[0] for s in scored if s[1] != best_name), default=0.0)
    plausible = (
        best_share >= _PLAUSIBLE_SHARE
        or best_share - runner_up >= _PLAUSIBLE_LEAD
        or (non_ascii >= _MIN_NON_ASCII_WORDS and non_ascii_share >= _PLAUSIBLE_NON_ASCII_SHARE)
    )
    if not plausible:
        fallback = next((s for s in scored if s[1] == "cp1258"), None)
        if fallback is None:
            raise UndecodableError(
                f"Could not tell the file's encoding (tried {', '.join(tried)}): it is not "
                "Unicode and reads as Vietnamese in no legacy encoding. Choose the encoding "
                "by hand.",
                tuple(tried),
            )
        best_name, best_text = fallback[1], fallback[2]
    return _finish(best_text, best_name)


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
_TCVN3_FONT_DECODING = (
    _TCVN3_DECODING[:0x80]
    + "".join(
        bytes([b]).decode("cp1252", errors="ignore") or _TCVN3_DECODING[b]
        for b in range(0x80, 0xA0)
    )
    + _TCVN3_DECODING[0xA0:]
)


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


_LATIN1_FALLBACK = "archive-viewer-latin1-fallback"
codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)


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
        share, non_ascii_share, _ = _shares(text)
        scored.append((share, non_ascii_share, name, text))
    best = max(scored, key=lambda s: (s[0], s[1]))
    western = scored[0]
    if best[2] != "cp1252" and (best[0], best[1]) <= (western[0], western[1]):
        best = western
    return DecodedText(best[3], best[2])
