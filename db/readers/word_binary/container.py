"""The OLE compound file around a Word document: its streams and summary information.

``olefile`` (BSD, pure Python) reads the container; this module picks out the streams
Word keeps its document in and turns every way of not being a readable Word file
(another format, another Office program, a password, a broken container) into one
``ReadError`` that says what to do.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import olefile

from db.readers.document_fields import DocumentHints
from db.readers.errors import FailureKind, ReadError
from db.text_decoding import detect_legacy

# Stream sizes beyond this are refused before reading them (the file limit is 80 MB).
MAX_STREAM_BYTES = 200 * 1024 * 1024

_OTHER_PROGRAMS = {
    "workbook": "an Excel workbook",
    "book": "an Excel workbook",
    "powerpoint document": "a PowerPoint presentation",
    "visiodocument": "a Visio drawing",
    "contents": "a Works or Publisher document",
    "quill": "a Publisher document",
}
# Registration names that Office writes as "author" and that name nobody.
_PLACEHOLDER_AUTHORS = re.compile(
    r"^(user|users|unknown|admin|administrator|owner|default|guest|windows user|"
    r"microsoft|microsoft office user|any|client|pc|computer|name|your name|abc|x+)$",
    re.I,
)
_REFUSAL_HINT = "open it in Word or LibreOffice, save it as .docx and import that"


def open_container(data: bytes) -> olefile.OleFileIO:
    """The OLE container of ``data`` (raises ReadError for anything that is not one)."""
    if data[:2] in (b"\xdb\xa5", b"\x9b\xa5"):
        raise ReadError(
            FailureKind.UNSUPPORTED, f"this is a Word 1 or Word 2 document: {_REFUSAL_HINT}"
        )
    if not data.startswith(olefile.MAGIC):
        raise ReadError(
            FailureKind.UNSUPPORTED,
            f"this is not a Word 97-2003 document (it has no OLE container): {_REFUSAL_HINT}",
        )
    if len(data) < 1536:
        raise ReadError(FailureKind.DAMAGED, "the file is cut short (not a whole Word document)")
    try:
        # A file object, never bytes: olefile takes short bytes for a file name.
        return olefile.OleFileIO(io.BytesIO(data))
    except Exception as error:  # olefile raises OSError, struct and index errors alike
        raise ReadError(
            FailureKind.DAMAGED, f"the Word file's container is damaged ({error})"
        ) from error


def check_word_document(container: olefile.OleFileIO) -> None:
    """Raise ReadError saying what the file is when it holds no readable Word document."""
    names = {"/".join(entry).lower() for entry in _entries(container)}
    if "encryptedpackage" in names or "encryptioninfo" in names:
        raise ReadError(FailureKind.PROTECTED, "remove the password in Word and import again")
    if "worddocument" in names:
        return
    for stream, what in _OTHER_PROGRAMS.items():
        if stream in names:
            raise ReadError(FailureKind.UNSUPPORTED, f"this is {what}, not a Word document")
    raise ReadError(FailureKind.UNSUPPORTED, "this Office file holds no Word document")


def _entries(container: olefile.OleFileIO) -> list[list[str]]:
    try:
        return list(container.listdir(streams=True, storages=False))
    except Exception as error:  # a broken directory
        raise ReadError(
            FailureKind.DAMAGED, f"the Word file's container is damaged ({error})"
        ) from error


def stream(container: olefile.OleFileIO, name: str, *, required: bool = True) -> bytes | None:
    """The bytes of stream ``name`` (None when it is missing and not ``required``)."""
    try:
        if not container.exists(name):
            if not required:
                return None
            raise ReadError(
                FailureKind.DAMAGED, f"the Word file has no {name} stream: it is damaged"
            )
        if container.get_size(name) > MAX_STREAM_BYTES:
            raise ReadError(FailureKind.TOO_LARGE, f"the file's {name} stream is over 200 MB")
        with container.openstream(name) as stream:
            return bytes(stream.read())
    except ReadError:
        raise
    except Exception as error:  # olefile's errors for broken sector chains
        raise ReadError(
            FailureKind.DAMAGED, f"the Word file's {name} stream is damaged ({error})"
        ) from error


def summary_hints(container: olefile.OleFileIO) -> DocumentHints:
    """Title, author and creation date from SummaryInformation (hints; never fails)."""
    try:
        metadata = container.get_metadata()
    except Exception:  # a damaged property set only loses the hints
        return DocumentHints()
    codepage = (metadata.codepage or 1252) & 0xFFFF
    title = _text(metadata.title, codepage)
    author = _text(metadata.author, codepage)
    if author and _PLACEHOLDER_AUTHORS.match(author):
        author = None
    created = metadata.create_time
    date = None
    if isinstance(created, dt.datetime) and 1980 <= created.year <= dt.date.today().year + 1:
        date = created.date().isoformat()
    return DocumentHints(title=title, date=date, author=author)


def _text(value: object, codepage: int) -> str | None:
    # Property strings are stored in the declared code page, but in Vietnamese offices
    # they are the bytes typed in a .VnTime font (TCVN3): detect like any unnamed font.
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
