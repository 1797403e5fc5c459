"""A story's text, paragraph by paragraph: pieces, runs, special characters, fields.

The text of CPs [start, end) is read piece by piece and cut where the direct formatting
(CHPX runs, in file positions) changes. Control characters are taken out before any
decoding (TCVN3's VN1 capitals sit where Word keeps its marks): paragraph and cell
marks end paragraphs, field marks hide instructions, deleted runs are dropped, and
with ``fSpec`` set 0x01/0x08 are pictures and 0x02 note marks. A paragraph's runs are
decoded when its mark is reached, since its style (known only then) gives the fonts.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from db.readers.legacy_fonts import font_bytes, legacy_font
from db.readers.word_binary.decoding import RunDecoder
from db.readers.word_binary.document import WordDocument
from db.readers.word_binary.fields import FIELD_MARKS, FieldState
from db.readers.word_binary.fonts import SYMBOL
from db.readers.word_binary.notes import NoteMarks
from db.readers.word_binary.pictures import Pictures
from db.readers.word_binary.properties import CharProps, ParaProps, SprmList
from db.readers.word_binary.symbols import inserted_symbol, symbol_char
from db.text_decoding import decode_legacy, detect_legacy

PARAGRAPH_MARK = 0x0D
CELL_MARK = 0x07
PAGE_BREAK = 0x0C
STORY_END = 0

_CONTROL_BYTES = re.compile(rb"[\x00-\x1f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x1f]")
_NO_SPRMS: SprmList = ()
# What the other control characters show (the rest show nothing).
_SHOWN = {0x09: "\t", 0x0B: "\n", 0x0E: "\n", 0x1E: "-"}
_OPTIONAL_HYPHEN = 0x1F


@dataclass
class Paragraph:
    """One paragraph (or table cell) of a story.

    Attributes:
        text: its Unicode text; ``\\n`` for line breaks, ``\\t`` for tabs.
        props: its paragraph properties.
        mark: what ended it: ``PARAGRAPH_MARK``, ``CELL_MARK``, ``PAGE_BREAK`` or
            ``STORY_END``.
        images: names of the pictures in it, in order.
    """

    text: str
    props: ParaProps
    mark: int
    images: list[str] = field(default_factory=list)


class _Chunk(NamedTuple):
    """Stored text of one piece with one direct formatting."""

    cp: int
    fc: int
    raw: bytes
    compressed: bool
    chpx: SprmList
    prc: SprmList


class _Atom(NamedTuple):
    kind: str  # "text", "unicode", "hyphen", "picture", "floating", "note", "symbol"
    chpx: SprmList
    prc: SprmList
    payload: bytes | str = ""  # the stored characters of "text" and "unicode"
    position: int = 0  # the CP of a floating picture or note mark


class StoryReader:
    """Reads stories of one document into paragraphs, sharing decoder and pictures."""

    def __init__(
        self,
        document: WordDocument,
        decoder: RunDecoder,
        pictures: Pictures,
        notes: NoteMarks,
    ) -> None:
        self.document = document
        self.decoder = decoder
        self.pictures = pictures
        self.notes = notes
        self._pending: list[_Atom] = []
        self._out: list[Paragraph] = []
        self._fields = FieldState()
        self._story = "main"

    def read(self, start: int, end: int, story: str) -> Iterator[Paragraph]:
        """The paragraphs of CPs [start, end) of the story named ``story``."""
        self._story = story
        self._fields = FieldState()
        self._pending = []
        for chunk in self._chunks(start, end):
            self._chunk(chunk)
            if self._out:
                yield from self._out
                self._out = []
        if self._pending:
            self._end_paragraph(-1, _NO_SPRMS, STORY_END)
            yield from self._out
            self._out = []

    def _chunks(self, start: int, end: int) -> Iterator[_Chunk]:
        # Each piece's bytes cut at the CHPX run boundaries (in file positions).
        runs = self.document.char_runs
        starts, ends = runs.starts, runs.ends
        for segment in self.document.pieces.segments(start, end):
            width = 1 if segment.compressed else 2
            fc, fc_end = segment.fc, segment.fc + len(segment.raw)
            while fc < fc_end:
                index = bisect.bisect_right(starts, fc) - 1
                if index >= 0 and fc < ends[index]:
                    stop, chpx = min(ends[index], fc_end), runs.sprms[index]
                else:
                    following = starts[index + 1] if index + 1 < len(starts) else fc_end
                    stop, chpx = min(following, fc_end), _NO_SPRMS
                stop += (stop - segment.fc) % width  # runs of UTF-16 text end on a character
                stop = min(max(stop, fc + width), fc_end)
                offset = fc - segment.fc
                cp = segment.cp + offset // width
                raw = segment.raw[offset : stop - segment.fc]
                yield _Chunk(cp, fc, raw, segment.compressed, chpx, segment.piece.sprms)
                fc = stop

    def _chunk(self, chunk: _Chunk) -> None:
        cp, fc, raw, compressed, chpx, prc = chunk
        direct = self.document.direct_props(chpx, prc)
        text: bytes | str
        astral: list[int] = []
        if compressed:
            text, width = raw, 1
            marks = [match.start() for match in _CONTROL_BYTES.finditer(raw)]
        else:
            text, width = raw.decode("utf-16-le", "replace"), 2
            if len(text) != len(raw) // 2:
                # Characters beyond U+FFFF take two CPs: count them to keep positions.
                astral = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
            marks = [match.start() for match in _CONTROL_CHARS.finditer(text)]
        position = 0
        for index in marks:
            if index > position:
                self._text(text[position:index], direct, chpx, prc)
            units = index + bisect.bisect_left(astral, index)
            code = text[index] if isinstance(text, bytes) else ord(text[index])
            self._control(code, cp + units, fc + units * width, chunk, direct)
            position = index + 1
        if position < len(text):
            self._text(text[position:], direct, chpx, prc)

    def _text(self, text: bytes | str, direct: CharProps, chpx: SprmList, prc: SprmList) -> None:
        if direct.deleted or self._fields.in_instruction:
            return
        if direct.special and direct.symbol is not None:
            self._pending.extend(_Atom("symbol", chpx, prc) for _ in range(len(text)))
            return
        self._pending.append(_Atom("text", chpx, prc, payload=text))

    def _control(self, code: int, cp: int, fc: int, chunk: _Chunk, direct: CharProps) -> None:
        chpx, prc = chunk.chpx, chunk.prc
        if direct.special and code in FIELD_MARKS:
            self._fields.mark(code)
            return
        if code == CELL_MARK:
            # Cell marks keep the table's shape even inside instructions or deletions.
            self._end_paragraph(fc, prc, CELL_MARK)
            return
        if direct.deleted or self._fields.in_instruction:
            return  # a deleted paragraph mark joins its paragraph to the next
        if code in (PARAGRAPH_MARK, PAGE_BREAK):
            self._end_paragraph(fc, prc, code)
        elif code in _SHOWN:
            self._pending.append(_Atom("unicode", chpx, prc, payload=_SHOWN[code]))
        elif code == _OPTIONAL_HYPHEN:
            # LibreOffice saves byte 0xAD of a legacy font ("ư" in TCVN3) as Word's
            # optional hyphen: in a .Vn* font it is that byte again; in a font that names
            # no encoding, when the paragraph reads as TCVN3. Elsewhere it is a real
            # optional hyphen (Word keeps a typed 0xAD as it is), and shows nothing.
            self._pending.append(_Atom("hyphen", chpx, prc))
        elif direct.special:
            if code == 0x01 and not direct.data:
                self._pending.append(_Atom("picture", chpx, prc))
            elif code == 0x08:
                self._pending.append(_Atom("floating", chpx, prc, position=cp))
            elif code == 0x02:
                self._pending.append(_Atom("note", chpx, prc, position=cp))

    def _end_paragraph(self, fc: int, prc: SprmList, mark: int) -> None:
        document = self.document
        props = document.para_props(fc, prc)
        style = props.style
        images: list[str] = []
        decoder = self.decoder
        hyphen_is_u = self._hyphens_in_tcvn3(style)
        for atom in self._pending:
            chars = document.char_props(atom.chpx, atom.prc, style)
            if chars.vanish:
                continue
            kind = atom.kind
            if kind == "text":
                self._add_text(atom.payload, self._font(chars), chars.caps)
            elif kind == "unicode":
                decoder.add_unicode(str(atom.payload))
            elif kind == "hyphen":
                name = document.font_name(self._font(chars))
                encoding = legacy_font(name).encoding
                if encoding == "tcvn3" or (encoding is None and hyphen_is_u):
                    decoder.add(b"\xad", name, capitals=chars.caps)
            elif kind == "note":
                decoder.add_unicode(self.notes.mark(self._story, atom.position))
            elif kind == "symbol" and chars.symbol is not None:
                font_index, char = chars.symbol
                stored, symbol_font = inserted_symbol(char, document.font_name(font_index))
                if isinstance(stored, bytes):
                    decoder.add(stored, symbol_font, capitals=chars.caps)
                else:
                    decoder.add_unicode(stored)
            elif kind == "picture":
                images.extend(_found(self.pictures.inline(chars.pic_location)))
            elif kind == "floating" and self._story == "main":
                images.extend(_found(self.pictures.floating(atom.position)))
        self._pending = []
        self._out.append(Paragraph(decoder.end_paragraph(), props, mark, images))

    def _hyphens_in_tcvn3(self, style: int) -> bool:
        # An optional hyphen in a font that names no encoding is "ư" only when the rest
        # of the paragraph's text in such fonts reads as TCVN3; in a Russian or English
        # document it is a real optional hyphen.
        if not any(atom.kind == "hyphen" for atom in self._pending):
            return False
        document = self.document
        raws = []
        for atom in self._pending:
            if atom.kind != "text":
                continue
            font = self._font(document.char_props(atom.chpx, atom.prc, style))
            if document.run_encoding(font) is None and not legacy_font(
                document.font_name(font)
            ).encoding:
                stored = atom.payload
                raw = stored if isinstance(stored, bytes) else font_bytes(stored)
                if raw:
                    raws.append(raw)
        return detect_legacy(b" ".join(raws)).encoding == "tcvn3"

    def _font(self, chars: CharProps) -> int | None:
        # The ASCII font names the run; when only the font for the other characters
        # (sprmCRgFtc2) is a legacy one, the letters that carry the marks are in it.
        if chars.font_other is not None and chars.font_other != chars.font:
            document = self.document
            if legacy_font(document.font_name(chars.font_other)).encoding and not legacy_font(
                document.font_name(chars.font)
            ).encoding:
                return chars.font_other
        return chars.font

    def _add_text(self, stored: bytes | str, font: int | None, capitals: bool) -> None:
        document, decoder = self.document, self.decoder
        name = document.font_name(font)
        encoding = document.run_encoding(font)
        if encoding == SYMBOL:
            codes = stored if isinstance(stored, bytes) else [ord(char) for char in stored]
            decoder.add_unicode("".join(symbol_char(code, name) for code in codes))
        elif encoding is None or decoder.chosen:
            decoder.add(stored, name, capitals=capitals)
        else:
            text = stored if isinstance(stored, str) else decode_legacy(stored, encoding)
            # In a Windows font 0xAD is a soft hyphen: it shows nothing, and would split
            # the word for search.
            text = text.replace("\u00ad", "")
            decoder.add_unicode(unicodedata.normalize("NFC", text.upper()) if capitals else text)


def _found(name: str | None) -> list[str]:
    return [name] if name is not None else []
