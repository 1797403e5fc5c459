"""Listing and counting articles: which plan answers a filter, and its ids a chunk at a time.

* No text: one SQL statement over the articles table and its sort indexes.
* Text, newest (or oldest) first: a ``search_streams.Walk`` over the search indexes,
  whose row ids are in date order, so the first page costs what 50 matches cost.
* Text, by title or author: the matches' ids, then the title or author index.
* Text, by relevance: ``db.ranking``.

``ArticleListing`` hands out the ids of a list in order, a chunk at a time, so that a
window can show the first rows of a million-article list at once and read on behind.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from db import search_index, search_words
from db import vietnamese as vn
from db.dates import date_bounds, parse_partial_date
from db.errors import SearchIndexPendingError
from db.models import ArticleFilter, SortOrder
from db.query import SearchExpressions, Term, parse_query
from db.search_keys import (
    FIRST_DATED_KEY,
    ID_BITS,
    ID_MASK,
    KeyRange,
    article_id,
    date_number,
    key_range,
    key_sql,
)
from db.search_streams import FtsSource, KeySource, Source, Walk

if TYPE_CHECKING:
    from db.ranking import WordWeights

# Past this many matches, walking the sort index beats fetching every match and sorting.
BROAD_MATCHES = 1000


class ArticleListing:
    """The ids of the articles a filter selects, in list order, read on demand."""

    exhausted: bool = False

    def take(self, count: int) -> list[int]:
        """The next ``count`` ids (fewer at the end of the list)."""
        raise NotImplementedError

    def skip(self, count: int) -> None:
        """Pass over the next ``count`` ids."""
        self.take(count)

    def rest(self) -> list[int]:
        """Every id not taken yet."""
        found: list[int] = []
        while not self.exhausted:
            found.extend(self.take(16384))
        return found


class SqlListing(ArticleListing):
    """A SELECT of ids in list order, read a chunk at a time with LIMIT and OFFSET."""

    def __init__(self, conn: sqlite3.Connection, sql: str, params: list[object]) -> None:
        self._conn = conn
        self._sql = sql + " LIMIT ? OFFSET ?"
        self._params = params
        self._offset = 0

    def take(self, count: int) -> list[int]:
        if self.exhausted or count <= 0:
            return []
        rows = self._conn.execute(self._sql, [*self._params, count, self._offset]).fetchall()
        self._offset += len(rows)
        if len(rows) < count:
            self.exhausted = True
        return [row[0] for row in rows]

    def skip(self, count: int) -> None:
        self._offset += max(0, count)


class WalkListing(ArticleListing):
    """Walks in key order (date order), one after the other; ids out."""

    def __init__(self, walks: list[Walk]) -> None:
        self._walks = walks

    def take(self, count: int) -> list[int]:
        found: list[int] = []
        while len(found) < count and self._walks:
            found.extend(article_id(key) for key in self._walks[0].take(count - len(found)))
            if self._walks[0].exhausted and len(found) < count:
                self._walks.pop(0)
        if not self._walks:
            self.exhausted = True
        return found


def open_listing(
    conn: sqlite3.Connection,
    where: ArticleFilter,
    *,
    sort: SortOrder = SortOrder.DATE,
    descending: bool | None = None,
    weights: WordWeights | None = None,
) -> ArticleListing:
    """The listing of ``where`` in the order of ``sort``.

    ``weights`` keeps the word weights of relevance ranking between calls.

    Raises InvalidDateError for a malformed date, SearchIndexPendingError when the text
    needs a search index that is still being rebuilt.
    """
    query = parse_query(where.query, prefix_last=where.prefix_last)
    if query.is_empty:
        sql, params = build_list_query(where, columns="a.id", sort=sort, descending=descending)
        return SqlListing(conn, sql, params)
    require_index(conn)
    expressions = query.expressions(search_words.expansions(conn, query))
    assert expressions is not None
    if sort is SortOrder.RELEVANCE:
        from db.ranking import RankedListing

        scope = SearchScope.of(conn, where)
        return RankedListing(conn, expressions, scope, weights)
    if sort is SortOrder.DATE:
        scope = SearchScope.of(conn, where)
        sources = scope.sources(expressions)
        if descending is False:
            # Oldest first, undated last: dated keys upwards, then the undated ones.
            dated, undated = scope.split_undated()
            walks = [
                Walk(conn, sources, within=part, excluded=scope.excluded, desc=False)
                for part in (dated, undated)
                if part is not None
            ]
            return WalkListing(walks)
        return WalkListing([Walk(conn, sources, within=scope.within, excluded=scope.excluded)])
    broad = is_broad(conn, expressions)
    sql, params = build_list_query(
        where,
        columns="a.id",
        sort=sort,
        descending=descending,
        broad=broad,
        expressions=expressions,
    )
    return SqlListing(conn, sql, params)


def require_index(conn: sqlite3.Connection) -> None:
    """Raise SearchIndexPendingError while the search index is being rebuilt."""
    from sqlite_utils import Database

    progress = search_index.progress(Database(conn, execute_plugins=False))
    if progress is not None:
        raise SearchIndexPendingError(progress.done, progress.total)


class SearchScope:
    """What a text search is limited to besides its words: dates, Trash, names, an import.

    Args:
        within: the date filter as keys.
        excluded: keys never listed (the Trash, for a list of live articles).
        keys: the only keys allowed (the articles of the filter's names, or the Trash),
            or None when the names and Trash leave every article.
    """

    def __init__(self, within: KeyRange, excluded: frozenset[int], keys: KeySource | None) -> None:
        self.within = within
        self.excluded = excluded
        self.keys = keys

    @classmethod
    def of(cls, conn: sqlite3.Connection, where: ArticleFilter) -> SearchScope:
        within = key_range(where.date_from, where.date_to)
        conditions, params = _name_conditions(where)
        trash = "a.deleted IS NOT NULL"
        if conditions or where.trashed:
            conditions.append(trash if where.trashed else "a.deleted IS NULL")
            rows = conn.execute(
                f"SELECT {key_sql('a.date', 'a.id')} FROM articles a WHERE "
                + " AND ".join(conditions),
                params,
            )
            return cls(within, frozenset(), KeySource.of(row[0] for row in rows))
        rows = conn.execute(f"SELECT {key_sql('a.date', 'a.id')} FROM articles a WHERE {trash}")
        return cls(within, frozenset(row[0] for row in rows), None)

    def sources(self, expressions: SearchExpressions) -> list[Source]:
        """The sources every match is in: the text's indexes, and the allowed keys."""
        found: list[Source] = []
        if expressions.folded is not None:
            found.append(FtsSource("articles_fts", expressions.folded))
        if expressions.marked is not None:
            found.append(FtsSource("articles_marks", expressions.marked))
        if self.keys is not None:
            found.append(self.keys)
        return found

    def split_undated(self) -> tuple[KeyRange | None, KeyRange | None]:
        """The dated and the undated part of the key range (either may be empty)."""
        within = self.within
        dated = KeyRange(
            low=max(within.low, FIRST_DATED_KEY),
            high=within.high,
            exact_from=within.exact_from,
            partial_numbers=within.partial_numbers,
        )
        undated = None
        if within.low < FIRST_DATED_KEY:
            undated = KeyRange(low=within.low, high=min(within.high, FIRST_DATED_KEY - 1))
        return (dated if dated.low <= dated.high else None), undated


def _name_conditions(where: ArticleFilter) -> tuple[list[str], list[object]]:
    """Conditions on the articles table for the filter's names, tags and import."""
    conditions: list[str] = []
    params: list[object] = []
    if where.author:
        conditions.append("a.author_key = ?")
        params.append(vn.name_key(where.author))
    if where.source:
        conditions.append("a.source_key = ?")
        params.append(vn.name_key(where.source))
    for tag in where.tags:
        conditions.append(
            "a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t "
            "ON t.id = at.tag_id WHERE t.key = ?)"
        )
        params.append(vn.name_key(tag) or tag.lower())
    if where.import_id is not None:
        conditions.append("a.import_id = ?")
        params.append(where.import_id)
    # The browse panel's choices: alternatives within a field (the keys of names, as
    # for the single fields above).
    for column, names in (("a.source_key", where.sources), ("a.author_key", where.authors)):
        if names:
            conditions.append(f"{column} IN ({', '.join('?' * len(names))})")
            params += [vn.name_key(name) for name in names]
    if where.any_tags:
        conditions.append(
            "a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t "
            f"ON t.id = at.tag_id WHERE t.key IN ({', '.join('?' * len(where.any_tags))}))"
        )
        params += [vn.name_key(tag) or tag.lower() for tag in where.any_tags]
    if where.periods:
        bounds = [period_bounds(period) for period in where.periods]
        # The span of them all first: SQLite reads that range of the date index, where
        # an OR alone would make it read every article.
        conditions.append("a.date BETWEEN ? AND ?")
        params += [min(low for low, _ in bounds), max(high for _, high in bounds)]
        if len(bounds) > 1:
            conditions.append("(" + " OR ".join(["a.date BETWEEN ? AND ?"] * len(bounds)) + ")")
            params += [bound for pair in bounds for bound in pair]
    return conditions, params


def period_keys(period: str) -> tuple[int, int]:
    """The search keys of the articles dated within a period (as ``period_bounds``)."""
    number = date_number(parse_partial_date(period))
    # A year's date number is YYYY0000 and its days' YYYYMMDD; a month's YYYYMM00.
    last = number + (9999 if number % 10000 == 0 else 99 if number % 100 == 0 else 0)
    return number << ID_BITS, (last << ID_BITS) | ID_MASK


def period_bounds(period: str) -> tuple[str, str]:
    """The stored dates within a period (a year, a month or a day), as BETWEEN bounds.

    A date within ``2023-05`` is ``2023-05`` itself or begins ``2023-05-``; ``-99``
    sorts after any day. Raises InvalidDateError for something that is not a date.
    """
    canonical = parse_partial_date(period)
    return canonical, canonical + "-99"


def count_articles(conn: sqlite3.Connection, where: ArticleFilter) -> int:
    """How many articles ``where`` selects (the exact count; a text search walks all)."""
    query = parse_query(where.query, prefix_last=where.prefix_last)
    if query.is_empty:
        sql, params = build_list_query(where, columns="count(*)", count=True)
        return int(conn.execute(sql, params).fetchone()[0])
    sql, params = text_match_sql(conn, where, columns="count(*)")
    return int(conn.execute(sql, params).fetchone()[0])


def text_match_sql(
    conn: sqlite3.Connection,
    where: ArticleFilter,
    *,
    columns: str = "rowid",
    words: dict[Term, tuple[str, ...]] | None = None,
) -> tuple[str, list[object]]:
    """A SELECT over the search index's rows (``rowid`` is the search key) of every
    article a filter with text selects, in no particular order, with its parameters.

    ``columns`` are what it selects (``count(*)``, ``rowid``, expressions of it);
    ``words`` the prefixes' words (``search_words.expansions``), when the caller has
    read them for the same text already. Raises SearchIndexPendingError while the index
    is rebuilt.
    """
    query = parse_query(where.query, prefix_last=where.prefix_last)
    require_index(conn)
    if words is None:
        words = search_words.expansions(conn, query)
    expressions = query.expressions(words)
    assert expressions is not None
    within = key_range(where.date_from, where.date_to)
    # Periods are key ranges: the index reads only the keys between the first and the
    # last, and keeps those within one (rather than asking the articles table).
    periods = [period_keys(period) for period in where.periods]
    if periods:
        within = replace(
            within,
            low=max(within.low, min(low for low, _ in periods)),
            high=min(within.high, max(high for _, high in periods)),
        )
    tables = []
    if expressions.folded is not None:
        tables.append(("articles_fts", expressions.folded))
    if expressions.marked is not None:
        tables.append(("articles_marks", expressions.marked))
    (outer, expression), others = tables[0], tables[1:]
    condition, params = within.sql("rowid")
    sql = f"SELECT {columns} FROM {outer} WHERE {outer} MATCH ? AND {condition}"
    params = [expression, *params]
    if len(periods) > 1:
        sql += " AND (" + " OR ".join(["rowid BETWEEN ? AND ?"] * len(periods)) + ")"
        params += [key for bounds in periods for key in bounds]
    # "+rowid" keeps SQLite from handing the IN to FTS5, which would run its whole
    # search once per key; as an expression it reads each subquery once.
    for table, other in others:
        sql += (
            f" AND +rowid IN (SELECT rowid FROM {table} WHERE {table} MATCH ? "
            "AND rowid BETWEEN ? AND ?)"
        )
        params += [other, within.low, within.high]
    conditions, name_params = _name_conditions(replace(where, periods=()))
    conditions.append("a.deleted IS NOT NULL" if where.trashed else "a.deleted IS NULL")
    if len(conditions) == 1 and not where.trashed:
        sql += f" AND +rowid NOT IN (SELECT {key_sql('a.date', 'a.id')} FROM articles a "
        sql += "WHERE a.deleted IS NOT NULL)"
    else:
        sql += f" AND +rowid IN (SELECT {key_sql('a.date', 'a.id')} FROM articles a WHERE "
        sql += " AND ".join(conditions) + ")"
        params += name_params
    return sql, params


def is_broad(conn: sqlite3.Connection, expressions: SearchExpressions) -> bool:
    """Whether the text matches at least ``BROAD_MATCHES`` articles (counted that far)."""
    table, expression = (
        ("articles_fts", expressions.folded)
        if expressions.folded is not None
        else ("articles_marks", expressions.marked)
    )
    found = conn.execute(
        f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?)",
        [expression, BROAD_MATCHES],
    ).fetchone()[0]
    return bool(found >= BROAD_MATCHES)


def build_list_query(
    where: ArticleFilter,
    *,
    columns: str,
    sort: SortOrder = SortOrder.DATE,
    descending: bool | None = None,
    count: bool = False,
    broad: bool = False,
    expressions: SearchExpressions | None = None,
) -> tuple[str, list[object]]:
    """The SELECT over the articles table for a filter, with its parameters.

    Text is matched through the search indexes' keys; ``broad`` (see ``is_broad``) says
    it matches many articles, so the list is read along the sort's index, testing each
    article against the set of matches, rather than by fetching every match and sorting.

    ``expressions`` are the text's (with prefixes expanded), parsed here when None.

    Raises InvalidDateError for a malformed date in the filter.
    """
    conditions = ["a.deleted IS NOT NULL" if where.trashed else "a.deleted IS NULL"]
    params: list[object] = []
    if expressions is None:
        expressions = parse_query(where.query, prefix_last=where.prefix_last).expressions()
    if expressions is not None:
        # "+a.id" stops SQLite from looking up every match by rowid (one table row each,
        # then a sort of them all), so that it walks an index instead and stops early.
        id_column = "+a.id" if broad else "a.id"
        for table, expression in (
            ("articles_fts", expressions.folded),
            ("articles_marks", expressions.marked),
        ):
            if expression is not None:
                conditions.append(
                    f"{id_column} IN (SELECT rowid & {ID_MASK} FROM {table} WHERE {table} MATCH ?)"
                )
                params.append(expression)
    # Dates are compared as the partial dates themselves, which the date index holds
    # (date_lo and date_hi would cost a table row each): an article's range of days
    # ends on or after the first day ``low`` when its date is ``low`` or later, or is
    # ``low``'s year or month; it begins on or before the last day ``high`` exactly
    # when its date sorts before ``high`` (a partial date is a prefix of its first day).
    if where.date_from:
        low = date_bounds(parse_partial_date(where.date_from))[0]
        conditions.append("a.date >= ? AND (a.date >= ? OR a.date IN (?, ?))")
        params += [low[:4], low, low[:4], low[:7]]
    if where.date_to:
        high = date_bounds(parse_partial_date(where.date_to))[1]
        conditions.append("a.date <= ?")
        params.append(high)
    names, name_params = _name_conditions(where)
    conditions += names
    params += name_params
    sql = f"SELECT {columns} FROM articles a WHERE " + " AND ".join(conditions)
    if count:
        return sql, params
    return sql + " ORDER BY " + _order_by(sort, descending), params


def _order_by(sort: SortOrder, descending: bool | None) -> str:
    if sort is SortOrder.TITLE:
        direction = "DESC" if descending else "ASC"
        return f"a.title_sort {direction}, a.id {direction}"
    if sort is SortOrder.AUTHOR:
        direction = "DESC" if descending else "ASC"
        return f"a.author_sort IS NULL, a.author_sort {direction}, a.date DESC, a.id DESC"
    # Date (and relevance without text): newest first, undated last in either direction.
    if descending is False:
        return "a.date IS NULL, a.date ASC, a.id ASC"
    return "a.date DESC, a.id DESC"
