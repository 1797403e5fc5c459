"""Salvage: every readable article of a damaged archive goes into a new one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from db.archive import Archive
from db.errors import ArchiveError
from db.salvage import salvage, salvage_report
from tests.db.sample_files import make_archive

COUNT = 300


def _damage(path: Path, *, at: float, size: int = 16384) -> None:
    """Overwrite ``size`` bytes at a fraction of the file with a repeating pattern."""
    with path.open("r+b") as handle:
        handle.seek(int(os.path.getsize(path) * at) // 4096 * 4096)
        handle.write(b"\xde\xad\xbe\xef" * (size // 4))


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    path = make_archive(tmp_path / "archive.sqlite3", COUNT)
    with Archive.open(path) as archive:
        archive.trash(archive.ids()[:5])
        archive.update(archive.ids()[0], title="Đã sửa một lần")
    return path


def test_salvage_a_healthy_archive_copies_everything(archive_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "saved.sqlite3"
    assert salvage(archive_path, target) == COUNT
    with Archive.open(archive_path) as old, Archive.open(target) as new:
        assert new.check() == []
        assert new.total() == old.total() and new.total(trashed=True) == 5
        first = old.get(old.ids()[0])
        copy = new.get(first.uid)
        assert (copy.title, copy.body, copy.date, copy.author, copy.tags) == (
            first.title, first.body, first.date, first.author, first.tags,
        )
        assert new.count() == old.count()


def test_salvage_a_damaged_archive_keeps_what_can_be_read(
    archive_path: Path, tmp_path: Path
) -> None:
    _damage(archive_path, at=0.5)
    with Archive.open(archive_path) as archive:
        assert archive.check()
    target = tmp_path / "saved.sqlite3"
    report = salvage_report(archive_path, target)
    assert 0 < report.saved < COUNT
    assert report.saved + len(report.lost_ids) >= COUNT - 20
    with Archive.open(target) as archive:
        assert archive.check() == []
        assert archive.total() + archive.total(trashed=True) == report.saved
        for row in archive.rows(limit=None):
            assert row.title


def test_salvage_refuses_to_overwrite(archive_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "saved.sqlite3"
    target.write_bytes(b"")
    with pytest.raises(ArchiveError, match="already exists"):
        salvage(archive_path, target)


def test_salvage_of_a_file_with_a_damaged_first_page(archive_path: Path, tmp_path: Path) -> None:
    with archive_path.open("r+b") as handle:
        handle.write(b"\x00" * 4096)
    with pytest.raises(ArchiveError, match="nothing can be read"):
        salvage(archive_path, tmp_path / "saved.sqlite3")


def test_salvage_reports_progress_and_a_stop_leaves_no_half_archive(
    archive_path: Path, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    target = tmp_path / "with-progress.sqlite3"
    salvage_report(archive_path, target, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, COUNT) and all(total == COUNT for _, total in seen)

    class Stop(Exception):
        pass

    def stop(done: int, _total: int) -> None:
        if done:
            raise Stop

    stopped = tmp_path / "stopped.sqlite3"
    with pytest.raises(Stop):
        salvage_report(archive_path, stopped, progress=stop)
    assert not stopped.exists() and not list(tmp_path.glob("stopped.sqlite3-*"))
