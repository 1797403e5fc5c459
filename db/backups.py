"""Backups of an archive: now, automatically on close, and restoring one.

Copies are made with SQLite's online backup API (``Archive.backup``), so they are
consistent even while another program writes. Automatic backups go to a ``backups``
folder beside the archive (or a chosen one), at most once a day and only after changes,
keeping the newest N. Restoring checks the backup first and keeps the current file aside,
so that a restore never loses anything either.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from db import schema, search_index
from db.archive import Archive, CopyProgress, copy_database, remove_partial
from db.connection import SQLITE_HEADER, translate_error, write_transaction
from db.errors import ArchiveBusyError, ArchiveError, ArchiveNotFoundError

log = logging.getLogger(__name__)

BACKUP_FOLDER_NAME = "backups"
DEFAULT_KEEP = 7
AUTO_BACKUP_INTERVAL = timedelta(days=1)
META_LAST_BACKUP = "backup_last_time"
META_BACKUP_STATE = "backup_last_state"
_STAMP_FORMAT = "%Y%m%d-%H%M%S"


def default_backup_folder(archive_path: Path) -> Path:
    """``<archive folder>/backups``: where backups go unless another folder is chosen."""
    return archive_path.parent / BACKUP_FOLDER_NAME


def _backup_name_pattern(archive_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(archive_path.stem) + r"-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3")


def list_backups(archive_path: Path | str, folder: Path | None = None) -> list[Path]:
    """Backups of this archive in ``folder`` (the default folder when None), newest first."""
    path = Path(archive_path)
    where = folder or default_backup_folder(path)
    if not where.is_dir():
        return []
    pattern = _backup_name_pattern(path)
    found = []
    for entry in where.iterdir():
        match = pattern.fullmatch(entry.name)
        if match:
            # The name holds the time; a -N suffix marks a later backup in the same second.
            found.append(((match.group(1), int(match.group(2) or 1)), entry))
    return [entry for _, entry in sorted(found, reverse=True)]


def newest_good_backup(archive_path: Path | str, folder: Path | None = None) -> Path | None:
    """The newest backup of the archive that passes ``validate_backup``, or None.

    What the damaged-archive dialog offers to restore. Each candidate is fully checked,
    newest first, so this can take a few seconds: call it on a worker thread.
    """
    for candidate in list_backups(archive_path, folder):
        if not validate_backup(candidate):
            return candidate
    return None


def _free_name(folder: Path, stem: str, moment: datetime) -> Path:
    base = f"{stem}-{moment.strftime(_STAMP_FORMAT)}"
    target = folder / f"{base}.sqlite3"
    counter = 2
    while target.exists() or target.with_name(target.name + ".part").exists():
        target = folder / f"{base}-{counter}.sqlite3"
        counter += 1
    return target


def _state(archive: Archive) -> str:
    """A cheap signature of the archive's content: every write changes it.

    Each edit raises an article's version, trashing and restoring set ``deleted``,
    imports add ids and purges remove them; the aggregates catch all of these without
    reading the text.
    """
    row = archive._db.execute(
        "SELECT count(*), max(id), total(id * version), total(version), max(updated), "
        "count(deleted), total(CASE WHEN deleted IS NULL THEN 0 ELSE id END), max(deleted) "
        "FROM articles"
    ).fetchone()
    return "|".join("" if value is None else str(value) for value in row)


def _record_backup(archive: Archive, moment: datetime) -> None:
    if archive.read_only:
        return
    with write_transaction(archive._db):
        for key, value in (
            (META_LAST_BACKUP, moment.astimezone(UTC).isoformat()),
            (META_BACKUP_STATE, _state(archive)),
        ):
            archive._db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )


def backup_now(
    archive: Archive,
    folder: Path | str | None = None,
    *,
    now: datetime | None = None,
    progress: CopyProgress | None = None,
) -> Path:
    """Write a backup of ``archive`` into ``folder`` (default: beside it); returns its path.

    The name is ``<archive name>-YYYYMMDD-HHMMSS.sqlite3``. The folder is created when
    missing. ``progress`` is as for ``Archive.backup`` (raising in it stops the copy).

    Raises:
        ArchiveError: the folder cannot be created or written (full disk, read-only).
    """
    moment = now or datetime.now().astimezone()
    where = Path(folder) if folder is not None else default_backup_folder(archive.path)
    try:
        where.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ArchiveError(
            f"{where}: cannot create the backup folder ({error.strerror}). Choose another folder."
        ) from error
    target = archive.backup(_free_name(where, archive.path.stem, moment), progress=progress)
    try:
        _record_backup(archive, moment)
    except sqlite3.Error as error:
        raise translate_error(archive.path, error) from error
    log.info("backup of %s written to %s", archive.path, target)
    return target


@dataclass(frozen=True)
class AutoBackupResult:
    """What ``auto_backup`` did: the new backup (None when none was due) and why."""

    path: Path | None
    reason: str
    removed: tuple[Path, ...] = ()


def auto_backup(
    archive: Archive,
    *,
    keep: int = DEFAULT_KEEP,
    folder: Path | str | None = None,
    now: datetime | None = None,
    progress: CopyProgress | None = None,
) -> AutoBackupResult:
    """The backup made when an archive is closed: at most once a day, only after changes.

    Call it before ``archive.close()``. A backup made with ``backup_now`` counts as the
    day's backup. Keeps the newest ``keep`` backups of this archive in the folder and
    deletes older ones (never other files).

    Raises:
        ArchiveError: the backup could not be written; the archive itself is untouched.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    try:
        return _auto_backup(archive, keep, folder, now, progress)
    except sqlite3.Error as error:
        raise translate_error(archive.path, error) from error


def _auto_backup(
    archive: Archive,
    keep: int,
    folder: Path | str | None,
    now: datetime | None,
    progress: CopyProgress | None,
) -> AutoBackupResult:
    if archive.read_only:
        return AutoBackupResult(None, "the archive is read-only")
    moment = now or datetime.now().astimezone()
    where = Path(folder) if folder is not None else default_backup_folder(archive.path)
    last = _meta(archive, META_LAST_BACKUP)
    if _state(archive) == _meta(archive, META_BACKUP_STATE):
        return AutoBackupResult(None, "nothing changed since the last backup")
    if last is not None:
        try:
            last_time = datetime.fromisoformat(last)
        except ValueError:
            last_time = None
        if last_time is not None and moment - last_time < AUTO_BACKUP_INTERVAL:
            return AutoBackupResult(None, "the last backup is less than a day old")
    if archive.total() + archive.total(trashed=True) == 0 and last is None:
        return AutoBackupResult(None, "the archive is empty")
    target = backup_now(archive, where, now=moment, progress=progress)
    removed = prune_backups(archive.path, keep=keep, folder=where)
    return AutoBackupResult(target, "backed up", tuple(removed))


def prune_backups(archive_path: Path, *, keep: int, folder: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups of the archive; returns the deleted ones."""
    removed = []
    for old in list_backups(archive_path, folder)[keep:]:
        try:
            old.unlink()
        except OSError as error:
            log.warning("could not delete old backup %s: %s", old, error)
            continue
        removed.append(old)
    return removed


def _meta(archive: Archive, key: str) -> str | None:
    row = archive._db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def validate_backup(path: Path | str) -> list[str]:
    """Problems that make ``path`` unusable as a backup of an archive (empty: usable)."""
    source = Path(path)
    if not source.is_file():
        return [f"{source}: no such file"]
    try:
        with source.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        return [f"{source}: cannot read it ({error.strerror})"]
    if header != SQLITE_HEADER:
        return [f"{source} is not an archive (not an SQLite file)"]
    try:
        conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        return [f"{source}: cannot open it ({error})"]
    try:
        return _problems(conn, source)
    except sqlite3.DatabaseError as error:
        return [f"{source} is damaged ({error})"]
    finally:
        conn.close()


def _problems(conn: sqlite3.Connection, source: Path) -> list[str]:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != schema.APPLICATION_ID:
        return [f"{source} is an SQLite file of another program, not an archive"]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.SCHEMA_VERSION:
        return [
            f"{source} was written by a newer version of Archive Viewer (schema {version}); "
            "restore it with that version"
        ]
    problems = [
        f"{source}: {row[0]}"
        for row in conn.execute("PRAGMA integrity_check").fetchall()
        if row[0] != "ok"
    ]
    if problems:
        return problems
    problems += [
        f"{source}: foreign key problem in {row[0]}"
        for row in conn.execute("PRAGMA foreign_key_check").fetchall()
    ]
    has_index = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'articles_fts'"
    ).fetchone()[0]
    if has_index:
        try:
            index_problems = search_index.check(Database(conn, execute_plugins=False))
            problems += [f"{source}: {problem}" for problem in index_problems]
        except sqlite3.DatabaseError as error:
            problems.append(f"{source}: the search index is damaged ({error})")
    return problems


def restore_backup(
    archive_path: Path | str,
    backup_path: Path | str,
    *,
    progress: CopyProgress | None = None,
    checked: Callable[[], None] | None = None,
) -> Path | None:
    """Replace the archive at ``archive_path`` with the backup; returns where the old file went.

    The backup is checked first (an archive of this program, not damaged, not newer);
    ``checked()`` is called after the check, ``progress(done, total)`` while the backup
    is copied (raising in either stops the restore before anything is replaced).
    The current file (with its ``-wal``) is kept aside as
    ``<name>.before-restore-<timestamp>.sqlite3`` and never deleted. Every window on
    the archive must be closed first; another program writing to it makes this fail
    with ArchiveBusyError and nothing is changed.

    Returns the kept-aside file, or None when there was no archive at ``archive_path``.

    Raises:
        ArchiveError: the backup is not usable (the message names why) or the files
            cannot be moved; the archive is then as it was.
    """
    target = Path(archive_path)
    source = Path(backup_path)
    problems = validate_backup(source)
    if problems:
        raise ArchiveError(
            f"{source} cannot be restored: {'; '.join(problems[:5])}. "
            "The archive was not changed; choose another backup."
        )
    if target.parent and not target.parent.is_dir():
        raise ArchiveNotFoundError(f"{target.parent}: no such folder.")
    if source.resolve() == target.resolve():
        raise ArchiveError(f"{source} is the archive itself; choose a backup file.")
    if checked is not None:
        checked()
    stamp = datetime.now().strftime(_STAMP_FORMAT)
    partial = target.with_name(f"{target.name}.restore-{stamp}.part")
    try:
        _copy_database(source, partial, progress)
        if target.exists():
            _refuse_if_busy(target)
        aside = _keep_aside(target, stamp) if target.exists() else None
        os.replace(partial, target)
    except OSError as error:
        raise ArchiveError(
            f"{target}: cannot restore the backup ({error.strerror or error}); "
            "the archive was not changed."
        ) from error
    finally:
        remove_partial(partial)
    log.info("restored %s from %s; the previous file was kept as %s", target, source, aside)
    return aside


def _copy_database(source: Path, destination: Path, progress: CopyProgress | None) -> None:
    """Copy a database file page by page (no -wal of the source is needed)."""
    source_conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        # A single file with no -wal beside it, whatever mode the source was in.
        copy_database(source_conn, destination, progress=progress)
    except sqlite3.Error as error:
        raise OSError(str(error)) from error
    finally:
        source_conn.close()


def _refuse_if_busy(target: Path) -> None:
    """ArchiveBusyError when another connection is writing to the archive right now."""
    try:
        conn = sqlite3.connect(str(target), timeout=0.5)
    except sqlite3.Error:
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise ArchiveBusyError(
                f"{target}: another program is writing to the archive; close it and "
                "restore again. Nothing was changed."
            ) from error
    except sqlite3.DatabaseError:
        pass  # a damaged archive is exactly what a restore replaces
    finally:
        conn.close()


def _keep_aside(target: Path, stamp: str) -> Path:
    aside = target.with_name(f"{target.stem}.before-restore-{stamp}.sqlite3")
    counter = 2
    while aside.exists():
        aside = target.with_name(f"{target.stem}.before-restore-{stamp}-{counter}.sqlite3")
        counter += 1
    os.replace(target, aside)
    # The -wal holds committed changes of the old file, a -journal what rolls back an
    # interrupted write: each moves with it (SQLite finds them by name). The -shm is
    # only an index of the -wal and is rebuilt.
    for suffix in ("-wal", "-journal"):
        companion = target.with_name(target.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    target.with_name(target.name + "-shm").unlink(missing_ok=True)
    return aside
