"""SQL for listing and counting articles: filters, search and sort in one statement."""

from __future__ import annotations

import sqlite3

from db import vietnamese as vn
from db.dates import date_bounds, parse_partial_date
from db.models import ArticleFilter, SortOrder
from db.query import FtsMatch, parse_query

# Title matches weigh ten times body matches.
RANK = "bm25(articles_fts, 10.0, 1.0)"

# Past this many matches, walking the sort index beats fetching every match and sorting.
BROAD_MATCHES = 1000
# A count walks the whole index either way, so it only pays off when most articles match
# (measured at 100,000 articles: the crossover is near 45 %).
BROAD_COUNT_SHARE = 0.4


def match_subqueries(match: FtsMatch) -> list[tuple[str, str]]:
    """``(SELECT rowid …, expression)`` per index the text must be found in.

    Each becomes its own ``a.id IN (…)``: an FTS5 query with ``rowid IN (…)`` would run
    the whole search once per row id.
    """
    found = []
    if match.folded is not None:
        found.append(("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", match.folded))
    if match.marked is not None:
        found.append(
            ("SELECT rowid FROM articles_marks WHERE articles_marks MATCH ?", match.marked)
        )
    return found


def is_broad(conn: sqlite3.Connection, where: ArticleFilter, *, share: float = 0.0) -> bool:
    """Whether the filter's text matches at least ``BROAD_MATCHES`` articles.

    With ``share``, also at least that share of the archive (estimated by the largest id).
    Counting stops at the threshold, so this costs a fraction of the query itself.
    """
    match = parse_query(where.query, prefix_last=where.prefix_last).to_fts()
    if match is None:
        return False
    threshold = BROAD_MATCHES
    if share:
        largest = conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
        threshold = max(threshold, int(largest * share))
    # The first index's matches bound the result from above: enough for choosing a plan.
    subquery, expression = match_subqueries(match)[0]
    found = conn.execute(
        f"SELECT count(*) FROM ({subquery} LIMIT ?)", [expression, threshold]
    ).fetchone()[0]
    return bool(found >= threshold)


def build_list_query(
    where: ArticleFilter,
    *,
    columns: str,
    sort: SortOrder = SortOrder.DATE,
    descending: bool | None = None,
    limit: int | None = None,
    offset: int = 0,
    count: bool = False,
    broad: bool = False,
) -> tuple[str, list[object]]:
    """The SELECT for a filter, with its parameters.

    ``broad`` (see ``is_broad``) says the text matches many articles: the list is then
    read along the sort's index, testing each article against the set of matches, rather
    than by fetching every matching article and sorting them all.

    Raises InvalidDateError for a malformed date in the filter.
    """
    conditions = ["a.deleted IS NOT NULL" if where.trashed else "a.deleted IS NULL"]
    params: list[object] = []
    match = parse_query(where.query, prefix_last=where.prefix_last).to_fts()
    ranked = match is not None and sort is SortOrder.RELEVANCE and not count
    source = "articles a"
    if ranked:
        assert match is not None
        source = (
            f"articles a JOIN (SELECT rowid AS fts_id, {RANK} AS score FROM articles_fts "
            "WHERE articles_fts MATCH ?) f ON f.fts_id = a.id"
        )
        params.append(match.ranking)
        if match.marked is not None:
            conditions.append(
                "a.id IN (SELECT rowid FROM articles_marks WHERE articles_marks MATCH ?)"
            )
            params.append(match.marked)
    elif match is not None:
        # "+a.id" stops SQLite from looking up every match by rowid (one table row each,
        # then a sort of them all), so that it walks an index instead and stops early.
        id_column = "+a.id" if broad else "a.id"
        for subquery, expression in match_subqueries(match):
            conditions.append(f"{id_column} IN ({subquery})")
            params.append(expression)
    if where.date_from:
        low = date_bounds(parse_partial_date(where.date_from))[0]
        # The second condition is implied by the first (an article's year is its
        # date_hi's year) and lets SQLite use the date index for the range.
        conditions.append("a.date_hi >= ? AND a.date >= ?")
        params += [low, low[:4]]
    if where.date_to:
        high = date_bounds(parse_partial_date(where.date_to))[1]
        # Implied too: a partial date is a prefix of its date_lo, so it sorts before it.
        conditions.append("a.date_lo <= ? AND a.date <= ?")
        params += [high, high]
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
    sql = f"SELECT {columns} FROM {source} WHERE " + " AND ".join(conditions)
    if count:
        return sql, params
    sql += " ORDER BY " + _order_by(sort, descending, ranked)
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else limit, offset]
    return sql, params


def _order_by(sort: SortOrder, descending: bool | None, ranked: bool) -> str:
    if sort is SortOrder.RELEVANCE and ranked:
        direction = "DESC" if descending else ""
        return f"f.score {direction}, a.date DESC, a.id DESC"
    if sort is SortOrder.TITLE:
        direction = "DESC" if descending else "ASC"
        return f"a.title_sort {direction}, a.id {direction}"
    if sort is SortOrder.AUTHOR:
        direction = "DESC" if descending else "ASC"
        return f"a.author_sort IS NULL, a.author_sort {direction}, a.date DESC, a.id DESC"
    # Date: newest first by default, undated last in either direction.
    if descending is False:
        return "a.date IS NULL, a.date ASC, a.id ASC"
    return "a.date DESC, a.id DESC"
