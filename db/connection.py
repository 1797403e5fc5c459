"""Opening an archive file safely: recognise it, refuse what is not ours, migrate.

A file that is not an archive is never modified: it is inspected read-only before WAL
mode or any migration touches it.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlite_utils import Database

from db import schema
from db.errors import (
    ArchiveBusyError,
    ArchiveError,
    ArchiveNotFoundError,
    DamagedArchiveError,
    NewerArchiveError,
    NotAnArchiveError,
    ReadOnlyArchiveError,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def _is_writable(path: Path) -> bool:
    folder = path.parent if path.parent != Path("") else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that sees committed WAL content when it can.

    ``mode=ro`` reads the WAL but needs its ``-shm`` file; on read-only media where that
    cannot be had, ``immutable=1`` reads the main file alone (a closed archive has its
    WAL checkpointed into it).
    """
    base = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{base}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        return sqlite3.connect(f"{base}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def _inspect(path: Path) -> tuple[int, int, bool]:
    """Application id, user_version, and whether the file holds any table (read-only)."""
    try:
        conn = connect_read_only(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise _damaged(path, error) from error
    return app_id, version, has_tables


def _damaged(path: Path, error: Exception) -> DamagedArchiveError:
    return DamagedArchiveError(
        f"{path}: the archive is damaged ({error}). Restore it from a backup; "
        "the file was not changed."
    )


def translate_error(path: Path | str, error: sqlite3.Error) -> ArchiveError:
    """Turn an SQLite error into one a user can act on."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return ArchiveBusyError(
            f"{path}: the archive is busy: another program (a second window or the "
            "command line) is writing to it. Try again when it has finished."
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyArchiveError(
            f"{path}: the archive is read-only here; copy it to a writable folder to edit it."
        )
    if "full" in text:
        return ArchiveError(
            f"{path}: the disk is full; nothing of the last step was written. "
            "Free some space and try again."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return _damaged(Path(path), error)
    return ArchiveError(f"{path}: {error}")


def open_database(
    path: Path, *, create: bool, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> tuple[Database, bool]:
    """Open (and if asked, create) the archive at ``path``; migrate it when writable.

    ``busy_timeout_ms`` is how long a write waits for another program's lock before
    ArchiveBusyError. Returns the sqlite-utils Database and whether it was opened read-only.
    """
    exists = path.exists()
    if not exists and not create:
        raise ArchiveNotFoundError(
            f"{path}: no archive there. Check the path, or import files to create one."
        )
    if exists:
        if path.is_dir():
            raise NotAnArchiveError(f"{path} is a folder, not an archive file.")
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            raise ArchiveError(f"{path}: cannot read the archive ({error.strerror}).") from error
        if header != SQLITE_HEADER:
            raise NotAnArchiveError(
                f"{path} is not an Archive Viewer archive (not an SQLite file); "
                "it was not changed. Choose another file or a new name."
            )
        app_id, version, has_tables = _inspect(path)
        if app_id != schema.APPLICATION_ID and (has_tables or not create):
            raise NotAnArchiveError(
                f"{path} is an SQLite file of another program, not an Archive Viewer "
                "archive; it was not changed."
            )
        if version > schema.SCHEMA_VERSION:
            raise NewerArchiveError(str(path), version, schema.SCHEMA_VERSION)
    else:
        if not path.parent.exists():
            raise ArchiveError(
                f"{path}: the folder {path.parent} does not exist. Create it first "
                "or choose another place."
            )
        version = 0

    read_only = read_only or not _is_writable(path)
    if read_only:
        if not exists:
            raise ReadOnlyArchiveError(f"{path}: cannot create an archive in a read-only folder.")
        if version < schema.SCHEMA_VERSION:
            raise ReadOnlyArchiveError(
                f"{path}: this archive is from an older version (schema {version}) and "
                f"must be upgraded to schema {schema.SCHEMA_VERSION}, but it is read-only. "
                "Copy it to a writable folder and open the copy."
            )
        conn = connect_read_only(path)
    else:
        conn = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, check_same_thread=False)
    try:
        db = Database(conn, execute_plugins=False)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            _migrate(db)
    except sqlite3.Error as error:
        conn.close()
        raise translate_error(path, error) from error
    except ArchiveError:
        conn.close()
        raise
    return db, read_only


def _migrate(db: Database) -> None:
    """Apply pending migrations under one write lock, so two programs don't race."""
    if not schema.migrations.pending(db):
        return
    with write_transaction(db):
        schema.migrations.apply(db)
        # Migrations set their own number; one applied late (a branch) must not lower it.
        db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` … ``COMMIT``: take the write lock up front.

    A deferred transaction that reads first and writes later can fail with "database
    is locked" when another writer got there in between; waiting for the lock at BEGIN
    lets ``busy_timeout`` do its job. Nested calls become savepoints.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


_F = TypeVar("_F", bound=Callable[..., Any])


def sqlite_errors(method: _F) -> _F:
    """Report SQLite failures of a repository method as ArchiveErrors naming the file."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise translate_error(self.path, error) from error

    return cast(_F, wrapper)
