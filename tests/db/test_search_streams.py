"""Walks: the keys every source holds, in order, whichever source drives and however asked."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import search_streams
from db.search_keys import KeyRange
from db.search_streams import FtsSource, KeySource, Walk


@pytest.fixture(scope="module")
def conn() -> sqlite3.Connection:
    """An FTS5 table of 600 rows: row k holds "a" when k % 2, "b" when k % 3, "c" when k % 50."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY)")
    conn.executemany("INSERT INTO articles VALUES (?)", [(i,) for i in range(1, 601)])
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, content='', detail=none)")
    rows = []
    for key in range(1, 601):
        words = [w for w, n in (("a", 2), ("b", 3), ("c", 50)) if key % n == 0] or ["z"]
        rows.append((key, " ".join(words)))
    conn.executemany("INSERT INTO t (rowid, text) VALUES (?, ?)", rows)
    return conn


def _expected(keys: set[int], low: int, high: int, excluded: set[int], desc: bool) -> list[int]:
    return sorted((k for k in keys if low <= k <= high and k not in excluded), reverse=desc)


WORDS = {"a": 2, "b": 3, "c": 50}


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(sorted(WORDS)), min_size=1, max_size=3, unique=True),
    picked=st.sets(st.integers(1, 600), max_size=80),
    use_keys=st.booleans(),
    low=st.integers(0, 300),
    span=st.integers(0, 600),
    excluded=st.sets(st.integers(1, 600), max_size=20),
    desc=st.booleans(),
    take=st.integers(1, 70),
)
def test_a_walk_gives_the_intersection_in_order(
    conn: sqlite3.Connection,
    *,
    words: list[str],
    picked: set[int],
    use_keys: bool,
    low: int,
    span: int,
    excluded: set[int],
    desc: bool,
    take: int,
) -> None:
    sources: list[search_streams.Source] = [FtsSource("t", f'"{w}"') for w in words]
    expected = {k for k in range(1, 601) if all(k % WORDS[w] == 0 for w in words)}
    if use_keys:
        sources.append(KeySource.of(picked))
        expected &= picked
    within = KeyRange(low=low, high=low + span)
    walk = Walk(conn, sources, within=within, excluded=excluded, desc=desc)
    found: list[int] = []
    while part := walk.take(take):
        found.extend(part)
    assert found == _expected(expected, low, low + span, excluded, desc)


def test_probing_and_reading_a_range_agree(conn: sqlite3.Connection) -> None:
    source = FtsSource("t", '"c"')
    keys = [600, 451, 450, 300, 7, 2]
    assert source.holds(conn, keys, probe=True) == source.holds(conn, keys) == {600, 450, 300}


def test_the_sparsest_source_drives(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    original = FtsSource.keys

    def spy(self: FtsSource, *args: object, **kwargs: object) -> list[int]:
        asked.append(self.expression)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(FtsSource, "keys", spy)
    walk = Walk(conn, [FtsSource("t", '"a"'), FtsSource("t", '"c"')], within=KeyRange())
    assert walk.take(3) == [600, 550, 500]
    assert set(asked) == {'"c"'}


def test_excluding_keys_later_leaves_them_out(conn: sqlite3.Connection) -> None:
    walk = Walk(conn, [FtsSource("t", '"c"')], within=KeyRange())
    assert walk.take(2) == [600, 550]
    walk.exclude({500, 450})
    assert walk.take(2) == [400, 350]
    walk.skip(3)
    assert walk.rest() == [150, 100, 50]
