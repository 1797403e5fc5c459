"""The piece table (Clx): where each stretch of the text is, and in which width.

Word writes text in pieces ([MS-DOC] 2.9.38 Clx): each covers a range of character
positions (CPs) and says where its bytes are in ``WordDocument`` and whether they are
8-bit ("compressed") or UTF-16. Fast-saved files append edits as new pieces out of
file order, and one file can mix both widths, so the text is only ever read through
the pieces. A piece may also carry formatting (a Prc grpprl, e.g. a font).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from db.readers.word_binary.binary import DocFormatError, plc, u16, u32
from db.readers.word_binary.properties import SprmList, SprmParser, parse_sprms
from db.readers.word_binary.sprms import sprms6

# Real files have at most a few thousand pieces; a million is a hostile file.
MAX_PIECES = 200_000
MAX_PRCS = 100_000
_COMPRESSED = 0x40000000


@dataclass(frozen=True)
class Piece:
    """One piece: CPs [cp_start, cp_end) stored at byte ``fc`` of ``WordDocument``."""

    cp_start: int
    cp_end: int
    fc: int
    compressed: bool
    sprms: SprmList = ()

    def fc_at(self, cp: int) -> int:
        """The file position of character ``cp`` (which must be in this piece)."""
        return self.fc + (cp - self.cp_start) * (1 if self.compressed else 2)


@dataclass(frozen=True)
class Segment:
    """The text of CPs [cp, cp + length) inside one piece: raw 8-bit or UTF-16LE bytes."""

    cp: int
    fc: int
    compressed: bool
    raw: bytes
    piece: Piece


class PieceTable:
    """The pieces in CP order, read from a Clx or made up for a file without one."""

    def __init__(self, pieces: list[Piece], document: bytes) -> None:
        self.pieces = pieces
        self.document = document
        self._starts = [piece.cp_start for piece in pieces]
        self.end = pieces[-1].cp_end if pieces else 0

    def piece_at(self, cp: int) -> Piece | None:
        """The piece holding character ``cp``, or None."""
        index = bisect.bisect_right(self._starts, cp) - 1
        if index < 0:
            return None
        piece = self.pieces[index]
        return piece if cp < piece.cp_end else None

    def segments(self, start: int, end: int) -> Iterator[Segment]:
        """The text of CPs [start, end), piece by piece."""
        index = max(0, bisect.bisect_right(self._starts, start) - 1)
        while index < len(self.pieces):
            piece = self.pieces[index]
            index += 1
            if piece.cp_start >= end:
                break
            lo, hi = max(start, piece.cp_start), min(end, piece.cp_end)
            if lo >= hi:
                continue
            width = 1 if piece.compressed else 2
            fc = piece.fc_at(lo)
            raw = self.document[fc : fc + (hi - lo) * width]
            if len(raw) != (hi - lo) * width:
                raise DocFormatError("a piece outside WordDocument", key="doc.damaged-text")
            yield Segment(lo, fc, piece.compressed, raw, piece)


def read_pieces(
    clx: bytes, document: bytes, *, word6: bool, parser: SprmParser
) -> PieceTable:
    """Parse a Clx (raises DocFormatError when it is broken)."""
    prcs: list[SprmList] = []
    offset = 0
    while offset < len(clx) and clx[offset] == 0x01:
        size = u16(clx, offset + 1)
        prcs.append(parse_sprms(clx[offset + 3 : offset + 3 + size], parser))
        offset += 3 + size
        if len(prcs) > MAX_PRCS:
            raise DocFormatError("too many Prc entries", key="doc.damaged-pieces")
    if offset >= len(clx) or clx[offset] != 0x02:
        raise DocFormatError("no Pcdt in the Clx", key="doc.damaged-pieces")
    size = u32(clx, offset + 1)
    body = clx[offset + 5 : offset + 5 + size]
    if len(body) != size:
        raise DocFormatError("PlcPcd cut short", key="doc.damaged-pieces")
    positions, descriptors = plc(body, element_size=8, what="piece table")
    if not descriptors:
        raise DocFormatError("no pieces", key="doc.damaged-pieces")
    if len(descriptors) > MAX_PIECES:
        raise DocFormatError("too many pieces", key="doc.damaged-pieces")
    pieces: list[Piece] = []
    for index, descriptor in enumerate(descriptors):
        start, end = positions[index], positions[index + 1]
        if start < 0 or start == end:
            continue
        fc_value = u32(descriptor, 2)
        prm = u16(descriptor, 6)
        if word6:
            fc, compressed = fc_value, True
        else:
            compressed = bool(fc_value & _COMPRESSED)
            fc = fc_value & 0x3FFFFFFF
            if compressed:
                fc //= 2
        pieces.append(Piece(start, end, fc, compressed, _prm_sprms(prm, prcs)))
    return PieceTable(pieces, document)


def single_piece(document: bytes, fc_min: int, length: int) -> PieceTable:
    """The table of a Word 6 file saved without pieces: all its text in one 8-bit run."""
    return PieceTable([Piece(0, length, fc_min, True)] if length else [], document)


def _prm_sprms(prm: int, prcs: list[SprmList]) -> SprmList:
    if prm & 1:
        index = prm >> 1
        return prcs[index] if index < len(prcs) else ()
    isprm, value = (prm >> 1) & 0x7F, prm >> 8
    if not isprm:
        return ()
    # Prm0's seven-bit isprm numbers are the Word 6 opcodes of one-byte properties.
    return tuple(sprms6(bytes((isprm, value))))
