"""Telling an archive file from anything else by its first bytes, before opening it."""

from __future__ import annotations

from pathlib import Path

from db.archive import Archive
from db.exchange.source import is_sqlite_file


def test_only_a_file_that_starts_as_sqlite_does_is_taken_for_an_archive(tmp_path: Path) -> None:
    archive = tmp_path / "tram.sqlite3"
    with Archive.open(archive, create=True):
        pass
    thumbs = tmp_path / "Thumbs.db"
    thumbs.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an OLE file")
    short = tmp_path / "short.db"
    short.write_bytes(b"SQLite")
    assert is_sqlite_file(archive)
    assert not is_sqlite_file(thumbs)
    assert not is_sqlite_file(short)
    assert not is_sqlite_file(tmp_path)  # a folder
    assert not is_sqlite_file(tmp_path / "missing.sqlite3")
