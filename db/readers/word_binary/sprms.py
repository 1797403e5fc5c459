"""Single property modifiers (sprms): the (opcode, operand) lists formatting is made of.

Word 97 and later ([MS-DOC] 2.2.5.1) use 16-bit opcodes whose top three bits (spra)
give the operand's size. Word 6/95 use one-byte opcodes whose sizes come from a table.
Word 6 opcodes are translated to their Word 97 equivalents for the few properties this
reader uses, so that everything above this module speaks one language.
"""

from __future__ import annotations

from collections.abc import Iterator

# Word 97 opcodes this reader looks at.
CF_RMARK_DEL = 0x0800
CF_RMARK_INS = 0x0801
C_PIC_LOCATION = 0x6A03
CF_DATA = 0x0806
C_SYMBOL = 0x6A09
CF_OLE2 = 0x080A
C_ISTD = 0x4A30
CF_CAPS = 0x083B
CF_VANISH = 0x083C
C_RG_FTC0 = 0x4A4F
C_RG_FTC1 = 0x4A50
C_RG_FTC2 = 0x4A51
C_FTC_BI = 0x4A5E
CF_SPEC = 0x0855
CF_OBJ = 0x0856
P_ISTD = 0x4600
P_ILVL = 0x260A
P_ILFO = 0x460B
PF_IN_TABLE = 0x2416
PF_TTP = 0x2417
P_OUT_LVL = 0x2640
P_HUGE_PAPX = 0x6646
P_ITAP = 0x6649
P_DTAP = 0x664A
PF_INNER_TABLE_CELL = 0x244B
PF_INNER_TTP = 0x244C

_T_DEF_TABLE = 0xD608
_P_CHG_TABS = 0xC615
_SPRA_SIZES = (1, 1, 2, 4, 2, 2, -1, 3)

# Word 6/95 opcode -> (operand size, or -1 when a length byte follows, -2 for a 16-bit
# length), after LibreOffice's table of Word 6 sprms (sw/source/filter/ww8/ww8scan.cxx).
_WORD6_SIZES: dict[int, int] = {
    0: 0, 2: 2, 3: -1, 4: 1, 5: 1, 6: 1, 7: 1, 8: 1, 9: 1, 10: 1, 11: 1, 12: -1, 13: 1,
    14: 1, 15: -1, 16: 2, 17: 2, 18: 2, 19: 2, 20: 4, 21: 2, 22: 2, 23: -1, 24: 1, 25: 1,
    26: 2, 27: 2, 28: 2, 29: 1, 30: 2, 31: 2, 32: 2, 33: 2, 34: 2, 35: 2, 36: 2, 37: 1,
    38: 2, 39: 2, 40: 2, 41: 2, 42: 2, 43: 2, 44: 1, 45: 2, 46: 2, 47: 2, 48: 2, 49: 2,
    50: 1, 51: 1, 52: 0, 64: -1, 65: 1, 66: 1, 67: 1, 68: -1, 69: 2, 70: 4, 71: 1, 72: 2,
    73: 3, 74: -1, 75: 1, 77: -1, 79: -1, 80: 2, 81: -1, 82: -1, 83: 0, 85: 1, 86: 1,
    87: 1, 88: 1, 89: 1, 90: 1, 91: 1, 92: 1, 93: 2, 94: 1, 95: 3, 96: 2, 97: 2, 98: 1,
    99: 2, 100: 1, 101: 2, 102: 1, 103: -1, 104: 1, 105: -1, 106: -1, 107: 2, 108: -1,
    109: 2, 110: 2, 111: -1, 112: -1, 113: -1, 114: -1, 115: -1, 116: -1, 117: 1, 118: 1,
    119: 1, 120: -1, 121: 2, 122: 2, 123: 2, 124: 2, 131: 1, 132: 1, 133: -1, 136: 3,
    137: 3, 138: 1, 139: 1, 140: 2, 141: 2, 142: 1, 143: 1, 144: 2, 145: 2, 146: 1, 147: 1,
    148: 2, 149: 2, 150: 1, 151: 1, 152: 1, 153: 1, 154: 2, 155: 2, 156: 2, 157: 2, 158: 1,
    159: 1, 160: 2, 161: 2, 162: 1, 163: 0, 164: 2, 165: 2, 166: 2, 167: 2, 168: 2, 169: 2,
    170: 2, 171: 2, 179: -1, 181: -1, 182: 2, 183: 2, 184: 2, 185: 1, 186: 1, 187: 12,
    188: -1, 189: 2, 190: -2, 191: -1, 192: 4, 193: 5, 194: 4, 195: 2, 196: 4, 197: 2,
    198: 2, 199: 5, 200: 4, 207: -1,
}
# Word 6 opcodes with a Word 97 meaning used here. sprmCPicLocation (68) is variable in
# Word 6 (a length byte, then the 4-byte fc) and is given on as its 4 bytes.
_WORD6_TO_97 = {
    2: P_ISTD, 24: PF_IN_TABLE, 25: PF_TTP, 65: CF_RMARK_DEL, 66: CF_RMARK_INS,
    68: C_PIC_LOCATION, 71: CF_DATA, 74: C_SYMBOL, 75: CF_OLE2, 80: C_ISTD, 91: CF_CAPS,
    92: CF_VANISH, 93: C_RG_FTC0, 117: CF_SPEC, 118: CF_OBJ,
}


def sprms97(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """The (opcode, operand) pairs of a Word 97 grpprl; stops at a truncated one."""
    offset, end = 0, len(grpprl)
    while offset + 2 <= end:
        opcode = grpprl[offset] | (grpprl[offset + 1] << 8)
        offset += 2
        size = _SPRA_SIZES[opcode >> 13]
        if opcode == _T_DEF_TABLE:
            if offset + 2 > end:
                return
            size = max(0, (grpprl[offset] | (grpprl[offset + 1] << 8)) + 1)
        elif opcode == _P_CHG_TABS and offset < end and grpprl[offset] == 255:
            size = _chg_tabs_size(grpprl, offset)
        elif size < 0:
            if offset >= end:
                return
            size = grpprl[offset]
            offset += 1
        if offset + size > end:
            return
        yield opcode, grpprl[offset : offset + size]
        offset += size


def _chg_tabs_size(grpprl: bytes, offset: int) -> int:
    # A length byte of 255 means "count it": the deleted tabs (4 bytes each: position
    # and tolerance), then the added ones (3 bytes each: position and descriptor).
    at = offset + 1
    if at >= len(grpprl):
        return len(grpprl)
    deleted = grpprl[at]
    at += 1 + 4 * deleted
    if at >= len(grpprl):
        return len(grpprl)
    added = grpprl[at]
    return at + 1 + 3 * added - offset


def sprms6(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """The pairs of a Word 6/95 grpprl, with Word 97 opcodes where this reader needs them.

    An opcode missing from the table ends the list: its size is unknown, so nothing
    after it can be found.
    """
    offset, end = 0, len(grpprl)
    while offset < end:
        opcode = grpprl[offset]
        offset += 1
        size = _WORD6_SIZES.get(opcode)
        if size is None:
            return
        if size == -1:
            if offset >= end:
                return
            size = grpprl[offset]
            offset += 1
        elif size == -2:
            if offset + 2 > end:
                return
            size = grpprl[offset] | (grpprl[offset + 1] << 8)
            offset += 2
        if offset + size > end:
            return
        operand = grpprl[offset : offset + size]
        offset += size
        mapped = _WORD6_TO_97.get(opcode)
        if mapped is not None:
            yield mapped, operand
