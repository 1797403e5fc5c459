"""The fixed reference: what a bare sqlite3 import of the same files costs on this machine.

Do not tune this: it exists so that import speed can be reported as a ratio that
compares across machines. The files are read in Python, the header line is split off,
one ``executemany`` fills a plain table (WAL, ``synchronous=NORMAL``) and one
``INSERT … SELECT`` builds an FTS5 index (``unicode61 remove_diacritics 2``) over title
and body.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path


def corpus_files(folder: Path) -> list[Path]:
    """The corpus's article files in a stable order."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        found.extend(Path(root) / name for name in sorted(files) if name.endswith(".txt"))
    return found


def _rows(files: list[Path]) -> Iterator[tuple[str, str, str]]:
    for path in files:
        text = path.read_text(encoding="utf-8")
        first, _, body = text.partition("\n")
        _, date, title = first.split(None, 2)
        yield title, date, body


def run_reference(folder: Path, database: Path) -> dict[str, float]:
    """Import ``folder`` into a fresh plain database; returns seconds and articles/s."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    start, cpu_start = time.perf_counter(), time.process_time()
    files = corpus_files(folder)
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(
            "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, date TEXT, body TEXT)"
        )
        conn.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
        )
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO articles (title, date, body) VALUES (?, ?, ?)", _rows(files))
        conn.execute("COMMIT")
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO articles_fts (rowid, title, body) SELECT id, title, body FROM articles"
        )
        conn.execute("COMMIT")
    finally:
        conn.close()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    return {
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(files) / seconds, 1),
        "cpu_seconds": round(cpu, 3),
        "articles_per_cpu_s": round(len(files) / cpu, 1),
        "size_bytes": database.stat().st_size,
    }
