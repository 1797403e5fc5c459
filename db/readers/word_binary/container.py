"""The OLE compound file around a Word document, and the streams in it.

``olefile`` (BSD, pure Python) reads the container; this module picks out the streams
Word keeps its document in and turns every way of not being a readable Word file
(another format, another Office program, a password, a broken container) into one
``ReadError`` that says what to do.
"""

from __future__ import annotations

import io

import olefile

from db.readers.errors import FailureKind, ReadError

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


def stream(
    container: olefile.OleFileIO, name: str, *, file_size: int, required: bool = True
) -> bytes | None:
    """The bytes of stream ``name`` (None when it is missing and not ``required``).

    ``file_size``: the container's size; no stream of it can be larger.
    """
    try:
        if not container.exists(name):
            if not required:
                return None
            raise ReadError(
                FailureKind.DAMAGED, f"the Word file has no {name} stream: it is damaged"
            )
        size = container.get_size(name)
        if size > min(MAX_STREAM_BYTES, file_size):
            raise ReadError(
                FailureKind.DAMAGED, f"the Word file is damaged: its {name} stream says it is "
                "larger than the file"
            )
        with container.openstream(name) as stream:
            return bytes(stream.read())
    except ReadError:
        raise
    except Exception as error:  # olefile's errors for broken sector chains
        raise ReadError(
            FailureKind.DAMAGED, f"the Word file's {name} stream is damaged ({error})"
        ) from error
