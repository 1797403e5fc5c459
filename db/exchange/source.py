"""Reading the other side of a merge: a bundle or any archive, read-only and unchanged.

The file may sit on a CD or a write-protected USB stick and may come from an older
version of the program (an older schema: columns added since are read as empty), so it
is opened through SQLite's read-only URI modes and never migrated.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from db import schema
from db.connection import SQLITE_HEADER, connect_read_only
from db.errors import (
    ArchiveError,
    ArchiveNotFoundError,
    DamagedArchiveError,
    NewerArchiveError,
    NotAnArchiveError,
)
from db.exchange.content import Version
from db.models import ArticleImage

# ``meta`` key that marks an archive file as a bundle, with what it holds (JSON).
BUNDLE_META_KEY = "bundle"


@dataclass
class SourceArticle:
    """An article of the other file, with everything a merge may need but its files."""

    source_id: int
    uid: str
    current: Version
    version: int
    fingerprint: str | None
    original_name: str | None
    encoding: str | None
    created: str
    updated: str
    deleted: str | None
    trash_changed: str | None
    # Oldest first; the current version is not among them.
    history: list[Version] = field(default_factory=list)
    # Other uids the other archive knows this article by (linked in earlier merges).
    aliases: list[str] = field(default_factory=list)


def is_sqlite_file(path: Path | str) -> bool:
    """Whether ``path`` is a file that starts as an SQLite database does (16 bytes read).

    Cheap enough for the window to tell a dropped archive from an article file; whether
    it really is an archive is for ``SourceArchive.open`` to say.
    """
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


class SourceArchive:
    """A bundle or archive opened for reading only. Use ``SourceArchive.open(path)``."""

    def __init__(self, conn: sqlite3.Connection, path: Path, bundle_info: dict[str, object] | None):
        self._conn = conn
        self.path = path
        self.bundle_info = bundle_info
        self._article_columns = _columns(conn, "articles")
        self._version_columns = _columns(conn, "article_versions")
        self._has_aliases = "uid" in _columns(conn, "article_aliases")
        self._image_columns = _columns(conn, "images")

    @classmethod
    def open(cls, path: Path | str) -> SourceArchive:
        """Open ``path`` for reading (raises ArchiveError kinds with a one-line reason)."""
        source = Path(path)
        if not source.exists():
            raise ArchiveNotFoundError(f"{source}: no such file. Check the path.")
        if source.is_dir():
            raise NotAnArchiveError(f"{source} is a folder, not a bundle or an archive.")
        try:
            with source.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            raise ArchiveError(f"{source}: cannot read it ({error.strerror}).") from error
        if header != SQLITE_HEADER:
            raise NotAnArchiveError(
                f"{source} is not an Archive Viewer bundle or archive; nothing was merged."
            )
        try:
            conn = connect_read_only(source)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise _damaged(source, error) from error
        try:
            if app_id != schema.APPLICATION_ID:
                raise NotAnArchiveError(
                    f"{source} is an SQLite file of another program, not an Archive Viewer "
                    "bundle or archive; nothing was merged."
                )
            if version > schema.SCHEMA_VERSION:
                raise NewerArchiveError(str(source), version, schema.SCHEMA_VERSION)
            if "uid" not in _columns(conn, "articles"):
                raise NotAnArchiveError(f"{source} holds no articles table; nothing was merged.")
            row = conn.execute(
                "SELECT value FROM meta WHERE key = ?", [BUNDLE_META_KEY]
            ).fetchone()
        except sqlite3.DatabaseError as error:
            conn.close()
            raise _damaged(source, error) from error
        except ArchiveError:
            conn.close()
            raise
        info = None
        if row is not None:
            try:
                loaded = json.loads(row[0])
                info = loaded if isinstance(loaded, dict) else {}
            except ValueError:
                info = {}
        return cls(conn, source, info)

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> SourceArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_bundle(self) -> bool:
        """Whether the file was written as a bundle (else it is a whole archive)."""
        return self.bundle_info is not None

    def count(self) -> int:
        """How many articles the file holds (Trash included)."""
        return int(self._run("SELECT count(*) FROM articles").fetchone()[0])

    def batches(self, size: int = 500) -> Iterator[list[SourceArticle]]:
        """Every article, ``size`` at a time, in id order."""
        optional = [
            name if name in self._article_columns else "NULL"
            for name in ("number", "trash_changed")
        ]
        last = 0
        while True:
            rows = self._run(
                "SELECT id, uid, title, body, date, author, source, version, change, "
                "fingerprint, original_name, encoding, created, updated, deleted, "
                f"{', '.join(optional)} FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                [last, size],
            ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            ids = [row[0] for row in rows]
            tags = self._tags(ids)
            history = self._history(ids)
            aliases = self._aliases(ids)
            batch = []
            for row in rows:
                current = Version(
                    title=row[2],
                    body=row[3],
                    date=row[4],
                    author=row[5],
                    source=row[6],
                    number=row[15],
                    tags=tags.get(row[0], []),
                    saved=row[13],
                    change=row[8],
                )
                batch.append(
                    SourceArticle(
                        source_id=row[0],
                        uid=row[1],
                        current=current,
                        version=row[7],
                        fingerprint=row[9],
                        original_name=row[10],
                        encoding=row[11],
                        created=row[12],
                        updated=row[13],
                        deleted=row[14],
                        trash_changed=row[16],
                        history=history.get(row[0], []),
                        aliases=aliases.get(row[0], []),
                    )
                )
            yield batch

    def image_names(self, source_id: int) -> set[str]:
        """The names of the images kept with an article of the file (cheap: no data)."""
        if "name" not in self._image_columns:
            return set()
        rows = self._run("SELECT name FROM images WHERE article_id = ?", [source_id])
        return {row[0] for row in rows}

    def images(self, source_id: int) -> list[ArticleImage]:
        """The images kept with an article of the file."""
        if "name" not in self._image_columns:
            return []
        rows = self._run(
            "SELECT name, mime, data FROM images WHERE article_id = ? ORDER BY id", [source_id]
        )
        return [ArticleImage(name=name, mime=mime, data=bytes(data)) for name, mime, data in rows]

    def original(self, source_id: int) -> bytes | None:
        """The original file's bytes kept with an article of the file, if any."""
        row = self._run("SELECT data FROM originals WHERE article_id = ?", [source_id]).fetchone()
        return bytes(row[0]) if row else None

    def _tags(self, ids: list[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        rows = self._run(
            "SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            f"WHERE at.article_id IN ({','.join('?' * len(ids))}) ORDER BY t.sort",
            ids,
        )
        for article_id, name in rows:
            found.setdefault(article_id, []).append(name)
        return found

    def _history(self, ids: list[int]) -> dict[int, list[Version]]:
        number = "number" if "number" in self._version_columns else "NULL"
        rows = self._run(
            "SELECT article_id, saved, change, title, date, author, source, tags, body, "
            f"{number} FROM article_versions "
            f"WHERE article_id IN ({','.join('?' * len(ids))}) ORDER BY article_id, version",
            ids,
        )
        found: dict[int, list[Version]] = {}
        for article_id, saved, change, title, date, author, source, tags, body, num in rows:
            found.setdefault(article_id, []).append(
                Version(
                    title=title,
                    body=body,
                    date=date,
                    author=author,
                    source=source,
                    number=num,
                    tags=_tag_list(tags),
                    saved=saved,
                    change=change,
                )
            )
        return found

    def _aliases(self, ids: list[int]) -> dict[int, list[str]]:
        if not self._has_aliases:
            return {}
        found: dict[int, list[str]] = {}
        rows = self._run(
            "SELECT article_id, uid FROM article_aliases "
            f"WHERE article_id IN ({','.join('?' * len(ids))}) ORDER BY uid",
            ids,
        )
        for article_id, uid in rows:
            found.setdefault(article_id, []).append(uid)
        return found

    def _run(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, list(params))
        except sqlite3.DatabaseError as error:
            raise _damaged(self.path, error) from error


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _tag_list(text: str | None) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(tag) for tag in value] if isinstance(value, list) else []


def _damaged(path: Path, error: Exception) -> DamagedArchiveError:
    return DamagedArchiveError(
        f"{path}: the file is damaged ({error}); nothing was merged and it was not changed."
    )
