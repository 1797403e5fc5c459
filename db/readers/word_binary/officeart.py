"""OfficeArt records ([MS-ODRAW]): where a Word file keeps the bytes of its pictures.

Pictures are BLIP records (JPEG, PNG, DIB; metafiles and TIFF too), either inside a
picture's own data in the Data stream or in the drawing group's store of pictures
(``BStoreContainer``), which drawn shapes point at by number (their ``pib`` property).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

from db.readers.word_binary.binary import u16, u32

BSE = 0xF007
DGG_CONTAINER = 0xF000
BSTORE_CONTAINER = 0xF001
DG_CONTAINER = 0xF002
SP_CONTAINER = 0xF004
FSP = 0xF00A
FOPT = 0xF00B
_PIB = 0x0104

_BITMAPS = {0xF01D: "image/jpeg", 0xF02A: "image/jpeg", 0xF01E: "image/png",
            0xF01F: "image/bmp"}
# WMF, EMF, PICT and TIFF: nothing in the program (nor the bundle's Qt) shows them.
UNSHOWN = frozenset({0xF01A, 0xF01B, 0xF01C, 0xF029})
_HEADER = struct.Struct("<HHI")
_PROPERTY = struct.Struct("<HI")
# Walking a hostile file's records ends after this many, whatever they say.
_MAX_RECORDS = 500_000


@dataclass(frozen=True)
class Record:
    """One record: its type, instance, and where its body is in the buffer."""

    type: int
    instance: int
    container: bool
    start: int
    end: int


@dataclass(frozen=True)
class Blip:
    """A picture's bytes and MIME type (``unshown`` for WMF/EMF/PICT/TIFF: not kept)."""

    mime: str
    data: bytes
    unshown: bool = False


def records(data: bytes, start: int, end: int) -> Iterator[Record]:
    """Every record in data[start:end], containers and their contents, in file order."""
    end = min(end, len(data))
    offset, count = start, 0
    while offset + 8 <= end and count < _MAX_RECORDS:
        count += 1
        ver_inst, kind, length = _HEADER.unpack_from(data, offset)
        body = offset + 8
        body_end = min(body + length, end)
        container = (ver_inst & 0x000F) == 0x000F
        yield Record(kind, ver_inst >> 4, container, body, body_end)
        # A container's records follow its header; any other record is skipped whole.
        offset = body if container else body + length


def blip(data: bytes, record: Record) -> Blip | None:
    """The picture in a BLIP record, or None when the record is no picture."""
    if record.type in _BITMAPS:
        header = 16 + (16 if record.instance & 1 else 0) + 1
        body = data[record.start + header : record.end]
        if not body:
            return None
        if record.type == 0xF01F:
            bitmap = bmp_from_dib(body)
            return Blip("image/bmp", bitmap) if bitmap else None
        return Blip(_BITMAPS[record.type], body)
    if record.type in UNSHOWN:
        return Blip("", b"", unshown=True)
    return None


def blip_in_bse(data: bytes, record: Record) -> Blip | None:
    """The picture embedded in an FBSE record, if it holds one."""
    if record.end - record.start < 36:
        return None
    name_length = data[record.start + 33]
    inner = record.start + 36 + name_length
    for found in records(data, inner, record.end):
        return blip(data, found)
    return None


def delayed_offset(data: bytes, record: Record) -> tuple[int, int] | None:
    """(offset, size) of an FBSE's picture kept elsewhere (Word: in WordDocument)."""
    if record.end - record.start < 36:
        return None
    size = u32(data, record.start + 20)
    offset = u32(data, record.start + 28)
    if offset == 0xFFFFFFFF or not size:
        return None
    return offset, size


def first_blip(data: bytes, start: int, end: int) -> Blip | None:
    """The first picture among the records in data[start:end]."""
    for record in records(data, start, end):
        if record.type == BSE:
            found = blip_in_bse(data, record)
        else:
            found = blip(data, record)
        if found is not None:
            return found
    return None


def drawing_ranges(data: bytes) -> list[tuple[int, int]]:
    """Where the drawings of a Word file's OfficeArtContent (``DggInfo``) are.

    It is the drawing group (a DggContainer) followed by one drawing per story kind,
    each a one-byte label (0 the main text, 1 the headers) and a DgContainer.
    """
    if len(data) < 8:
        return []
    _, kind, length = _HEADER.unpack_from(data, 0)
    if kind != DGG_CONTAINER:
        return []
    ranges: list[tuple[int, int]] = []
    at = 8 + length
    while at + 9 <= len(data) and len(ranges) < 16:
        _, kind, length = _HEADER.unpack_from(data, at + 1)
        if kind != DG_CONTAINER:
            break
        ranges.append((at + 1, min(at + 9 + length, len(data))))
        at += 9 + length
    return ranges


def shape_pictures(data: bytes, start: int, end: int) -> dict[int, int]:
    """For each shape of the drawings in data[start:end]: its spid -> picture number."""
    # A tight walk (drawings of real files have tens of thousands of records).
    result: dict[int, int] = {}
    spid: int | None = None
    end = min(end, len(data))
    offset, count = start, 0
    unpack = _HEADER.unpack_from
    while offset + 8 <= end and count < _MAX_RECORDS:
        count += 1
        ver_inst, kind, length = unpack(data, offset)
        body = offset + 8
        if ver_inst & 0x000F == 0x000F:
            if kind == SP_CONTAINER:
                spid = None
            offset = body
            continue
        if kind == FSP and length >= 8 and body + 4 <= end:
            spid = u32(data, body)
        elif kind == FOPT and spid is not None:
            record = Record(kind, ver_inst >> 4, False, body, min(body + length, end))
            pib = _property(data, record, _PIB)
            if pib:
                result[spid] = pib
        offset = body + length
    return result


def _property(data: bytes, record: Record, wanted: int) -> int | None:
    # FOPT: `instance` fixed 6-byte entries (16-bit id, 32-bit value), complex data after.
    count = min(record.instance, (record.end - record.start) // 6)
    fixed = data[record.start : record.start + 6 * count]
    for opid, value in _PROPERTY.iter_unpack(fixed):
        if opid & 0x3FFF == wanted:
            return int(value)
    return None


def bstore(data: bytes, start: int, end: int) -> list[Record]:
    """The FBSE records of the first picture store in data[start:end], in order."""
    store: list[Record] = []
    inside: Record | None = None
    for record in records(data, start, end):
        if record.type == BSTORE_CONTAINER and inside is None:
            inside = record
        elif inside is not None and record.start >= inside.end:
            break
        elif inside is not None and record.type == BSE:
            store.append(record)
    return store


def bmp_from_dib(dib: bytes) -> bytes | None:
    """A .bmp file from a device-independent bitmap (a BITMAPFILEHEADER put in front)."""
    if len(dib) < 16:
        return None
    header_size = u32(dib, 0)
    if header_size < 12 or header_size > len(dib):
        return None
    if header_size == 12:  # BITMAPCOREHEADER
        bits = u16(dib, 10)
        colours = 1 << bits if bits <= 8 else 0
        palette = 3 * colours
    else:
        bits = u16(dib, 14)
        compression = u32(dib, 16) if header_size >= 20 else 0
        used = u32(dib, 32) if header_size >= 36 else 0
        colours = used or (1 << bits if bits <= 8 else 0)
        palette = 4 * min(colours, 256)
        if compression == 3 and header_size == 40:
            palette += 12  # the three BI_BITFIELDS masks
    pixels_at = 14 + header_size + palette
    size = 14 + len(dib)
    return b"BM" + struct.pack("<IHHI", size, 0, 0, pixels_at) + dib
