"""SummaryInformation: hints decoded (TCVN3 under code page 1252), bounded, never fatal."""

from __future__ import annotations

import datetime as dt
import struct

from db.readers.word_binary.summary import summary_hints
from db.text_decoding import encode_tcvn3


def _property_set(properties: list[tuple[int, int, bytes]], *, count: int | None = None) -> bytes:
    """A one-section property set: (id, type, value bytes) each."""
    header = struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + bytes(16) + struct.pack("<I", 1)
    header += bytes(16) + struct.pack("<I", 48)
    values, offsets = b"", []
    table_size = 8 + 8 * len(properties)
    for identifier, kind, value in properties:
        offsets.append((identifier, table_size + len(values)))
        values += struct.pack("<I", kind) + value + bytes(-len(value) % 4)
    table = b"".join(struct.pack("<II", i, o) for i, o in offsets)
    section = struct.pack("<II", table_size + len(values), len(properties) if count is None
                          else count)
    return header + section + table + values


def _string(raw: bytes) -> bytes:
    return struct.pack("<I", len(raw) + 1) + raw + b"\0"


def _filetime(moment: dt.datetime) -> bytes:
    ticks = int((moment - dt.datetime(1601, 1, 1)).total_seconds() * 10_000_000)
    return struct.pack("<Q", ticks)


def test_tcvn3_title_person_author_and_date() -> None:
    stream = _property_set([
        (1, 2, struct.pack("<h", 1252)),
        (2, 30, _string(encode_tcvn3("Quyết định"))),
        (4, 30, _string(b"Tran Lien Huong")),
        (12, 64, _filetime(dt.datetime(2004, 7, 1, 9, 30))),
    ])
    hints = summary_hints(stream)
    assert hints.title == "Quyết định"
    assert (hints.author, hints.date) == ("Tran Lien Huong", "2004-07-01")


def test_registration_names_are_no_author_and_code_pages_are_followed() -> None:
    for name in (b"User", b"Phong May tinh", b"Cty TNHH Vi Tinh Tan Xuan", b"user vtc"):
        assert summary_hints(_property_set([(4, 30, _string(name))])).author is None
    russian = _property_set(
        [(1, 2, struct.pack("<h", 1251)), (4, 30, _string("Андрей".encode("cp1251")))]
    )
    assert summary_hints(russian).author == "Андрей"
    utf8 = _property_set([(1, 2, struct.pack("<h", -535)), (2, 30, _string("Tỉnh".encode()))])
    assert summary_hints(utf8).title == "Tỉnh"


def test_damaged_property_sets_only_lose_the_hints() -> None:
    good = _property_set([(2, 30, _string(b"Title"))])
    assert summary_hints(good[:50]).title is None
    assert summary_hints(b"").title is None
    # A count of four billion properties is read as far as the stream goes.
    huge = _property_set([(2, 30, _string(b"Title"))], count=0xFFFFFFFF)
    assert summary_hints(huge).title == "Title"
