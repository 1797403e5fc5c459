"""Direct formatting: the CHPX and PAPX formatted disk pages (FKPs) of the bin tables.

The bin tables ([MS-DOC] 2.8.6 PlcBteChpx, 2.8.7 PlcBtePapx) list 512-byte pages of
``WordDocument``; each page maps ranges of file positions (FC space, not CPs) to a
grpprl: the character formatting of runs, or the style and formatting of paragraphs
(found at the FC of the paragraph's mark). Each distinct grpprl is parsed once.
"""

from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass

from db.readers.word_binary.binary import DocFormatError, plc, u16, u32
from db.readers.word_binary.properties import SprmList, SprmParser, parse_sprms
from db.readers.word_binary.sprms import P_HUGE_PAPX

PAGE = 512
# A page per 512 bytes of the stream at most; more entries than that are a damaged table.
_MAX_PAGES = 1 << 20


@dataclass(frozen=True)
class Runs:
    """Ranges [starts[i], ends[i]) of file positions and their sprms (and styles)."""

    starts: list[int]
    ends: list[int]
    sprms: list[SprmList]
    styles: list[int]

    def find(self, fc: int) -> int:
        """The index of the range holding ``fc``, or -1."""
        index = bisect.bisect_right(self.starts, fc) - 1
        if index >= 0 and fc < self.ends[index]:
            return index
        return -1


def _pages(bin_table: bytes, document: bytes, *, word6: bool, what: str) -> list[bytes]:
    if not bin_table:
        return []
    # Only the pages are used (each page says which positions it covers): a table out
    # of order loses nothing.
    _, elements = plc(bin_table, element_size=2 if word6 else 4, what=what, ordered=False)
    if len(elements) > _MAX_PAGES:
        raise DocFormatError(f"the {what} has too many pages")
    pages = []
    seen: set[int] = set()
    for element in elements:
        number = u16(element, 0) if word6 else u32(element, 0) & 0x3FFFFF
        if number in seen:
            continue  # a page listed twice (hostile files) is read once
        seen.add(number)
        page = document[number * PAGE : (number + 1) * PAGE]
        if len(page) == PAGE:
            pages.append(page)
    return pages


def read_char_runs(
    bin_table: bytes, document: bytes, *, word6: bool, parser: SprmParser
) -> Runs:
    """Every CHPX run of the document, in file order."""
    cache: dict[bytes, SprmList] = {}
    entries: list[tuple[int, int, SprmList]] = []
    for page in _pages(bin_table, document, word6=word6, what="character formatting table"):
        count = page[PAGE - 1]
        if not count or 5 * count + 4 > PAGE - 1:
            continue
        positions = struct.unpack_from(f"<{count + 1}I", page, 0)
        for index in range(count):
            start, end = positions[index], positions[index + 1]
            offset = 2 * page[4 * (count + 1) + index]
            grpprl = b""
            if offset:
                grpprl = page[offset + 1 : offset + 1 + page[offset]]
            sprm_list = cache.get(grpprl)
            if sprm_list is None:
                sprm_list = cache[grpprl] = parse_sprms(grpprl, parser)
            if end > start:
                entries.append((start, end, sprm_list))
    return _runs([(start, end, sprm_list, 0) for start, end, sprm_list in entries])


def read_para_runs(
    bin_table: bytes, document: bytes, data_stream: bytes, *, word6: bool, parser: SprmParser
) -> Runs:
    """Every PAPX run of the document, in file order, with its paragraph style."""
    cache: dict[bytes, SprmList] = {}
    entries: list[tuple[int, int, SprmList, int]] = []
    # A BX is the PAPX's word offset and a PHE (6 bytes in Word 6, 12 from Word 97).
    bx_size = 7 if word6 else 13
    for page in _pages(bin_table, document, word6=word6, what="paragraph formatting table"):
        count = page[PAGE - 1]
        if not count or 4 * (count + 1) + bx_size * count > PAGE - 1:
            continue
        positions = struct.unpack_from(f"<{count + 1}I", page, 0)
        for index in range(count):
            start, end = positions[index], positions[index + 1]
            offset = 2 * page[4 * (count + 1) + bx_size * index]
            if not offset:
                papx = b""
            elif word6:
                papx = page[offset + 1 : offset + 1 + 2 * page[offset]]
            elif page[offset]:
                papx = page[offset + 1 : offset + 1 + 2 * page[offset] - 1]
            else:
                papx = page[offset + 2 : offset + 2 + 2 * page[min(offset + 1, PAGE - 1)]]
            istd = u16(papx, 0) if len(papx) >= 2 else 0
            grpprl = papx[2:]
            sprm_list = cache.get(grpprl)
            if sprm_list is None:
                sprm_list = parse_sprms(grpprl, parser)
                sprm_list = _huge_papx(sprm_list, data_stream, parser)
                cache[grpprl] = sprm_list
            if end > start:
                entries.append((start, end, sprm_list, istd))
    return _runs(entries)


def _huge_papx(sprm_list: SprmList, data_stream: bytes, parser: SprmParser) -> SprmList:
    # Paragraphs with too much formatting for a page (wide tables) keep it in the Data
    # stream, pointed at by sprmPHugePapx.
    for opcode, operand in sprm_list:
        if opcode == P_HUGE_PAPX and len(operand) == 4:
            at = u32(operand, 0)
            if at + 2 <= len(data_stream):
                size = u16(data_stream, at)
                return parse_sprms(data_stream[at + 2 : at + 2 + size], parser)
    return sprm_list


def _runs(entries: list[tuple[int, int, SprmList, int]]) -> Runs:
    entries.sort(key=lambda entry: entry[0])
    starts: list[int] = []
    ends: list[int] = []
    sprm_lists: list[SprmList] = []
    styles: list[int] = []
    for start, end, sprm_list, istd in entries:
        if ends and start < ends[-1]:
            continue  # overlapping pages in a damaged file: the first one wins
        if ends and start == ends[-1] and sprm_list is sprm_lists[-1] and istd == styles[-1]:
            # Runs that differ only in what is not read here (a revision's author or
            # time, a colour) are one run: far fewer pieces of text to walk.
            ends[-1] = end
            continue
        starts.append(start)
        ends.append(end)
        sprm_lists.append(sprm_list)
        styles.append(istd)
    return Runs(starts, ends, sprm_lists, styles)
