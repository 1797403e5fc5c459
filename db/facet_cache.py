"""What each article is counted by in the browse panel, held in memory per connection.

Counting 100,000 matches of a search by author in SQL costs a table row, or a probe of
a temporary index, per match (0.3 to 3 us each, three facets over): too slow for a
panel that follows typing. Here every article's month, author and source are numbers in
arrays indexed by article id and its tags a tuple, so that a count is a ``Counter`` over
the ids a filter selects, run in C (about 100 ns an id). The arrays are read from the
indexes (never the articles table) when the archive has changed since they were made:
about 150 ms at 100,000 articles, 4 bytes an article for each array.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from db import vietnamese as vn


@dataclass
class NameTable:
    """The authors (or sources) by number: number 0 is "none"."""

    names: list[str] = field(default_factory=lambda: [""])
    sort_keys: list[str] = field(default_factory=lambda: [""])


class FacetCache:
    """Per article id: month (``YYYYMM``, ``YYYY00`` for a year alone, 0 undated), author
    and source numbers, tags; with the totals over every live article.

    ``refresh`` reads them again when the archive changed (another connection's commit,
    or this one's own writes); call it inside the read transaction that counts.
    """

    def __init__(self) -> None:
        self._version: tuple[int, int] | None = None
        self.months = array("I")
        self.authors = array("I")
        self.sources = array("I")
        self.tags: dict[int, tuple[int, ...]] = {}
        self.author_names = NameTable()
        self.source_names = NameTable()
        self.tag_names: dict[int, tuple[str, str]] = {}
        self.live: list[int] = []
        self.live_set: frozenset[int] = frozenset()
        self.totals: dict[str, Counter[int]] = {}

    @staticmethod
    def version_of(conn: sqlite3.Connection) -> tuple[int, int]:
        """What tells whether the archive changed: other connections' commits, and this
        connection's own changes (which ``data_version`` does not count)."""
        return int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes

    def is_current(self, version: tuple[int, int]) -> bool:
        """Whether the arrays were read at this version."""
        return self._version == version

    def refresh(self, conn: sqlite3.Connection, version: tuple[int, int]) -> None:
        """Read everything again (``version`` as taken before the read transaction, so
        that a commit in between makes the next call read again, never the reverse)."""
        size = int(conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]) + 1
        self.months = array("I", bytes(4 * size))
        for date, ids in conn.execute(
            "SELECT date, group_concat(id) FROM articles INDEXED BY articles_live_date "
            "WHERE deleted IS NULL GROUP BY date"
        ):
            _assign(self.months, ids, month_number(date))
        trashed = conn.execute("SELECT id, date FROM articles WHERE deleted IS NOT NULL")
        trash = set()
        for article_id, date in trashed:
            self.months[article_id] = month_number(date)
            trash.add(article_id)
        self.authors, self.author_names = _names(conn, "author", size)
        self.sources, self.source_names = _names(conn, "source", size)
        self.tags = {
            article_id: tuple(map(int, tag_ids.split(",")))
            for article_id, tag_ids in conn.execute(
                "SELECT article_id, group_concat(tag_id) FROM article_tags GROUP BY article_id"
            )
        }
        self.tag_names = {
            tag_id: (name, sort)
            for tag_id, name, sort in conn.execute("SELECT id, name, sort FROM tags")
        }
        self.live = [
            article_id
            for (article_id,) in conn.execute(
                "SELECT id FROM articles INDEXED BY articles_live_date WHERE deleted IS NULL"
            )
        ]
        self.live_set = frozenset(self.live)
        self.totals = {kind: self.count(kind, self.live) for kind in FACET_KINDS}
        self._version = version

    def count(self, kind: str, ids: Sequence[int]) -> Counter[int]:
        """How many of ``ids`` fall in each month, author, source or tag (by number)."""
        if kind == "tag":
            found: Iterable[tuple[int, ...]] = filter(None, map(self.tags.get, ids))
            return Counter(tag for tags in found for tag in tags)
        column = {"month": self.months, "author": self.authors, "source": self.sources}[kind]
        return Counter(map(column.__getitem__, ids))


FACET_KINDS = ("month", "author", "source", "tag")


def month_number(date: str | None) -> int:
    """``2023-05-12`` → 202305, ``2023`` → 202300, None → 0."""
    if not date:
        return 0
    return int(date[:4]) * 100 + (int(date[5:7]) if len(date) >= 7 else 0)


def _assign(column: array[int], ids: str, value: int) -> None:
    for article_id in map(int, ids.split(",")):
        column[article_id] = value


def _names(conn: sqlite3.Connection, kind: str, size: int) -> tuple[array[int], NameTable]:
    """Each article's author (or source) number, from the name key index alone; one
    spelling per key (the first stored) is the name shown."""
    column = array("I", bytes(4 * size))
    table = NameTable()
    index = f"articles_{kind}_key"
    for key, ids in conn.execute(
        f"SELECT {kind}_key, group_concat(id) FROM articles INDEXED BY {index} "
        f"WHERE {kind}_key IS NOT NULL GROUP BY {kind}_key"
    ):
        row = conn.execute(
            f"SELECT {kind} FROM articles INDEXED BY {index} WHERE {kind}_key = ? LIMIT 1",
            [key],
        ).fetchone()
        name = row[0] if row and row[0] else key
        _assign(column, ids, len(table.names))
        table.names.append(name)
        table.sort_keys.append(vn.sort_key(name) or "")
    return column, table
