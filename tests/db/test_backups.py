"""Backups: now, automatic on close (once a day, after changes, keeping N), restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from db import archive as db_archive
from db import backups
from db.archive import Archive, BackupCancelled
from db.errors import ArchiveBusyError, ArchiveError
from db.models import ArticleFields
from tests.db.sample_files import make_archive

DAY0 = datetime(2024, 5, 1, 9, 30).astimezone()


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return make_archive(tmp_path / "archive.sqlite3", 30)


def _titles(path: Path) -> set[str]:
    with Archive.open(path) as archive:
        return {row.title for row in archive.rows()}


def test_backup_now_writes_a_checked_copy_beside_the_archive(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        first = backups.backup_now(archive, now=DAY0)
        second = backups.backup_now(archive, now=DAY0)
    assert first == archive_path.parent / "backups" / "archive-20240501-093000.sqlite3"
    assert second.name == "archive-20240501-093000-2.sqlite3"
    assert backups.validate_backup(first) == []
    assert _titles(first) == _titles(archive_path)
    assert backups.list_backups(archive_path) == [second, first]


def test_backup_now_into_a_chosen_folder(archive_path: Path, tmp_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        target = backups.backup_now(archive, tmp_path / "usb" / "saves")
    assert target.parent == tmp_path / "usb" / "saves"
    assert not list(target.parent.glob("*.part"))


def test_auto_backup_once_a_day_and_only_after_changes(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        made = backups.auto_backup(archive, now=DAY0)
        assert made.path is not None
        assert backups.auto_backup(archive, now=DAY0 + timedelta(days=2)).path is None
        archive.insert(ArticleFields(title="Tin mới", body="Nội dung."))
        later = backups.auto_backup(archive, now=DAY0 + timedelta(hours=5))
        assert later.path is None
        assert "less than a day" in later.reason
        next_day = backups.auto_backup(archive, now=DAY0 + timedelta(days=1, hours=1))
        assert next_day.path is not None
        # Edits, trash and restore count as changes too.
        archive.update(archive.ids()[0], title="Tiêu đề đã sửa")
        assert backups.auto_backup(archive, now=DAY0 + timedelta(days=3)).path is not None
        archive.trash([archive.ids()[0]])
        assert backups.auto_backup(archive, now=DAY0 + timedelta(days=4)).path is not None
    assert len(backups.list_backups(archive_path)) == 4


def test_auto_backup_keeps_the_newest_n(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        for day in range(6):
            archive.insert(ArticleFields(title=f"Tin ngày {day}", body="Nội dung."))
            result = backups.auto_backup(archive, keep=3, now=DAY0 + timedelta(days=day))
            assert result.path is not None
    kept = backups.list_backups(archive_path)
    assert [p.name for p in kept] == [
        f"archive-202405{day:02d}-093000.sqlite3" for day in (6, 5, 4)
    ]
    assert "Tin ngày 5" in _titles(kept[0])
    # Files that are not its backups are never deleted.
    other = archive_path.parent / "backups" / "notes.txt"
    other.write_text("ghi chú", encoding="utf-8")
    backups.prune_backups(archive_path, keep=1)
    assert other.exists()
    assert len(backups.list_backups(archive_path)) == 1


def test_auto_backup_skips_read_only_and_empty_archives(tmp_path: Path, archive_path: Path) -> None:
    with Archive.open(archive_path, read_only=True) as archive:
        assert backups.auto_backup(archive).path is None
    with Archive.open(tmp_path / "empty.sqlite3", create=True) as archive:
        assert backups.auto_backup(archive).path is None


def test_restore_replaces_the_archive_and_keeps_the_old_one(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        backup = backups.backup_now(archive)
        archive.insert(ArticleFields(title="Bài viết sau sao lưu", body="Nội dung."))
        after = _titles(archive_path)
    aside = backups.restore_backup(archive_path, backup)
    assert aside is not None
    assert aside.name.startswith("archive.before-restore-")
    assert aside.name.endswith(".sqlite3")
    assert _titles(aside) == after
    restored = _titles(archive_path)
    assert "Bài viết sau sao lưu" not in restored
    with Archive.open(archive_path) as archive:
        assert archive.check() == []
        archive.insert(ArticleFields(title="Sau khi phục hồi", body="Nội dung."))


def test_restore_keeps_the_uncheckpointed_wal_with_the_old_file(
    archive_path: Path, tmp_path: Path
) -> None:
    with Archive.open(archive_path) as archive:
        backup = backups.backup_now(archive, tmp_path / "elsewhere")
    # A crashed program leaves committed changes in the -wal only: copy that state.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    live = sqlite3.connect(str(archive_path))
    live.execute("PRAGMA wal_autocheckpoint = 0")
    with Archive.open(archive_path) as archive:
        archive._db.conn.execute("PRAGMA wal_autocheckpoint = 0")
        archive.insert(ArticleFields(title="Chỉ có trong WAL", body="Nội dung."))
        for suffix in ("", "-wal"):
            source = Path(str(archive_path) + suffix)
            (crashed / (archive_path.name + suffix)).write_bytes(source.read_bytes())
    live.close()
    target = crashed / archive_path.name
    assert (crashed / (archive_path.name + "-wal")).stat().st_size > 0
    aside = backups.restore_backup(target, backup)
    assert aside is not None
    assert "Chỉ có trong WAL" in _titles(aside)
    assert "Chỉ có trong WAL" not in _titles(target)


@pytest.mark.parametrize("kind", ["garbage", "other-sqlite", "damaged", "newer", "missing"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    archive_path: Path, tmp_path: Path, kind: str
) -> None:
    bad = tmp_path / "bad.sqlite3"
    if kind == "garbage":
        bad.write_bytes(b"khong phai co so du lieu" * 100)
    elif kind == "other-sqlite":
        conn = sqlite3.connect(str(bad))
        conn.execute("CREATE TABLE t (x)")
        conn.close()
    elif kind in ("damaged", "newer"):
        with Archive.open(archive_path) as archive:
            archive.backup(bad)
        if kind == "damaged":
            data = bytearray(bad.read_bytes())
            middle = len(data) // 2
            data[middle : middle + 8192] = b"\xa5" * 8192
            bad.write_bytes(bytes(data))
        else:
            conn = sqlite3.connect(str(bad))
            conn.execute("PRAGMA user_version = 99")
            conn.close()
    before = archive_path.read_bytes()
    with pytest.raises(ArchiveError, match="cannot be restored"):
        backups.restore_backup(archive_path, bad)
    assert archive_path.read_bytes() == before
    assert list(archive_path.parent.glob("*before-restore*")) == []
    assert list(archive_path.parent.glob("*.part")) == []


def test_restore_refuses_while_another_program_writes(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        backup = backups.backup_now(archive)
    writer = sqlite3.connect(str(archive_path))
    writer.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ArchiveBusyError, match="another program"):
            backups.restore_backup(archive_path, backup)
    finally:
        writer.rollback()
        writer.close()
    assert list(archive_path.parent.glob("*before-restore*")) == []


def test_restore_a_damaged_archive(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        backup = backups.backup_now(archive)
    data = bytearray(archive_path.read_bytes())
    data[4096:12288] = b"\x00\xff" * 4096
    archive_path.write_bytes(bytes(data))
    aside = backups.restore_backup(archive_path, backup)
    assert aside is not None and aside.read_bytes() == bytes(data)
    with Archive.open(archive_path) as archive:
        assert archive.check() == []
        assert archive.total() == 30


def test_a_backup_reports_progress_and_stops_when_asked(archive_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with Archive.open(archive_path) as archive:
        target = backups.backup_now(
            archive, progress=lambda done, total: seen.append((done, total))
        )
        assert seen and seen[-1][0] == seen[-1][1] > 0  # every page copied

        def stop(_done: int, _total: int) -> None:
            raise BackupCancelled

        with pytest.raises(BackupCancelled):
            backups.backup_now(archive, archive_path.parent / "stopped", progress=stop)
    assert backups.validate_backup(target) == []
    # Nothing is left to be mistaken for a backup.
    assert list((archive_path.parent / "stopped").iterdir()) == []


def test_a_backup_is_one_snapshot_while_another_program_writes(
    archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_archive, "BACKUP_STEP_PAGES", 1)  # many steps, a write between
    other = Archive.open(archive_path)
    written = []

    def write_meanwhile(done: int, _total: int) -> None:
        if done and not written:
            written.append(other.insert(ArticleFields(title="Viết giữa chừng")).id)

    with Archive.open(archive_path) as archive:
        before = archive.total()
        target = backups.backup_now(archive, progress=write_meanwhile)
    other.close()
    assert written
    with Archive.open(target, read_only=True) as copy:
        assert copy.total() == before  # the copy is the archive as it was at the start
        assert copy.check() == []


def test_a_restore_checks_then_copies_with_progress(archive_path: Path) -> None:
    with Archive.open(archive_path) as archive:
        backup = backups.backup_now(archive)
    steps: list[str] = []
    backups.restore_backup(
        archive_path,
        backup,
        checked=lambda: steps.append("checked"),
        progress=lambda done, total: steps.append(f"{done}/{total}"),
    )
    assert steps[0] == "checked" and len(steps) >= 2
    assert _titles(archive_path) == _titles(backup)
