"""The log file: created on demand, rotated, records imports and errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from db.archive import Archive
from db.importer import import_paths
from db.logging_setup import LOG_FILE_NAME, configure_logging, remove_logging
from tests.db.sample_files import write_sample_files


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("ARCHIVE_VIEWER_HOME", str(tmp_path / "home"))
    folder = tmp_path / "home" / "logs"
    yield folder
    remove_logging()


def test_configure_creates_the_folder_once(log_folder: Path) -> None:
    assert not log_folder.exists()
    first = configure_logging()
    second = configure_logging()
    assert first == second == (log_folder / LOG_FILE_NAME).absolute()
    handlers = [
        h for h in logging.getLogger("db").handlers if isinstance(h, RotatingFileHandler)
    ]
    assert len(handlers) == 1
    assert handlers[0].maxBytes > 0 and handlers[0].backupCount > 0


def test_imports_and_failures_are_logged(log_folder: Path, tmp_path: Path) -> None:
    configure_logging()
    files = write_sample_files(tmp_path / "files", 3)
    (tmp_path / "files" / "rong.txt").write_bytes(b"")
    with Archive.open(tmp_path / "archive.sqlite3", create=True) as archive:
        import_paths(archive, [tmp_path / "files"])
    text = (log_folder / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "imported 3, duplicates 0, skipped 0, failed 1" in text
    assert "rong.txt" in text and "WARNING" in text
    assert files[0].name not in text  # successes are counted, not listed


def test_an_unwritable_log_folder_does_not_stop_the_program(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert configure_logging(blocker / "logs") is None


@pytest.mark.usefixtures("log_folder")
def test_configuring_another_folder_moves_the_log(tmp_path: Path) -> None:
    configure_logging()
    moved = configure_logging(tmp_path / "elsewhere")
    assert moved == (tmp_path / "elsewhere" / LOG_FILE_NAME).absolute()
    ours = [h for h in logging.getLogger("db").handlers if isinstance(h, RotatingFileHandler)]
    assert [Path(h.baseFilename) for h in ours] == [moved]
