"""A Word document's structures, parsed once: FIB, pieces, fonts, styles, formatting.

``WordDocument.load`` reads what every story needs and answers the two questions the
text reader asks for each run and paragraph: what are its properties, given the
direct formatting, the piece's formatting and the paragraph's style.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import db.readers.word_binary.fib as fib_module
from db.readers.word_binary.binary import DocFormatError
from db.readers.word_binary.fib import Fib
from db.readers.word_binary.fonts import Font, read_fonts, run_encoding
from db.readers.word_binary.formatting import Runs, read_char_runs, read_para_runs
from db.readers.word_binary.pieces import PieceTable, read_pieces, single_piece
from db.readers.word_binary.properties import (
    CharProps,
    ParaProps,
    SprmList,
    SprmParser,
    apply_char,
    apply_para,
)
from db.readers.word_binary.sprms import sprms6, sprms97
from db.readers.word_binary.styles import StyleSheet, read_styles

# Text longer than this (characters) is refused: the article limit is 20 MB of text.
MAX_CHARACTERS = 12_000_000


def table_part(fib: Fib, table: bytes, index: int) -> bytes:
    """The table-stream bytes that FIB pair ``index`` points at (empty when absent)."""
    fc, lcb = fib.pair(index)
    if not lcb:
        return b""
    if fc + lcb > len(table):
        raise DocFormatError("a table the FIB points at lies outside the table stream")
    return table[fc : fc + lcb]


@dataclass
class WordDocument:
    """The parsed structures of one document."""

    fib: Fib
    stream: bytes
    table: bytes
    data: bytes
    fonts: list[Font]
    styles: StyleSheet
    pieces: PieceTable
    char_runs: Runs
    para_runs: Runs
    parser: SprmParser
    _chars: dict[tuple[int, int, int], CharProps] = field(default_factory=dict)
    _paras: dict[tuple[int, int, int], ParaProps] = field(default_factory=dict)
    _direct: dict[tuple[int, int], CharProps] = field(default_factory=dict)
    _encodings: dict[int, str | None] = field(default_factory=dict)

    @classmethod
    def load(cls, fib: Fib, stream: bytes, table: bytes, data: bytes) -> WordDocument:
        """Parse the structures the FIB points at (raises DocFormatError)."""
        parser: SprmParser = sprms6 if fib.word6 else sprms97
        total = sum(fib.story_lengths)
        if total > MAX_CHARACTERS:
            raise DocFormatError("more than 12 million characters", key="doc.too-long")
        fonts = read_fonts(table_part(fib, table, fib_module.STTBF_FFN), word6=fib.word6)
        styles = read_styles(
            table_part(fib, table, fib_module.STSHF), word6=fib.word6, parser=parser
        )
        clx = table_part(fib, table, fib_module.CLX)
        if clx:
            pieces = read_pieces(clx, stream, word6=fib.word6, parser=parser)
        elif fib.word6:
            # Any story after the main text adds one closing paragraph mark.
            extra = 1 if total > fib.story_lengths[0] else 0
            pieces = single_piece(stream, fib.fc_min, total + extra)
        else:
            raise DocFormatError("no piece table", key="doc.damaged-pieces")
        char_runs = read_char_runs(
            table_part(fib, table, fib_module.PLCF_BTE_CHPX), stream, word6=fib.word6,
            parser=parser,
        )
        para_runs = read_para_runs(
            table_part(fib, table, fib_module.PLCF_BTE_PAPX), stream, data, word6=fib.word6,
            parser=parser,
        )
        return cls(fib, stream, table, data, fonts, styles, pieces, char_runs, para_runs, parser)

    def font_name(self, index: int | None) -> str | None:
        """The name of font ``index``, or None."""
        if index is None or not 0 <= index < len(self.fonts):
            return None
        return self.fonts[index].name

    def run_encoding(self, index: int | None) -> str | None:
        """What 8-bit text in font ``index`` is in (see ``fonts.run_encoding``)."""
        if index is None or not 0 <= index < len(self.fonts):
            return None
        encoding = self._encodings.get(index, "")
        if encoding == "":
            encoding = self._encodings[index] = run_encoding(
                self.fonts[index], word6=self.fib.word6
            )
        return encoding

    def direct_props(self, chpx: SprmList, prc: SprmList) -> CharProps:
        """A run's own formatting, before styles: what marks fields, notes, deletions."""
        key = (id(chpx), id(prc))
        props = self._direct.get(key)
        if props is None:
            props = self._direct[key] = apply_char(apply_char(CharProps(), chpx), prc)
        return props

    def char_props(self, chpx: SprmList, prc: SprmList, para_style: int) -> CharProps:
        """A run's properties: default font, paragraph style, character style, run, piece."""
        key = (id(chpx), id(prc), para_style)
        props = self._chars.get(key)
        if props is not None:
            return props
        base = self.styles.char_props(para_style)
        char_style = self.direct_props(chpx, prc).style
        if char_style is not None:
            base = self.styles.apply_char_style(base, char_style)
        props = apply_char(apply_char(base, chpx), prc)
        self._chars[key] = props
        return props

    def para_props(self, fc: int, prc: SprmList) -> ParaProps:
        """The properties of the paragraph whose mark is at file position ``fc``."""
        index = self.para_runs.find(fc)
        if index >= 0:
            style, sprm_list = self.para_runs.styles[index], self.para_runs.sprms[index]
        else:
            style, sprm_list = 0, ()
        key = (style, id(sprm_list), id(prc))
        props = self._paras.get(key)
        if props is None:
            props = apply_para(apply_para(self.styles.para_props(style), sprm_list), prc)
            self._paras[key] = props
        return props
