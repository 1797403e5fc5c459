"""Writing an archive: new articles, edits with history, bulk changes, Trash, imports.

Each public method is one transaction (``BEGIN IMMEDIATE``), and every change to an
article keeps its previous version. The write half of ``db.archive.Archive``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from db import search_index
from db import vietnamese as vn
from db.archive_reads import ArchiveReads
from db.article_fields import (
    UNSET,
    clean_name,
    clean_tags,
    fields_of,
    name_key_or_none,
    new_uid,
    now,
    same_fields,
    validated,
)
from db.connection import (
    sqlite_errors,
    write_transaction,
)
from db.dates import date_bounds
from db.errors import (
    ArchiveError,
    ArticleNotFoundError,
    InvalidArticleError,
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
        rows = []
        for article in articles:
            fields = validated(article)
            extra = article if isinstance(article, NewArticle) else None
            date_lo, date_hi = date_bounds(fields.date) if fields.date else (None, None)
            rows.append(
                (
                    new_uid(),
                    fields.title,
                    vn.sort_key(fields.title),
                    fields.date,
                    date_lo,
                    date_hi,
                    fields.author,
                    name_key_or_none(fields.author),
                    vn.sort_key(fields.author),
                    fields.source,
                    name_key_or_none(fields.source),
                    fields.body,
                    change,
                    extra.fingerprint if extra else None,
                    extra.original_name if extra else None,
                    extra.encoding if extra else None,
                    import_id,
                    stamp,
                    stamp,
                )
            )
        conn = self._db.conn
        ids = []
        for row in rows:
            cursor = conn.execute(
                "INSERT INTO articles (uid, title, title_sort, date, date_lo, date_hi, author, "
                "author_key, author_sort, source, source_key, body, change, fingerprint, "
                "original_name, encoding, import_id, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
            new_id = cast(int, cursor.lastrowid)
            ids.append(new_id)
        search_index.add(
            self._db, ((new_id, row[1], row[11]) for new_id, row in zip(ids, rows, strict=True))
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
            key = vn.name_key(name) or name.lower()
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
        expected_version: int | None = None,
        change: str = "edit",
    ) -> Article:
        """Change some fields of an article; the previous version goes to its history.

        Args:
            article_id: the article.
            title, body, date, author, source, tags: new values; omitted ones stay.
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
            )
            self._write_version(current, validated(fields), change)
        return self.get(article_id)

    def _write_version(self, current: Article, fields: ArticleFields, change: str) -> bool:
        """Store ``fields`` as the next version of ``current``; False when nothing changed."""
        if same_fields(current, fields):
            return False
        self._db.execute(
            "INSERT INTO article_versions (article_id, version, saved, change, title, date, "
            "author, source, tags, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            ],
        )
        date_lo, date_hi = date_bounds(fields.date) if fields.date else (None, None)
        self._db.execute(
            "UPDATE articles SET title = ?, title_sort = ?, body = ?, date = ?, date_lo = ?, "
            "date_hi = ?, author = ?, author_key = ?, author_sort = ?, source = ?, "
            "source_key = ?, version = version + 1, change = ?, updated = ? WHERE id = ?",
            [
                fields.title,
                vn.sort_key(fields.title),
                fields.body,
                fields.date,
                date_lo,
                date_hi,
                fields.author,
                name_key_or_none(fields.author),
                vn.sort_key(fields.author),
                fields.source,
                name_key_or_none(fields.source),
                change,
                now(),
                current.id,
            ],
        )
        # The search indexes follow title, body and date through a trigger.
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

    def add_tags(self, article_ids: Iterable[int], tags: Sequence[str]) -> int:
        """Add tags to several articles in one transaction; returns how many changed."""
        return self.bulk_edit(article_ids, add_tags=tags)

    def remove_tags(self, article_ids: Iterable[int], tags: Sequence[str]) -> int:
        """Remove tags from several articles in one transaction; returns how many changed."""
        return self.bulk_edit(article_ids, remove_tags=tags)

    def set_source(self, article_ids: Iterable[int], source: str | None) -> int:
        """Set the source of several articles in one transaction; returns how many changed."""
        return self.bulk_edit(article_ids, source=source)

    @sqlite_errors
    def bulk_edit(
        self,
        article_ids: Iterable[int],
        *,
        add_tags: Sequence[str] = (),
        remove_tags: Sequence[str] = (),
        source: str | None = UNSET,
    ) -> int:
        """Add/remove tags and set the source of several articles at once.

        One transaction and one new version per changed article (a tag both added and
        removed ends up added). Returns how many articles changed.
        """
        keys = {vn.name_key(tag) for tag in remove_tags}

        def changes(article: Article) -> dict[str, Any]:
            result: dict[str, Any] = {}
            if add_tags or remove_tags:
                kept = [t for t in article.tags if vn.name_key(t) not in keys]
                result["tags"] = kept + list(add_tags)
            if source is not UNSET:
                result["source"] = source
            return result

        done = [
            label
            for label, given in (
                ("add tags", add_tags),
                ("remove tags", remove_tags),
                ("set source", source is not UNSET),
            )
            if given
        ]
        change = f"bulk: {done[0]}" if len(done) == 1 else "bulk edit"
        return self._bulk(article_ids, changes, change=change)

    def _bulk(
        self,
        article_ids: Iterable[int],
        make_changes: Callable[[Article], dict[str, Any]],
        *,
        change: str,
    ) -> int:
        self._require_writable()
        changed = 0
        with write_transaction(self._db):
            for article_id in article_ids:
                current = self._get(article_id)
                fields = fields_of(current)
                for name, value in make_changes(current).items():
                    setattr(fields, name, value)
                if self._write_version(current, validated(fields), change):
                    changed += 1
        return changed

    @sqlite_errors
    def rename(self, kind: str, old: str | Sequence[str], new: str) -> int:
        """Rename (or merge several names into) ``new`` across the archive.

        Each article that changes gets a new version, so the rename can be undone from
        its history. Returns the number of articles changed.
        """
        olds = [old] if isinstance(old, str) else list(old)
        new_name = clean_name(new)
        if not new_name:
            raise InvalidArticleError("The new name is empty: type the name to use.")
        old_keys = {vn.name_key(name) for name in olds}
        if kind == "tag":
            rows = self._db.execute(
                "SELECT DISTINCT at.article_id FROM article_tags at JOIN tags t "
                f"ON t.id = at.tag_id WHERE t.key IN ({','.join('?' * len(old_keys))})",
                list(old_keys),
            ).fetchall()

            def rename_tags(article: Article) -> dict[str, Any]:
                tags = [new_name if vn.name_key(t) in old_keys else t for t in article.tags]
                return {"tags": clean_tags(tags)}

            with write_transaction(self._db):
                changed = self._bulk([r[0] for r in rows], rename_tags, change="rename tag")
                # Tags that differ only in case or marks are one tag: the new spelling
                # becomes its name everywhere.
                self._db.execute(
                    "UPDATE tags SET name = ?, sort = ? WHERE key = ?",
                    [new_name, vn.sort_key(new_name), vn.name_key(new_name) or new_name.lower()],
                )
            return changed
        if kind not in ("author", "source"):
            raise ValueError(f"unknown name kind {kind!r}")
        exact = [clean_name(name) for name in olds]
        rows = self._db.execute(
            f"SELECT id FROM articles WHERE {kind} IN ({','.join('?' * len(exact))})", exact
        ).fetchall()
        return self._bulk(
            [r[0] for r in rows], lambda _a: {kind: new_name}, change=f"rename {kind}"
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
                cursor = self._db.execute(
                    f"UPDATE articles SET deleted = ? WHERE id = ? AND {condition}",
                    [stamp, article_id],
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
                    "SELECT id, title, body FROM articles WHERE id = ? AND deleted IS NOT NULL",
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
    def redecode(self, article_id: int | str, encoding: str) -> Article:
        """Decode an article's original bytes again with ``encoding``; saved as a new version.

        Title, body and the fields the file gave are replaced; tags typed since are kept.

        Raises:
            ArchiveError: the article has no original bytes kept (it was Unicode), or they
                do not read in ``encoding``.
        """
        # The readers sit above the repository; imported here to keep that layering.
        from db.readers import ReadError, redecode_article_bytes

        self._require_writable()
        with write_transaction(self._db):
            current = self._get(article_id)
            data = self.original_bytes(current.id)
            if data is None:
                raise ArchiveError(
                    f"Article {current.id} was read as Unicode ({current.encoding or 'text'}); "
                    "there are no legacy bytes to decode again."
                )
            try:
                fresh = redecode_article_bytes(
                    data, name=current.original_name or "article.txt", encoding=encoding
                )
            except (ReadError, ValueError) as error:
                raise ArchiveError(f"Article {current.id}: {error}") from error
            fields = ArticleFields(
                title=fresh.title,
                body=fresh.body,
                date=fresh.date or current.date,
                author=fresh.author or current.author,
                source=fresh.source or current.source,
                tags=clean_tags(list(current.tags) + list(fresh.tags)),
            )
            self._write_version(current, validated(fields), f"re-decoded as {fresh.encoding}")
            self._db.execute(
                "UPDATE articles SET encoding = ? WHERE id = ?", [fresh.encoding, current.id]
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
