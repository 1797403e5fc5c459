"""The repository: every read and write of an archive goes through ``Archive``.

The API follows sqlite-utils: keyword arguments, plain dataclasses, ``limit``/``offset``.
One ``Archive`` belongs to one thread (as a sqlite-utils ``Database`` does); a worker
thread opens its own. Each public write is one transaction.
"""

from __future__ import annotations

import functools
import json
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlite_utils import Database

from db import search_index
from db import vietnamese as vn
from db.connection import BUSY_TIMEOUT_MS, open_database, translate_error, write_transaction
from db.dates import date_bounds, parse_partial_date
from db.errors import (
    ArchiveError,
    ArticleNotFoundError,
    InvalidArticleError,
    ReadOnlyArchiveError,
    VersionConflictError,
)
from db.listing import BROAD_COUNT_SHARE, build_list_query, is_broad
from db.models import (
    Article,
    ArticleFields,
    ArticleFilter,
    ArticleImage,
    ArticleRow,
    ArticleVersion,
    ImportRecord,
    NewArticle,
    SortOrder,
)
from db.paths import default_archive_path
from db.query import parse_query, snippet

_F = TypeVar("_F", bound=Callable[..., Any])

_UNSET: Any = object()

NAME_KINDS = ("author", "source", "tag")

_ARTICLE_COLUMNS = (
    "id, uid, title, body, date, author, source, version, change, fingerprint, "
    "original_name, encoding, import_id, created, updated, deleted"
)


def now() -> str:
    """The current UTC time as stored in the archive."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _sqlite_errors(method: _F) -> _F:
    """Report SQLite failures of a repository method as ArchiveErrors naming the file."""

    @functools.wraps(method)
    def wrapper(self: Archive, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise translate_error(self.path, error) from error

    return cast(_F, wrapper)


def clean_name(value: str | None) -> str | None:
    """A name as stored: NFC, single spaces, None when empty."""
    if value is None:
        return None
    cleaned = " ".join(vn.clean(value).split())
    return cleaned or None


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags as stored: cleaned, empty ones dropped, repeats (by name key) dropped."""
    seen: set[str] = set()
    result = []
    for tag in tags:
        name = clean_name(tag)
        if not name:
            continue
        key = vn.name_key(name) or name.lower()
        if key not in seen:
            seen.add(key)
            result.append(name)
    return result


class Archive:
    """An open archive file.

    Use ``Archive.open(path)``; close it with ``close()`` or a ``with`` block.
    """

    def __init__(self, db: Database, path: Path, read_only: bool) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only

    # --- opening -------------------------------------------------------------------

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
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _refresh_derived_data(self) -> None:
        """Rebuild the search index / sort keys when this version computes them differently."""
        index_version = self._meta("index_version")
        sort_version = self._meta("sort_key_version")
        if index_version == str(vn.INDEX_VERSION) and sort_version == str(vn.SORT_KEY_VERSION):
            return
        with write_transaction(self.db):
            if self._meta("index_version") != str(vn.INDEX_VERSION):
                search_index.rebuild(self.db)
                self._set_meta("index_version", str(vn.INDEX_VERSION))
            if self._meta("sort_key_version") != str(vn.SORT_KEY_VERSION):
                self._recompute_sort_keys()
                self._set_meta("sort_key_version", str(vn.SORT_KEY_VERSION))

    def _recompute_sort_keys(self) -> None:
        rows = self.db.execute("SELECT id, title, author FROM articles").fetchall()
        self.db.conn.executemany(
            "UPDATE articles SET title_sort = ?, author_sort = ? WHERE id = ?",
            [(vn.sort_key(title), vn.sort_key(author), id_) for id_, title, author in rows],
        )
        tags = self.db.execute("SELECT id, name FROM tags").fetchall()
        self.db.conn.executemany(
            "UPDATE tags SET sort = ? WHERE id = ?",
            [(vn.sort_key(name), id_) for id_, name in tags],
        )

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyArchiveError(
                f"{self.path}: the archive is open read-only; nothing can be changed. "
                "Copy it to a writable folder to edit it."
            )

    # --- change notification ---------------------------------------------------------

    def data_version(self) -> int:
        """Changes when another connection commits (``PRAGMA data_version``)."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    # --- writing articles --------------------------------------------------------------

    @_sqlite_errors
    def insert(
        self, article: ArticleFields, *, import_id: int | None = None, change: str = "create"
    ) -> Article:
        """Store a new article and return it as stored."""
        self._require_writable()
        with write_transaction(self.db):
            (article_id,) = self._insert_many([article], import_id=import_id, change=change)
        return self.get(article_id)

    @_sqlite_errors
    def insert_many(
        self, articles: Sequence[ArticleFields], *, import_id: int | None = None
    ) -> list[int]:
        """Store several new articles in one transaction; returns their ids in order."""
        self._require_writable()
        with write_transaction(self.db):
            return self._insert_many(articles, import_id=import_id, change="import")

    @_sqlite_errors
    def import_batch(
        self, articles: Sequence[NewArticle], *, import_id: int | None, allow_duplicates: bool
    ) -> list[tuple[int, bool]]:
        """Store a batch of read files in one transaction, skipping what the archive has.

        The duplicate check runs inside the write transaction, so two programs importing
        the same file at once still store it once. Returns, per article, ``(id, True)``
        when stored or ``(id of the article already there, False)`` for a duplicate.
        """
        self._require_writable()
        with write_transaction(self.db):
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
                    uuid.uuid4().hex,
                    fields.title,
                    vn.sort_key(fields.title),
                    fields.date,
                    date_lo,
                    date_hi,
                    fields.author,
                    _name_key(fields.author),
                    vn.sort_key(fields.author),
                    fields.source,
                    _name_key(fields.source),
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
        conn = self.db.conn
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
            self.db, ((new_id, row[1], row[11]) for new_id, row in zip(ids, rows, strict=True))
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
            row = self.db.execute("SELECT id FROM tags WHERE key = ?", [key]).fetchone()
            if row:
                ids.append(row[0])
                continue
            cursor = self.db.execute(
                "INSERT INTO tags (name, key, sort) VALUES (?, ?, ?)",
                [name, key, vn.sort_key(name)],
            )
            ids.append(cast(int, cursor.lastrowid))
        return ids

    @_sqlite_errors
    def update(
        self,
        article_id: int,
        *,
        title: str = _UNSET,
        body: str = _UNSET,
        date: str | None = _UNSET,
        author: str | None = _UNSET,
        source: str | None = _UNSET,
        tags: Sequence[str] = _UNSET,
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
        with write_transaction(self.db):
            current = self._get(article_id)
            if expected_version is not None and current.version != expected_version:
                raise VersionConflictError(article_id, expected_version, current.version)
            fields = ArticleFields(
                title=current.title if title is _UNSET else title,
                body=current.body if body is _UNSET else body,
                date=current.date if date is _UNSET else date,
                author=current.author if author is _UNSET else author,
                source=current.source if source is _UNSET else source,
                tags=list(current.tags if tags is _UNSET else tags),
            )
            self._write_version(current, validated(fields), change)
        return self.get(article_id)

    def _write_version(self, current: Article, fields: ArticleFields, change: str) -> bool:
        """Store ``fields`` as the next version of ``current``; False when nothing changed."""
        if _same_fields(current, fields):
            return False
        self.db.execute(
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
        self.db.execute(
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
                _name_key(fields.author),
                vn.sort_key(fields.author),
                fields.source,
                _name_key(fields.source),
                change,
                now(),
                current.id,
            ],
        )
        if fields.title != current.title or fields.body != current.body:
            search_index.remove(self.db, [(current.id, current.title, current.body)])
            search_index.add(self.db, [(current.id, fields.title, fields.body)])
        if clean_tags(fields.tags) != current.tags:
            self.db.execute("DELETE FROM article_tags WHERE article_id = ?", [current.id])
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                [(current.id, tag_id) for tag_id in self._tag_ids(clean_tags(fields.tags))],
            )
            self._drop_unused_tags()
        return True

    def _drop_unused_tags(self) -> None:
        self.db.execute(
            "DELETE FROM tags WHERE NOT EXISTS "
            "(SELECT 1 FROM article_tags WHERE article_tags.tag_id = tags.id)"
        )

    # --- bulk changes ------------------------------------------------------------------

    def add_tags(self, article_ids: Iterable[int], tags: Sequence[str]) -> int:
        """Add tags to several articles in one transaction; returns how many changed."""
        return self.bulk_edit(article_ids, add_tags=tags)

    def remove_tags(self, article_ids: Iterable[int], tags: Sequence[str]) -> int:
        """Remove tags from several articles in one transaction; returns how many changed."""
        return self.bulk_edit(article_ids, remove_tags=tags)

    def set_source(self, article_ids: Iterable[int], source: str | None) -> int:
        """Set the source of several articles in one transaction; returns how many changed."""
        return self.bulk_edit(article_ids, source=source)

    @_sqlite_errors
    def bulk_edit(
        self,
        article_ids: Iterable[int],
        *,
        add_tags: Sequence[str] = (),
        remove_tags: Sequence[str] = (),
        source: str | None = _UNSET,
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
            if source is not _UNSET:
                result["source"] = source
            return result

        done = [
            label
            for label, given in (
                ("add tags", add_tags),
                ("remove tags", remove_tags),
                ("set source", source is not _UNSET),
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
        with write_transaction(self.db):
            for article_id in article_ids:
                current = self._get(article_id)
                fields = _fields_of(current)
                for name, value in make_changes(current).items():
                    setattr(fields, name, value)
                if self._write_version(current, validated(fields), change):
                    changed += 1
        return changed

    @_sqlite_errors
    def names(self, kind: str) -> list[tuple[str, int]]:
        """Every author, source or tag in use with its number of live articles, sorted."""
        if kind == "tag":
            sql = (
                "SELECT t.name, count(a.id) FROM tags t "
                "JOIN article_tags at ON at.tag_id = t.id "
                "JOIN articles a ON a.id = at.article_id AND a.deleted IS NULL "
                "GROUP BY t.id ORDER BY t.sort"
            )
        elif kind in ("author", "source"):
            sort = "author_sort" if kind == "author" else "min(source_key)"
            sql = (
                f"SELECT {kind}, count(*) FROM articles WHERE deleted IS NULL "
                f"AND {kind} IS NOT NULL GROUP BY {kind} ORDER BY {sort}, {kind}"
            )
        else:
            raise ValueError(f"unknown name kind {kind!r}")
        rows = self.db.execute(sql).fetchall()
        if kind == "source":
            rows.sort(key=lambda row: vn.sort_key(row[0]) or "")
        return [(row[0], row[1]) for row in rows]

    @_sqlite_errors
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
            rows = self.db.execute(
                "SELECT DISTINCT at.article_id FROM article_tags at JOIN tags t "
                f"ON t.id = at.tag_id WHERE t.key IN ({','.join('?' * len(old_keys))})",
                list(old_keys),
            ).fetchall()

            def rename_tags(article: Article) -> dict[str, Any]:
                tags = [new_name if vn.name_key(t) in old_keys else t for t in article.tags]
                return {"tags": clean_tags(tags)}

            with write_transaction(self.db):
                changed = self._bulk([r[0] for r in rows], rename_tags, change="rename tag")
                # Tags that differ only in case or marks are one tag: the new spelling
                # becomes its name everywhere.
                self.db.execute(
                    "UPDATE tags SET name = ?, sort = ? WHERE key = ?",
                    [new_name, vn.sort_key(new_name), vn.name_key(new_name) or new_name.lower()],
                )
            return changed
        if kind not in ("author", "source"):
            raise ValueError(f"unknown name kind {kind!r}")
        exact = [clean_name(name) for name in olds]
        rows = self.db.execute(
            f"SELECT id FROM articles WHERE {kind} IN ({','.join('?' * len(exact))})", exact
        ).fetchall()
        return self._bulk(
            [r[0] for r in rows], lambda _a: {kind: new_name}, change=f"rename {kind}"
        )

    # --- trash ---------------------------------------------------------------------------

    @_sqlite_errors
    def trash(self, article_ids: Iterable[int]) -> int:
        """Move articles to the Trash; returns how many moved."""
        return self._set_deleted(article_ids, now())

    @_sqlite_errors
    def restore(self, article_ids: Iterable[int]) -> int:
        """Bring articles back from the Trash; returns how many came back."""
        return self._set_deleted(article_ids, None)

    def _set_deleted(self, article_ids: Iterable[int], stamp: str | None) -> int:
        self._require_writable()
        ids = list(article_ids)
        with write_transaction(self.db):
            for article_id in ids:
                self._get(article_id)
            condition = "deleted IS NULL" if stamp else "deleted IS NOT NULL"
            changed = 0
            for article_id in ids:
                cursor = self.db.execute(
                    f"UPDATE articles SET deleted = ? WHERE id = ? AND {condition}",
                    [stamp, article_id],
                )
                changed += cursor.rowcount
        return changed

    @_sqlite_errors
    def purge(self, article_ids: Iterable[int]) -> int:
        """Delete articles that are in the Trash for good; returns how many."""
        self._require_writable()
        with write_transaction(self.db):
            rows = []
            for article_id in article_ids:
                row = self.db.execute(
                    "SELECT id, title, body FROM articles WHERE id = ? AND deleted IS NOT NULL",
                    [article_id],
                ).fetchone()
                if row:
                    rows.append(row)
            search_index.remove(self.db, rows)
            self.db.conn.executemany("DELETE FROM articles WHERE id = ?", [(r[0],) for r in rows])
            self._drop_unused_tags()
        return len(rows)

    @_sqlite_errors
    def empty_trash(self) -> int:
        """Delete everything in the Trash for good; returns how many."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM articles WHERE deleted IS NOT NULL")]
        return self.purge(ids)

    # --- reading articles --------------------------------------------------------------

    @_sqlite_errors
    def get(self, article_id: int | str) -> Article:
        """One article by numeric id or uid (trashed ones included)."""
        return self._get(article_id)

    def _get(self, article_id: int | str) -> Article:
        value: int | str
        if isinstance(article_id, str) and not article_id.strip().isdigit():
            where, value = "uid = ?", article_id.strip().lower().replace("-", "")
        else:
            where, value = "id = ?", int(article_id)
        row = self.db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE {where}", [value]
        ).fetchone()
        if row is None:
            raise ArticleNotFoundError(
                f"No article with id {article_id} in {self.path}. "
                "Use `archive-viewer list` to see the ids."
            )
        article = Article(
            id=row[0],
            uid=row[1],
            title=row[2],
            body=row[3],
            date=row[4],
            author=row[5],
            source=row[6],
            version=row[7],
            change=row[8],
            fingerprint=row[9],
            original_name=row[10],
            encoding=row[11],
            import_id=row[12],
            created=row[13],
            updated=row[14],
            deleted=row[15],
        )
        article.tags = self._tags_for([article.id]).get(article.id, [])
        return article

    def _tags_for(self, ids: Sequence[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.db.execute(
                "SELECT at.article_id, t.name FROM article_tags at JOIN tags t "
                f"ON t.id = at.tag_id WHERE at.article_id IN ({','.join('?' * len(chunk))}) "
                "ORDER BY t.sort",
                list(chunk),
            )
            for article_id, name in rows:
                found.setdefault(article_id, []).append(name)
        return found

    @_sqlite_errors
    def rows(
        self,
        where: ArticleFilter | None = None,
        *,
        sort: SortOrder | str = SortOrder.DATE,
        descending: bool | None = None,
        limit: int | None = 50,
        offset: int = 0,
        snippets: bool = False,
    ) -> list[ArticleRow]:
        """A page of the article list for a filter.

        Args:
            where: which articles (all live ones when None).
            sort: date (newest first), title, author (Vietnamese order) or relevance.
            descending: reverse the natural direction of the sort when given.
            limit: page size; None for all.
            offset: rows to skip.
            snippets: add a short excerpt around the first match of the query.
        """
        where = where or ArticleFilter()
        sql, params = build_list_query(
            where,
            columns="a.id, a.uid, a.title, a.date, a.author, a.source, a.deleted",
            sort=SortOrder(sort),
            descending=descending,
            limit=limit,
            offset=offset,
            broad=self._is_broad(where, SortOrder(sort)),
        )
        rows = self.db.execute(sql, params).fetchall()
        return self._make_rows(rows, where if snippets else None)

    @_sqlite_errors
    def rows_by_id(
        self, article_ids: Sequence[int], *, query: str | None = None, prefix_last: bool = False
    ) -> list[ArticleRow]:
        """List rows for the given ids, in that order (missing ids are left out)."""
        by_id = {}
        for start in range(0, len(article_ids), 500):
            chunk = list(article_ids[start : start + 500])
            found = self.db.execute(
                "SELECT a.id, a.uid, a.title, a.date, a.author, a.source, a.deleted "
                f"FROM articles a WHERE a.id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
            by_id.update({row[0]: row for row in found})
        ordered = [by_id[i] for i in article_ids if i in by_id]
        filter_ = ArticleFilter(query=query, prefix_last=prefix_last) if query else None
        return self._make_rows(ordered, filter_)

    def _make_rows(self, rows: list[Any], snippet_filter: ArticleFilter | None) -> list[ArticleRow]:
        ids = [row[0] for row in rows]
        tags = self._tags_for(ids)
        snippets: dict[int, str] = {}
        if snippet_filter is not None and snippet_filter.query:
            parsed = parse_query(snippet_filter.query, prefix_last=snippet_filter.prefix_last)
            if not parsed.is_empty:
                bodies = self.db.execute(
                    f"SELECT id, body FROM articles WHERE id IN ({','.join('?' * len(ids))})",
                    ids,
                ).fetchall()
                snippets = {id_: snippet(body, parsed) for id_, body in bodies}
        return [
            ArticleRow(
                id=row[0],
                uid=row[1],
                title=row[2],
                date=row[3],
                author=row[4],
                source=row[5],
                tags=tags.get(row[0], []),
                snippet=snippets.get(row[0]),
                deleted=row[6],
            )
            for row in rows
        ]

    @_sqlite_errors
    def ids(
        self,
        where: ArticleFilter | None = None,
        *,
        sort: SortOrder | str = SortOrder.DATE,
        descending: bool | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[int]:
        """The ids of the matching articles in list order (cheap: no row is built)."""
        where = where or ArticleFilter()
        sql, params = build_list_query(
            where,
            columns="a.id",
            sort=SortOrder(sort),
            descending=descending,
            limit=limit,
            offset=offset,
            broad=self._is_broad(where, SortOrder(sort)),
        )
        return [row[0] for row in self.db.execute(sql, params)]

    @_sqlite_errors
    def count(self, where: ArticleFilter | None = None) -> int:
        """How many articles match (the same filter as ``rows``)."""
        where = where or ArticleFilter()
        sql, params = build_list_query(
            where,
            columns="count(*)",
            count=True,
            broad=self._is_broad(where, SortOrder.DATE, share=BROAD_COUNT_SHARE),
        )
        return int(self.db.execute(sql, params).fetchone()[0])

    def _is_broad(self, where: ArticleFilter, sort: SortOrder, *, share: float = 0.0) -> bool:
        """Whether to plan the list query for a text that matches many articles."""
        if sort is SortOrder.RELEVANCE or not where.query:
            return False
        return is_broad(self.db.conn, where, share=share)

    @_sqlite_errors
    def total(self, *, trashed: bool = False) -> int:
        """How many articles the archive holds (outside or inside the Trash)."""
        condition = "IS NOT NULL" if trashed else "IS NULL"
        return int(
            self.db.execute(f"SELECT count(*) FROM articles WHERE deleted {condition}").fetchone()[
                0
            ]
        )

    @_sqlite_errors
    def original_bytes(self, article_id: int) -> bytes | None:
        """The bytes of the file an article was decoded from, when they were kept."""
        row = self.db.execute(
            "SELECT data FROM originals WHERE article_id = ?", [article_id]
        ).fetchone()
        return bytes(row[0]) if row else None

    @_sqlite_errors
    def image(self, article_id: int, name: str) -> bytes | None:
        """The bytes of the image an article's body names ``image:NAME``, or None."""
        row = self.db.execute(
            "SELECT data FROM images WHERE article_id = ? AND name = ?", [article_id, name]
        ).fetchone()
        return bytes(row[0]) if row else None

    @_sqlite_errors
    def images(self, article_id: int) -> list[ArticleImage]:
        """Every image kept with an article, in the order they were stored."""
        rows = self.db.execute(
            "SELECT name, mime, data FROM images WHERE article_id = ? ORDER BY id", [article_id]
        )
        return [ArticleImage(name=name, mime=mime, data=bytes(data)) for name, mime, data in rows]

    @_sqlite_errors
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
        with write_transaction(self.db):
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
            self.db.execute(
                "UPDATE articles SET encoding = ? WHERE id = ?", [fresh.encoding, current.id]
            )
        return self.get(current.id)

    # --- history -----------------------------------------------------------------------

    @_sqlite_errors
    def history(self, article_id: int | str) -> list[ArticleVersion]:
        """Every version of an article, newest (the current one) first."""
        current = self._get(article_id)
        versions = [_current_version(current)]
        rows = self.db.execute(
            "SELECT version, saved, change, title, date, author, source, tags, body "
            "FROM article_versions WHERE article_id = ? ORDER BY version DESC",
            [current.id],
        )
        for version, saved, change, title, date, author, source, tags, body in rows:
            versions.append(
                ArticleVersion(
                    article_id=current.id,
                    version=version,
                    saved=saved,
                    change=change,
                    title=title,
                    date=date,
                    author=author,
                    source=source,
                    tags=json.loads(tags),
                    body=body,
                )
            )
        return versions

    @_sqlite_errors
    def revert(self, article_id: int | str, version: int) -> Article:
        """Make an old version current again; the revert is itself a new version."""
        self._require_writable()
        with write_transaction(self.db):
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

    # --- duplicates and imports --------------------------------------------------------

    @_sqlite_errors
    def find_fingerprints(self, fingerprints: Iterable[str]) -> dict[str, int]:
        """Which of these import fingerprints the archive holds (Trash included), by id."""
        wanted = list(set(fingerprints))
        found: dict[str, int] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self.db.execute(
                "SELECT fingerprint, min(id) FROM articles WHERE fingerprint IN "
                f"({','.join('?' * len(chunk))}) GROUP BY fingerprint",
                chunk,
            )
            found.update({fp: id_ for fp, id_ in rows})
        return found

    @_sqlite_errors
    def start_import(self) -> int:
        """Record the start of an import run; returns its id."""
        self._require_writable()
        with write_transaction(self.db):
            cursor = self.db.execute("INSERT INTO imports (started) VALUES (?)", [now()])
        return cast(int, cursor.lastrowid)

    @_sqlite_errors
    def finish_import(
        self, import_id: int, *, imported: int, duplicates: int, skipped: int, failed: int
    ) -> None:
        """Record the counts of a finished (or cancelled) import run."""
        with write_transaction(self.db):
            self.db.execute(
                "UPDATE imports SET finished = ?, imported = ?, duplicates = ?, skipped = ?, "
                "failed = ? WHERE id = ?",
                [now(), imported, duplicates, skipped, failed, import_id],
            )

    @_sqlite_errors
    def last_import(self) -> ImportRecord | None:
        """The most recent import run that stored at least one article."""
        row = self.db.execute(
            "SELECT id, started, finished, imported, duplicates, skipped, failed FROM imports "
            "WHERE imported > 0 ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return ImportRecord(*row) if row else None

    # --- maintenance -------------------------------------------------------------------

    @_sqlite_errors
    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check and the index check (empty: healthy).

        Damage is reported in the list, not raised, even when SQLite cannot finish a check.
        """
        try:
            problems = [
                row[0]
                for row in self.db.execute("PRAGMA integrity_check").fetchall()
                if row[0] != "ok"
            ]
        except sqlite3.DatabaseError as error:
            problems = [f"SQLite cannot read the whole archive: it is damaged ({error})"]
        try:
            problems += [
                f"foreign key problem in {row[0]}"
                for row in self.db.execute("PRAGMA foreign_key_check").fetchall()
            ]
        except sqlite3.DatabaseError as error:
            problems.append(f"the links between tables cannot be checked ({error})")
        try:
            problems += search_index.check(self.db)
        except sqlite3.DatabaseError as error:
            problems.append(f"the search index is damaged ({error})")
        return problems

    @_sqlite_errors
    def backup(self, destination: Path | str) -> Path:
        """Write a consistent copy of the archive to ``destination`` (not overwritten)."""
        target = Path(destination)
        if target.is_dir():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = target / f"{self.path.stem}-{stamp}.sqlite3"
        if target.exists():
            raise ArchiveError(f"{target} already exists; choose another name.")
        partial = target.with_name(target.name + ".part")
        try:
            destination_db = sqlite3.connect(str(partial))
            try:
                self.db.conn.backup(destination_db)
                # A self-contained file: a WAL-mode copy cannot be read from a CD or
                # a read-only share by SQLite tools without a -shm beside it.
                destination_db.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination_db.close()
            shutil.move(str(partial), str(target))
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise ArchiveError(f"{target}: cannot write the backup ({error.strerror}).") from error
        except sqlite3.Error as error:
            # Writing the copy failed (a full or read-only backup disk): the archive is
            # fine, and no half-written copy is left behind to be mistaken for a backup.
            for suffix in ("", "-journal", "-wal", "-shm"):
                partial.with_name(partial.name + suffix).unlink(missing_ok=True)
            raise ArchiveError(
                f"{target}: cannot write the backup ({error}); the archive is unchanged. "
                "Free some space or choose another folder."
            ) from error
        return target


def _name_key(value: str | None) -> str | None:
    return vn.name_key(value) if value else None


def validated(article: ArticleFields) -> ArticleFields:
    """The fields as they would be stored; raises InvalidArticleError or InvalidDateError."""
    title = " ".join(vn.clean(article.title or "").split())
    if not title:
        raise InvalidArticleError("An article needs a title: type one.")
    date = parse_partial_date(article.date) if article.date and article.date.strip() else None
    return ArticleFields(
        title=title,
        body=vn.clean(article.body or ""),
        date=date,
        author=clean_name(article.author),
        source=clean_name(article.source),
        tags=clean_tags(article.tags),
    )


def _fields_of(article: Article) -> ArticleFields:
    return ArticleFields(
        title=article.title,
        body=article.body,
        date=article.date,
        author=article.author,
        source=article.source,
        tags=list(article.tags),
    )


def _same_fields(current: Article, fields: ArticleFields) -> bool:
    return (
        current.title == fields.title
        and current.body == fields.body
        and current.date == fields.date
        and current.author == fields.author
        and current.source == fields.source
        and current.tags == fields.tags
    )


def _current_version(article: Article) -> ArticleVersion:
    return ArticleVersion(
        article_id=article.id,
        version=article.version,
        saved=article.updated,
        change=article.change,
        title=article.title,
        date=article.date,
        author=article.author,
        source=article.source,
        tags=list(article.tags),
        body=article.body,
        current=True,
    )
