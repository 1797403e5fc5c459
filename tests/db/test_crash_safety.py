"""SIGKILL at random moments of an import or an edit never damages the archive.

A child process imports (or edits) and prints a line before and after each commit; the
parent kills it after a random delay, reopens the archive and checks SQLite's integrity,
the search index against the table, the counts, and that every article is whole.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.archive import Archive
from db.models import ArticleFilter
from tests.db.sample_files import make_archive, write_sample_files

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]
IMPORT_KILLS = 25
EDIT_KILLS = 8
FILES = 160


@dataclass
class Run:
    """What the child said before it was killed."""

    lines: list[str]
    killed: bool
    seconds: float  # from READY to the end of the process

    def markers(self, kind: str) -> list[list[str]]:
        return [line.split()[1:] for line in self.lines if line.startswith(kind + " ")]

    def pending(self) -> list[str] | None:
        """The B line of a transaction begun and not reported committed, if any."""
        begun = self.markers("B")
        committed = {fields[0] for fields in self.markers("C")}
        open_ = [fields for fields in begun if fields[0] not in committed]
        assert len(open_) <= 1, self.lines
        return open_[0] if open_ else None


def _run(args: list[str], delay: float | None) -> Run:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
    )
    assert child.stdout is not None
    first = child.stdout.readline().strip()
    if first != "READY":
        child.kill()
        _, err = child.communicate(timeout=30)
        pytest.fail(f"the child did not start: {first!r} {err}")
    ready_at = time.monotonic()
    killed = False
    if delay is not None:
        time.sleep(delay)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            killed = True
    # Not communicate(): it reads the raw pipe and would drop what readline() buffered.
    out = child.stdout.read()
    assert child.stderr is not None
    err = child.stderr.read()
    child.wait(timeout=60)
    seconds = time.monotonic() - ready_at
    if not killed:
        assert child.returncode == 0, err
    return Run([first, *out.splitlines()], killed, seconds)


def _assert_healthy(path: Path) -> int:
    """Integrity, index, wholeness; returns the number of articles."""
    conn = sqlite3.connect(str(path))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    with Archive.open(path) as archive:
        assert archive.check() == []
        stored = archive._db.execute("SELECT count(*) FROM articles").fetchone()[0]
        indexed = archive._db.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
        assert indexed == stored
        broken = archive._db.execute(
            "SELECT count(*) FROM articles WHERE trim(title) = '' OR trim(body) = '' "
            "OR rtrim(body, char(10, 32)) NOT LIKE '%.'"
        ).fetchone()[0]
        assert broken == 0
        if stored:
            assert archive.count(ArticleFilter(query="biên phòng")) > 0
    return int(stored)


def test_kill_during_import_never_loses_or_damages(tmp_path: Path) -> None:
    folder = tmp_path / "files"
    write_sample_files(folder, FILES, seed=9)
    path = tmp_path / "archive.sqlite3"
    rng = random.Random(20240601)

    complete = _run(["import", str(path), str(folder)], delay=None)
    duration = complete.seconds
    assert complete.lines[-1] == "DONE"
    total = _assert_healthy(path)
    assert total == FILES

    inside = 0
    finished = 0
    for _ in range(IMPORT_KILLS):
        run = _run(["import", str(path), str(folder)], delay=rng.uniform(0.0, duration))
        if not run.killed:
            # Finished before the kill (the machine got faster): aim earlier next time.
            finished += 1
            duration *= 0.7
        committed = run.markers("C")
        pending = run.pending()
        inside += pending is not None
        with Archive.open(path) as archive:
            for _number, first, last in committed:
                found = archive._db.execute(
                    "SELECT count(*) FROM articles WHERE id BETWEEN ? AND ?", [first, last]
                ).fetchone()[0]
                assert found == int(last) - int(first) + 1
        expected = (
            total + sum(int(b[1]) for b in run.markers("B")) - (int(pending[1]) if pending else 0)
        )
        now = _assert_healthy(path)
        # A kill between COMMIT and the marker line leaves the whole batch in: never part.
        assert now in {expected, expected + (int(pending[1]) if pending else 0)}, run.lines
        total = now
    # Proof that the test tested something: some kills hit an open write transaction.
    print(f"import: {inside} of {IMPORT_KILLS} kills inside a write transaction")  # for -s
    assert inside >= 1, f"no kill landed inside a write transaction ({finished} finished)"


def test_kill_during_edit_keeps_every_article_whole(tmp_path: Path) -> None:
    path = make_archive(tmp_path / "archive.sqlite3", 40, seed=3)
    rng = random.Random(77)
    inside = 0
    for run_number in range(EDIT_KILLS):
        start = run_number * 100_000
        run = _run(["edit", str(path), str(start)], delay=rng.uniform(0.05, 0.4))
        assert run.killed
        pending = run.pending()
        inside += pending is not None
        assert _assert_healthy(path) == 40
        with Archive.open(path) as archive:
            rows = archive._db.execute(
                "SELECT a.id, a.title, a.body, a.version, "
                "(SELECT count(*) FROM article_versions v WHERE v.article_id = a.id) "
                "FROM articles a"
            ).fetchall()
            for article_id, title, body, version, old_versions in rows:
                assert old_versions == version - 1, article_id
                if title.startswith("Bài sửa lần "):
                    number = title.removeprefix("Bài sửa lần ")
                    assert f"mãsửa{number} " in body, (article_id, title)
            committed = run.markers("C")
            if committed:
                number, article_id = committed[-1]
                title = archive.get(int(article_id)).title
                assert title == f"Bài sửa lần {number}"
                assert archive.count(ArticleFilter(query=f"mãsửa{number}")) == 1
    print(f"edit: {inside} of {EDIT_KILLS} kills inside a write transaction")  # for -s
    assert inside >= 1, "no kill landed inside a write transaction"
