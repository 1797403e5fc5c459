"""Search keys: in the list's date order, the same in SQL and Python, date filters exact."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from db.dates import date_bounds
from db.search_keys import (
    FIRST_DATED_KEY,
    article_id,
    key_range,
    key_sql,
    search_key,
)

DATES = st.one_of(
    st.none(),
    st.integers(1990, 2030).map(str),
    st.tuples(st.integers(1990, 2030), st.integers(1, 12)).map(lambda d: f"{d[0]}-{d[1]:02d}"),
    st.tuples(st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 28)).map(
        lambda d: f"{d[0]}-{d[1]:02d}-{d[2]:02d}"
    ),
)


@given(st.lists(st.tuples(DATES, st.integers(1, 10**9)), min_size=1, max_size=40))
def test_keys_sort_as_the_list_sorts_by_date(rows: list[tuple[str | None, int]]) -> None:
    # The list: date DESC, id DESC, undated last (SQLite puts NULL last when DESC).
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, date TEXT)")
    unique = {article: date for date, article in rows}
    conn.executemany("INSERT INTO a VALUES (?, ?)", [(i, d) for i, d in unique.items()])
    by_list = [r[0] for r in conn.execute("SELECT id FROM a ORDER BY date DESC, id DESC")]
    by_key = [
        article_id(key)
        for key in sorted((search_key(d, i) for i, d in unique.items()), reverse=True)
    ]
    assert by_key == by_list
    in_sql = dict(conn.execute(f"SELECT id, {key_sql()} FROM a"))
    assert all(in_sql[i] == search_key(d, i) for i, d in unique.items())


def test_undated_articles_have_the_smallest_keys() -> None:
    assert search_key(None, 10**9) < FIRST_DATED_KEY <= search_key("0001", 1)
    assert article_id(search_key("2023-12-25", 123456789)) == 123456789


def _overlaps(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    if date is None:
        return False
    low, high = date_bounds(date)
    if date_from and high < date_bounds(date_from)[0]:
        return False
    return not (date_to and low > date_bounds(date_to)[1])


@given(DATES, st.one_of(st.none(), DATES), st.one_of(st.none(), DATES))
def test_a_date_filter_admits_exactly_the_overlapping_dates(
    date: str | None, date_from: str | None, date_to: str | None
) -> None:
    if date_from is None and date_to is None:
        return
    allowed = key_range(date_from, date_to)
    key = search_key(date, 42)
    assert allowed.admits(key) is _overlaps(date, date_from, date_to)
    condition, params = allowed.sql("k")
    found = sqlite3.connect(":memory:").execute(
        f"SELECT {condition} FROM (SELECT ? AS k)", [*params, key]
    )
    assert bool(found.fetchone()[0]) is allowed.admits(key)
