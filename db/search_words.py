"""Every word of the archive, so that a prefix becomes the words it stands for.

FTS5 answers ``hoà*`` (with no prefix index of that length) by merging the whole
doclist of every word that starts so, even for a first page of 50: 50-70 ms at 100,000
articles. ``("hoà" OR "hoàn" OR "hoàng" …)`` streams in key order and stops after 50:
under a millisecond. ``search_words`` holds each distinct word as the marked index sees
it (lower case, marks kept) with its folded form; imports and rebuilds add the words of
what they index, and an edit (through its trigger) leaves the article in
``search_words_due``, whose words a search reads itself until the next write collects
them. Words are never removed: one that no article holds any more expands to nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from sqlite_utils import Database

from db import vietnamese as vn
from db.query import SearchQuery, Term

# A prefix that stands for more words than this is left to FTS5 as a prefix.
MOST_WORDS = 24
# The folded index has a prefix index of this length: FTS5 answers those itself.
FOLDED_PREFIX_INDEX = 2
_END = "\U0010ffff"


def words_of(*texts: str) -> set[str]:
    """The words of texts as the marked index holds them (lower case, eth read as đ)."""
    tokens: set[str] = set()
    for text in texts:
        tokens.update(text.lower().split())
    return _words_of_tokens(tokens)


def _words_of_tokens(tokens: set[str]) -> set[str]:
    # Splitting at spaces and mending the few tokens with punctuation costs a fifth of
    # running the word pattern over the whole text.
    found = {token for token in tokens if token.isalnum()}
    for token in tokens:
        if not token.isalnum():
            found.update(vn.WORD.findall(token))
    if any("ð" in word for word in found):
        found = {word.replace("ð", "đ") for word in found}
    return found


def collect(db: Database, texts: Iterable[Sequence[object]]) -> None:
    """Add the words of ``(id, title, body)`` rows, and of the articles edited since."""
    tokens: set[str] = set()
    for row in texts:
        tokens.update(str(row[1]).lower().split())
        tokens.update(str(row[2]).lower().split())
    words = _words_of_tokens(tokens)
    due = db.execute("SELECT article_id FROM search_words_due").fetchall()
    if due:
        for _id, title, body in _texts_of(db.conn, [row[0] for row in due]):
            words |= words_of(title, body)
        db.execute("DELETE FROM search_words_due")
    db.conn.executemany(
        "INSERT OR IGNORE INTO search_words (word, folded) VALUES (?, ?)",
        ((word, vn.fold(word)) for word in words),
    )


def title_sql(prefix: str) -> str:
    """An article's title as indexed, in SQL over the ``prefix`` columns: with its number,
    so that "256/2004" finds the decision (``search_index.title_text`` in Python)."""
    return f"{prefix}title || coalesce(char(10) || nullif({prefix}number, ''), '')"


def _texts_of(conn: sqlite3.Connection, ids: list[int]) -> list[tuple[int, str, str]]:
    found = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found += conn.execute(
            f"SELECT id, {title_sql('')}, body FROM articles "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
    return found


def expansions(conn: sqlite3.Connection, query: SearchQuery) -> dict[Term, tuple[str, ...]]:
    """For each prefix term of the query that stands for few words, those words.

    A term typed with marks maps to marked words (for the marked index), one without to
    folded words; a prefix with more than ``MOST_WORDS`` words, or one FTS5 has a prefix
    index for, is left out (it stays a prefix).
    """
    found: dict[Term, tuple[str, ...]] = {}
    prefixes = [term for term in query.all_terms() if term.prefix]
    if not prefixes:
        return found
    due = _due_words(conn)
    for term in prefixes:
        if term.exact:
            words = _marked(conn, term, due)
        elif len(term.folded) > FOLDED_PREFIX_INDEX:
            words = _folded(conn, term.folded, due)
        else:
            continue
        if words is not None:
            found[term] = words
    return found


def _due_words(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT article_id FROM search_words_due").fetchall()
    if not rows:
        return set()
    words: set[str] = set()
    for _id, title, body in _texts_of(conn, [row[0] for row in rows]):
        words |= words_of(title, body)
    return words


def _marked(conn: sqlite3.Connection, term: Term, due: set[str]) -> tuple[str, ...] | None:
    spellings = vn.tone_variants(term.typed)
    if term.marked not in spellings:
        spellings.append(term.marked)
    words: set[str] = set()
    for spelling in spellings:
        rows = conn.execute(
            "SELECT word FROM search_words WHERE word >= ? AND word < ? LIMIT ?",
            [spelling, spelling + _END, MOST_WORDS + 1],
        )
        words.update(row[0] for row in rows)
        words.update(word for word in due if word.startswith(spelling))
        if len(words) > MOST_WORDS:
            return None
    return tuple(sorted(words)) or (term.marked,)


def _folded(conn: sqlite3.Connection, prefix: str, due: set[str]) -> tuple[str, ...] | None:
    rows = conn.execute(
        "SELECT DISTINCT folded FROM search_words WHERE folded >= ? AND folded < ? LIMIT ?",
        [prefix, prefix + _END, MOST_WORDS + 1],
    )
    words = {row[0] for row in rows}
    words.update(folded for folded in map(vn.fold, due) if folded.startswith(prefix))
    if len(words) > MOST_WORDS:
        return None
    return tuple(sorted(words)) or (prefix,)
