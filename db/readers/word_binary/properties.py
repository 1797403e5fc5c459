"""Character and paragraph properties: what the sprms of styles and runs add up to.

Only what reading the text needs is kept: the font of a run (which decides its legacy
encoding), whether it is hidden, deleted or inserted, special characters (fields,
pictures, notes), capitals; and for a paragraph its style, table and list membership.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from db.readers.word_binary import sprms as s

SprmList = tuple[tuple[int, bytes], ...]
SprmParser = Callable[[bytes], Iterator[tuple[int, bytes]]]


class CharProps(NamedTuple):
    """The properties of a run of characters.

    Attributes:
        font: index into the font table of the run's (ASCII) font, None if never set.
        font_other: the font for characters above 0x7F (``sprmCRgFtc2``), if set apart.
        vanish: hidden text.
        deleted, inserted: tracked-change marks.
        special: the run's control characters are marks (fields, pictures, notes).
        caps: shown in capitals.
        pic_location: where the run's picture is in the Data stream.
        ole2, data: the picture mark stands for an OLE object / form-field data.
        symbol: (font index, character) of a symbol typed with Insert > Symbol.
        style: the character style (istd) the run is in.
    """

    font: int | None = None
    font_other: int | None = None
    vanish: bool = False
    deleted: bool = False
    inserted: bool = False
    special: bool = False
    caps: bool = False
    pic_location: int | None = None
    ole2: bool = False
    data: bool = False
    symbol: tuple[int, int] | None = None
    style: int | None = None


class ParaProps(NamedTuple):
    """The properties of a paragraph.

    Attributes:
        style: its paragraph style (istd).
        depth: table nesting depth (0: not in a table).
        row_end: the paragraph's mark ends a table row (at ``depth``).
        cell_end: the mark ends a cell of a nested table (outer cells end with 0x07).
        list_id: the list (ilfo) the paragraph is numbered in, 0 for none.
        list_level: its level in that list.
        outline: its outline level (0-8) when it is a heading, else None.
    """

    style: int = 0
    depth: int = 0
    row_end: bool = False
    cell_end: bool = False
    list_id: int = 0
    list_level: int = 0
    outline: int | None = None


# The sprms this reader applies; the rest (sizes, colours, revision authors and times)
# are dropped when parsing, so that runs differing only in those share one list.
USED_SPRMS = frozenset({
    s.C_RG_FTC0, s.C_RG_FTC2, s.CF_VANISH, s.CF_RMARK_DEL, s.CF_RMARK_INS, s.CF_SPEC,
    s.CF_CAPS, s.C_PIC_LOCATION, s.CF_OLE2, s.CF_DATA, s.C_SYMBOL, s.C_ISTD, s.PF_IN_TABLE,
    s.PF_TTP, s.P_ITAP, s.P_DTAP, s.PF_INNER_TABLE_CELL, s.PF_INNER_TTP, s.P_ILFO, s.P_ILVL,
    s.P_OUT_LVL, s.P_ISTD, s.P_HUGE_PAPX,
})
_INTERNED: dict[SprmList, SprmList] = {}


def parse_sprms(grpprl: bytes, parser: SprmParser) -> SprmList:
    """The grpprl's sprms that matter here, as a shared tuple (parsed once, applied often).

    Equal lists are one object, so that the callers' caches (keyed by identity) hit.
    """
    parsed = tuple(item for item in parser(grpprl) if item[0] in USED_SPRMS)
    if len(_INTERNED) > 50_000:
        _INTERNED.clear()  # a bound for hostile files; only sharing is lost
    return _INTERNED.setdefault(parsed, parsed)


def _u16(operand: bytes) -> int:
    return operand[0] | (operand[1] << 8) if len(operand) >= 2 else 0


def _toggle(operand: bytes, base: bool) -> bool:
    # 0 and 1 set the property; 0x80 keeps the style's value and 0x81 inverts it.
    value = operand[0] if operand else 0
    if value == 0x80:
        return base
    if value == 0x81:
        return not base
    return bool(value & 1)


def apply_char(props: CharProps, sprm_list: Iterable[tuple[int, bytes]]) -> CharProps:
    """``props`` with the character sprms of ``sprm_list`` applied."""
    changes: dict[str, Any] = {}
    for opcode, operand in sprm_list:
        if opcode == s.C_RG_FTC0:
            changes["font"] = _u16(operand)
        elif opcode == s.C_RG_FTC2:
            changes["font_other"] = _u16(operand)
        elif opcode == s.CF_VANISH:
            changes["vanish"] = _toggle(operand, props.vanish)
        elif opcode == s.CF_RMARK_DEL:
            changes["deleted"] = _toggle(operand, False)
        elif opcode == s.CF_RMARK_INS:
            changes["inserted"] = _toggle(operand, False)
        elif opcode == s.CF_SPEC:
            changes["special"] = _toggle(operand, False)
        elif opcode == s.CF_CAPS:
            changes["caps"] = _toggle(operand, props.caps)
        elif opcode == s.C_PIC_LOCATION and len(operand) >= 4:
            changes["pic_location"] = int.from_bytes(operand[:4], "little")
        elif opcode == s.CF_OLE2:
            changes["ole2"] = _toggle(operand, False)
        elif opcode == s.CF_DATA:
            changes["data"] = _toggle(operand, False)
        elif opcode == s.C_SYMBOL and len(operand) >= 3:
            # Word 97: font (16 bits) and character (16 bits); Word 6: an 8-bit character.
            char = _u16(operand[2:4]) if len(operand) >= 4 else operand[2]
            changes["symbol"] = (_u16(operand), char)
        elif opcode == s.C_ISTD:
            changes["style"] = _u16(operand)
    return props._replace(**changes) if changes else props


def apply_para(props: ParaProps, sprm_list: Iterable[tuple[int, bytes]]) -> ParaProps:
    """``props`` with the paragraph sprms of ``sprm_list`` applied."""
    changes: dict[str, Any] = {}
    depth = props.depth
    for opcode, operand in sprm_list:
        if not operand:
            continue
        if opcode == s.PF_IN_TABLE:
            if operand[0] and depth == 0:
                depth = 1
            elif not operand[0]:
                depth = 0
        elif opcode == s.PF_TTP:
            changes["row_end"] = bool(operand[0])
        elif opcode == s.P_ITAP and len(operand) >= 4:
            depth = min(int.from_bytes(operand[:4], "little", signed=True), 64)
            depth = max(depth, 0)
        elif opcode == s.P_DTAP and len(operand) >= 4:
            delta = int.from_bytes(operand[:4], "little", signed=True)
            depth = max(0, min(depth + delta, 64))
        elif opcode == s.PF_INNER_TABLE_CELL:
            changes["cell_end"] = bool(operand[0])
        elif opcode == s.PF_INNER_TTP:
            if operand[0]:
                changes["row_end"] = True
        elif opcode == s.P_ILFO:
            changes["list_id"] = _u16(operand)
        elif opcode == s.P_ILVL:
            changes["list_level"] = min(operand[0], 8)
        elif opcode == s.P_OUT_LVL:
            changes["outline"] = operand[0] if operand[0] < 9 else None
        elif opcode == s.P_ISTD:
            changes["style"] = _u16(operand)
    if depth != props.depth:
        changes["depth"] = depth
    return props._replace(**changes) if changes else props
