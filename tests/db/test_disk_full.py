"""A full disk during an import: the batch in progress is rolled back, the rest stays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db import importer
from db.archive import Archive
from db.importer import Progress, import_paths
from tests.db.mounts import tmpfs
from tests.db.sample_files import write_sample_files

BATCH = 20


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "BATCH_SIZE", BATCH)


def _assert_consistent(path: Path, imported: int) -> None:
    with Archive.open(path) as archive:
        assert archive.check() == []
        assert archive.total() == imported
        assert archive._db.execute(
            "SELECT count(*) FROM articles_fts_docsize"
        ).fetchone()[0] == imported


@pytest.mark.usefixtures("small_batches")
def test_database_full_during_import(tmp_path: Path) -> None:
    files = write_sample_files(tmp_path / "files", 100, seed=5)
    path = tmp_path / "archive.sqlite3"
    with Archive.open(path, create=True) as archive:

        def fill_up(progress: Progress) -> None:
            # After two batches, cap the file a few pages above its size: the next
            # batch runs out of room part-way, as on a full disk.
            if progress.done == 2 * BATCH + 1:
                pages = archive._db.execute("PRAGMA page_count").fetchone()[0]
                archive._db.execute(f"PRAGMA max_page_count = {pages + 3}")

        report = import_paths(archive, files, progress=fill_up)
    assert report.error is not None and "disk is full" in report.error
    assert len(report.imported) == 2 * BATCH
    assert len(report.failed) >= BATCH
    assert all("not imported" in problem.detail for problem in report.failed)
    _assert_consistent(path, 2 * BATCH)
    # Nothing lost, nothing half-written: importing again completes the set.
    with Archive.open(path) as archive:
        again = import_paths(archive, files)
    assert len(again.imported) == 100 - 2 * BATCH
    assert len(again.duplicates) == 2 * BATCH
    _assert_consistent(path, 100)


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB filesystem; needs root."""
    with tmpfs(tmp_path / "tiny", size="1m") as mount_point:
        yield mount_point


@pytest.mark.usefixtures("small_batches")
def test_disk_full_during_import(tmp_path: Path, tiny_disk: Path) -> None:
    files = write_sample_files(tmp_path / "files", 400, seed=6)
    path = tiny_disk / "archive.sqlite3"
    with Archive.open(path, create=True) as archive:
        report = import_paths(archive, files)
    assert report.error is not None and "disk is full" in report.error
    assert 0 < len(report.imported) < 400
    assert len(report.imported) % BATCH == 0
    # What the report calls imported is all there, whole, and nothing else.
    imported = len(report.imported)
    _assert_consistent(path, imported)
    with Archive.open(path) as archive:
        ids = {article_id for _, article_id in report.imported}
        assert set(archive.ids()) == ids


def test_backup_onto_a_full_disk(tmp_path: Path, tiny_disk: Path) -> None:
    from db.backups import backup_now, list_backups
    from db.errors import ArchiveError

    # Enough articles that the archive is larger than the 1 MB disk.
    files = write_sample_files(tmp_path / "files", 700, seed=7)
    path = tmp_path / "archive.sqlite3"
    with Archive.open(path, create=True) as archive:
        import_paths(archive, files)
        with pytest.raises(ArchiveError, match="cannot write the backup"):
            backup_now(archive, tiny_disk)
        assert archive.check() == []
    assert list(tiny_disk.iterdir()) == []
    assert list_backups(path, tiny_disk) == []
