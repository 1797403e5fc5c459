"""Bounded reads of little-endian structures: every offset and count is checked.

A Word file is a web of offsets and lengths that a damaged or hostile file can point
anywhere. Every structure is read through these helpers, which raise ``DocFormatError``
(never ``IndexError`` or ``struct.error``) when a read would leave its buffer.
"""

from __future__ import annotations

import struct

from db.readers.errors import Reason, reason
from db.readers.word_binary import reasons as _reasons  # noqa: F401 - registers them

_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_I32 = struct.Struct("<i")


class DocFormatError(Exception):
    """The file's structure is broken.

    Attributes:
        reason: what the user is told (a catalogued ``doc.*`` reason); ``str()`` says
            exactly what was broken, for the log.
    """

    def __init__(self, detail: str, *, key: str = "doc.damaged-structure") -> None:
        super().__init__(detail)
        self.reason: Reason = reason(key)


def u8(data: bytes, offset: int) -> int:
    """The byte at ``offset``."""
    if not 0 <= offset < len(data):
        raise DocFormatError("a structure points past the end of its stream")
    return data[offset]


def u16(data: bytes, offset: int) -> int:
    """The unsigned 16-bit integer at ``offset``."""
    if not 0 <= offset <= len(data) - 2:
        raise DocFormatError("a structure points past the end of its stream")
    return int(_U16.unpack_from(data, offset)[0])


def u32(data: bytes, offset: int) -> int:
    """The unsigned 32-bit integer at ``offset``."""
    if not 0 <= offset <= len(data) - 4:
        raise DocFormatError("a structure points past the end of its stream")
    return int(_U32.unpack_from(data, offset)[0])


def i32(data: bytes, offset: int) -> int:
    """The signed 32-bit integer at ``offset``."""
    if not 0 <= offset <= len(data) - 4:
        raise DocFormatError("a structure points past the end of its stream")
    return int(_I32.unpack_from(data, offset)[0])


def span(data: bytes, offset: int, length: int, what: str) -> bytes:
    """``length`` bytes at ``offset``; ``what`` names the structure in the error."""
    if offset < 0 or length < 0 or offset + length > len(data):
        raise DocFormatError(f"the {what} lies outside its stream")
    return data[offset : offset + length]


def plc(
    data: bytes, *, element_size: int, what: str, ordered: bool = True
) -> tuple[list[int], list[bytes]]:
    """A PLC: n+1 ascending 32-bit positions followed by n elements of ``element_size``.

    Positions that go backwards are a damaged file: unless ``ordered`` is False they are
    refused here, so that every reader can bisect them.
    """
    count, rest = divmod(len(data) - 4, 4 + element_size)
    if len(data) < 4 or rest or count < 0:
        raise DocFormatError(f"the {what} has a size that fits no table")
    positions = list(struct.unpack_from(f"<{count + 1}i", data, 0))
    if ordered and any(b < a for a, b in zip(positions, positions[1:], strict=False)):
        raise DocFormatError(f"the {what} is out of order")
    base = 4 * (count + 1)
    elements = [
        data[base + i * element_size : base + (i + 1) * element_size] for i in range(count)
    ]
    return positions, elements
