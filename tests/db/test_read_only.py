"""Read-only archives open for reading and searching; writes are refused clearly."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.archive import Archive
from db.errors import NewerArchiveError, ReadOnlyArchiveError
from db.models import ArticleFields, ArticleFilter
from tests.db.mounts import remount_read_only, tmpfs
from tests.db.sample_files import make_archive


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return make_archive(tmp_path / "archive.sqlite3", 20)


def _assert_reads_and_refuses_writes(path: Path) -> None:
    with Archive.open(path) as archive:
        assert archive.read_only
        assert archive.total() == 20
        assert archive.count(ArticleFilter(query="biên phòng")) >= 0
        assert archive.count(ArticleFilter(query="số 7")) >= 1
        assert archive.check() == []
        article_id = archive.ids()[0]
        with pytest.raises(ReadOnlyArchiveError, match="read-only"):
            archive.update(article_id, title="Không được")
        with pytest.raises(ReadOnlyArchiveError):
            archive.insert(ArticleFields(title="Không được", body=""))
        with pytest.raises(ReadOnlyArchiveError):
            archive.trash([article_id])


def test_open_read_only_on_request(archive_path: Path) -> None:
    with Archive.open(archive_path, read_only=True) as archive:
        assert archive.read_only
        assert archive.check() == []
        with pytest.raises(ReadOnlyArchiveError):
            archive.update(archive.ids()[0], title="Không được")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_file_without_write_permission(archive_path: Path) -> None:
    folder = archive_path.parent
    archive_path.chmod(0o444)
    folder.chmod(0o555)
    try:
        _assert_reads_and_refuses_writes(archive_path)
    finally:
        folder.chmod(0o755)
        archive_path.chmod(0o644)


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A folder on a filesystem made read-only (a CD or a read-only share); needs root."""
    with tmpfs(tmp_path / "cd", size="4m") as mount_point:
        yield mount_point


def _make_old_schema(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_an_old_read_only_archive_says_it_needs_an_upgrade(archive_path: Path) -> None:
    _make_old_schema(archive_path)
    with pytest.raises(ReadOnlyArchiveError, match="upgraded"):
        Archive.open(archive_path, read_only=True)


def test_an_old_archive_on_a_read_only_filesystem(
    archive_path: Path, read_only_mount: Path
) -> None:
    _make_old_schema(archive_path)
    copy = read_only_mount / archive_path.name
    shutil.copy(archive_path, copy)
    remount_read_only(read_only_mount)
    with pytest.raises(ReadOnlyArchiveError, match="Copy it to a writable folder"):
        Archive.open(copy)


def test_a_newer_archive_is_refused_and_not_changed(archive_path: Path) -> None:
    conn = sqlite3.connect(str(archive_path))
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = archive_path.read_bytes()
    for read_only in (False, True):
        with pytest.raises(NewerArchiveError, match="newer version"):
            Archive.open(archive_path, read_only=read_only)
    assert archive_path.read_bytes() == before
