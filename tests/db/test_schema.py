"""Migrations applied on open: twice is harmless, older archives upgrade, newer are refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from db import schema
from db.archive import Archive
from db.errors import NewerArchiveError, NotAnArchiveError
from db.models import ArticleFields, ArticleFilter


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def migration_names() -> list[str]:
    return [m.name for m in schema.migrations.pending(Database(memory=True))]


def test_open_twice_applies_nothing_new(archive_path: Path) -> None:
    Archive.open(archive_path, create=True).close()
    with Archive.open(archive_path) as archive:
        applied = schema.migrations.applied(archive._db)
        assert [m.name for m in applied] == migration_names()
        assert archive._db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        schema.migrations.apply(archive._db)
        assert len(schema.migrations.applied(archive._db)) == len(applied)


def test_archive_of_the_previous_schema_is_migrated(archive_path: Path) -> None:
    names = migration_names()
    db = Database(archive_path)
    db.conn.execute("PRAGMA journal_mode = WAL")
    if len(names) > 1:
        schema.migrations.apply(db, stop_before=names[-1])
    else:
        schema.migrations.apply(db)
    previous = db.execute("PRAGMA user_version").fetchone()[0]
    # An article written by the older version, with its index rows.
    db.execute(
        "INSERT INTO articles (uid, title, title_sort, body, created, updated) "
        "VALUES ('u1', 'Biên phòng', 'x', 'Nội dung cũ', '2020', '2020')"
    )
    db.conn.commit()
    db.close()
    with Archive.open(archive_path) as archive:
        assert archive._db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert previous <= schema.SCHEMA_VERSION
        # Opening re-indexed the article (the index version was not recorded).
        assert archive.count(ArticleFilter(query="bien phong")) == 1
        assert archive.check() == []


def test_newer_archive_is_refused_and_untouched(archive_path: Path) -> None:
    with Archive.open(archive_path, create=True) as archive:
        archive.insert(ArticleFields(title="x"))
        archive._db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    before = digest(archive_path)
    with pytest.raises(NewerArchiveError) as raised:
        Archive.open(archive_path)
    message = str(raised.value)
    assert str(schema.SCHEMA_VERSION + 5) in message and str(schema.SCHEMA_VERSION) in message
    assert digest(archive_path) == before


@pytest.mark.parametrize(
    "content", [b"", b"hello, not a database", b"SQLite format 3\x00" + b"\x00" * 10]
)
def test_a_file_that_is_not_an_archive_is_never_modified(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    with pytest.raises(Exception) as raised:
        Archive.open(path, create=True)
    assert "traceback" not in str(raised.value).lower()
    assert path.read_bytes() == content
    assert not Path(str(path) + "-wal").exists()


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAnArchiveError):
        Archive.open(path, create=True)
    assert digest(path) == before
