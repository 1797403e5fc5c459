"""Reading RTF files, where many old Vietnamese documents live, font by font.

An RTF file is 7-bit: each 8-bit byte of text is written ``\\'hh`` and means whatever the
current font's encoding says. Old Vietnamese documents name that encoding only through
the font: ``.VnTime`` and the other ``.Vn*`` fonts hold TCVN3, ``VNI-*`` fonts hold
VNI-Windows, and both declare themselves as plain ANSI (``\\fcharset0``). The RTF
libraries on PyPI (striprtf, rtfparse) decode every byte with one document-wide code
page, which turns such text into mojibake, so this module has a small tokenizer of its
own. It does no more than track groups, the font table and the current font, skip the
destinations that are not text, and hand each run of bytes to
``db.text_decoding.decode_bytes`` with the encoding its font implies.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from db.readers.errors import FailureKind, ReadError
from db.readers.legacy_fonts import legacy_font_encoding
from db.text_decoding import ENCODINGS, UndecodableError, decode_bytes

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with optional parameter
    rb"|\\'([0-9a-fA-F]{2})"  # an 8-bit byte
    rb"|\\([^a-zA-Z'])"  # control symbol
    rb"|([{}])"
    rb"|[\r\n]+"  # line breaks in the file mean nothing
    rb"|([^\\{}\r\n]+)",  # plain text
    re.S,
)

# Groups that hold no text of the document.
_SKIPPED = frozenset(
    b"""
    colortbl stylesheet info pict object objdata header headerl headerr headerf footer
    footerl footerr footerf fldinst themedata colorschememapping latentstyles datastore
    xmlnstbl listtable listoverridetable rsidtbl generator pntext pntxta pntxtb listtext
    filetbl revtbl bkmkstart bkmkend shpinst nonshppict private userprops docvar
    """.split()
)
_SPECIAL = {
    b"par": "\n",
    b"line": "\n",
    b"sect": "\n\n",
    b"page": "\n\n",
    b"row": "\n",
    b"tab": "\t",
    b"cell": "\t",
    b"emdash": "\u2014",
    b"endash": "\u2013",
    b"emspace": "\u2003",
    b"enspace": "\u2002",
    b"bullet": "\u2022",
    b"lquote": "\u2018",
    b"rquote": "\u2019",
    b"ldblquote": "\u201c",
    b"rdblquote": "\u201d",
}
# \fcharset numbers (Windows character sets) and their code pages.
_CHARSETS = {
    0: None,  # ANSI: the document's \ansicpg
    2: "cp1252",  # Symbol: rarely text; keep it readable
    77: "mac_roman",
    128: "cp932",
    129: "cp949",
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
}
LEGACY_ENCODINGS = frozenset({"tcvn3", "vni", "cp1258"})


@dataclass(frozen=True)
class RtfText:
    """The text of an RTF file and the encoding most of its 8-bit text was in."""

    text: str
    encoding: str
    used_legacy: bool


@dataclass
class _Font:
    name: str = ""
    codepage: str | None = None


@dataclass
class _State:
    font: int | None
    skip: bool
    uc: int
    in_fonttbl: bool


def is_rtf(data: bytes) -> bool:
    """Whether the bytes start like an RTF file."""
    return data.lstrip()[:5] == b"{\\rtf"


def rtf_text(data: bytes, *, encoding: str | None = None) -> RtfText:
    """The plain text of an RTF file, paragraphs ending in newlines.

    Args:
        data: the file's bytes.
        encoding: decode every 8-bit run with this encoding instead of the one its font
            implies (re-decoding when the fonts were misleading).

    Raises:
        ReadError: the file is not RTF.
    """
    if not is_rtf(data):
        raise ReadError(FailureKind.DAMAGED, "the file does not start like an RTF file ({\\rtf)")
    return _Parser(data, encoding).run()


class _Parser:
    def __init__(self, data: bytes, override: str | None) -> None:
        self.data = data
        self.override = override
        self.fonts: dict[int, _Font] = {}
        self.default_font: int | None = None
        self.ansi = "cp1252"
        self.pieces: list[tuple[str | None, bytes | str]] = []
        self.byte_counts: Counter[str] = Counter()
        self._font_entry: int | None = None
        self._font_name = bytearray()

    def run(self) -> RtfText:
        state = _State(font=None, skip=False, uc=1, in_fonttbl=False)
        stack: list[_State] = []
        pending_skip = 0  # characters still to skip after a \u
        group_start = False  # the next token is the first of a group
        pos = 0
        data = self.data
        while pos < len(data):
            match = _TOKEN.match(data, pos)
            if match is None:  # a lone backslash at the end
                break
            pos = match.end()
            word, param, hex_byte, symbol, brace, text = match.groups()
            first_in_group, group_start = group_start, False
            if brace == b"{":
                stack.append(_State(state.font, state.skip, state.uc, state.in_fonttbl))
                group_start = True
                pending_skip = 0
                continue
            if brace == b"}":
                if state.in_fonttbl and self._font_entry is not None:
                    self._end_font_name()
                if stack:
                    state = stack.pop()
                pending_skip = 0
                continue
            if symbol is not None:
                if symbol == b"*" and first_in_group:
                    state.skip = True
                    group_start = True  # the destination's name follows
                elif not state.skip and not state.in_fonttbl:
                    if pending_skip:
                        pending_skip -= 1
                    elif symbol in (b"\\", b"{", b"}"):
                        self._add(state, symbol)
                    elif symbol == b"~":
                        self._add_text("\u00a0")
                    elif symbol == b"_":
                        self._add_text("\u2011")
                continue
            if word is not None:
                pending_skip = 0
                if word == b"bin" and param:
                    pos += max(0, int(param))  # binary data: never text
                    continue
                if state.in_fonttbl:
                    self._font_table_word(word, param)
                    continue
                if word == b"fonttbl":
                    state.in_fonttbl = True
                    continue
                if word in _SKIPPED:
                    state.skip = True
                    continue
                if word == b"ansicpg" and param:
                    self.ansi = f"cp{int(param)}"
                elif word == b"deff" and param:
                    self.default_font = int(param)
                elif word == b"f" and param is not None:
                    state.font = int(param)
                elif word == b"plain":
                    state.font = None
                elif word == b"uc" and param is not None:
                    state.uc = max(0, int(param))
                elif state.skip:
                    pass
                elif word == b"u" and param is not None:
                    code = int(param)
                    self._add_text(chr(code + 0x10000 if code < 0 else code))
                    pending_skip = state.uc
                elif word in _SPECIAL:
                    self._add_text(_SPECIAL[word])
                continue
            if hex_byte is not None:
                if state.in_fonttbl:
                    self._font_name.append(int(hex_byte, 16))
                elif pending_skip:
                    pending_skip -= 1
                elif not state.skip:
                    self._add(state, bytes([int(hex_byte, 16)]))
                continue
            if text is not None:
                if state.in_fonttbl:
                    self._font_text(text)
                    continue
                if pending_skip:
                    skipped = min(pending_skip, len(text))
                    text = text[skipped:]
                    pending_skip -= skipped
                if text and not state.skip:
                    self._add(state, text)
        return self._finish()

    # --- the font table ------------------------------------------------------------

    def _font_table_word(self, word: bytes, param: bytes | None) -> None:
        if word == b"f" and param is not None:
            if self._font_entry is not None:
                self._end_font_name()
            self._font_entry = int(param)
            self.fonts[self._font_entry] = _Font()
        elif self._font_entry is not None and word == b"fcharset" and param is not None:
            font = self.fonts[self._font_entry]
            font.codepage = font.codepage or _CHARSETS.get(int(param))
        elif self._font_entry is not None and word == b"cpg" and param is not None:
            self.fonts[self._font_entry].codepage = f"cp{int(param)}"

    def _font_text(self, text: bytes) -> None:
        if self._font_entry is None:
            return
        before, semicolon, _ = text.partition(b";")
        self._font_name += before
        if semicolon:
            self._end_font_name()

    def _end_font_name(self) -> None:
        if self._font_entry is not None and self._font_entry in self.fonts:
            font = self.fonts[self._font_entry]
            if not font.name:
                font.name = self._font_name.decode("latin-1").strip()
        self._font_name.clear()
        self._font_entry = None

    # --- collecting text -------------------------------------------------------------

    def _encoding_of(self, state: _State) -> str:
        if self.override is not None:
            return self.override
        number = state.font if state.font is not None else self.default_font
        font = self.fonts.get(number) if number is not None else None
        if font is None:
            return self.ansi
        return legacy_font_encoding(font.name) or font.codepage or self.ansi

    def _add(self, state: _State, raw: bytes) -> None:
        encoding = self._encoding_of(state)
        if self.pieces and self.pieces[-1][0] == encoding:
            previous = self.pieces[-1][1]
            assert isinstance(previous, bytes)
            self.pieces[-1] = (encoding, previous + raw)
        else:
            self.pieces.append((encoding, raw))

    def _add_text(self, text: str) -> None:
        self.pieces.append((None, text))

    def _finish(self) -> RtfText:
        parts = []
        for encoding, piece in self.pieces:
            if encoding is None:
                assert isinstance(piece, str)
                parts.append(piece)
                continue
            assert isinstance(piece, bytes)
            if not piece.isascii():
                self.byte_counts[encoding] += sum(1 for byte in piece if byte >= 0x80)
            parts.append(_decode(piece, encoding))
        used = {name for name in self.byte_counts if name in LEGACY_ENCODINGS}
        if self.byte_counts:
            encoding = self.byte_counts.most_common(1)[0][0]
        elif any(
            encoding is None and piece.strip()
            for encoding, piece in self.pieces
            if isinstance(piece, str)
        ):
            encoding = "unicode"
        else:
            encoding = "ascii"
        return RtfText(text="".join(parts), encoding=encoding, used_legacy=bool(used))


def _decode(raw: bytes, encoding: str) -> str:
    if encoding in ENCODINGS:
        try:
            return decode_bytes(raw, encoding).text
        except UndecodableError:
            pass  # a chosen encoding that does not fit: show what can be shown
    try:
        return raw.decode(encoding, errors="replace")
    except LookupError:  # a code page Python does not know
        return raw.decode("cp1252", errors="replace")
