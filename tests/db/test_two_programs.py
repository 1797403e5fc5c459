"""Two programs on one archive: writers wait their turn, or are told clearly it is busy."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from db.archive import Archive
from db.connection import write_transaction
from db.errors import ArchiveBusyError
from db.models import ArticleFields
from tests.db.sample_files import make_archive

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return make_archive(tmp_path / "archive.sqlite3", 10)


def _hold_write_lock(path: Path, seconds: float, locked: threading.Event) -> threading.Thread:
    def hold() -> None:
        with Archive.open(path) as archive, write_transaction(archive._db):
            archive._db.execute("UPDATE meta SET value = value WHERE key = 'index_version'")
            locked.set()
            time.sleep(seconds)

    thread = threading.Thread(target=hold)
    thread.start()
    assert locked.wait(10)
    return thread


def test_a_second_writer_waits_its_turn(archive_path: Path) -> None:
    locked = threading.Event()
    with Archive.open(archive_path, busy_timeout_ms=5000) as second:
        holder = _hold_write_lock(archive_path, 0.5, locked)
        started = time.monotonic()
        second.insert(ArticleFields(title="Viết sau khi chờ", body="Nội dung."))
        waited = time.monotonic() - started
        holder.join()
        assert waited >= 0.3
        assert second.total() == 11
        # Reading never waits for a writer (WAL).
        assert second.count() == 11


def test_a_writer_held_too_long_gives_a_clear_busy_error(archive_path: Path) -> None:
    locked = threading.Event()
    with Archive.open(archive_path, busy_timeout_ms=200) as second:
        holder = _hold_write_lock(archive_path, 1.5, locked)
        try:
            with pytest.raises(ArchiveBusyError) as caught:
                second.update(second.ids()[0], title="Không được lưu")
            message = str(caught.value)
            assert "busy" in message and "another program" in message
            assert "database is locked" not in message
            # Reading still works while the other program writes.
            assert second.total() == 10
        finally:
            holder.join()
        # Once the other program is done, the same connection writes again.
        second.update(second.ids()[0], title="Lưu sau khi chờ")
        assert second.check() == []


def test_the_command_line_waits_for_the_window(archive_path: Path) -> None:
    locked = threading.Event()
    with Archive.open(archive_path) as window:
        article_id = window.ids()[0]
        holder = _hold_write_lock(archive_path, 1.0, locked)
        result = subprocess.run(
            [sys.executable, "-m", "desktop.cli.main", "--db", str(archive_path),
             "edit", str(article_id), "--title", "Sửa từ dòng lệnh"],
            capture_output=True,
            check=False,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            timeout=60,
        )
        holder.join()
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        window.update(article_id, body="Cửa sổ lưu sau dòng lệnh.")
        article = window.get(article_id)
        assert article.title == "Sửa từ dòng lệnh"
        assert article.version == 3


def test_opening_while_another_program_writes(archive_path: Path) -> None:
    locked = threading.Event()
    holder = _hold_write_lock(archive_path, 0.5, locked)
    try:
        with Archive.open(archive_path, busy_timeout_ms=100) as archive:
            assert archive.total() == 10
    finally:
        holder.join()
