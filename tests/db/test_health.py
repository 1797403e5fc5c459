"""The start-up check and the damaged-archive choices: newest good backup."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from db import backups, health
from db.archive import Archive
from tests.db.sample_files import make_archive

DAY0 = datetime(2024, 5, 1, 9, 30).astimezone()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 8192] = b"\x5a" * 8192
    path.write_bytes(bytes(data))


def test_a_healthy_archive_passes_both_checks(tmp_path: Path) -> None:
    path = make_archive(tmp_path / "archive.sqlite3", 50)
    assert health.quick_check(path) == []
    assert health.full_check(path) == []


def test_damage_is_reported_not_raised(tmp_path: Path) -> None:
    path = make_archive(tmp_path / "archive.sqlite3", 200)
    _damage(path)
    assert health.quick_check(path)
    assert health.full_check(path)
    with path.open("r+b") as handle:
        handle.write(b"\x00" * 100)
    assert health.quick_check(path) and health.full_check(path)


def test_newest_good_backup_skips_damaged_ones(tmp_path: Path) -> None:
    path = make_archive(tmp_path / "archive.sqlite3", 100)
    with Archive.open(path) as archive:
        older = backups.backup_now(archive, now=DAY0)
        newer = backups.backup_now(archive, now=DAY0 + timedelta(days=1))
    assert backups.newest_good_backup(path) == newer
    _damage(newer)
    assert backups.newest_good_backup(path) == older
    _damage(older)
    assert backups.newest_good_backup(path) is None


def test_archive_check_lists_damage_instead_of_raising(tmp_path: Path) -> None:
    path = make_archive(tmp_path / "archive.sqlite3", 200)
    _damage(path)
    with Archive.open(path) as archive:
        problems = archive.check()
    assert problems and all(isinstance(problem, str) for problem in problems)


def test_the_quick_check_can_be_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(health, "CANCEL_CHECK_STEPS", 10)  # a small file is checked at once
    path = make_archive(tmp_path / "a.sqlite3", 50)
    with pytest.raises(health.CheckCancelled):
        health.quick_check(path, cancelled=lambda: True)
    assert health.quick_check(path, cancelled=lambda: False) == []
