"""The messages of a compiled Qt catalogue (``.qm``): context, source text, comment, translations.

PySide6's wheel ships Qt's catalogues compiled, without ``lconvert`` to turn them back
into ``.ts``; this reads the format ``lrelease`` writes (a magic number, then tagged
sections; the messages section holds, per message, its translations in UTF-16 and its
source, context and comment in UTF-8). Only what ``desktop.i18n.qt_catalogue`` needs.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_TAG_END = 1
_TAG_TRANSLATION = 3
_TAG_OBSOLETE1 = 5
_TAG_SOURCE = 6
_TAG_CONTEXT = 7
_TAG_COMMENT = 8
_NO_TRANSLATION = 0xFFFFFFFF


@dataclass(frozen=True)
class QmMessage:
    """One message of a catalogue.

    Attributes:
        context: the class or context (``QPlatformTheme``).
        source: the English text (``Cancel``).
        comment: the disambiguation, or "".
        translations: the translation, or its plural forms.
    """

    context: str
    source: str
    comment: str
    translations: tuple[str, ...]


class QmFormatError(ValueError):
    """The file is not a compiled Qt catalogue."""


def read_qm(path: Path) -> list[QmMessage]:
    """Every message of the catalogue at ``path``, in the file's order."""
    data = path.read_bytes()
    if not data.startswith(_MAGIC):
        raise QmFormatError(f"{path}: not a compiled Qt catalogue")
    position = len(_MAGIC)
    messages = b""
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = struct.unpack_from(">I", data, position + 1)
        if tag == _MESSAGES:
            messages = data[position + 5 : position + 5 + length]
        position += 5 + length
    return list(_messages(messages))


def _messages(data: bytes) -> list[QmMessage]:
    found: list[QmMessage] = []
    fields: dict[int, str] = {}
    translations: list[str] = []
    position = 0
    while position < len(data):
        tag = data[position]
        position += 1
        if tag == _TAG_END:
            found.append(
                QmMessage(
                    context=fields.get(_TAG_CONTEXT, ""),
                    source=fields.get(_TAG_SOURCE, ""),
                    comment=fields.get(_TAG_COMMENT, ""),
                    translations=tuple(translations),
                )
            )
            fields, translations = {}, []
            continue
        if tag == _TAG_OBSOLETE1:
            position += 4
            continue
        (length,) = struct.unpack_from(">I", data, position)
        position += 4
        if tag == _TAG_TRANSLATION:
            if length != _NO_TRANSLATION:
                translations.append(data[position : position + length].decode("utf-16-be"))
                position += length
        elif tag in (_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT):
            fields[tag] = data[position : position + length].decode("utf-8", "replace")
            position += length
        else:
            raise QmFormatError(f"unknown tag {tag} in a catalogue's messages")
    return found
