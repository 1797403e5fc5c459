"""Keeping the two contentless FTS5 indexes in step with the articles table.

``articles_fts`` (title, body) is the folded index: its tokenizer removes marks and case
(``remove_diacritics 2``); đ, which no tokenizer folds, is replaced before. It keeps
positions, for phrases and ranking. ``articles_marks`` (one column) keeps the marks
(``remove_diacritics 0``) and only row ids: a word typed with marks must also be found
there, in any of its tone placements (``vietnamese.tone_variants``). All tokenising
happens in SQLite's C code; Python only replaces a few letters.

SQLite 3.40 has no ``contentless_delete``: a row can only be removed from a contentless
index by sending the exact values it was indexed with. Those are recomputed from the
stored title and body with the same pure functions, which is why ``INDEX_VERSION``
must change whenever those functions do (the whole index is then rebuilt on open).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from sqlite_utils import Database

from db import vietnamese as vn

_INDEXES = ("articles_fts", "articles_marks")

_INSERT_FOLDED = "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)"
_INSERT_MARKED = "INSERT INTO articles_marks (rowid, text) VALUES (?, ?)"
_DELETE_FOLDED = (
    "INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)"
)
_DELETE_MARKED = "INSERT INTO articles_marks (articles_marks, rowid, text) VALUES ('delete', ?, ?)"


def title_text(title: str, number: str | None) -> str:
    """The text indexed as an article's title: with its number, so "256/2004" finds it."""
    return f"{title}\n{number}" if number else title


def folded_row(article_id: int, title: str, body: str) -> tuple[int, str, str]:
    """The values of an article's row in the folded index."""
    return article_id, vn.index_folded(title), vn.index_folded(body)


def marked_row(article_id: int, title: str, body: str) -> tuple[int, str]:
    """The value of an article's row in the marked index."""
    return article_id, vn.index_marked(title + "\n" + body)


def add(db: Database, rows: Iterable[tuple[int, str, str]]) -> None:
    """Index ``(id, title, body)`` rows."""
    batch = list(rows)
    db.conn.executemany(_INSERT_FOLDED, (folded_row(*row) for row in batch))
    db.conn.executemany(_INSERT_MARKED, (marked_row(*row) for row in batch))


def remove(db: Database, rows: Iterable[tuple[int, str, str]]) -> None:
    """Remove ``(id, title, body)`` rows, given the values they were indexed with."""
    batch = list(rows)
    db.conn.executemany(_DELETE_FOLDED, (folded_row(*row) for row in batch))
    db.conn.executemany(_DELETE_MARKED, (marked_row(*row) for row in batch))


def rebuild(db: Database) -> None:
    """Drop both indexes and index every article again (inside the caller's transaction)."""
    for table in _INDEXES:
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
    cursor = db.execute("SELECT id, title, body, number FROM articles")
    while batch := cursor.fetchmany(500):
        add(db, ((id_, title_text(title, number), body) for id_, title, body, number in batch))


def check(db: Database) -> list[str]:
    """Problems between the indexes and the table (empty when they agree)."""
    problems = []
    stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    for table in _INDEXES:
        try:
            db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 0)")
        except sqlite3.OperationalError as error:
            # FTS5's own check is written as an INSERT, which a read-only archive
            # refuses; the counts below still compare the index with the table.
            if "readonly" not in str(error).lower():
                raise
        indexed = db.execute(f"SELECT count(*) FROM {table}_docsize").fetchone()[0]
        if indexed != stored:
            problems.append(
                f"the search index {table} holds {indexed} articles, the archive {stored}"
            )
        missing = db.execute(
            f"SELECT count(*) FROM articles WHERE id NOT IN (SELECT id FROM {table}_docsize)"
        ).fetchone()[0]
        if missing:
            problems.append(f"{missing} articles are missing from the search index {table}")
    return problems
