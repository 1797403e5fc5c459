"""The two Vietnamese legacy 8-bit encodings Python has no codec for: TCVN3 and VNI.

TCVN3 (ABC, the ``.VnTime`` fonts) is a one-byte table; VNI-Windows writes most letters
as a base letter and a modifier byte. ``decode_tcvn3``/``decode_vni`` never fail (every
byte means something); ``encode_tcvn3``/``encode_vni`` are their inverses, for fixtures
and tests. ``db.text_decoding`` chooses between them and the Unicode encodings.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

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

TONE_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")  # grave acute tilde hook dot
_TONE_SET = frozenset(TONE_MARKS)


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 bytes as text (not normalised)."""
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


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes as text (not normalised)."""
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
