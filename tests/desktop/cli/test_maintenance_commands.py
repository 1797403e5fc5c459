"""``archive-viewer check``, ``backup``, ``restore-backup`` and ``salvage``."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.archive import Archive
from db.logging_setup import remove_logging
from desktop.cli.main import EXIT_FAILED, EXIT_OK, main
from tests.db.sample_files import make_archive


@pytest.fixture
def archive_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("ARCHIVE_VIEWER_HOME", str(tmp_path / "home"))
    yield make_archive(tmp_path / "archive.sqlite3", 40)
    remove_logging()


def _damaged_copy(path: Path) -> Path:
    copy = path.with_name("damaged.sqlite3")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    # Seeded: the same damage every run, so a failure can be looked at again.
    data[middle : middle + 12288] = random.Random(20240501).randbytes(12288)
    copy.write_bytes(bytes(data))
    return copy


def test_check_a_healthy_archive(archive_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(archive_path), "check"]) == EXIT_OK
    assert "healthy" in capsys.readouterr().out


def test_check_a_damaged_archive_names_the_problem(
    archive_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = _damaged_copy(archive_path)
    assert main(["--db", str(damaged), "check"]) == EXIT_FAILED
    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert "damaged" in output or "problem:" in output
    assert "Traceback" not in output


def test_check_a_file_with_a_garbage_header(
    archive_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with archive_path.open("r+b") as handle:
        handle.write(b"garbage!" * 4)
    assert main(["--db", str(archive_path), "check"]) == EXIT_FAILED
    assert "not an Archive Viewer archive" in capsys.readouterr().err


def test_backup_then_restore(
    archive_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "saves"
    folder.mkdir()
    assert main(["--db", str(archive_path), "backup", str(folder)]) == EXIT_OK
    (backup,) = folder.glob("*.sqlite3")
    with Archive.open(archive_path) as archive:
        archive.trash(archive.ids()[:10])
    assert main(["--db", str(archive_path), "restore-backup", str(backup)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "restored from" in out and "before-restore" in out
    with Archive.open(archive_path) as archive:
        assert archive.total() == 40


def test_restore_a_bad_backup_fails_without_a_traceback(
    archive_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_text("không phải bản sao lưu", encoding="utf-8")
    assert main(["--db", str(archive_path), "restore-backup", str(bad)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "cannot be restored" in err and "Traceback" not in err


def test_salvage_a_damaged_archive(
    archive_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = _damaged_copy(archive_path)
    target = tmp_path / "saved.sqlite3"
    code = main(["--db", str(damaged), "salvage", str(target)])
    assert code in (EXIT_OK, EXIT_FAILED)
    assert "salvaged" in capsys.readouterr().out
    assert main(["--db", str(target), "check"]) == EXIT_OK
