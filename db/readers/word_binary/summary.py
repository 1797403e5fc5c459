"""Title, author and creation date from the SummaryInformation property set.

Read here rather than with ``olefile.get_metadata``, which follows a damaged vector's
count for billions of rounds: only the first section's title (2), author (4), creation
time (12) and code page (1) are read ([MS-OLEPS] 2.21), every offset checked.

The strings are stored in the declared code page, but in Vietnamese offices they are
the bytes typed in a .VnTime font (TCVN3) under code page 1252: those are decoded like
text in an unnamed font. Word fills the title from the first line, and "author" is
often the Office registration name (a placeholder, an office or a computer shop, which
are left out): they are hints, used when the text says nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import struct

from db.readers.document_fields import DocumentHints
from db.text_decoding import detect_legacy

_CODEPAGE, _TITLE, _AUTHOR, _CREATED = 1, 2, 4, 12
_VT_I2, _VT_LPSTR, _VT_LPWSTR, _VT_FILETIME = 2, 30, 31, 64
_MAX_PROPERTIES = 1000
_FILETIME_EPOCH = dt.datetime(1601, 1, 1)
# Registration names that Office writes as "author" and that name nobody: placeholders,
# and the offices, shops and machines the copy of Office was registered to.
_PLACEHOLDER_AUTHORS = re.compile(
    r"^(user|users|unknown|admin|administrator|owner|default|guest|windows user|"
    r"microsoft|microsoft office user|any|client|pc|computer|name|your name|abc|x+)$",
    re.I,
)
_NOT_A_PERSON = re.compile(
    r"\b(user|admin|client|pc|computer|company|corp|corporation|ltd|inc|co|cty|"
    r"tnhh|c[oô]ng ty|ph[oò]ng|m[aá]y t[ií]nh|vi t[ií]nh|office|microsoft|windows)\b",
    re.I,
)


def summary_hints(stream: bytes | None) -> DocumentHints:
    """The hints in a SummaryInformation stream (empty hints when it is missing or bad)."""
    if not stream:
        return DocumentHints()
    try:
        values = _properties(stream)
    except struct.error:
        return DocumentHints()
    codepage = values.get(_CODEPAGE)
    codepage = codepage & 0xFFFF if isinstance(codepage, int) else 1252
    title = _text(values.get(_TITLE), codepage)
    author = _text(values.get(_AUTHOR), codepage)
    if author and (_PLACEHOLDER_AUTHORS.match(author) or _NOT_A_PERSON.search(author)):
        author = None
    created = values.get(_CREATED)
    date = None
    if isinstance(created, dt.datetime) and 1980 <= created.year <= dt.date.today().year + 1:
        date = created.date().isoformat()
    return DocumentHints(title=title, date=date, author=author)


def _properties(stream: bytes) -> dict[int, object]:
    # Header: byte order, version, system (8 bytes), CLSID (16), section count (4); then
    # each section's FMTID (16) and offset (4). Only the first section is read.
    if len(stream) < 48:
        return {}
    (section,) = struct.unpack_from("<I", stream, 44)
    size, count = struct.unpack_from("<II", stream, section)
    end = min(section + size, len(stream))
    values: dict[int, object] = {}
    count = min(count, _MAX_PROPERTIES, max(0, (end - section - 8) // 8))
    for index in range(count):
        identifier, offset = struct.unpack_from("<II", stream, section + 8 + 8 * index)
        if identifier not in (_CODEPAGE, _TITLE, _AUTHOR, _CREATED):
            continue
        at = section + offset
        if not section < at <= end - 8:
            continue
        (kind,) = struct.unpack_from("<I", stream, at)
        value = _value(stream, at + 4, kind & 0xFFFF, end)
        if value is not None:
            values[identifier] = value
    return values


def _value(stream: bytes, at: int, kind: int, end: int) -> object:
    if kind == _VT_I2:
        return struct.unpack_from("<h", stream, at)[0]
    if kind == _VT_FILETIME:
        (ticks,) = struct.unpack_from("<Q", stream, at)
        try:
            return _FILETIME_EPOCH + dt.timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None
    if kind in (_VT_LPSTR, _VT_LPWSTR):
        (length,) = struct.unpack_from("<I", stream, at)
        width = 2 if kind == _VT_LPWSTR else 1
        raw = stream[at + 4 : min(at + 4 + length * width, end)]
        return raw.decode("utf-16-le", "replace") if width == 2 else raw
    return None


def _text(value: object, codepage: int) -> str | None:
    if isinstance(value, str):
        text = value
    elif isinstance(value, bytes):
        raw = value.split(b"\x00", 1)[0]
        if codepage == 65001:
            text = raw.decode("utf-8", "replace")
        elif codepage == 1200:
            text = value.decode("utf-16-le", "replace").split("\x00", 1)[0]
        elif codepage in (0, 1252):
            text = detect_legacy(raw).text
        else:
            try:
                text = raw.decode(f"cp{codepage}", "replace")
            except LookupError:
                text = detect_legacy(raw).text
    else:
        return None
    text = " ".join(text.split())
    return text or None
