"""The three contentless FTS5 indexes over the articles, and keeping them in step.

* ``articles_fts`` (title, body) is the folded index: its tokenizer removes marks and
  case (``remove_diacritics 2``); đ, which no tokenizer folds, is replaced before. It
  keeps positions, for phrases, proximity and ranking.
* ``articles_titles`` (title) is the same for titles alone: "the words typed, in order,
  in a title" is the first tier of ranking, and in this small index it costs a fraction
  of asking the big one.
* ``articles_marks`` (one column) keeps the marks (``remove_diacritics 0``) and only row
  ids: a word typed with marks must be found there, in any of its tone placements
  (``vietnamese.tone_variants``).

Row ids are search keys (``db.search_keys``): in date order, so that a list sorted by
date reads the first page of matches and stops. All tokenising happens in SQLite's C
code, and the text each index is given is computed in SQL from the stored article.

Rows are added in batches (``add``), sorted by key: FTS5 flushes its in-memory segment
whenever a row id is not larger than the last one, so unsorted keys would cost a segment
per article. Edits and deletions go through triggers, which have the old values at hand:
SQLite 3.40 has no ``contentless_delete``, so a row can only leave a contentless index
when the exact values it was indexed with are sent again. That is why ``INDEX_VERSION``
must change whenever what an index is given changes (the indexes are then rebuilt).

A rebuild runs in steps, each its own transaction, so that a large archive can be
re-indexed in the background with progress and resumed after a stop. While one is under
way, ``meta.search_pending_from`` holds the first article id not yet indexed: articles
from there on are left to the rebuild by ``add`` and by the triggers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from db import search_words
from db import vietnamese as vn
from db.search_keys import key_sql
from db.search_words import title_sql

TABLES = ("articles_fts", "articles_titles", "articles_marks")
PENDING_KEY = "search_pending_from"
# A step holds the write lock: about a second of work, so an edit meanwhile barely waits.
REBUILD_STEP = 1000


def folded_sql(column: str) -> str:
    """What the folded indexes are given for a text column: đ (and eth) become d."""
    return f"replace(replace(replace(replace({column}, 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D')"


def marked_sql(title: str, body: str) -> str:
    """What the marked index is given: title and body, with the look-alike eth read as đ."""
    return f"replace(replace({title} || char(10) || {body}, 'ð', 'đ'), 'Ð', 'Đ')"


def _values(prefix: str) -> dict[str, str]:
    """The key and indexed texts of an article, as SQL over ``prefix`` columns."""
    title, body = title_sql(prefix), f"{prefix}body"
    return {
        "key": key_sql(f"{prefix}date", f"{prefix}id"),
        "title": folded_sql(title),
        "body": folded_sql(body),
        "marked": marked_sql(title, body),
    }


def _insert_statements(source: str, prefix: str, order: str) -> list[str]:
    v = _values(prefix)
    rows = {
        "articles_fts (rowid, title, body)": f"{v['key']}, {v['title']}, {v['body']}",
        "articles_titles (rowid, title)": f"{v['key']}, {v['title']}",
        "articles_marks (rowid, text)": f"{v['key']}, {v['marked']}",
    }
    return [
        f"INSERT INTO {target} SELECT {values} {source}{order}" for target, values in rows.items()
    ]


def _delete_statements(prefix: str) -> list[str]:
    v = _values(prefix)
    return [
        "INSERT INTO articles_fts (articles_fts, rowid, title, body) "
        f"VALUES ('delete', {v['key']}, {v['title']}, {v['body']})",
        "INSERT INTO articles_titles (articles_titles, rowid, title) "
        f"VALUES ('delete', {v['key']}, {v['title']})",
        "INSERT INTO articles_marks (articles_marks, rowid, text) "
        f"VALUES ('delete', {v['key']}, {v['marked']})",
    ]


# An article is indexed unless a rebuild is under way and has not reached it yet.
_INDEXED = (
    "{id} < coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = '"
    + PENDING_KEY
    + "'), 9223372036854775807)"
)


def title_text(title: str, number: str | None) -> str:
    """The text indexed as an article's title: with its number, so "256/2004" finds it."""
    return f"{title}\n{number}" if number else title


def _trigger_statements() -> list[str]:
    # "INSERT … SELECT values" without FROM inserts one row: the new values.
    new_values = _insert_statements("", "new.", "")
    due = "INSERT OR IGNORE INTO search_words_due (article_id) VALUES (new.id)"
    update_body = ";\n".join([*_delete_statements("old."), *new_values, due])
    delete_body = ";\n".join(_delete_statements("old."))
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in ("title", "number", "body", "date"))
    return [
        "DROP TRIGGER IF EXISTS articles_search_update",
        "DROP TRIGGER IF EXISTS articles_search_delete",
        "CREATE TRIGGER articles_search_update "
        "AFTER UPDATE OF title, number, body, date ON articles "
        f"WHEN ({changed}) AND {_INDEXED.format(id='old.id')} "
        f"BEGIN {update_body}; END",
        "CREATE TRIGGER articles_search_delete AFTER DELETE ON articles "
        f"WHEN {_INDEXED.format(id='old.id')} BEGIN {delete_body}; END",
    ]


def pending_from(db: Database) -> int | None:
    """The first article id a rebuild under way has not indexed yet (None: none under way)."""
    try:
        row = db.execute("SELECT value FROM meta WHERE key = ?", [PENDING_KEY]).fetchone()
    except sqlite3.OperationalError:
        return None
    return int(row[0]) if row else None


def add(db: Database, rows: Iterable[Sequence[object]]) -> None:
    """Index the articles of these ``(id, title, body)`` rows, as stored.

    Called after the articles were inserted; articles a rebuild under way has not
    reached are left to it.
    """
    batch = list(rows)
    pending = pending_from(db)
    if pending is not None:
        batch = [row for row in batch if int(row[0]) < pending]  # type: ignore[call-overload]
    ids = [row[0] for row in batch]
    search_words.collect(db, batch)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        source = f"FROM articles WHERE id IN ({','.join('?' * len(chunk))})"
        for statement in _insert_statements(source, "", " ORDER BY 1"):
            db.execute(statement, chunk)


# The indexes as migrations 0003 and 0005 create them; a rebuild creates them afresh.
DEFINITIONS = {
    "articles_fts": "title, body, content='', prefix='2', tokenize='unicode61 remove_diacritics 2'",
    "articles_titles": "title, content='', prefix='2', tokenize='unicode61 remove_diacritics 2'",
    "articles_marks": "text, content='', detail=none, tokenize='unicode61 remove_diacritics 0'",
}
_STALE = "_stale"
# Blocks of an old index freed per rebuild step: freeing a 4 GB index in one go would
# hold the write lock for a minute.
_STALE_BLOCKS = 20_000


def start_rebuild(db: Database) -> None:
    """Set old indexes aside, create empty ones and the triggers, mark every article as due.

    Inside the caller's transaction, and quick whatever the archive's size: the old
    indexes are renamed, not emptied (``rebuild_step`` frees them, then indexes).
    """
    existing = _tables(db)
    for table in TABLES:
        if table in existing and f"{table}{_STALE}" not in existing:
            db.execute(f"ALTER TABLE {table} RENAME TO {table}{_STALE}")
        elif table in existing:
            # A rebuild interrupted before: what it made so far is small, empty it.
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
            continue
        db.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({DEFINITIONS[table]})")
    for statement in _trigger_statements():
        db.execute(statement)
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, '0') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [PENDING_KEY],
    )


def _tables(db: Database) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _free_stale(db: Database) -> bool:
    """Free part of an index set aside by ``start_rebuild``; False when none is left."""
    existing = _tables(db)
    for table in TABLES:
        stale = f"{table}{_STALE}"
        if stale not in existing:
            continue
        # Rows 1 and 10 (FTS5's averages and structure) let the table be dropped.
        cursor = db.execute(
            f"DELETE FROM {stale}_data WHERE id IN (SELECT id FROM {stale}_data "
            "WHERE id NOT IN (1, 10) LIMIT ?)",
            [_STALE_BLOCKS],
        )
        if cursor.rowcount < _STALE_BLOCKS:
            db.execute(f"DELETE FROM {stale}_idx")
            db.execute(f"DELETE FROM {stale}_docsize")
            db.execute(f"DROP TABLE {stale}")
        return True
    return False


@dataclass(frozen=True)
class RebuildProgress:
    """How far a rebuild has come: articles indexed of the archive's total."""

    done: int
    total: int


def rebuild_step(db: Database, *, limit: int = REBUILD_STEP) -> RebuildProgress | None:
    """Index the next ``limit`` articles of a rebuild (inside the caller's transaction).

    Returns the progress made, or None when the rebuild is finished (or none was due).
    """
    pending = pending_from(db)
    if pending is None:
        return None
    if _free_stale(db):
        return progress(db)
    last = db.execute(
        "SELECT max(id) FROM (SELECT id FROM articles WHERE id >= ? ORDER BY id LIMIT ?)",
        [pending, limit],
    ).fetchone()[0]
    if last is None:
        db.execute("DELETE FROM meta WHERE key = ?", [PENDING_KEY])
        return None
    source = "FROM articles WHERE id BETWEEN ? AND ?"
    for statement in _insert_statements(source, "", " ORDER BY 1"):
        db.execute(statement, [pending, last])
    texts = db.execute(f"SELECT id, {title_sql('')}, body " + source, [pending, last]).fetchall()
    search_words.collect(db, texts)
    db.execute("UPDATE meta SET value = ? WHERE key = ?", [str(last + 1), PENDING_KEY])
    return progress(db)


def progress(db: Database) -> RebuildProgress | None:
    """The progress of a rebuild under way, or None when the index is complete."""
    pending = pending_from(db)
    if pending is None:
        return None
    done, total = db.execute(
        "SELECT count(CASE WHEN id < ? THEN 1 END), count(*) FROM articles", [pending]
    ).fetchone()
    return RebuildProgress(done=int(done), total=int(total))


def rebuild(db: Database) -> None:
    """Re-index every article now, in the caller's transaction (small archives, tests)."""
    start_rebuild(db)
    while rebuild_step(db, limit=50_000) is not None:
        pass


def triggers_sql() -> list[str]:
    """The statements that (re)create the index triggers (for migrations)."""
    return _trigger_statements()


def check(db: Database) -> list[str]:
    """Problems between the indexes and the table (empty when they agree).

    During a rebuild only the articles it has reached are expected in the indexes.
    """
    problems: list[str] = []
    version = db.execute("SELECT value FROM meta WHERE key = 'index_version'").fetchone()
    if version is None or version[0] != str(vn.INDEX_VERSION):
        return problems  # an index of another version is rebuilt when the archive opens
    pending = pending_from(db)
    condition = "" if pending is None else f" WHERE id < {int(pending)}"
    stored = db.execute(f"SELECT count(*) FROM articles{condition}").fetchone()[0]
    existing = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in TABLES:
        if table not in existing:
            problems.append(f"the search index {table} is missing")
            continue
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
            continue
        missing = db.execute(
            f"SELECT count(*) FROM articles WHERE {'1' if pending is None else f'id < {pending}'}"
            f" AND {key_sql()} NOT IN (SELECT id FROM {table}_docsize)"
        ).fetchone()[0]
        if missing:
            problems.append(f"{missing} articles are missing from the search index {table}")
    return problems
