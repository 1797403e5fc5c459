"""The OLE compound file around a Word document, and the streams in it.

``olefile`` (BSD, pure Python) reads the container; this module picks out the streams
Word keeps its document in and turns every way of not being a readable Word file
(another format, another Office program, a password, a broken container) into one
``ReadError`` that says what to do.
"""

from __future__ import annotations

import io

import olefile

from db.readers.errors import FailureKind, ReadError, reason
from db.readers.word_binary import reasons as _reasons  # noqa: F401 - registers them

# Stream sizes beyond this are refused before reading them (the file limit is 80 MB).
MAX_STREAM_BYTES = 200 * 1024 * 1024

# Streams that say which other program wrote an OLE file, and the reason to give.
_OTHER_PROGRAMS = {
    "workbook": reason("doc.excel"),
    "book": reason("doc.excel"),
    "powerpoint document": reason("doc.powerpoint"),
    "visiodocument": reason("doc.visio"),
    "contents": reason("doc.publisher"),
    "quill": reason("doc.publisher"),
}


def open_container(data: bytes) -> olefile.OleFileIO:
    """The OLE container of ``data`` (raises ReadError for anything that is not one)."""
    if data[:2] in (b"\xdb\xa5", b"\x9b\xa5"):
        raise ReadError(FailureKind.UNSUPPORTED, reason("doc.word2"))
    if not data.startswith(olefile.MAGIC):
        raise ReadError(FailureKind.UNSUPPORTED, reason("doc.not-ole"))
    if len(data) < 1536:
        raise ReadError(FailureKind.DAMAGED, reason("doc.cut-short"))
    try:
        # A file object, never bytes: olefile takes short bytes for a file name.
        return olefile.OleFileIO(io.BytesIO(data))
    except Exception as error:  # olefile raises OSError, struct and index errors alike
        raise ReadError(FailureKind.DAMAGED, reason("doc.container-damaged")) from error


def check_word_document(container: olefile.OleFileIO) -> None:
    """Raise ReadError saying what the file is when it holds no readable Word document."""
    names = {"/".join(entry).lower() for entry in _entries(container)}
    if "encryptedpackage" in names or "encryptioninfo" in names:
        raise ReadError(FailureKind.PROTECTED, reason("doc.protected"))
    if "worddocument" in names:
        return
    for stream_name, why in _OTHER_PROGRAMS.items():
        if stream_name in names:
            raise ReadError(FailureKind.UNSUPPORTED, why)
    raise ReadError(FailureKind.UNSUPPORTED, reason("doc.no-word-document"))


def _entries(container: olefile.OleFileIO) -> list[list[str]]:
    try:
        return list(container.listdir(streams=True, storages=False))
    except Exception as error:  # a broken directory
        raise ReadError(FailureKind.DAMAGED, reason("doc.container-damaged")) from error


def stream(
    container: olefile.OleFileIO, name: str, *, file_size: int, required: bool = True
) -> bytes | None:
    """The bytes of stream ``name`` (None when it is missing and not ``required``).

    ``file_size``: the container's size; no stream of it can be larger.
    """
    shown = name.lstrip("\x05")
    try:
        if not container.exists(name):
            if not required:
                return None
            raise ReadError(FailureKind.DAMAGED, reason("doc.stream-missing", stream=shown))
        if container.get_size(name) > min(MAX_STREAM_BYTES, file_size):
            raise ReadError(FailureKind.DAMAGED, reason("doc.stream-damaged", stream=shown))
        with container.openstream(name) as opened:
            return bytes(opened.read())
    except ReadError:
        raise
    except Exception as error:  # olefile's errors for broken sector chains
        raise ReadError(FailureKind.DAMAGED, reason("doc.stream-damaged", stream=shown)) from error
