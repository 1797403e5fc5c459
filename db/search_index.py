"""Keeping the contentless FTS5 table in step with the articles table.

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

INSERT_SQL = (
    "INSERT INTO articles_fts (rowid, title_f, body_f, title_m, body_m) VALUES (?, ?, ?, ?, ?)"
)
DELETE_SQL = (
    "INSERT INTO articles_fts (articles_fts, rowid, title_f, body_f, title_m, body_m) "
    "VALUES ('delete', ?, ?, ?, ?, ?)"
)


def index_row(article_id: int, title: str, body: str) -> tuple[int, str, str, str, str]:
    """The values of one FTS row: folded and marked forms of title and body."""
    title_f, title_m = vn.index_forms(title)
    body_f, body_m = vn.index_forms(body)
    return (article_id, title_f, body_f, title_m, body_m)


def add(db: Database, rows: Iterable[tuple[int, str, str]]) -> None:
    """Index ``(id, title, body)`` rows."""
    db.conn.executemany(INSERT_SQL, (index_row(*row) for row in rows))


def remove(db: Database, rows: Iterable[tuple[int, str, str]]) -> None:
    """Remove ``(id, title, body)`` rows, given the values they were indexed with."""
    db.conn.executemany(DELETE_SQL, (index_row(*row) for row in rows))


def rebuild(db: Database) -> None:
    """Drop the whole index and index every article again (inside the caller's transaction)."""
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
    cursor = db.execute("SELECT id, title, body FROM articles")
    while batch := cursor.fetchmany(500):
        add(db, batch)


def check(db: Database) -> list[str]:
    """Problems between the index and the table (empty when they agree)."""
    problems = []
    try:
        db.execute(
            "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 0)"
        ).fetchall()
    except sqlite3.OperationalError as error:
        # FTS5's own check is written as an INSERT, which a read-only archive refuses;
        # the counts below still compare the index with the table.
        if "readonly" not in str(error).lower():
            raise
    indexed = db.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0]
    stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    if indexed != stored:
        problems.append(f"the search index holds {indexed} articles, the archive {stored}")
    missing = db.execute(
        "SELECT count(*) FROM articles WHERE id NOT IN (SELECT id FROM articles_fts_docsize)"
    ).fetchone()[0]
    if missing:
        problems.append(f"{missing} articles are missing from the search index")
    return problems
