"""Sprm operand sizes, Word 97 and Word 6, and what they set."""

from __future__ import annotations

import struct

from db.readers.word_binary import sprms as s
from db.readers.word_binary.properties import CharProps, ParaProps, apply_char, apply_para


def _word97(*items: tuple[int, bytes]) -> bytes:
    return b"".join(struct.pack("<H", opcode) + operand for opcode, operand in items)


def test_word97_operand_sizes_come_from_spra_and_the_exceptions() -> None:
    grpprl = _word97(
        (s.CF_VANISH, b"\x01"),  # spra 0: one byte
        (s.C_RG_FTC0, b"\x07\x00"),  # spra 2: two bytes
        (s.C_PIC_LOCATION, b"\x10\x00\x00\x00"),  # spra 3: four bytes
        (0xC601, b"\x02\xaa\xbb"),  # spra 6: a length byte, then that many
        (0xD608, b"\x03\x00\x01\x02"),  # sprmTDefTable: 16-bit length + 1
        (s.CF_SPEC, b"\x01"),
    )
    assert list(s.sprms97(grpprl)) == [
        (s.CF_VANISH, b"\x01"),
        (s.C_RG_FTC0, b"\x07\x00"),
        (s.C_PIC_LOCATION, b"\x10\x00\x00\x00"),
        (0xC601, b"\xaa\xbb"),
        (0xD608, b"\x03\x00\x01\x02"),
        (s.CF_SPEC, b"\x01"),
    ]


def test_a_truncated_grpprl_stops_cleanly() -> None:
    assert list(s.sprms97(_word97((s.C_RG_FTC0, b"\x07")))) == []
    assert list(s.sprms97(b"\x4f")) == []
    # sprmPChgTabs with length 255 counts its own size: 1 deleted tab, 1 added tab.
    tabs = b"\xff" + b"\x01" + bytes(4) + b"\x01" + bytes(3)
    assert list(s.sprms97(_word97((0xC615, tabs), (s.CF_SPEC, b"\x01")))) == [
        (0xC615, tabs),
        (s.CF_SPEC, b"\x01"),
    ]


def test_word6_opcodes_are_translated_and_unknown_ones_end_the_list() -> None:
    # 93 sprmCFtc (2 bytes), 68 sprmCPicLocation (length byte + 4), 92 sprmCFVanish.
    grpprl = bytes([93, 3, 0, 68, 4, 1, 0, 0, 0, 92, 1, 250, 1, 117, 1])
    assert list(s.sprms6(grpprl)) == [
        (s.C_RG_FTC0, b"\x03\x00"),
        (s.C_PIC_LOCATION, b"\x01\x00\x00\x00"),
        (s.CF_VANISH, b"\x01"),
    ]


def test_toggles_follow_the_style() -> None:
    hidden_style = CharProps(vanish=True, caps=False)
    assert apply_char(hidden_style, [(s.CF_VANISH, b"\x80")]).vanish is True  # as the style
    assert apply_char(hidden_style, [(s.CF_VANISH, b"\x81")]).vanish is False  # inverted
    assert apply_char(hidden_style, [(s.CF_CAPS, b"\x81")]).caps is True
    assert apply_char(CharProps(), [(s.CF_RMARK_DEL, b"\x01")]).deleted is True


def test_table_depth_and_row_ends() -> None:
    cell = apply_para(ParaProps(), [(s.PF_IN_TABLE, b"\x01")])
    assert cell.depth == 1 and not cell.row_end
    row = apply_para(cell, [(s.PF_TTP, b"\x01")])
    assert row.row_end
    nested = apply_para(ParaProps(), [(s.P_ITAP, struct.pack("<i", 2))])
    assert nested.depth == 2
    assert apply_para(nested, [(s.P_ITAP, struct.pack("<i", 1 << 30))]).depth == 64
