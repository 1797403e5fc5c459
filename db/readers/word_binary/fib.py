"""The File Information Block: which Word wrote the file, where its tables and stories are.

Word 97 to 2003 ([MS-DOC] 2.5) start the ``WordDocument`` stream with FibBase, then
counted arrays of 16-bit and 32-bit values (the story lengths) and of (fc, lcb) pairs
pointing into the table stream. Word 6 and Word 95 (nFib 101-105) have one fixed
layout instead, with every table in the ``WordDocument`` stream itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.readers.word_binary.binary import DocFormatError, u16, u32

WORD97_IDENT = 0xA5EC
WORD6_IDENT = 0xA5DC

_F_COMPLEX = 0x0004
_F_ENCRYPTED = 0x0100
_F_WHICH_TABLE = 0x0200
_F_OBFUSCATED = 0x8000

# Indexes of the (fc, lcb) pairs used here, the same in both layouts.
STSHF = 1
PLCF_FND_REF = 2
PLCF_FND_TXT = 3
PLCF_HDD = 11
PLCF_BTE_CHPX = 12
PLCF_BTE_PAPX = 13
STTBF_FFN = 15
CLX = 33
PLCF_SPA_MOM = 40
PLCF_END_REF = 46
PLCF_END_TXT = 47
DGG_INFO = 50
PLF_LST = 73
PLF_LFO = 74

# The stories in CP order ([MS-DOC] 2.3.1); each follows the one before.
STORIES = ("main", "footnotes", "headers", "macros", "comments", "endnotes", "textboxes",
           "header_textboxes")

_WORD6_CCP_OFFSET = 0x34
_WORD6_FCLCB_OFFSET = 0x58
# Word 6 has 38 pairs (up to SttbfAtnbkmk); page counts of the bin tables follow.
_WORD6_FCLCB_COUNT = 38


@dataclass(frozen=True)
class Fib:
    """What the FIB says.

    Attributes:
        nfib: the format version number (101-105 for Word 6/95, 193 and up for 97-2003).
        word6: the Word 6/95 layout (8-bit text, one stream, one-byte sprms).
        encrypted: the document is encrypted or obfuscated (needs a password).
        complex: the text is described by a piece table (always so from Word 97).
        table_stream: ``1Table`` or ``0Table`` (Word 97 and later).
        fc_min: where the text starts in ``WordDocument`` (Word 6/95 without pieces).
        story_lengths: the CP length of each story, in ``STORIES`` order.
    """

    nfib: int
    word6: bool
    encrypted: bool
    complex: bool
    table_stream: str
    fc_min: int
    story_lengths: tuple[int, ...]
    fc_lcb: tuple[tuple[int, int], ...]

    def pair(self, index: int) -> tuple[int, int]:
        """The (fc, lcb) pair number ``index``, or (0, 0) when the FIB has no such pair."""
        if index < len(self.fc_lcb):
            return self.fc_lcb[index]
        return (0, 0)


def word_version(nfib: int) -> str:
    """The product a format version number belongs to, for messages."""
    if nfib < 101:
        return "Word 2 or older"
    if nfib <= 103:
        return "Word 6"
    if nfib <= 105:
        return "Word 95"
    return "Word 97-2003"


def read_fib(stream: bytes) -> Fib:
    """Parse the FIB at the start of the ``WordDocument`` stream (raises DocFormatError)."""
    if len(stream) < 0x60:
        raise DocFormatError("WordDocument shorter than a FIB", key="doc.damaged-header")
    ident = u16(stream, 0)
    nfib = u16(stream, 2)
    flags = u16(stream, 0x0A)
    if ident not in (WORD97_IDENT, WORD6_IDENT) and not 101 <= nfib <= 0x0200:
        raise DocFormatError("no Word signature", key="doc.damaged-header")
    encrypted = bool(flags & (_F_ENCRYPTED | _F_OBFUSCATED))
    if encrypted or nfib < 101:
        # Beyond FibBase an encrypted file is ciphertext: nothing more can be read.
        return Fib(nfib, 101 <= nfib <= 105, encrypted, False, "", 0, (), ())
    if 101 <= nfib <= 105:
        return _word6_fib(stream, nfib, flags)
    csw = u16(stream, 0x20)
    lw_count_at = 0x22 + 2 * csw
    cslw = u16(stream, lw_count_at)
    lw_at = lw_count_at + 2
    if cslw < 11:
        raise DocFormatError("FIB without story lengths", key="doc.damaged-header")
    lengths = tuple(_story_length(stream, lw_at + 4 * index) for index in range(3, 11))
    fclcb_count_at = lw_at + 4 * cslw
    count = u16(stream, fclcb_count_at)
    blob = fclcb_count_at + 2
    count = min(count, max(0, (len(stream) - blob) // 8))
    pairs = tuple((u32(stream, blob + 8 * i), u32(stream, blob + 8 * i + 4)) for i in range(count))
    return Fib(
        nfib=nfib,
        word6=False,
        encrypted=False,
        complex=True,
        table_stream="1Table" if flags & _F_WHICH_TABLE else "0Table",
        fc_min=0,
        story_lengths=lengths,
        fc_lcb=pairs,
    )


def _word6_fib(stream: bytes, nfib: int, flags: int) -> Fib:
    lengths = tuple(_story_length(stream, _WORD6_CCP_OFFSET + 4 * i) for i in range(8))
    end = _WORD6_FCLCB_OFFSET + 8 * _WORD6_FCLCB_COUNT
    count = _WORD6_FCLCB_COUNT if len(stream) >= end else (len(stream) - 0x58) // 8
    pairs = tuple(
        (u32(stream, _WORD6_FCLCB_OFFSET + 8 * i), u32(stream, _WORD6_FCLCB_OFFSET + 8 * i + 4))
        for i in range(count)
    )
    return Fib(
        nfib=nfib,
        word6=True,
        encrypted=False,
        complex=bool(flags & _F_COMPLEX),
        table_stream="WordDocument",
        fc_min=u32(stream, 0x18),
        story_lengths=lengths,
        fc_lcb=pairs,
    )


def _story_length(stream: bytes, offset: int) -> int:
    value = u32(stream, offset)
    if value > 0x7FFFFFFF:
        raise DocFormatError("a negative story length", key="doc.damaged-header")
    return value
