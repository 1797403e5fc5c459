"""Search keys: the row ids of the search index, in date order.

An article's row in every search index has the key ``(date number << 34) | article id``,
where the date number of ``2023-12-25`` is 20231225, of ``2023-12`` 20231200, of
``2023`` 20230000 and of an undated article 0. Keys therefore sort exactly as the list
sorts by date (``date DESC, id DESC``, undated last), so that the newest 50 matches of a
word are the first 50 row ids FTS5 meets walking its index backwards: it stops there
instead of visiting every match. A date filter becomes a key range.

The same key is computed in SQL (``key_sql``) by the index's triggers and batch inserts,
and in Python for filter bounds; the two must agree (the tests check it).
"""

from __future__ import annotations

from dataclasses import dataclass

from db.dates import date_bounds, parse_partial_date

ID_BITS = 34
ID_MASK = (1 << ID_BITS) - 1
# Smallest key of a dated article: undated articles (date number 0) sort below it.
FIRST_DATED_KEY = 1 << ID_BITS
LARGEST_KEY = (1 << 62) - 1


def key_sql(date: str = "date", article_id: str = "id") -> str:
    """The SQL expression of the key of an article, from its date and id columns."""
    text = f"coalesce({date}, '')"
    return (
        f"(((CAST(substr({text}, 1, 4) AS INTEGER) * 10000"
        f" + CAST(substr({text}, 6, 2) AS INTEGER) * 100"
        f" + CAST(substr({text}, 9, 2) AS INTEGER)) << {ID_BITS}) | {article_id})"
    )


def date_number(date: str | None) -> int:
    """``YYYYMMDD`` of a canonical partial date, with 0 for a missing month or day."""
    if not date:
        return 0
    parts = [int(part) for part in date.split("-")] + [0, 0]
    return parts[0] * 10000 + parts[1] * 100 + parts[2]


def search_key(date: str | None, article_id: int) -> int:
    """The key of an article in the search index."""
    return (date_number(date) << ID_BITS) | article_id


def article_id(key: int) -> int:
    """The article id held in a key."""
    return key & ID_MASK


@dataclass(frozen=True)
class KeyRange:
    """The keys a date filter allows: ``low..high`` (inclusive), and below ``exact_from``
    only the keys whose date number is one of ``partial_numbers``.

    "From 2020-03-15" admits every date on or after that day, and also the partial dates
    ``2020`` and ``2020-03``, whose ranges of days overlap it although their keys are
    smaller: those two are the only keys between ``low`` and ``exact_from`` that match.
    """

    low: int = 0
    high: int = LARGEST_KEY
    exact_from: int = 0
    partial_numbers: tuple[int, ...] = ()

    def admits(self, key: int) -> bool:
        """Whether an article with this key passes the date filter."""
        if not self.low <= key <= self.high:
            return False
        return key >= self.exact_from or (key >> ID_BITS) in self.partial_numbers

    @property
    def is_everything(self) -> bool:
        return self.low == 0 and self.high == LARGEST_KEY

    def sql(self, column: str = "rowid") -> tuple[str, list[object]]:
        """An SQL condition on ``column`` equivalent to ``admits``, with its parameters."""
        condition = f"{column} BETWEEN ? AND ?"
        params: list[object] = [self.low, self.high]
        if self.partial_numbers:
            marks = ", ".join("?" * len(self.partial_numbers))
            condition += f" AND ({column} >= ? OR ({column} >> {ID_BITS}) IN ({marks}))"
            params += [self.exact_from, *self.partial_numbers]
        return condition, params


def key_range(date_from: str | None, date_to: str | None) -> KeyRange:
    """The keys of the articles whose dates overlap ``date_from``..``date_to``.

    Raises InvalidDateError for a malformed date.
    """
    low, high, exact_from = 0, LARGEST_KEY, 0
    partial: tuple[int, ...] = ()
    if date_from:
        first_day = date_bounds(parse_partial_date(date_from))[0]
        year, month, day = (int(part) for part in first_day.split("-"))
        # The year alone (and the month alone) cover the first day as well.
        partial_numbers = {year * 10000, year * 10000 + month * 100}
        low = (year * 10000) << ID_BITS
        exact_from = (year * 10000 + month * 100 + day) << ID_BITS
        partial = tuple(sorted(n for n in partial_numbers if n << ID_BITS < exact_from))
    if date_to:
        last_day = date_bounds(parse_partial_date(date_to))[1]
        # A partial date's key is below that of its first day, so this bound is exact.
        high = (date_number(last_day) << ID_BITS) | ID_MASK
    if date_from or date_to:
        low = max(low, FIRST_DATED_KEY)
    return KeyRange(low=low, high=high, exact_from=exact_from, partial_numbers=partial)
