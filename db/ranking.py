"""Relevance: the article the user remembers, first.

Matches come in tiers, each before the next:

1. the typed words, adjacent and in order, in the title (``articles_titles``);
2. the same in the body;
3. the typed words near each other (an FTS5 ``NEAR`` group);
4. the rest.

Within a tier that holds at most ``RANKED_TIER`` articles, articles are ordered by a
score: an exact match of the marks the user typed (in the title for tier 1, the body
for tier 2) comes before a match that only folds to them; then BM25 from FTS5 with a
bonus for query words in the title; and the first ``RESCORED`` are scored again from
their text with every word weighing at least ``IDF_FLOOR``, so that syllables found in
most articles (không, có, được) still count. Ties go to the newer article.

A tier with more articles than that is listed newest first: words shared by thousands
of articles cannot single one out, and it can then be read like the date-sorted list,
a page at a time, so that a broad query answers as fast as a date-sorted one.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from db import vietnamese as vn
from db.listing import ArticleListing, SearchScope
from db.query import SearchExpressions, Term
from db.search_keys import article_id
from db.search_streams import FtsSource, Source, Walk

RANKED_TIER = 1000
RESCORED = 16
IDF_FLOOR = math.log(2.0)  # the weight of a word found in half of the articles
TITLE_WEIGHT = 4.0
K1, B = 1.2, 0.75


@dataclass(frozen=True)
class Tier:
    """One tier: where its matches are found, and which field its phrase is about."""

    name: str
    source: FtsSource
    field: str  # "title" or "body": where an exact phrase counts; "" for none
    weights: str  # bm25 column weights for the tier's table


def tiers(expressions: SearchExpressions) -> list[Tier]:
    """The tiers of a query, in order; together they hold every match exactly once."""
    phrase = expressions.phrase
    found = [
        Tier("title", FtsSource("articles_titles", phrase), "title", ""),
        Tier(
            "body",
            FtsSource("articles_fts", f"{{body}} : ({phrase}) NOT {{title}} : ({phrase})"),
            "body",
            ", 0.0, 1.0",
        ),
    ]
    near = expressions.near
    if near is not None:
        found.append(Tier("near", FtsSource("articles_fts", f"({near}) NOT ({phrase})"), "", ""))
        found.append(
            Tier(
                "rest",
                FtsSource("articles_fts", f"({expressions.everything}) NOT ({near})"),
                "",
                f", {TITLE_WEIGHT}, 1.0",
            )
        )
    return found


class RankedListing(ArticleListing):
    """The matches of a query in relevance order, tier by tier, read on demand."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        expressions: SearchExpressions,
        scope: SearchScope,
        weights: WordWeights | None = None,
    ) -> None:
        self._conn = conn
        self._weights = weights or WordWeights()
        self._expressions = expressions
        self._scope = scope
        self._tiers = tiers(expressions)
        self._ranked: list[int] = []  # ids of a ranked tier not handed out yet
        self._walk: Walk | None = None  # the walk of a tier listed newest first
        self.tier_sizes: list[int | None] = []  # per tier started: size, None when large

    def take(self, count: int) -> list[int]:
        found: list[int] = []
        while len(found) < count:
            wanted = count - len(found)
            if self._ranked:
                found.extend(self._ranked[:wanted])
                del self._ranked[:wanted]
                continue
            if self._walk is not None:
                part = self._walk.take(wanted)
                if part:
                    found.extend(article_id(key) for key in part)
                    continue
                self._walk = None
            if not self._tiers:
                self.exhausted = True
                break
            self._start(self._tiers.pop(0))
        return found

    def _start(self, tier: Tier) -> None:
        sources: list[Source] = [tier.source]
        if self._expressions.marked is not None:
            sources.append(FtsSource("articles_marks", self._expressions.marked))
        if self._scope.keys is not None:
            sources.append(self._scope.keys)
        walk = Walk(self._conn, sources, within=self._scope.within, excluded=self._scope.excluded)
        first = walk.take(RANKED_TIER + 1)
        if len(first) > RANKED_TIER:
            self.tier_sizes.append(None)
            self._ranked = [article_id(key) for key in first]
            self._walk = walk
            return
        self.tier_sizes.append(len(first))
        self._walk = None
        self._ranked = self._rank(tier, first)

    def _rank(self, tier: Tier, keys: list[int]) -> list[int]:
        """The keys of a whole tier in score order; returns their article ids."""
        if not keys:
            return []
        scores = _bm25(self._conn, tier, keys)
        titles = _texts(self._conn, keys, "title")
        words = self._expressions.words
        typed_marks = any(term.exact for term in words)
        ranked = []
        for key in keys:
            title = titles.get(key, "")
            exact = tier.field == "title" and typed_marks and exact_phrase(title, words)
            hits = _title_hits(title, words) if tier.field != "title" else 0
            score = -scores.get(key, 0.0) * (1.0 + 0.5 * hits / len(words))
            ranked.append((not exact, -score, -key, key))
        ranked.sort()
        head = [entry[3] for entry in ranked[:RESCORED]]
        head = self._rescore(tier, head, [entry[0] for entry in ranked[:RESCORED]])
        return [article_id(key) for key in head] + [article_id(e[3]) for e in ranked[RESCORED:]]

    def _rescore(self, tier: Tier, keys: list[int], inexact: list[bool]) -> list[int]:
        """The best keys of a tier ordered again from their full text."""
        if len(keys) < 2:
            return keys
        titles = _texts(self._conn, keys, "title")
        bodies = _texts(self._conn, keys, "body")
        words = self._expressions.words
        weights = [self._weights.weight(self._conn, term) for term in words]
        typed_marks = any(term.exact for term in words)
        analysed = {
            key: _word_counts(titles.get(key, ""), bodies.get(key, ""), words) for key in keys
        }
        average = sum(a.length for a in analysed.values()) / len(analysed) or 1.0
        entries = []
        for key, title_inexact in zip(keys, inexact, strict=True):
            counts = analysed[key]
            inexact_here = title_inexact
            if tier.field == "body" and typed_marks:
                inexact_here = not exact_phrase(bodies.get(key, ""), words)
            entries.append((inexact_here, -counts.score(weights, average), -key, key))
        entries.sort()
        return [entry[3] for entry in entries]


def _bm25(conn: sqlite3.Connection, tier: Tier, keys: Sequence[int]) -> dict[int, float]:
    """FTS5's BM25 of the tier's expression for these keys (lower is better)."""
    table = tier.source.table
    rank = f"bm25({table}{tier.weights})"
    if len(keys) <= 16:
        marks = ",".join("?" * len(keys))
        rows = conn.execute(
            f"SELECT rowid, {rank} FROM {table} WHERE {table} MATCH ? AND rowid IN ({marks})",
            [tier.source.expression, *keys],
        )
    else:
        rows = conn.execute(
            f"SELECT rowid, {rank} FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ?",
            [tier.source.expression, min(keys), max(keys)],
        )
    wanted = set(keys)
    return {key: score for key, score in rows if key in wanted}


def _texts(conn: sqlite3.Connection, keys: Sequence[int], column: str) -> dict[int, str]:
    """A text column of the articles of these keys, by key."""
    by_id = {article_id(key): key for key in keys}
    ids = list(by_id)
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            f"SELECT id, {column} FROM articles WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        found.update((by_id[row[0]], row[1]) for row in rows)
    return found


def _words_of(text: str) -> tuple[list[str], list[str]]:
    """The words of ``text``, as written and folded."""
    written = vn.words(vn.clean(text))
    return written, [vn.fold(word) for word in written]


def exact_phrase(text: str, words: Sequence[Term]) -> bool:
    """Whether ``text`` holds the query's words, in order, with the marks as typed."""
    written, folded = _words_of(text)
    size = len(words)
    first = words[0]
    for start in range(len(folded) - size + 1):
        if not folded[start].startswith(first.folded):
            continue
        if all(
            term.matches(folded[start + i], vn.normalize_syllable(vn.lower(written[start + i])))
            for i, term in enumerate(words)
        ):
            return True
    return False


def _title_hits(title: str, words: Sequence[Term]) -> int:
    """How many of the query's words the title holds (folded)."""
    folded = set(_words_of(title)[1])
    return sum(
        1
        for term in words
        if (term.folded in folded)
        or (term.prefix and any(word.startswith(term.folded) for word in folded))
    )


@dataclass(frozen=True)
class WordCounts:
    """How often each query word occurs in a title and a body, and the weighted length."""

    title: tuple[int, ...]
    body: tuple[int, ...]
    length: float

    def score(self, weights: Sequence[float], average: float) -> float:
        """BM25 over title and body (the title weighs more), every word at least floored."""
        norm = K1 * (1 - B + B * self.length / average)
        total = 0.0
        for weight, in_title, in_body in zip(weights, self.title, self.body, strict=True):
            tf = TITLE_WEIGHT * in_title + in_body
            total += weight * tf * (K1 + 1) / (tf + norm)
        return total


def _pattern(term: Term) -> re.Pattern[str]:
    tail = r"[^\W_]*" if term.prefix else ""
    return re.compile(rf"(?<![^\W_]){re.escape(term.folded)}{tail}(?![^\W_])")


def _word_counts(title: str, body: str, words: Sequence[Term]) -> WordCounts:
    folded_title, folded_body = vn.fold(vn.clean(title)), vn.fold(vn.clean(body))
    patterns = [_pattern(term) for term in words]
    return WordCounts(
        title=tuple(len(p.findall(folded_title)) for p in patterns),
        body=tuple(len(p.findall(folded_body)) for p in patterns),
        length=TITLE_WEIGHT * (folded_title.count(" ") + 1) + folded_body.count(" ") + 1,
    )


class WordWeights:
    """IDF of words, counted (up to half the archive) once per word and kept.

    A word is counted again when the archive has grown or shrunk by a twentieth. One
    belongs to one connection (an ``Archive`` keeps one for its searches).
    """

    def __init__(self) -> None:
        self._known: dict[str, tuple[int, int]] = {}

    def weight(self, conn: sqlite3.Connection, term: Term) -> float:
        """The IDF of a word, never below ``IDF_FLOOR``."""
        total = _article_count(conn)
        expression = f'"{term.folded}"' + ("*" if term.prefix else "")
        known = self._known.get(expression)
        if known is None or abs(known[0] - total) * 20 > total:
            cap = total // 2 + 1
            frequency = conn.execute(
                "SELECT count(*) FROM (SELECT rowid FROM articles_fts "
                "WHERE articles_fts MATCH ? LIMIT ?)",
                [expression, cap],
            ).fetchone()[0]
            known = (total, int(frequency))
            if len(self._known) > 10_000:
                self._known.clear()
            self._known[expression] = known
        frequency = known[1]
        idf = math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))
        return max(idf, IDF_FLOOR)


def _article_count(conn: sqlite3.Connection) -> int:
    # The largest id bounds the count and costs one index step (count(*) walks a table).
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]) or 1
