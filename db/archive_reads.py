"""Reading an archive: articles, list pages, counts, names, history, files' bytes.

The read half of ``db.archive.Archive`` (which adds writing and opening); kept apart so
that each file holds one concern.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from db import vietnamese as vn
from db.article_fields import (
    current_version,
)
from db.connection import (
    sqlite_errors,
    translate_error,
)
from db.errors import (
    ArticleNotFoundError,
)
from db.facet_cache import FacetCache
from db.facets import FacetOrder, Facets, count_facets
from db.listing import ArticleListing, count_articles, open_listing
from db.models import (
    Article,
    ArticleFilter,
    ArticleImage,
    ArticleRow,
    ArticleVersion,
    ImportRecord,
    SortOrder,
)
from db.query import parse_query, snippet

if TYPE_CHECKING:
    from db.ranking import WordWeights

_ARTICLE_COLUMNS = (
    "id, uid, title, body, date, author, source, version, change, fingerprint, "
    "original_name, encoding, import_id, created, updated, deleted, number"
)
# The list's columns; rows are made by ``_make_rows``.
_ROW_COLUMNS = "a.id, a.uid, a.title, a.date, a.author, a.source, a.deleted, a.number"


class ListedIds:
    """The ids of a list in order, read on demand (from ``ArchiveReads.listing``).

    Belongs to the thread of the archive that made it; SQLite errors come out as
    ``ArchiveError`` naming the file.
    """

    def __init__(self, listing: ArticleListing, path: Path) -> None:
        self._listing = listing
        self._path = path

    @property
    def exhausted(self) -> bool:
        """Whether every id has been read."""
        return self._listing.exhausted

    def take(self, count: int) -> list[int]:
        """The next ``count`` ids (fewer at the end)."""
        try:
            return self._listing.take(count)
        except sqlite3.Error as error:
            raise translate_error(self._path, error) from error

    def rest(self) -> list[int]:
        """Every id not read yet."""
        try:
            return self._listing.rest()
        except sqlite3.Error as error:
            raise translate_error(self._path, error) from error


class ArchiveReads:
    """Every read of an archive (see ``db.archive.Archive``)."""

    _db: Database
    path: Path
    read_only: bool

    @sqlite_errors
    def data_version(self) -> int:
        """Changes when another connection commits (``PRAGMA data_version``)."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    @sqlite_errors
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
        rows = self._db.execute(sql).fetchall()
        if kind == "source":
            rows.sort(key=lambda row: vn.sort_key(row[0]) or "")
        return [(row[0], row[1]) for row in rows]

    @sqlite_errors
    def get(self, article_id: int | str) -> Article:
        """One article by numeric id or uid (trashed ones included)."""
        return self._get(article_id)

    def _get(self, article_id: int | str) -> Article:
        value: int | str
        if isinstance(article_id, str) and not article_id.strip().isdigit():
            where, value = "uid = ?", article_id.strip().lower().replace("-", "")
        else:
            where, value = "id = ?", int(article_id)
        row = self._db.execute(
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
            number=row[16],
        )
        article.tags = self._tags_for([article.id]).get(article.id, [])
        return article

    def _tags_for(self, ids: Sequence[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self._db.execute(
                "SELECT at.article_id, t.name FROM article_tags at JOIN tags t "
                f"ON t.id = at.tag_id WHERE at.article_id IN ({','.join('?' * len(chunk))}) "
                "ORDER BY t.sort",
                list(chunk),
            )
            for article_id, name in rows:
                found.setdefault(article_id, []).append(name)
        return found

    @sqlite_errors
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
        ids = self._ids(where, SortOrder(sort), descending, limit, offset)
        return self._rows_in_order(ids, where if snippets else None)

    @sqlite_errors
    def rows_by_id(
        self, article_ids: Sequence[int], *, query: str | None = None, prefix_last: bool = False
    ) -> list[ArticleRow]:
        """List rows for the given ids, in that order (missing ids are left out)."""
        filter_ = ArticleFilter(query=query, prefix_last=prefix_last) if query else None
        return self._rows_in_order(article_ids, filter_)

    def _rows_in_order(
        self, article_ids: Sequence[int], snippet_filter: ArticleFilter | None
    ) -> list[ArticleRow]:
        by_id = {}
        for start in range(0, len(article_ids), 500):
            chunk = list(article_ids[start : start + 500])
            found = self._db.execute(
                f"SELECT {_ROW_COLUMNS} "
                f"FROM articles a WHERE a.id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
            by_id.update({row[0]: row for row in found})
        ordered = [by_id[i] for i in article_ids if i in by_id]
        return self._make_rows(ordered, snippet_filter)

    def _make_rows(self, rows: list[Any], snippet_filter: ArticleFilter | None) -> list[ArticleRow]:
        ids = [row[0] for row in rows]
        tags = self._tags_for(ids)
        snippets: dict[int, str] = {}
        if snippet_filter is not None and snippet_filter.query:
            parsed = parse_query(snippet_filter.query, prefix_last=snippet_filter.prefix_last)
            if not parsed.is_empty:
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    bodies = self._db.execute(
                        f"SELECT id, body FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
                        chunk,
                    )
                    snippets.update({id_: snippet(body, parsed) for id_, body in bodies})
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
                number=row[7],
            )
            for row in rows
        ]

    @sqlite_errors
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
        return self._ids(where or ArticleFilter(), SortOrder(sort), descending, limit, offset)

    def _ids(
        self,
        where: ArticleFilter,
        sort: SortOrder,
        descending: bool | None,
        limit: int | None,
        offset: int,
    ) -> list[int]:
        listing = open_listing(
            self._db.conn, where, sort=sort, descending=descending, weights=self._weights()
        )
        listing.skip(offset)
        return listing.rest() if limit is None else listing.take(limit)

    @sqlite_errors
    def listing(
        self,
        where: ArticleFilter | None = None,
        *,
        sort: SortOrder | str = SortOrder.DATE,
        descending: bool | None = None,
    ) -> ListedIds:
        """The ids of a list in order, to be read a chunk at a time (``ListedIds.take``).

        The first chunk of a list of a million articles costs what its first page costs;
        the reader keeps its place until the archive changes (then open a new one).
        """
        listing = open_listing(
            self._db.conn,
            where or ArticleFilter(),
            sort=SortOrder(sort),
            descending=descending,
            weights=self._weights(),
        )
        return ListedIds(listing, self.path)

    def _weights(self) -> WordWeights:
        """The word weights of this connection's relevance searches (kept between them)."""
        weights: WordWeights | None = getattr(self, "_word_weights", None)
        if weights is None:
            from db.ranking import WordWeights

            weights = self._word_weights = WordWeights()
        return weights

    @sqlite_errors
    def count(self, where: ArticleFilter | None = None) -> int:
        """How many articles match (the same filter as ``rows``)."""
        return count_articles(self._db.conn, where or ArticleFilter())

    @sqlite_errors
    def facets(
        self,
        where: ArticleFilter | None = None,
        *,
        order: FacetOrder | str = FacetOrder.NAME,
        ids: Iterable[int] | None = None,
    ) -> Facets:
        """Articles per year and month, source, author and tag, for browsing (``db.facets``).

        Each facet counts the filter without its own choices: an entry's count is what
        the list shows with that entry chosen alone in its facet. ``ids``: the articles
        ``where`` selects, when the caller has just listed them (not searched again).
        """
        cache: FacetCache | None = getattr(self, "_facet_cache", None)
        if cache is None:
            cache = self._facet_cache = FacetCache()
        return count_facets(
            self._db.conn, where or ArticleFilter(), cache=cache, order=FacetOrder(order), ids=ids
        )

    @sqlite_errors
    def total(self, *, trashed: bool = False) -> int:
        """How many articles the archive holds (outside or inside the Trash)."""
        condition = "IS NOT NULL" if trashed else "IS NULL"
        return int(
            self._db.execute(f"SELECT count(*) FROM articles WHERE deleted {condition}").fetchone()[
                0
            ]
        )

    @sqlite_errors
    def original_bytes(self, article_id: int) -> bytes | None:
        """The bytes of the file an article was decoded from, when they were kept."""
        row = self._db.execute(
            "SELECT data FROM originals WHERE article_id = ?", [article_id]
        ).fetchone()
        return bytes(row[0]) if row else None

    @sqlite_errors
    def has_original(self, article_id: int) -> bool:
        """Whether the bytes of the article's original file are kept (without reading them)."""
        row = self._db.execute(
            "SELECT 1 FROM originals WHERE article_id = ?", [article_id]
        ).fetchone()
        return row is not None

    @sqlite_errors
    def image(self, article_id: int, name: str) -> bytes | None:
        """The bytes of the image an article's body names ``image:NAME``, or None."""
        row = self._db.execute(
            "SELECT data FROM images WHERE article_id = ? AND name = ?", [article_id, name]
        ).fetchone()
        return bytes(row[0]) if row else None

    @sqlite_errors
    def images(self, article_id: int) -> list[ArticleImage]:
        """Every image kept with an article, in the order they were stored."""
        rows = self._db.execute(
            "SELECT name, mime, data FROM images WHERE article_id = ? ORDER BY id", [article_id]
        )
        return [ArticleImage(name=name, mime=mime, data=bytes(data)) for name, mime, data in rows]

    @sqlite_errors
    def history(self, article_id: int | str) -> list[ArticleVersion]:
        """Every version of an article, newest (the current one) first."""
        current = self._get(article_id)
        versions = [current_version(current)]
        rows = self._db.execute(
            "SELECT version, saved, change, title, date, author, source, tags, body, number "
            "FROM article_versions WHERE article_id = ? ORDER BY version DESC",
            [current.id],
        )
        for version, saved, change, title, date, author, source, tags, body, number in rows:
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
                    number=number,
                )
            )
        return versions

    @sqlite_errors
    def find_fingerprints(self, fingerprints: Iterable[str]) -> dict[str, int]:
        """Which of these import fingerprints the archive holds (Trash included), by id."""
        wanted = list(set(fingerprints))
        found: dict[str, int] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self._db.execute(
                "SELECT fingerprint, min(id) FROM articles WHERE fingerprint IN "
                f"({','.join('?' * len(chunk))}) GROUP BY fingerprint",
                chunk,
            )
            found.update({fp: id_ for fp, id_ in rows})
        return found

    @sqlite_errors
    def last_import(self) -> ImportRecord | None:
        """The most recent import run that stored at least one article."""
        row = self._db.execute(
            "SELECT id, started, finished, imported, duplicates, skipped, failed FROM imports "
            "WHERE imported > 0 ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return ImportRecord(*row) if row else None
