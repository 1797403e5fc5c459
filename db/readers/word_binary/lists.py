"""Numbered and bulleted paragraphs: the numbers Word shows but does not store.

A list paragraph names a list (ilfo, via PlfLfo to a definition in PlfLst) and a level;
each level has a number format and a number text such as ``Điều %1.`` ([MS-DOC] 2.9.150
LVL). The numbers are counted here as Word counts them, so that "Điều 1.", "2.", "a)"
come out in the text as on the page; bullets become Markdown list items.
"""

from __future__ import annotations

from collections.abc import Callable

from db.readers.word_binary.binary import DocFormatError, i32, u8, u16
from db.readers.word_binary.notes import roman
from db.readers.word_binary.properties import CharProps, ParaProps, apply_char, parse_sprms
from db.readers.word_binary.sprms import sprms97

BULLET = 23
NO_NUMBER = 255
_LSTF_SIZE = 28
_LVLF_SIZE = 28
_LFO_SIZE = 16
_MAX_LISTS = 10_000

# Decodes a level's number text, stored like any UTF-16 run, in the font it names.
TextDecoder = Callable[[str, int | None], str]


class _Level:
    def __init__(self, start: int, nfc: int, text: str, font: int | None) -> None:
        self.start = start
        self.nfc = nfc
        self.text = text
        self.font = font


class ListNumbers:
    """Counts list numbers through a document and gives each list paragraph its label."""

    def __init__(self, definitions: dict[int, list[_Level]], lfo_lists: list[int],
                 decode: TextDecoder) -> None:
        self._definitions = definitions
        self._lfo_lists = lfo_lists
        self._decode = decode
        self._counters: dict[int, dict[int, int]] = {}

    @classmethod
    def empty(cls) -> ListNumbers:
        """No lists (Word 6 files, documents without numbering)."""
        return cls({}, [], lambda text, _font: text)

    def label(self, props: ParaProps) -> tuple[str, bool] | None:
        """(number text, is a bullet) of a list paragraph, None for other paragraphs."""
        if not 0 < props.list_id <= len(self._lfo_lists):
            return None
        lsid = self._lfo_lists[props.list_id - 1]
        levels = self._definitions.get(lsid)
        if not levels:
            return None
        level_number = min(props.list_level, len(levels) - 1)
        level = levels[level_number]
        if level.nfc == BULLET:
            return ("", True)
        counters = self._counters.setdefault(lsid, {})
        counters[level_number] = counters.get(level_number, level.start - 1) + 1
        for deeper in [key for key in counters if key > level_number]:
            del counters[deeper]
        if level.nfc == NO_NUMBER:
            return None
        out = []
        for char in level.text:
            if ord(char) < 9:
                index = min(ord(char), len(levels) - 1)
                value = counters.get(index, levels[index].start)
                out.append(_format(value, levels[index].nfc))
            else:
                out.append(char)
        return (self._decode("".join(out), level.font).strip(), False)


def read_lists(plf_lst: bytes, lst_end: bytes, plf_lfo: bytes, decode: TextDecoder) -> ListNumbers:
    """Parse PlfLst (and the LVLs after it, ``lst_end``) and PlfLfo; damage gives no lists."""
    try:
        return ListNumbers(_definitions(plf_lst, lst_end), _lfo_lists(plf_lfo), decode)
    except DocFormatError:
        return ListNumbers.empty()


def _definitions(plf_lst: bytes, levels_data: bytes) -> dict[int, list[_Level]]:
    if len(plf_lst) < 2:
        return {}
    count = min(u16(plf_lst, 0), _MAX_LISTS)
    lists: list[tuple[int, int]] = []
    for index in range(count):
        at = 2 + index * _LSTF_SIZE
        if at + _LSTF_SIZE > len(plf_lst):
            break
        lsid = i32(plf_lst, at)
        simple = u8(plf_lst, at + 26) & 1
        lists.append((lsid, 1 if simple else 9))
    definitions: dict[int, list[_Level]] = {}
    at = 0
    for lsid, level_count in lists:
        levels = []
        for _ in range(level_count):
            level, at = _level(levels_data, at)
            levels.append(level)
        definitions.setdefault(lsid, levels)
    return definitions


def _level(data: bytes, at: int) -> tuple[_Level, int]:
    if at + _LVLF_SIZE > len(data):
        raise DocFormatError("the list levels are cut short")
    start = i32(data, at)
    nfc = data[at + 4]
    chpx_size, papx_size = data[at + 24], data[at + 25]
    at += _LVLF_SIZE + papx_size
    chpx = data[at : at + chpx_size]
    at += chpx_size
    length = u16(data, at)
    text = data[at + 2 : at + 2 + 2 * length].decode("utf-16-le", "replace")
    at += 2 + 2 * length
    font = apply_char(CharProps(), parse_sprms(chpx, sprms97)).font
    return _Level(start, nfc, text, font), at


def _lfo_lists(data: bytes) -> list[int]:
    if len(data) < 4:
        return []
    count = min(max(i32(data, 0), 0), _MAX_LISTS)
    count = min(count, (len(data) - 4) // _LFO_SIZE)
    return [i32(data, 4 + i * _LFO_SIZE) for i in range(count)]


def _format(value: int, nfc: int) -> str:
    if nfc in (1, 2):
        text = roman(max(value, 1))
        return text.upper() if nfc == 1 else text
    if nfc in (3, 4):
        letters = _letters(max(value, 1))
        return letters.upper() if nfc == 3 else letters
    if nfc == 22:
        return f"{value:02d}"
    return str(value)


def _letters(value: int) -> str:
    # Word's alphabetic numbering: a ... z, then aa, bb ... zz.
    letter = chr(ord("a") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)
