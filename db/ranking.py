"""Relevance: the article the user remembers, first.

Matches come in tiers, each before the next:

1. the typed words, adjacent and in order, in the title (``articles_titles``);
2. the same in the body;
3. the typed words near each other (an FTS5 ``NEAR`` group);
4. the rest.

Within a tier of at most ``RANKED_TIER`` articles, an article whose phrase has the marks
the user typed (in the title for tier 1, the body for tier 2) comes before one that only
folds to them; then comes a BM25 score over title and body in which every word weighs
at least ``IDF_FLOOR``, so that syllables found in most articles (không, có, được) still
count; ties go to the newer article. The score needs the text: every title is read,
and the bodies of the ``RESCORED`` best by their titles.

A tier with more articles than that is listed newest first: words shared by thousands
of articles cannot single one out, and it can then be read like the date-sorted list, a
page at a time, so that a broad query answers as fast as a date-sorted one. (FTS5's own
``bm25`` is not used at all: to weigh each phrase it counts the phrase's matches in the
whole index, for every query.)
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

RANKED_TIER = 500
RESCORED = 16
# Tiers 2 and 3 are told apart from the text when one walk finds at most this many.
NEARBY_READ = 48
IDF_FLOOR = math.log(2.0)  # the weight of a word found in half of the articles
TITLE_WEIGHT = 4.0
K1, B = 1.2, 0.75


@dataclass(frozen=True)
class Tier:
    """One tier: where its matches are found, and where its phrase must be exact.

    ``source`` holds the tier's articles and those of earlier tiers, which are left out
    by key while every earlier tier was small enough to hold; ``exclusive`` leaves them
    out in FTS5 itself (costlier: it evaluates the earlier tiers too), for when one was
    not. A ``source`` of None stands for every match (the search's own indexes).
    ``field`` is "title" or "body", where the exact phrase counts, or "".
    """

    name: str
    source: FtsSource | None
    exclusive: FtsSource
    field: str


def tiers(expressions: SearchExpressions) -> list[Tier]:
    """The tiers of a query, in order; together they hold every match exactly once."""
    phrase = expressions.phrase
    in_title = f"{{title}} : ({phrase})"
    found = [
        Tier(
            "title",
            FtsSource("articles_titles", phrase),
            FtsSource("articles_titles", phrase),
            "title",
        ),
        Tier(
            "body",
            # One word or phrase: every match not in tier 1 has it in the body.
            FtsSource("articles_fts", f"{{body}} : ({phrase})") if expressions.near else None,
            FtsSource("articles_fts", f"{{body}} : ({phrase}) NOT {in_title}"),
            "body",
        ),
    ]
    near = expressions.near
    if near is not None:
        found.append(
            Tier(
                "near",
                FtsSource("articles_fts", near),
                FtsSource("articles_fts", f"({near}) NOT ({phrase})"),
                "",
            )
        )
        found.append(
            Tier(
                "rest",
                FtsSource("articles_fts", expressions.everything),
                FtsSource("articles_fts", f"({expressions.everything}) NOT ({near})"),
                "",
            )
        )
    return found


class RankedListing(ArticleListing):
    """The matches of a query in relevance order, tier by tier, read on demand.

    ``tier_sizes`` says, per tier started so far, how many articles it held (None: more
    than ``RANKED_TIER``, listed newest first).
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        expressions: SearchExpressions,
        scope: SearchScope,
        weights: WordWeights | None = None,
    ) -> None:
        self._conn = conn
        self._expressions = expressions
        self._scope = scope
        self._weights = weights or WordWeights()
        self._tiers = tiers(expressions)
        self._ranked: list[int] = []  # ids of the tier being handed out
        self._walk: Walk | None = None  # the rest of a tier listed newest first
        # Keys of the earlier tiers while all of them were held whole (then None).
        self._seen: set[int] | None = set()
        self._estimates: dict[Source, int] = {}
        self.tier_sizes: list[int | None] = []

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
        if tier.name == "body" and self._tiers and self._tiers[0].name == "near":
            self._start_body_and_near(tier, self._tiers.pop(0))
            return
        keys, self._walk = self._tier(tier, self._walk_of(tier))
        self._ranked = [article_id(key) for key in keys]

    def _walk_of(self, tier: Tier, source: FtsSource | None = None) -> Walk:
        """A walk of the tier (or of ``source`` standing for it), earlier tiers left out."""
        if source is None:
            source = tier.source if self._seen is not None else tier.exclusive
        sources: list[Source] = [] if source is None else [source]
        if source is None and self._expressions.folded is not None:
            sources.append(FtsSource("articles_fts", self._expressions.folded))
        if self._expressions.marked is not None:
            sources.append(FtsSource("articles_marks", self._expressions.marked))
        if self._scope.keys is not None:
            sources.append(self._scope.keys)
        excluded: set[int] | frozenset[int] = self._scope.excluded
        if self._seen:
            excluded = self._seen | excluded
        return Walk(
            self._conn,
            sources,
            within=self._scope.within,
            excluded=excluded,
            estimates=self._estimates,
        )

    def _tier(
        self,
        tier: Tier,
        walk: Walk | None,
        taken: Sequence[int] = (),
        bodies: dict[int, str] | None = None,
    ) -> tuple[list[int], Walk | None]:
        """The keys of the whole tier ``walk`` reads, ranked (``taken``: keys it gave
        already); or, when it is too large, its first keys and the walk to go on with."""
        first = [*taken, *(walk.take(RANKED_TIER + 1 - len(taken)) if walk else [])]
        if len(first) > RANKED_TIER:
            self.tier_sizes.append(None)
            self._seen = None
            return first, walk
        self.tier_sizes.append(len(first))
        if self._seen is not None:
            self._seen.update(first)
        return self._rank(tier, first, bodies), None

    def _start_body_and_near(self, body: Tier, near: Tier) -> None:
        """Tiers 2 and 3, sharing one walk of everything near each other.

        When the typed words are common but seldom together, finding the few articles
        that hold them near each other costs a walk of every article holding all of
        them; tiers 2 and 3 together are exactly those (tier 1 aside). So that walk
        comes first: when it finds few, their bodies tell a phrase from mere nearness;
        otherwise tier 2 is walked on its own and tier 3 is the rest of the first walk.
        """
        expressions = self._expressions
        nearby_source = near.source
        if self._seen is None:
            in_title = f"{{title}} : ({expressions.phrase})"
            nearby_source = FtsSource("articles_fts", f"({expressions.near}) NOT {in_title}")
        nearby = self._walk_of(near, nearby_source)
        found = nearby.take(NEARBY_READ + 1)
        if len(found) <= NEARBY_READ:
            bodies = _texts(self._conn, found, "body")
            phrase = TextMatcher.of(expressions.words).phrase
            in_body = [key for key in found if phrase.search(bodies.get(key, ""))]
            held = set(in_body)
            apart = [key for key in found if key not in held]
            first, _ = self._tier(body, None, in_body, bodies)
            second, _ = self._tier(near, None, apart, bodies)
            self._ranked = [article_id(key) for key in first + second]
            return
        keys, self._walk = self._tier(body, self._walk_of(body))
        self._ranked = [article_id(key) for key in keys]
        if self._walk is not None:
            # Tier 2 is too large to hold: tier 3 leaves it out in FTS5, when reached.
            self._tiers.insert(0, near)
            return
        held = set(keys)
        nearby.exclude(held)
        keys, self._walk = self._tier(near, nearby, [k for k in found if k not in held])
        self._ranked += [article_id(key) for key in keys]

    def _rank(self, tier: Tier, keys: list[int], bodies: dict[int, str] | None = None) -> list[int]:
        """The keys of a whole tier, best first.

        Every title is read: the first order is by exact marks in the title (tier 1),
        then the share of the query's words the title holds, then a shorter title, then
        the newer article. The first ``RESCORED`` are then ordered by their full text.
        """
        if len(keys) < 2:
            return keys
        words = self._expressions.words
        matcher = TextMatcher.of(words)
        marks_typed = any(term.exact for term in words)
        exact_title = tier.field == "title" and marks_typed
        titles = _texts(self._conn, keys, "title")

        def by_title(key: int) -> tuple[bool, int, int, int]:
            title = titles.get(key, "")
            inexact = exact_title and not matcher.exact_phrase(title)
            hits = matcher.present(title) if tier.field != "title" else 0
            return inexact, -hits, len(title), -key

        first_pass = sorted(keys, key=by_title) if len(keys) > RESCORED else keys
        head, tail = first_pass[:RESCORED], first_pass[RESCORED:]
        if bodies is None:
            bodies = _texts(self._conn, head, "body")
        weights = [self._weights.weight(self._conn, term) for term in words]
        counted = {key: matcher.count(titles.get(key, ""), bodies.get(key, "")) for key in head}
        average = sum(counted[key].length for key in head) / len(head)
        exact_body = tier.field == "body" and marks_typed

        def best_first(key: int) -> tuple[bool, float, int]:
            if exact_title:
                inexact = not matcher.exact_phrase(titles.get(key, ""))
            else:
                inexact = exact_body and not matcher.exact_phrase(bodies.get(key, ""))
            return inexact, -counted[key].score(weights, average), -key

        return sorted(head, key=best_first) + tail


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


@dataclass(frozen=True)
class WordCounts:
    """How often each query word occurs in a title and a body, and their lengths."""

    title: tuple[int, ...]
    body: tuple[int, ...]
    title_length: int
    body_length: int

    @property
    def length(self) -> float:
        """The length BM25 normalises by: the title counts ``TITLE_WEIGHT`` times."""
        return TITLE_WEIGHT * self.title_length + self.body_length

    def score(self, weights: Sequence[float], average: float) -> float:
        """BM25 over title and body (the title weighs more), every word at least floored."""
        norm = K1 * (1 - B + B * self.length / (average or 1.0))
        total = 0.0
        for weight, in_title, in_body in zip(weights, self.title, self.body, strict=True):
            tf = TITLE_WEIGHT * in_title + in_body
            total += weight * tf * (K1 + 1) / (tf + norm)
        return total


@dataclass(frozen=True)
class TextMatcher:
    """Finds a query's words in stored text (NFC) as the folded index does, without
    folding the text: each letter of a word becomes the class of every letter that folds
    to it (``a`` → ``[aàáảãạăằ…A…]``), so the regular expression runs in C over the
    text as stored."""

    words: tuple[Term, ...]
    each: re.Pattern[str]
    phrase: re.Pattern[str]

    @classmethod
    def of(cls, words: Sequence[Term]) -> TextMatcher:
        groups = "|".join(f"(?P<w{i}>{_word_pattern(term)})" for i, term in enumerate(words))
        phrase = r"[\W_]+".join(f"({_word_pattern(term)})" for term in words)
        return cls(
            tuple(words),
            re.compile(rf"(?<![^\W_])(?:{groups})(?![^\W_])"),
            re.compile(rf"(?<![^\W_]){phrase}(?![^\W_])"),
        )

    def count(self, title: str, body: str) -> WordCounts:
        """The query words' counts in a title and a body."""
        return WordCounts(
            title=self._count(title),
            body=self._count(body),
            title_length=title.count(" ") + 1,
            body_length=body.count(" ") + 1 if body else 0,
        )

    def present(self, text: str) -> int:
        """How many of the query's words ``text`` holds."""
        return len({match.lastgroup for match in self.each.finditer(text)})

    def _count(self, text: str) -> tuple[int, ...]:
        counts = [0] * len(self.words)
        if text:
            for match in self.each.finditer(text):
                counts[int(match.lastgroup[1:])] += 1  # type: ignore[index]
        return tuple(counts)

    def exact_phrase(self, text: str) -> bool:
        """Whether ``text`` holds the words, in order, with the marks as typed."""
        for match in self.phrase.finditer(text):
            if all(
                term.matches(
                    vn.fold(match.group(i + 1)), vn.normalize_syllable(vn.lower(match.group(i + 1)))
                )
                for i, term in enumerate(self.words)
            ):
                return True
        return False


def _word_pattern(term: Term) -> str:
    tail = r"[^\W_]*" if term.prefix else ""
    return vn.folded_pattern(term.folded) + tail


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
