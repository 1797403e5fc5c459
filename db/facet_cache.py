"""What each article is counted by in the browse panel, held in memory per connection,
for counting many articles at once.

Counting 100,000 matches of a search by author in SQL costs a table row, or a probe of
a temporary index, per match (0.3 to 3 us each, three facets over): too slow for a
panel that follows typing. Here every article's month, author and source are numbers in
arrays indexed by article id and its tags a string of tag ids, so that a count is a
``Counter`` over the ids a filter selects, run in C (about 100 ns an id). The arrays
are read from the indexes (never the articles table) when a count needs them and the
archive has changed since they were made: about 250 ms at 100,000 articles, 4 bytes an
article for each array. (``db.facets`` counts what needs no arrays in SQL instead.)
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain, repeat
from typing import Any

FACET_KINDS = ("month", "author", "source", "tag")
# Ids a C loop handles at a time (about a millisecond's work), so that the window's
# thread gets Python's lock between two.
SLICE = 8192
# Separators of rows and of columns in one_row (never in dates, keys, names, sort keys).
_ROW, _CELL = "\x1e", "\x1f"


def one_row(
    conn: sqlite3.Connection, sql: str, params: Sequence[object] = (), *, columns: int = 2
) -> list[list[str]]:
    """The rows of ``sql`` (``columns`` of them, NULL as ""), read as one row.

    sqlite3 gives Python's lock up and takes it back for every row it reads: with a busy
    thread beside (an import), each row waits its turn, and so does the window. A few
    thousand rows then take half a second, where one string costs one turn.
    """
    cells = f" || '{_CELL}' || ".join(f"coalesce(c{i}, '')" for i in range(columns))
    names = ", ".join(f"c{i}" for i in range(columns))
    text = conn.execute(
        f"WITH t({names}) AS ({sql}) SELECT group_concat({cells}, '{_ROW}') FROM t",
        list(params),
    ).fetchone()[0]
    return [row.split(_CELL) for row in text.split(_ROW)] if text else []


class FacetCache:
    """Per article id: month (``YYYYMM``, ``YYYY00`` for a year alone, 0 undated), author
    and source numbers (``author_keys[number]`` is the name key), tags.

    ``refresh`` reads them again; call it inside the read transaction that counts, when
    ``is_current`` says the archive changed (another connection's commit, or this one's
    own writes).
    """

    def __init__(self) -> None:
        self._version: tuple[int, int] | None = None
        self.months = array("I")
        self.authors = array("I")
        self.sources = array("I")
        self.author_keys: list[str | None] = [None]
        self.source_keys: list[str | None] = [None]
        self.tags: dict[int, str] = {}
        self.live: list[int] = []
        self.live_set: set[int] = set()
        self.totals: dict[str, Counter[Any]] = {}
        # The counts of every live article, made in SQL (db.facets), and their version.
        self.everything: dict[str, Counter[Any]] = {}
        self.everything_version: tuple[int, int] | None = None

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
        that a commit in between makes the next call read again, never the reverse).

        Built with C loops (``dict.fromkeys``, ``map``) a slice at a time (``SLICE``):
        it runs on the list's thread while the window paints. Bytecode there would take
        turns with the window's for Python's lock, slowing both, and one C loop over
        every article would hold the lock for as long as it runs.
        """
        size = int(conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]) + 1
        dates = one_row(
            conn,
            "SELECT date, group_concat(id) FROM articles INDEXED BY articles_live_date "
            "WHERE deleted IS NULL GROUP BY date UNION ALL "
            "SELECT date, group_concat(id) FROM articles WHERE deleted IS NOT NULL GROUP BY date",
        )
        self.months = _column(((ids, month_number(date or None)) for date, ids in dates), size)
        self.authors, self.author_keys = _names(conn, "author", size)
        self.sources, self.source_keys = _names(conn, "source", size)
        # Each article's tag ids as SQLite writes them ("3,17"), split when counted.
        self.tags = {
            int(article_id): tag_ids
            for article_id, tag_ids in one_row(
                conn,
                "SELECT article_id, group_concat(tag_id) FROM article_tags GROUP BY article_id",
            )
        }
        live = conn.execute(
            "SELECT group_concat(id) FROM articles INDEXED BY articles_live_date "
            "WHERE deleted IS NULL"
        ).fetchone()[0]
        self.live = parse_ids(live or "")
        self.live_set = set()
        for start in range(0, len(self.live), SLICE):
            self.live_set.update(self.live[start : start + SLICE])
        self.totals = {kind: self.count(kind, self.live) for kind in FACET_KINDS}
        self._version = version

    def count(self, kind: str, ids: Sequence[int]) -> Counter[Any]:
        """How many of ``ids`` fall in each month, author or source (by name key) or tag
        (by tag id)."""
        if kind == "tag":
            written: Counter[str] = Counter()
            for start in range(0, len(ids), SLICE):
                found = filter(None, map(self.tags.get, ids[start : start + SLICE]))
                written.update(chain.from_iterable(map(str.split, found, repeat(","))))
            return Counter({int(tag): count for tag, count in written.items()})
        column = {"month": self.months, "author": self.authors, "source": self.sources}[kind]
        counted: Counter[int] = Counter()
        for start in range(0, len(ids), SLICE):
            counted.update(map(column.__getitem__, ids[start : start + SLICE]))
        if kind == "month":
            return counted
        keys = self.author_keys if kind == "author" else self.source_keys
        return Counter({keys[number]: count for number, count in counted.items() if number})


def month_number(date: str | None) -> int:
    """``2023-05-12`` → 202305, ``2023`` → 202300, None → 0."""
    if not date:
        return 0
    return int(date[:4]) * 100 + (int(date[5:7]) if len(date) >= 7 else 0)


def parse_ids(text: str) -> list[int]:
    """The ids of a ``group_concat`` (a slice at a time)."""
    if not text:
        return []
    parts = text.split(",")
    ids: list[int] = []
    for start in range(0, len(parts), SLICE):
        ids.extend(map(int, parts[start : start + SLICE]))
    return ids


def without(kept: set[int], ids: Sequence[int]) -> list[int]:
    """The members of ``kept`` that are not in ``ids`` (a slice at a time)."""
    rest = kept.copy()
    for start in range(0, len(ids), SLICE):
        rest.difference_update(ids[start : start + SLICE])
    return list(rest)


def _column(groups: Iterable[tuple[str, int]], size: int) -> array[int]:
    """``size`` numbers by article id: the ids of each group (``group_concat``) get its
    value, the others 0."""
    values: dict[int, int] = {}
    for ids, value in groups:
        values.update(dict.fromkeys(parse_ids(ids), value))
    column = array("I")
    for start in range(0, size, SLICE):
        column.extend(map(values.get, range(start, min(size, start + SLICE)), repeat(0)))
    return column


def _names(conn: sqlite3.Connection, kind: str, size: int) -> tuple[array[int], list[str | None]]:
    """Each article's author (or source) number, from the name key index alone, and
    the key of each number (0: none)."""
    keys: list[str | None] = [None]
    groups = []
    for key, ids in one_row(
        conn,
        f"SELECT {kind}_key, group_concat(id) FROM articles INDEXED BY articles_{kind}_key "
        f"WHERE {kind}_key IS NOT NULL GROUP BY {kind}_key",
    ):
        groups.append((ids, len(keys)))
        keys.append(key)
    return _column(groups, size), keys
