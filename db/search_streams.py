"""Walking search keys in date order across several indexes and filters, a batch at a time.

A search may need three things at once: the folded index (words without marks,
phrases), the marked index (words with marks) and the articles table (not in the Trash,
an author, a tag). Each is a ``Source`` of search keys. ``Walk`` reads the sparsest one
(the *driver*) backwards from the newest key in growing batches and keeps the keys that
every other source also holds, asking each only about the key range the batch covers —
one indexed range read per source and batch, never a query per key, and never the whole
list of matches of a common word when the first 50 are all that is needed.
"""

from __future__ import annotations

import bisect
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from db.search_keys import KeyRange

FIRST_BATCH = 64
LARGEST_BATCH = 16384
# How far sources are counted to pick the driver (the count stops there).
ESTIMATE_CAP = 2000
# Asking FTS5 whether it holds one key costs about as much as reading this many keys of
# a range (measured: 0.1-0.6 ms a key against 0.2 us a key read; it reopens every
# segment of every word). A check asks key by key only when that is cheaper.
PROBE_COST = 2000
MOST_PROBES = 64
# A source with no more keys than this drives without the first source being counted.
FEW_TO_DRIVE = 256


class Source:
    """Search keys from somewhere, in either direction, within a key range."""

    def keys(
        self,
        conn: sqlite3.Connection,
        *,
        after: int,
        low: int,
        high: int,
        limit: int,
        desc: bool,
    ) -> list[int]:
        """Up to ``limit`` keys in ``low..high`` beyond ``after`` (below it when ``desc``)."""
        raise NotImplementedError

    def holds(
        self,
        conn: sqlite3.Connection,
        keys: Sequence[int],
        *,
        probe: bool = False,
    ) -> set[int]:
        """Which of ``keys`` (sorted, either direction) this source holds.

        ``probe`` asks key by key rather than reading the range the keys span.
        """
        raise NotImplementedError

    def estimate(
        self, conn: sqlite3.Connection, low: int, high: int, *, cap: int = ESTIMATE_CAP
    ) -> int:
        """How many keys in ``low..high``, counted up to ``cap``."""
        raise NotImplementedError


@dataclass(frozen=True)
class FtsSource(Source):
    """The row ids of an FTS5 table that match an expression.

    (Never ask FTS5 for ``bm25`` here: to weigh each phrase it counts the phrase's
    matches in the whole index, per query, which for common words costs more than
    everything else a search does.)
    """

    table: str
    expression: str

    def keys(
        self,
        conn: sqlite3.Connection,
        *,
        after: int,
        low: int,
        high: int,
        limit: int,
        desc: bool,
    ) -> list[int]:
        if desc:
            high = min(high, after - 1)
        else:
            low = max(low, after + 1)
        if low > high:
            return []
        rows = conn.execute(
            f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH ? "
            f"AND rowid BETWEEN ? AND ? ORDER BY rowid {'DESC' if desc else 'ASC'} LIMIT ?",
            [self.expression, low, high, limit],
        )
        return [row[0] for row in rows]

    def holds(
        self,
        conn: sqlite3.Connection,
        keys: Sequence[int],
        *,
        probe: bool = False,
    ) -> set[int]:
        if not keys:
            return set()
        select = f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH ?"
        if probe:
            rows = conn.execute(
                select + f" AND rowid IN ({','.join('?' * len(keys))})", [self.expression, *keys]
            )
        else:
            # FTS5 reads the range; SQLite keeps the keys asked about ("+rowid" is not
            # handed to FTS5, which would run the whole search once per key).
            low, high = min(keys[0], keys[-1]), max(keys[0], keys[-1])
            rows = conn.execute(
                select + " AND rowid BETWEEN ? AND ? AND +rowid IN "
                "(SELECT value FROM json_each(?))",
                [self.expression, low, high, json.dumps(list(keys))],
            )
        return {row[0] for row in rows}

    def estimate(
        self, conn: sqlite3.Connection, low: int, high: int, *, cap: int = ESTIMATE_CAP
    ) -> int:
        return int(
            conn.execute(
                f"SELECT count(*) FROM (SELECT rowid FROM {self.table} WHERE {self.table} "
                "MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?)",
                [self.expression, low, high, cap],
            ).fetchone()[0]
        )


@dataclass(frozen=True, eq=False)
class KeySource(Source):
    """Keys known in advance (the articles of an author, of a tag, in the Trash)."""

    ascending: tuple[int, ...]
    members: frozenset[int] = field(default=frozenset(), compare=False)

    @classmethod
    def of(cls, keys: Iterable[int]) -> KeySource:
        ordered = tuple(sorted(keys))
        return cls(ordered, frozenset(ordered))

    def keys(
        self,
        _conn: sqlite3.Connection,
        *,
        after: int,
        low: int,
        high: int,
        limit: int,
        desc: bool,
    ) -> list[int]:
        ordered = self.ascending
        if desc:
            end = bisect.bisect_right(ordered, min(high, after - 1))
            start = max(bisect.bisect_left(ordered, low), end - limit)
            return list(reversed(ordered[start:end]))
        start = bisect.bisect_left(ordered, max(low, after + 1))
        end = min(bisect.bisect_right(ordered, high), start + limit)
        return list(ordered[start:end])

    def holds(
        self,
        _conn: sqlite3.Connection,
        keys: Sequence[int],
        *,
        probe: bool = False,  # noqa: ARG002 - a set answers at once either way
    ) -> set[int]:
        return {key for key in keys if key in self.members}

    def estimate(
        self, _conn: sqlite3.Connection, low: int, high: int, *, cap: int = ESTIMATE_CAP
    ) -> int:
        count = bisect.bisect_right(self.ascending, high) - bisect.bisect_left(self.ascending, low)
        return min(count, cap)


class Walk:
    """The keys every source holds, in key order, read on demand.

    Args:
        conn: the connection to read with.
        sources: at least one, the main one first; the one with the fewest keys in
            range drives the walk.
        within: the date filter as keys.
        excluded: keys to leave out (the Trash, for a list of live articles).
        desc: newest first (the default) or oldest first.
        estimates: counts of sources made before, kept for walks to come (the tiers of
            a ranking walk the same sources again).
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        sources: Sequence[Source],
        *,
        within: KeyRange,
        excluded: Iterable[int] = (),
        desc: bool = True,
        estimates: dict[Source, int] | None = None,
    ) -> None:
        if not sources:
            raise ValueError("a walk needs at least one source")
        self._conn = conn
        self._range = within
        self._excluded = excluded if isinstance(excluded, (set, frozenset)) else set(excluded)
        self._desc = desc
        self._after = within.high + 1 if desc else within.low - 1
        self._batch = FIRST_BATCH
        self._buffer: list[int] = []
        self.exhausted = False
        self._driver, self._checks = sources[0], list(sources[1:])
        self._density: dict[int, float] = {}
        if len(sources) > 1:
            sizes = self._sizes(sources, estimates if estimates is not None else {})
            order = sorted(
                range(len(sources)),
                key=lambda i: (ESTIMATE_CAP if sizes[i] is None else sizes[i], i),
            )
            # A count that reached the cap may be anything up to the whole archive; the
            # first source, when not counted, is taken to be no larger than the cap.
            articles = _article_count(conn)
            effective = [
                ESTIMATE_CAP if size is None else articles if size >= ESTIMATE_CAP else max(size, 1)
                for size in sizes
            ]
            self._driver = sources[order[0]]
            self._checks = [sources[i] for i in order[1:]]
            self._density = {
                index: effective[i] / effective[order[0]] for index, i in enumerate(order[1:])
            }

    def _sizes(self, sources: Sequence[Source], estimates: dict[Source, int]) -> list[int | None]:
        """Estimated keys per source. The first (a phrase or NEAR search, which may read
        far to find 2000 matches) is only counted as far as the smallest other count."""
        within = self._range
        sizes: list[int | None] = [None]
        for source in sources[1:]:
            if source not in estimates:
                estimates[source] = source.estimate(self._conn, within.low, within.high)
            sizes.append(estimates[source])
        smallest = min(size for size in sizes[1:] if size is not None)
        # Walking a few hundred keys costs about what counting the first source would.
        if FEW_TO_DRIVE < smallest < ESTIMATE_CAP:
            sizes[0] = sources[0].estimate(self._conn, within.low, within.high, cap=smallest + 1)
        return sizes

    def exclude(self, keys: Iterable[int]) -> None:
        """Leave these keys out from now on."""
        self._excluded = set(self._excluded) | set(keys)
        self._buffer = [key for key in self._buffer if key not in self._excluded]

    def take(self, count: int) -> list[int]:
        """The next ``count`` keys (fewer when the walk ends)."""
        while len(self._buffer) < count and not self.exhausted:
            self._buffer.extend(self._next_batch())
        taken, self._buffer = self._buffer[:count], self._buffer[count:]
        return taken

    def skip(self, count: int) -> None:
        """Pass over ``count`` keys."""
        while count > 0:
            taken = self.take(min(count, LARGEST_BATCH))
            if not taken:
                return
            count -= len(taken)

    def rest(self) -> list[int]:
        """Every key not taken yet."""
        found: list[int] = []
        while batch := self.take(LARGEST_BATCH):
            found.extend(batch)
        return found

    def _next_batch(self) -> list[int]:
        keys = self._driver.keys(
            self._conn,
            after=self._after,
            low=self._range.low,
            high=self._range.high,
            limit=self._batch,
            desc=self._desc,
        )
        if len(keys) < self._batch:
            self.exhausted = True
        if not keys:
            return []
        self._after = keys[-1]
        self._batch = min(self._batch * 4, LARGEST_BATCH)
        candidates = [key for key in keys if key not in self._excluded and self._range.admits(key)]
        for index, check in enumerate(self._checks):
            if not candidates:
                break
            # Reading the range costs the check's keys in it, about density × the driver's.
            probe = len(candidates) <= min(
                MOST_PROBES, len(keys) * self._density.get(index, 1.0) / PROBE_COST
            )
            held = check.holds(self._conn, candidates, probe=probe)
            candidates = [key for key in candidates if key in held]
        return candidates


def _article_count(conn: sqlite3.Connection) -> int:
    # The largest id bounds the count and costs one index step (count(*) walks a table).
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]) or 1
