"""The repository: every read and write of an archive goes through ``Archive``.

The API follows sqlite-utils: keyword arguments, plain dataclasses, ``limit``/``offset``.
One ``Archive`` belongs to one thread (as a sqlite-utils ``Database`` does); a worker
thread opens its own. Each public write is one transaction.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from db import search_index
from db import vietnamese as vn
from db.archive_bulk_writes import ArchiveBulkWrites
from db.archive_writes import NAME_KINDS
from db.article_fields import (
    clean_tags,
    derived_columns,
    validated,
)
from db.connection import (
    BUSY_TIMEOUT_MS,
    open_database,
    sqlite_errors,
    translate_error,
    write_transaction,
)
from db.errors import (
    ArchiveError,
)
from db.models import ArticleFields
from db.paths import default_archive_path
from db.search_index import RebuildProgress

__all__ = [
    "NAME_KINDS",
    "Archive",
    "BackupCancelled",
    "CopyProgress",
    "RebuildProgress",
    "clean_tags",
    "validated",
]

CopyProgress = Callable[[int, int], None]
"""``progress(pages_done, pages_total)`` while a copy is written; raising stops it."""

# Pages per step of a backup: 4 MB at the usual page size, a progress report about every
# tenth of a second on an ordinary disk.
BACKUP_STEP_PAGES = 1024

# Opening re-indexes at once when at most this many articles are left (about a second);
# a larger archive is re-indexed by ``update_search_index`` (the window: in the background).
OPEN_REINDEX_LIMIT = 500


class BackupCancelled(Exception):  # noqa: N818 - a cancel is not an error
    """Raised by a copy's progress callback to stop it; nothing is left behind."""


class Archive(ArchiveBulkWrites):
    """An open archive file: reads (``ArchiveReads``) and writes (``ArchiveWrites``,
    ``ArchiveBulkWrites``).

    Use ``Archive.open(path)``; close it with ``close()`` or a ``with`` block.
    """

    def __init__(self, db: Database, path: Path, read_only: bool) -> None:
        self._db = db
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        create: bool = False,
        read_only: bool = False,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    ) -> Archive:
        """Open the archive at ``path`` (the default archive when None).

        Args:
            path: the archive file.
            create: create the file when it does not exist.
            read_only: open for reading only (also chosen when the file is not writable).
            busy_timeout_ms: how long a write waits for another program's lock.

        Raises:
            ArchiveError: with a message for the user, when the file cannot be used.
        """
        target = Path(path) if path is not None else default_archive_path()
        if path is None and create:
            target.parent.mkdir(parents=True, exist_ok=True)
        db, opened_read_only = open_database(
            target, create=create, read_only=read_only, busy_timeout_ms=busy_timeout_ms
        )
        archive = cls(db, target, opened_read_only)
        try:
            if not opened_read_only:
                archive._refresh_derived_data()
        except sqlite3.Error as error:
            db.close()
            raise translate_error(target, error) from error
        return archive

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by SQLite)."""
        self._db.close()

    def interrupt(self) -> None:
        """Stop the query running on this archive's connection (safe from any thread).

        The interrupted call raises ``ArchiveError``; used to drop a list query that a
        newer one has made stale.
        """
        self._db.conn.interrupt()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _refresh_derived_data(self) -> None:
        """Rebuild the search index / sort keys when this version computes them differently.

        Re-indexing a large archive takes minutes: it is only started here, and finished
        here only when few articles are left (see ``update_search_index``).
        """
        index_version = self._meta("index_version")
        sort_version = self._meta("sort_key_version")
        if index_version != str(vn.INDEX_VERSION) or sort_version != str(vn.SORT_KEY_VERSION):
            with write_transaction(self._db):
                if self._meta("index_version") != str(vn.INDEX_VERSION):
                    search_index.start_rebuild(self._db)
                    self._set_meta("index_version", str(vn.INDEX_VERSION))
                if self._meta("sort_key_version") != str(vn.SORT_KEY_VERSION):
                    self._recompute_derived_columns()
                    self._set_meta("sort_key_version", str(vn.SORT_KEY_VERSION))
        pending = search_index.progress(self._db)
        if pending is not None and pending.total - pending.done <= OPEN_REINDEX_LIMIT:
            self.update_search_index()

    def search_index_progress(self) -> RebuildProgress | None:
        """How far the re-indexing after an upgrade has come; None when the index is complete.

        While it is under way, a search by text raises ``SearchIndexPendingError``;
        lists without text work as usual.
        """
        return search_index.progress(self._db)

    @sqlite_errors
    def update_search_index(
        self,
        *,
        progress: Callable[[RebuildProgress], None] | None = None,
        steps: int | None = None,
    ) -> RebuildProgress | None:
        """Go on re-indexing, one transaction per step of a few thousand articles.

        Safe to stop at any point and to run while other programs use the archive; the
        next call resumes. Args: ``progress`` is called after each step; ``steps``
        limits how many steps run now (None: until done). Returns what is left (None: done).
        """
        self._require_writable()
        done = 0
        while steps is None or done < steps:
            with write_transaction(self._db):
                step = search_index.rebuild_step(self._db)
            if step is None:
                return None
            done += 1
            if progress is not None:
                progress(step)
        return search_index.progress(self._db)

    def _recompute_derived_columns(self) -> None:
        # Every derived column, not only the sort keys: they are computed in one place.
        rows = self._db.execute("SELECT id, title, date, author, source FROM articles")
        updates = []
        for article_id, title, date, author, source in rows.fetchall():
            fields = ArticleFields(title=title, date=date, author=author, source=source)
            updates.append({**derived_columns(fields), "id": article_id})
        if updates:
            columns = [name for name in updates[0] if name != "id"]
            self._db.conn.executemany(
                f"UPDATE articles SET {', '.join(f'{c} = :{c}' for c in columns)} WHERE id = :id",
                updates,
            )
        tags = self._db.execute("SELECT id, name FROM tags").fetchall()
        self._db.conn.executemany(
            "UPDATE tags SET sort = ? WHERE id = ?",
            [(vn.sort_key(name), id_) for id_, name in tags],
        )

    def _meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    @sqlite_errors
    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check and the index check (empty: healthy).

        Damage is reported in the list, not raised, even when SQLite cannot finish a check.
        """
        try:
            problems = [
                row[0]
                for row in self._db.execute("PRAGMA integrity_check").fetchall()
                if row[0] != "ok"
            ]
        except sqlite3.DatabaseError as error:
            problems = [f"SQLite cannot read the whole archive: it is damaged ({error})"]
        try:
            problems += [
                f"foreign key problem in {row[0]}"
                for row in self._db.execute("PRAGMA foreign_key_check").fetchall()
            ]
        except sqlite3.DatabaseError as error:
            problems.append(f"the links between tables cannot be checked ({error})")
        try:
            problems += search_index.check(self._db)
        except sqlite3.DatabaseError as error:
            problems.append(f"the search index is damaged ({error})")
        return problems

    @sqlite_errors
    def backup(self, destination: Path | str, *, progress: CopyProgress | None = None) -> Path:
        """Write a consistent copy of the archive to ``destination`` (not overwritten).

        The copy is written a few megabytes at a time, calling ``progress(done, total)``
        in pages after each step; if ``progress`` raises (``BackupCancelled``), the copy
        stops, the partial file is removed and the exception goes on to the caller.
        """
        target = Path(destination)
        if target.is_dir():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = target / f"{self.path.stem}-{stamp}.sqlite3"
        if target.exists():
            raise ArchiveError(f"{target} already exists; choose another name.")
        partial = target.with_name(target.name + ".part")
        try:
            copy_database(self._db.conn, partial, progress=progress)
            shutil.move(str(partial), str(target))
        except OSError as error:
            remove_partial(partial)
            raise ArchiveError(f"{target}: cannot write the backup ({error.strerror}).") from error
        except sqlite3.Error as error:
            # Writing the copy failed (a full or read-only backup disk): the archive is
            # fine, and no half-written copy is left behind to be mistaken for a backup.
            remove_partial(partial)
            raise ArchiveError(
                f"{target}: cannot write the backup ({error}); the archive is unchanged. "
                "Free some space or choose another folder."
            ) from error
        except BaseException:
            remove_partial(partial)
            raise
        return target


def copy_database(
    source: sqlite3.Connection, destination: Path, *, progress: CopyProgress | None = None
) -> None:
    """Copy the database of ``source`` into the new file ``destination``, step by step.

    A read transaction is held on ``source`` for the whole copy, so that the copy is one
    snapshot: without it, a commit by another connection between two steps would make
    SQLite start the copy again from the first page.
    """

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    held = not source.in_transaction
    if held:
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
    try:
        destination_db = sqlite3.connect(str(destination))
        try:
            source.backup(destination_db, pages=BACKUP_STEP_PAGES, progress=report)
            # A self-contained file: a WAL-mode copy cannot be read from a CD or a
            # read-only share by SQLite tools without a -shm beside it.
            destination_db.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination_db.close()
    finally:
        if held and source.in_transaction:
            source.execute("COMMIT")


def remove_partial(partial: Path) -> None:
    """Delete a copy that was not finished, with any journal SQLite left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)
