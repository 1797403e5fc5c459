"""Writing an archive: new articles, edits with history, Trash, imports.

Each public method is one transaction (``BEGIN IMMEDIATE``), and every change to an
article keeps its previous version. With ``db.archive_bulk_writes`` (changes to many
articles at once) the write half of ``db.archive.Archive``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, cast

from db import search_index
from db import vietnamese as vn
from db.archive_reads import ArchiveReads
from db.article_fields import (
    UNSET,
    clean_tags,
    new_uid,
    now,
    same_fields,
    stored_columns,
    tag_key,
    validated,
)
from db.connection import (
    sqlite_errors,
    write_transaction,
)
from db.errors import (
    ArticleNotFoundError,
    ReadOnlyArchiveError,
    VersionConflictError,
)
from db.models import (
    Article,
    ArticleFields,
    NewArticle,
)

NAME_KINDS = ("author", "source", "tag")


class ArchiveWrites(ArchiveReads):
    """Every write to an archive (see ``db.archive.Archive``)."""

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyArchiveError(
                f"{self.path}: the archive is open read-only; nothing can be changed. "
                "Copy it to a writable folder to edit it."
            )

    @sqlite_errors
    def insert(
        self, article: ArticleFields, *, import_id: int | None = None, change: str = "create"
    ) -> Article:
        """Store a new article and return it as stored."""
        self._require_writable()
        with write_transaction(self._db):
            (article_id,) = self._insert_many([article], import_id=import_id, change=change)
        return self.get(article_id)

    @sqlite_errors
    def insert_many(
        self, articles: Sequence[ArticleFields], *, import_id: int | None = None
    ) -> list[int]:
        """Store several new articles in one transaction; returns their ids in order."""
        self._require_writable()
        with write_transaction(self._db):
            return self._insert_many(articles, import_id=import_id, change="import")

    @sqlite_errors
    def import_batch(
        self, articles: Sequence[NewArticle], *, import_id: int | None, allow_duplicates: bool
    ) -> list[tuple[int, bool]]:
        """Store a batch of read files in one transaction, skipping what the archive has.

        The duplicate check runs inside the write transaction, so two programs importing
        the same file at once still store it once. Returns, per article, ``(id, True)``
        when stored or ``(id of the article already there, False)`` for a duplicate.
        """
        self._require_writable()
        with write_transaction(self._db):
            existing = (
                {}
                if allow_duplicates
                else self.find_fingerprints(a.fingerprint for a in articles if a.fingerprint)
            )
            fresh = [a for a in articles if a.fingerprint not in existing]
            new_ids = iter(self._insert_many(fresh, import_id=import_id, change="import"))
            return [
                (existing[a.fingerprint], False)
                if a.fingerprint in existing
                else (next(new_ids), True)
                for a in articles
            ]

    def _insert_many(
        self, articles: Sequence[ArticleFields], *, import_id: int | None, change: str
    ) -> list[int]:
        stamp = now()
        rows: list[dict[str, Any]] = []
        for article in articles:
            extra = article if isinstance(article, NewArticle) else None
            rows.append(
                {
                    "uid": new_uid(),
                    **stored_columns(validated(article)),
                    "change": change,
                    "fingerprint": extra.fingerprint if extra else None,
                    "original_name": extra.original_name if extra else None,
                    "encoding": extra.encoding if extra else None,
                    "import_id": import_id,
                    "created": stamp,
                    "updated": stamp,
                }
            )
        conn = self._db.conn
        ids = []
        if rows:
            # One statement for every row (the same columns): built once, cached by sqlite3.
            names = list(rows[0])
            marks = ", ".join("?" * len(names))
            sql = f"INSERT INTO articles ({', '.join(names)}) VALUES ({marks})"
            for row in rows:
                ids.append(cast(int, conn.execute(sql, list(row.values())).lastrowid))
        search_index.add(
            self._db,
            (
                (new_id, search_index.title_text(row["title"], row["number"]), row["body"])
                for new_id, row in zip(ids, rows, strict=True)
            ),
        )
        tag_rows = []
        for new_id, article in zip(ids, articles, strict=True):
            for tag_id in self._tag_ids(clean_tags(article.tags)):
                tag_rows.append((new_id, tag_id))
        if tag_rows:
            conn.executemany(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)", tag_rows
            )
        originals = [
            (new_id, article.original_bytes)
            for new_id, article in zip(ids, articles, strict=True)
            if isinstance(article, NewArticle) and article.original_bytes is not None
        ]
        if originals:
            conn.executemany("INSERT INTO originals (article_id, data) VALUES (?, ?)", originals)
        images = [
            (new_id, image.name, image.mime, image.data)
            for new_id, article in zip(ids, articles, strict=True)
            if isinstance(article, NewArticle)
            for image in article.images
        ]
        if images:
            conn.executemany(
                "INSERT OR IGNORE INTO images (article_id, name, mime, data) VALUES (?, ?, ?, ?)",
                images,
            )
        return ids

    def _tag_ids(self, names: list[str]) -> list[int]:
        ids = []
        for name in names:
            key = tag_key(name)
            row = self._db.execute("SELECT id FROM tags WHERE key = ?", [key]).fetchone()
            if row:
                ids.append(row[0])
                continue
            cursor = self._db.execute(
                "INSERT INTO tags (name, key, sort) VALUES (?, ?, ?)",
                [name, key, vn.sort_key(name)],
            )
            ids.append(cast(int, cursor.lastrowid))
        return ids

    @sqlite_errors
    def update(
        self,
        article_id: int,
        *,
        title: str = UNSET,
        body: str = UNSET,
        date: str | None = UNSET,
        author: str | None = UNSET,
        source: str | None = UNSET,
        tags: Sequence[str] = UNSET,
        number: str | None = UNSET,
        expected_version: int | None = None,
        change: str = "edit",
    ) -> Article:
        """Change some fields of an article; the previous version goes to its history.

        Args:
            article_id: the article.
            title, body, date, author, source, tags, number: new values; omitted ones stay.
            expected_version: the version the caller read; if the article has changed
                since, VersionConflictError is raised and nothing is written.
            change: what kind of change this is, as shown in the history.
        """
        self._require_writable()
        with write_transaction(self._db):
            current = self._get(article_id)
            if expected_version is not None and current.version != expected_version:
                raise VersionConflictError(article_id, expected_version, current.version)
            fields = ArticleFields(
                title=current.title if title is UNSET else title,
                body=current.body if body is UNSET else body,
                date=current.date if date is UNSET else date,
                author=current.author if author is UNSET else author,
                source=current.source if source is UNSET else source,
                tags=list(current.tags if tags is UNSET else tags),
                number=current.number if number is UNSET else number,
            )
            self._write_version(current, validated(fields), change)
        return self.get(article_id)

    def _write_version(self, current: Article, fields: ArticleFields, change: str) -> bool:
        """Store ``fields`` as the next version of ``current``; False when nothing changed."""
        if same_fields(current, fields):
            return False
        self._db.execute(
            "INSERT INTO article_versions (article_id, version, saved, change, title, date, "
            "author, source, tags, body, number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                current.id,
                current.version,
                current.updated,
                current.change,
                current.title,
                current.date,
                current.author,
                current.source,
                json.dumps(current.tags, ensure_ascii=False),
                current.body,
                current.number,
            ],
        )
        columns = stored_columns(fields)
        self._db.execute(
            f"UPDATE articles SET {', '.join(f'{name} = ?' for name in columns)}, "
            "version = version + 1, change = ?, updated = ? WHERE id = ?",
            [*columns.values(), change, now(), current.id],
        )
        # The search indexes follow title, number, body and date through a trigger.
        if clean_tags(fields.tags) != current.tags:
            self._db.execute("DELETE FROM article_tags WHERE article_id = ?", [current.id])
            self._db.conn.executemany(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                [(current.id, tag_id) for tag_id in self._tag_ids(clean_tags(fields.tags))],
            )
            self._drop_unused_tags()
        return True

    def _drop_unused_tags(self) -> None:
        self._db.execute(
            "DELETE FROM tags WHERE NOT EXISTS "
            "(SELECT 1 FROM article_tags WHERE article_tags.tag_id = tags.id)"
        )

    @sqlite_errors
    def trash(self, article_ids: Iterable[int]) -> int:
        """Move articles to the Trash; returns how many moved."""
        return self._set_deleted(article_ids, now())

    @sqlite_errors
    def restore(self, article_ids: Iterable[int]) -> int:
        """Bring articles back from the Trash; returns how many came back."""
        return self._set_deleted(article_ids, None)

    def _set_deleted(self, article_ids: Iterable[int], stamp: str | None) -> int:
        self._require_writable()
        ids = list(article_ids)
        with write_transaction(self._db):
            for article_id in ids:
                self._get(article_id)
            condition = "deleted IS NULL" if stamp else "deleted IS NOT NULL"
            changed = 0
            for article_id in ids:
                # trash_changed: a merge lets the later of two workstations' Trash
                # changes win, restores included.
                cursor = self._db.execute(
                    f"UPDATE articles SET deleted = ?, trash_changed = ? "
                    f"WHERE id = ? AND {condition}",
                    [stamp, now(), article_id],
                )
                changed += cursor.rowcount
        return changed

    @sqlite_errors
    def purge(self, article_ids: Iterable[int]) -> int:
        """Delete articles that are in the Trash for good; returns how many."""
        self._require_writable()
        with write_transaction(self._db):
            rows = []
            for article_id in article_ids:
                row = self._db.execute(
                    "SELECT id FROM articles "
                    "WHERE id = ? AND deleted IS NOT NULL",
                    [article_id],
                ).fetchone()
                if row:
                    rows.append(row)
            # A trigger takes them out of the search indexes.
            self._db.conn.executemany("DELETE FROM articles WHERE id = ?", [(r[0],) for r in rows])
            self._drop_unused_tags()
        return len(rows)

    @sqlite_errors
    def empty_trash(self) -> int:
        """Delete everything in the Trash for good; returns how many."""
        ids = [r[0] for r in self._db.execute("SELECT id FROM articles WHERE deleted IS NOT NULL")]
        return self.purge(ids)

    @sqlite_errors
    def store_redecoded(
        self, article_id: int, fields: ArticleFields, *, encoding: str, expected_version: int
    ) -> Article:
        """Store an article's text read again from its file's bytes (see ``db.redecode``).

        The fields become a new version ("re-decoded as ENCODING") and the encoding is
        recorded; raises VersionConflictError when the article changed since it was read.
        """
        self._require_writable()
        with write_transaction(self._db):
            current = self._get(article_id)
            if current.version != expected_version:
                raise VersionConflictError(current.id, expected_version, current.version)
            self._write_version(current, validated(fields), f"re-decoded as {encoding}")
            self._db.execute(
                "UPDATE articles SET encoding = ? WHERE id = ?", [encoding, current.id]
            )
        return self.get(current.id)

    @sqlite_errors
    def revert(self, article_id: int | str, version: int) -> Article:
        """Make an old version current again; the revert is itself a new version."""
        self._require_writable()
        with write_transaction(self._db):
            current = self._get(article_id)
            old = next((v for v in self.history(current.id) if v.version == version), None)
            if old is None:
                raise ArticleNotFoundError(
                    f"Article {current.id} has no version {version}. "
                    f"Use `archive-viewer history {current.id}` to see its versions."
                )
            fields = ArticleFields(
                title=old.title,
                body=old.body,
                date=old.date,
                author=old.author,
                source=old.source,
                tags=old.tags,
                number=old.number,
            )
            self._write_version(current, fields, f"revert to version {version}")
        return self.get(current.id)

    @sqlite_errors
    def start_import(self) -> int:
        """Record the start of an import run; returns its id."""
        self._require_writable()
        with write_transaction(self._db):
            cursor = self._db.execute("INSERT INTO imports (started) VALUES (?)", [now()])
        return cast(int, cursor.lastrowid)

    @sqlite_errors
    def finish_import(
        self, import_id: int, *, imported: int, duplicates: int, skipped: int, failed: int
    ) -> None:
        """Record the counts of a finished (or cancelled) import run."""
        with write_transaction(self._db):
            self._db.execute(
                "UPDATE imports SET finished = ?, imported = ?, duplicates = ?, skipped = ?, "
                "failed = ? WHERE id = ?",
                [now(), imported, duplicates, skipped, failed, import_id],
            )
