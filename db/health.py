"""Is this archive healthy? The checks behind the window's start-up check and ``check``.

``quick_check`` is meant for just after opening, on a worker thread with its own
connection, once the first rows are shown: it reads the file read-only and never
raises for damage, it reports it. ``full_check`` adds the search index comparison.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from db.archive import Archive
from db.connection import SQLITE_HEADER
from db.errors import ArchiveError

# How often (in steps of SQLite's virtual machine) a check asks whether to stop: rarely
# enough that asking costs nothing, often enough to stop within a moment.
CANCEL_CHECK_STEPS = 10_000


class CheckCancelled(Exception):  # noqa: N818 - a cancel is not an error
    """The check was stopped before it finished (``quick_check(cancelled=...)``)."""


def quick_check(path: Path | str, *, cancelled: Callable[[], bool] | None = None) -> list[str]:
    """SQLite's ``quick_check`` of the file (empty: healthy). Changes nothing.

    Faster than ``integrity_check`` (it skips comparing indexes with their tables), so
    it suits a check at every start; a damaged page anywhere is still found. When
    ``cancelled()`` turns true the check stops and raises ``CheckCancelled``.
    """
    source = Path(path)
    try:
        with source.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return [f"{source} is not an archive (its first bytes are damaged or foreign)"]
    except OSError as error:
        return [f"{source}: cannot read it ({error.strerror})"]
    try:
        # mode=ro reads the -wal as well; immutable=1 when the folder is read-only.
        conn = _connect(source)
        try:
            if cancelled is not None:
                # Asked every few thousand steps of SQLite's virtual machine; a true
                # answer makes the statement fail with "interrupted".
                conn.set_progress_handler(cancelled, CANCEL_CHECK_STEPS)
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError as error:
        if cancelled is not None and cancelled():
            raise CheckCancelled(f"{source}: the check was stopped") from error
        return [f"{source} is damaged ({error})"]
    except sqlite3.DatabaseError as error:
        return [f"{source} is damaged ({error})"]
    return [row[0] for row in rows if row[0] != "ok"]


def full_check(path: Path | str) -> list[str]:
    """``Archive.check`` (integrity, foreign keys, search index) without raising for damage.

    Opens its own read-only connection, so it can run on a worker thread. An archive
    that still needs its upgrade (opened elsewhere writable first) reports that instead.
    """
    try:
        with Archive.open(Path(path), read_only=True) as archive:
            return archive.check()
    except ArchiveError as error:
        return [str(error)]


def _connect(source: Path) -> sqlite3.Connection:
    uri = source.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # No -shm can be made in a read-only folder: read the main file alone.
        conn.close()
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn
