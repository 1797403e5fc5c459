"""Counts for browsing: articles per year and month, source, author and tag, for a filter.

Each facet is counted for the filter without its own choices (the others narrow it),
so that the panel shows what another choice in the same facet would add: choices within
a facet are alternatives. The count shown beside an entry is therefore exactly the
length of the list that filter plus that entry alone gives (the tests check it).

How it stays fast at 100,000 articles, and leaves the window's thread alone:

* No filter at all (an archive just opened, or being imported into): GROUP BY in SQL
  over the indexes that hold the column counted; the Trash is left out by its own index.
* Any filter: the ids it selects come from the list's own search
  (``listing.text_match_sql`` for text, the list's conditions otherwise, both over
  indexes) in one string (``group_concat``), or from the caller, who has just listed
  them. A few thousand are counted in SQL, by id. More are counted in memory
  (``db.facet_cache``: arrays read once after each change), and more than half the
  archive as everything minus the rest.

SQLite runs without Python's lock: the window's thread never waits for these counts.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from db import search_words
from db import vietnamese as vn
from db.facet_cache import FacetCache, month_number, one_row, parse_ids, without
from db.listing import build_list_query, text_match_sql
from db.models import ArticleFilter
from db.query import Term, parse_query
from db.search_keys import ID_BITS, ID_MASK

# A selection of at most this many articles is counted in SQL, by id (a few
# milliseconds), without the arrays of db.facet_cache, which take a quarter of a second
# to read after each change.
FEW = 5000


class FacetOrder(StrEnum):
    """How the entries of a facet are ordered."""

    NAME = "name"  # Vietnamese alphabetical order; years and months newest first
    COUNT = "count"  # most articles first, then by name


@dataclass(frozen=True)
class FacetEntry:
    """One entry of a facet: what to put in the filter, what to show, how many.

    ``value`` goes into the filter's field (``periods``, ``sources``, ``authors``,
    ``any_tags``); ``name`` is shown; ``sort_key`` orders by name.
    """

    value: str
    name: str
    count: int
    sort_key: str


@dataclass(frozen=True)
class Facets:
    """The counts for one filter.

    ``years`` and ``months`` (values ``2023`` and ``2023-05``) count the filter without
    its ``periods``; ``sources``, ``authors`` and ``tags`` without their own choices;
    ``timeline`` is ``months`` for the filter without any date (neither ``periods`` nor
    ``date_from``/``date_to``), in calendar order, for a chart that shows where the
    dates chosen lie. ``undated`` counts articles without a date (of ``years``' filter).
    """

    years: list[FacetEntry] = field(default_factory=list)
    months: list[FacetEntry] = field(default_factory=list)
    sources: list[FacetEntry] = field(default_factory=list)
    authors: list[FacetEntry] = field(default_factory=list)
    tags: list[FacetEntry] = field(default_factory=list)
    timeline: list[FacetEntry] = field(default_factory=list)
    undated: int = 0


def count_facets(
    conn: sqlite3.Connection,
    where: ArticleFilter,
    *,
    cache: FacetCache | None = None,
    order: FacetOrder = FacetOrder.NAME,
    ids: Iterable[int] | None = None,
) -> Facets:
    """Every facet's counts for ``where`` (see ``Facets``), in one snapshot of the archive.

    ``cache`` keeps what articles are counted by between calls on this connection;
    ``ids``, when the caller has them (the list just read), are the articles ``where``
    selects, so that they are not searched for again.
    Raises InvalidDateError for a malformed date, SearchIndexPendingError when the text
    needs a search index that is still being rebuilt.
    """
    cache = cache if cache is not None else FacetCache()
    version = FacetCache.version_of(conn)
    with _snapshot(conn):
        counter = _Counter(conn, cache, version)
        if ids is not None:
            counter.know(where, ids)
        by_name = [
            replace(where, authors=()),
            replace(where, sources=()),
            replace(where, any_tags=()),
        ]
        months = counter.count("month", replace(where, periods=()), alone=by_name)
        timeline = counter.count(
            "month", replace(where, periods=(), date_from=None, date_to=None), alone=by_name
        )
        authors = counter.count("author", by_name[0])
        sources = counter.count("source", by_name[1])
        tags = counter.count("tag", by_name[2])
        source_entries = _named(conn, "source", sources)
        author_entries = _named(conn, "author", authors)
        tag_names = {
            int(tag_id): (name, sort)
            for tag_id, name, sort in one_row(conn, "SELECT id, name, sort FROM tags", columns=3)
        }
    years: Counter[int] = Counter()
    for month, count in months.items():
        if month:
            years[month // 100] += count
    facets = Facets(
        years=[_period(f"{year:04d}", count) for year, count in years.items()],
        months=[_period(_month_value(m), n) for m, n in months.items() if m % 100],
        sources=source_entries,
        authors=author_entries,
        tags=[
            FacetEntry(name, name, count, sort)
            for tag_id, count in tags.items()
            if tag_id in tag_names
            for name, sort in [tag_names[tag_id]]
        ],
        timeline=sorted(
            (_period(_month_value(m), n) for m, n in timeline.items() if m % 100),
            key=lambda entry: entry.value,
        ),
        undated=months.get(0, 0),
    )
    return sorted_facets(facets, order)


def sorted_facets(facets: Facets, order: FacetOrder) -> Facets:
    """The same counts with every facet but the timeline in ``order``."""
    return replace(
        facets,
        years=sorted_entries(facets.years, order, newest_first=True),
        months=sorted_entries(facets.months, order, newest_first=True),
        sources=sorted_entries(facets.sources, order),
        authors=sorted_entries(facets.authors, order),
        tags=sorted_entries(facets.tags, order),
    )


def sorted_entries(
    entries: Iterable[FacetEntry], order: FacetOrder, *, newest_first: bool = False
) -> list[FacetEntry]:
    """Entries by name (Vietnamese order; dates newest first) or by count (most first)."""
    by_name = sorted(entries, key=lambda entry: (entry.sort_key, entry.value))
    if newest_first:
        by_name.reverse()
    if order is FacetOrder.COUNT:
        # Stable: equal counts keep the order by name.
        by_name.sort(key=lambda entry: -entry.count)
    return by_name


def _period(value: str, count: int) -> FacetEntry:
    return FacetEntry(value, value, count, value)


def _month_value(month: int) -> str:
    return f"{month // 100:04d}-{month % 100:02d}"


def _named(conn: sqlite3.Connection, kind: str, counts: Counter[str]) -> list[FacetEntry]:
    """Entries of authors or sources counted by name key: the name shown is the first
    spelling stored of each key."""
    names = dict(
        one_row(
            conn,
            f"SELECT k.value, (SELECT a.{kind} FROM articles a INDEXED BY articles_{kind}_key "
            f"WHERE a.{kind}_key = k.value LIMIT 1) FROM json_each(?) k",
            [json.dumps(list(counts))],
        )
    )
    entries = []
    for key, count in counts.items():
        name = names.get(key) or key
        entries.append(FacetEntry(name, name, count, _sort_key(name)))
    return entries


@functools.lru_cache(maxsize=65536)
def _sort_key(name: str) -> str:
    # The same few hundred names are sorted after every keystroke.
    return vn.sort_key(name) or ""


@contextmanager
def _snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction (or, inside the caller's, nothing more) for every count."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")


class _Counter:
    """Counts facets over the articles of filters, each filter's articles read once."""

    def __init__(self, conn: sqlite3.Connection, cache: FacetCache, version: tuple[int, int]):
        self._conn = conn
        self._cache = cache
        self._version = version
        # Per filter: None (every live article), or its ids and whether they are the
        # few live articles it leaves out.
        self._selections: dict[ArticleFilter, tuple[bool, list[int]] | None] = {}
        self._counts: dict[tuple[ArticleFilter, str], Counter[Any]] = {}
        # The prefixes' words per text: the filters counted share a text, and reading
        # them again costs each search a few milliseconds.
        self._words: dict[tuple[str | None, bool], dict[Term, tuple[str, ...]]] = {}

    def know(self, where: ArticleFilter, ids: Iterable[int]) -> None:
        """Take ``ids`` as what ``where`` selects (unless it is no filter at all, which
        is counted in SQL for less)."""
        if not _is_everything(_plain(where)):
            self._selections[_plain(where)] = (False, list(ids))

    def count(
        self, kind: str, where: ArticleFilter, *, alone: Iterable[ArticleFilter] = ()
    ) -> Counter[Any]:
        """How many articles of ``where`` fall in each month, author or source (name
        key) or tag (id).

        ``alone`` are the filters still to be counted: months of a search none of them
        shares are counted from the search keys, which hold the date (its ids unread).
        """
        where = _plain(where)
        known = self._counts.get((where, kind))
        if known is not None:
            return known
        if (
            kind == "month"
            and where not in self._selections
            and where not in {_plain(other) for other in alone}
            and _has_text(where)
        ):
            counts = self._months_of_text(where)
            self._counts[(where, kind)] = counts
            return counts
        selection = self._select(where)
        if selection is None:
            counts = self._everything(kind)
        else:
            complement, ids = selection
            if not complement and len(ids) <= FEW:
                counts = self._few(kind, ids)
            else:
                complement, ids = self._in_memory(where, complement, ids)
                if complement and not ids:
                    counts = self._everything(kind)
                elif complement:
                    counts = self._everything(kind).copy()
                    counts.subtract(self._cache.count(kind, ids))
                    counts = +counts  # drops the values left at zero
                else:
                    counts = self._cache.count(kind, ids)
        self._counts[(where, kind)] = counts
        return counts

    def _months_of_text(self, where: ArticleFilter) -> Counter[int]:
        """The months of a search's matches, grouped in SQL on the date their search
        keys hold: a search by text with a period chosen needs the months of the text
        alone, and this spares reading (and complementing) tens of thousands of ids."""
        # One string counted in C costs less than SQLite's GROUP BY, which sorts.
        sql, params = text_match_sql(
            self._conn,
            where,
            columns=f"group_concat((rowid >> {ID_BITS}) / 100)",
            words=self._words_of(where),
        )
        text = self._conn.execute(sql, params).fetchone()[0]
        found = Counter(text.split(",")) if text else Counter()
        return Counter({int(month): count for month, count in found.items()})

    def _words_of(self, where: ArticleFilter) -> dict[Term, tuple[str, ...]]:
        key = (where.query, where.prefix_last)
        if key not in self._words:
            query = parse_query(where.query, prefix_last=where.prefix_last)
            self._words[key] = search_words.expansions(self._conn, query)
        return self._words[key]

    def _select(self, where: ArticleFilter) -> tuple[bool, list[int]] | None:
        if where in self._selections:
            return self._selections[where]
        found: tuple[bool, list[int]] | None
        has_text = _has_text(where)
        if _is_everything(where):
            found = None
        else:
            if has_text:
                sql, params = text_match_sql(
                    self._conn,
                    where,
                    columns=f"group_concat(rowid & {ID_MASK})",
                    words=self._words_of(where),
                )
            else:
                sql, params = build_list_query(where, columns="group_concat(a.id)", count=True)
            text = self._conn.execute(sql, params).fetchone()[0] or ""
            if not where.trashed and text and text.count(",") + 1 == self._live():
                found = (True, [])  # every live article (a word found in all of them)
            else:
                found = (False, parse_ids(text))
        self._selections[where] = found
        return found

    def _live(self) -> int:
        """How many articles are outside the Trash."""
        return sum(self._everything("month").values())

    def _in_memory(
        self, where: ArticleFilter, complement: bool, ids: list[int]
    ) -> tuple[bool, list[int]]:
        """Make the arrays current, and take more than half the archive as the rest."""
        cache = self._cache
        if complement and not ids:
            return complement, ids  # everything: no arrays needed
        if not cache.is_current(self._version):
            cache.refresh(self._conn, self._version)
        if complement:
            return complement, ids
        size = len(cache.months)
        if ids and max(ids) >= size:
            # Listed just before the newest articles were removed for good: left out.
            ids = [article_id for article_id in ids if article_id < size]
        found: tuple[bool, list[int]]
        if not where.trashed and len(ids) == len(cache.live):
            found = (True, [])  # every live article (a word found in all of them)
        elif not where.trashed and len(ids) * 2 > len(cache.live):
            found = (True, without(cache.live_set, ids))
        else:
            found = (False, ids)
        self._selections[where] = found
        return found

    def _everything(self, kind: str) -> Counter[Any]:
        """The counts of every live article, in SQL over the indexes (kept with the
        cache until the archive changes)."""
        cache = self._cache
        if cache.everything_version != self._version:
            cache.everything, cache.everything_version = {}, self._version
        if kind not in cache.everything:
            cache.everything[kind] = self._count_everything(kind)
        return cache.everything[kind]

    def _count_everything(self, kind: str) -> Counter[Any]:
        trash = "SELECT id FROM articles WHERE deleted IS NOT NULL"
        if kind == "month":
            rows = one_row(
                self._conn,
                "SELECT date, count(*) FROM articles INDEXED BY articles_live_date "
                "WHERE deleted IS NULL GROUP BY date",
            )
            months: Counter[int] = Counter()
            for date, count in rows:
                months[month_number(date or None)] += int(count)
            return months
        if kind == "tag":
            sql = (
                "SELECT tag_id, count(*) FROM article_tags "
                f"WHERE article_id NOT IN ({trash}) GROUP BY tag_id"
            )
        else:
            sql = (
                f"SELECT {kind}_key, count(*) FROM articles INDEXED BY articles_{kind}_key "
                f"WHERE {kind}_key IS NOT NULL AND id NOT IN ({trash}) GROUP BY 1"
            )
        found = one_row(self._conn, sql)
        if kind == "tag":
            return Counter({int(tag_id): int(count) for tag_id, count in found})
        return Counter({key: int(count) for key, count in found})

    def _few(self, kind: str, ids: list[int]) -> Counter[Any]:
        """The counts of a few articles, looked up by id in SQL."""
        chosen = json.dumps(ids)
        if kind == "tag":
            rows = one_row(
                self._conn,
                "SELECT tag_id, count(*) FROM article_tags WHERE article_id IN "
                "(SELECT value FROM json_each(?)) GROUP BY tag_id",
                [chosen],
            )
            return Counter({int(tag_id): int(count) for tag_id, count in rows})
        column = "date" if kind == "month" else f"{kind}_key"
        named = "" if kind == "month" else f" AND {column} IS NOT NULL"
        rows = one_row(
            self._conn,
            f"SELECT {column}, count(*) FROM articles WHERE id IN "
            f"(SELECT value FROM json_each(?)){named} GROUP BY 1",
            [chosen],
        )
        counts: Counter[Any] = Counter()
        for value, count in rows:
            counts[month_number(value or None) if kind == "month" else value] += int(count)
        return counts


def _plain(where: ArticleFilter) -> ArticleFilter:
    """``where`` with what does not change its articles left out (``prefix_last``
    without text), so that equal selections are found once."""
    return replace(where, prefix_last=where.prefix_last and bool(where.query))


def _has_text(where: ArticleFilter) -> bool:
    return not parse_query(where.query, prefix_last=where.prefix_last).is_empty


def _is_everything(where: ArticleFilter) -> bool:
    """Whether ``where`` selects every live article (no text, no other field)."""
    if _has_text(where):
        return False
    return replace(where, query=None, prefix_last=False) == ArticleFilter()
