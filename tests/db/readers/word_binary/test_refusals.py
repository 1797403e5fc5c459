"""Files that cannot be read end in one clear reason, never a traceback."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import olefile
import pytest

from db.readers import FailureKind, ReadError, read_article_file
from db.readers.word_binary import read_word_document

FIXTURE = Path(__file__).parent / "fixtures" / "structure.doc"


def _refusal(data: bytes) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_word_document(data, name="f.doc")
    assert "\n" not in str(caught.value)
    return caught.value


def _with_word_stream(change: dict[int, bytes]) -> bytes:
    """The fixture with bytes of its WordDocument stream replaced (offset -> bytes)."""
    data = bytearray(FIXTURE.read_bytes())
    container = olefile.OleFileIO(io.BytesIO(bytes(data)))
    stream = bytearray(container.openstream("WordDocument").read())
    container.close()
    for offset, value in change.items():
        stream[offset : offset + len(value)] = value
    buffer = io.BytesIO(bytes(data))
    writable = olefile.OleFileIO(buffer, write_mode=True)
    writable.write_stream("WordDocument", bytes(stream))
    writable.close()
    return buffer.getvalue()


def _flags(data: bytes) -> int:
    container = olefile.OleFileIO(io.BytesIO(data))
    stream = container.openstream("WordDocument").read()
    container.close()
    return int(struct.unpack_from("<H", stream, 0x0A)[0])


def test_encrypted_and_obfuscated_files_ask_for_the_password() -> None:
    flags = _flags(FIXTURE.read_bytes())
    for bit in (0x0100, 0x8000):
        data = _with_word_stream({0x0A: struct.pack("<H", flags | bit)})
        refusal = _refusal(data)
        assert refusal.kind is FailureKind.PROTECTED
        assert str(refusal) == (
            "password-protected: remove the password in Word and import again"
        )


def test_word_2_and_older_versions_are_named() -> None:
    refusal = _refusal(_with_word_stream({0x02: struct.pack("<H", 45)}))
    assert refusal.kind is FailureKind.UNSUPPORTED
    assert "Word 2 (or older)" in refusal.detail and ".docx" in refusal.detail
    # A Word 1/2 file is no OLE file at all: its own header says what it is.
    word2 = b"\xdb\xa5\x2d\x00" + bytes(2000)
    assert "Word 1 or Word 2" in _refusal(word2).detail


def test_other_office_files_and_non_ole_files() -> None:
    data = FIXTURE.read_bytes()
    # The same container with its WordDocument stream renamed as an Excel workbook.
    old, new = "WordDocument".encode("utf-16-le"), "Workbook".encode("utf-16-le")
    at = data.index(old)
    renamed = data[:at] + new.ljust(len(old), b"\0") + data[at + len(old) :]
    length_at = at - at % 128 + 64  # the directory entry's name length
    renamed = renamed[:length_at] + struct.pack("<H", len(new) + 2) + renamed[length_at + 2 :]
    refusal = _refusal(renamed)
    assert refusal.kind is FailureKind.UNSUPPORTED and "Excel workbook" in refusal.detail
    plain = _refusal(b"%PDF-1.4 not a Word file" + bytes(600))
    assert plain.kind is FailureKind.UNSUPPORTED and "save it as .docx" in plain.detail


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_truncated_files_are_damaged(keep: float) -> None:
    data = FIXTURE.read_bytes()
    try:
        article = read_word_document(data[: int(len(data) * keep)], name="f.doc")
    except ReadError as error:
        assert error.kind in (FailureKind.DAMAGED, FailureKind.EMPTY)
        assert "\n" not in str(error)
    else:
        assert article.fields.title  # what could be read is a whole article


def test_an_empty_or_missing_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.doc"
    empty.write_bytes(b"")
    with pytest.raises(ReadError) as caught:
        read_article_file(empty)
    assert caught.value.kind is FailureKind.EMPTY
