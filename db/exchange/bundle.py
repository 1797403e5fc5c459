"""Writing an exchange bundle: chosen articles, whole, in an archive file of their own.

A bundle is an archive of the same schema (it opens as an archive too), marked in its
``meta`` table, holding each chosen article with its history, tags, images, original
file and the other uids it is known by; the Trash state travels with it. It is written to
a temporary name beside the target and moved into place, so a half-written bundle never
carries the bundle's name.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db.archive import Archive
from db.article_fields import now
from db.connection import sqlite_errors, write_transaction
from db.errors import ArchiveError
from db.exchange.source import BUNDLE_META_KEY
from db.version import __version__

BUNDLE_SUFFIX = ".avbundle"
_CHUNK = 500
# Tables copied for the chosen articles, with the column that names the article.
_PER_ARTICLE = (
    ("article_versions", "article_id"),
    ("article_tags", "article_id"),
    ("images", "article_id"),
    ("originals", "article_id"),
    ("article_aliases", "article_id"),
)


@dataclass(frozen=True)
class BundleResult:
    """A written bundle."""

    path: Path
    articles: int


def bundle_path(path: Path | str) -> Path:
    """``path`` with the bundle extension added when it has none."""
    target = Path(path)
    return target if target.suffix else target.with_suffix(BUNDLE_SUFFIX)


@sqlite_errors
def changed_since(archive: Archive, ids: Sequence[int], since: str) -> list[int]:
    """Those of ``ids`` created, edited, trashed or restored at or after ``since`` (a date)."""
    kept: list[int] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        rows = archive._db.execute(
            f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(chunk))}) AND "
            "(updated >= ? OR created >= ? OR coalesce(trash_changed, deleted, '') >= ?)",
            [*chunk, since, since, since],
        )
        found = {row[0] for row in rows}
        kept.extend(i for i in chunk if i in found)
    return kept


@sqlite_errors
def export_bundle(
    archive: Archive,
    destination: Path | str,
    article_ids: Sequence[int],
    *,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BundleResult | None:
    """Write the articles ``article_ids`` (Trash included) into a new bundle file.

    Returns None when cancelled (no file is left behind).

    Raises:
        ArchiveError: the target exists (and ``overwrite`` is not set), its folder is
            missing or not writable, or the disk is full; nothing is left half-written.
    """
    target = bundle_path(destination)
    if target.exists() and not overwrite:
        raise ArchiveError(f"{target} already exists: choose another name or overwrite it.")
    if not target.parent.is_dir():
        raise ArchiveError(f"{target}: the folder {target.parent} does not exist.")
    partial = target.with_name(target.name + ".part")
    _remove(partial)
    ids = list(dict.fromkeys(article_ids))
    try:
        with Archive.open(partial, create=True) as bundle:
            done = _copy(archive, bundle, ids, progress, cancelled)
            if done is None:
                bundle.close()
                _remove(partial)
                return None
            with write_transaction(bundle._db):
                bundle._db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [
                        BUNDLE_META_KEY,
                        json.dumps(
                            {
                                "created": now(),
                                "from": archive.path.name,
                                "articles": done,
                                "program": __version__,
                            },
                            ensure_ascii=False,
                        ),
                    ],
                )
                # Not indexed: whoever opens the bundle as an archive rebuilds the index.
                bundle._db.execute("DELETE FROM meta WHERE key = 'index_version'")
            # Self-contained: no -wal or -shm file is needed beside it on a USB stick.
            bundle._db.execute("PRAGMA journal_mode = DELETE")
        os.replace(partial, target)
    except OSError as error:
        _remove(partial)
        raise ArchiveError(f"{target}: cannot write the bundle ({error.strerror}).") from error
    except BaseException:
        _remove(partial)
        raise
    return BundleResult(path=target, articles=done)


def _copy(
    archive: Archive,
    bundle: Archive,
    ids: list[int],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int | None:
    source = archive._db
    target = bundle._db
    article_columns = _columns(source, "articles", exclude={"import_id"})
    copied = 0
    for start in range(0, len(ids), _CHUNK):
        if cancelled is not None and cancelled():
            return None
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        with write_transaction(target):
            rows = source.execute(
                f"SELECT {', '.join(article_columns)} FROM articles WHERE id IN ({marks})", chunk
            ).fetchall()
            _insert(target, "articles", article_columns, rows)
            copied += len(rows)
            tag_rows = source.execute(
                "SELECT DISTINCT t.id, t.name, t.key, t.sort FROM tags t JOIN article_tags at "
                f"ON at.tag_id = t.id WHERE at.article_id IN ({marks})",
                chunk,
            ).fetchall()
            target.conn.executemany(
                "INSERT OR IGNORE INTO tags (id, name, key, sort) VALUES (?, ?, ?, ?)", tag_rows
            )
            for table, key in _PER_ARTICLE:
                columns = _columns(source, table, exclude={"id"} if table == "images" else set())
                rows = source.execute(
                    f"SELECT {', '.join(columns)} FROM {table} WHERE {key} IN ({marks})", chunk
                ).fetchall()
                _insert(target, table, columns, rows)
        if progress is not None:
            progress(min(start + _CHUNK, len(ids)), len(ids))
    return copied


def _columns(db: Database, table: str, *, exclude: set[str]) -> list[str]:
    rows = db.execute(f"PRAGMA table_info({table})").fetchall()
    return [row[1] for row in rows if row[1] not in exclude]


def _insert(db: Database, table: str, columns: list[str], rows: list[Any]) -> None:
    if rows:
        db.conn.executemany(
            f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            rows,
        )


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
