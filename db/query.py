"""The user's search text, parsed word by word, and what it becomes for FTS5 and highlighting.

The syntax is deliberately small: ``"a phrase"`` matches adjacent words, ``word*`` is a
prefix, every other character is plain text. Any input is valid. A word typed without
marks matches every marked form (``thanh`` finds "Thành"); a word typed with marks
matches only those marks, whatever the tone placement (``hòa`` = ``hoà``).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from db import vietnamese as vn

# A quoted phrase (its closing quote optional), or a word with an optional trailing *.
_TOKEN = re.compile(r'"(?P<phrase>[^"]*)"?|(?P<word>[^\W_]+)(?P<star>\*)?')


@dataclass(frozen=True)
class Term:
    """One word of a query, in the forms the index holds."""

    folded: str
    marked: str
    exact: bool
    prefix: bool = False
    typed: str = ""

    def matches(self, folded_word: str, marked_word: str) -> bool:
        """Whether a document word (in its two index forms) matches this term."""
        if self.exact:
            if self.prefix:
                return marked_word.startswith(self.marked) or marked_word.startswith(self.typed)
            return marked_word == self.marked
        if self.prefix:
            return folded_word.startswith(self.folded)
        return folded_word == self.folded


@dataclass(frozen=True)
class SearchQuery:
    """A parsed query: single terms and phrases, all of which must match.

    ``units`` holds the same words in the order they were typed, each word a unit of one
    term and each quoted phrase a unit of its terms: ranking asks for the whole query,
    in that order, as one phrase.
    """

    terms: tuple[Term, ...] = ()
    phrases: tuple[tuple[Term, ...], ...] = field(default=())
    units: tuple[tuple[Term, ...], ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.phrases

    def all_terms(self) -> list[Term]:
        """Every term, phrase words included (for highlighting)."""
        found = list(self.terms)
        for phrase in self.phrases:
            found.extend(phrase)
        return found

    def to_fts(self) -> FtsMatch | None:
        """The MATCH expressions for the two indexes, or None when nothing is searched for.

        A word typed without marks is looked up in the folded index; a word typed with
        marks in the marked index, in any tone placement (the folded index would only
        repeat what that finds). Phrases of several words need the folded index's
        positions, and their marked words the marked index as well. Ranking scores
        every word in the folded index.
        """
        ranking: list[str] = []
        folded: list[str] = []
        marked: list[str] = []
        for term in self.terms:
            ranking.append(_folded_expression(term))
            (marked if term.exact else folded).append(
                _marked_expression(term) if term.exact else _folded_expression(term)
            )
        for phrase in self.phrases:
            if len(phrase) == 1:
                expression = _folded_expression(phrase[0])
            else:
                expression = '"' + " ".join(term.folded for term in phrase) + '"'
            ranking.append(expression)
            if len(phrase) > 1 or not phrase[0].exact:
                folded.append(expression)
            marked.extend(_marked_expression(term) for term in phrase if term.exact)
        if not ranking:
            return None
        return FtsMatch(
            ranking=" AND ".join(ranking),
            folded=" AND ".join(folded) if folded else None,
            marked=" AND ".join(marked) if marked else None,
        )

    def expressions(
        self, expansions: Mapping[Term, tuple[str, ...]] | None = None
    ) -> SearchExpressions | None:
        """The MATCH expressions of the search and of its ranking tiers (None: no text).

        ``expansions`` gives, for prefix terms, the words they stand for (see
        ``db.search_words``): marked words for a term typed with marks, folded ones
        otherwise; such a term becomes those words ORed instead of a prefix.
        """
        if self.is_empty:
            return None
        folded_words = {
            term: tuple(sorted({vn.fold(word) for word in words})) if term.exact else words
            for term, words in (expansions or {}).items()
        }
        units = self.units or tuple((term,) for term in self.terms) + self.phrases
        words = [term for unit in units for term in unit]
        unit_expressions = [
            _alternatives(unit[0], folded_words) if len(unit) == 1 else _phrase_expression(unit)
            for unit in units
        ]
        folded = [
            expression
            for unit, expression in zip(units, unit_expressions, strict=True)
            if len(unit) > 1 or not unit[0].exact
        ]
        marked = [
            _alternatives(term, expansions or {}, marked=True) for term in words if term.exact
        ]
        near = None
        if len(units) > 1:
            window = NEAR_WINDOW + 2 * len(words)
            near = _or(
                f"NEAR({' '.join(group)}, {window})" for group in _combinations(units, folded_words)
            )
        return SearchExpressions(
            folded=" AND ".join(folded) if folded else None,
            marked=" AND ".join(marked) if marked else None,
            everything=" AND ".join(unit_expressions),
            phrase=_or(" + ".join(group) for group in _combinations(units, folded_words)),
            near=near,
            words=tuple(words),
        )


# A phrase or NEAR group with prefix words expands to at most this many ORed copies;
# past that, its prefixes stay prefixes.
MOST_COMBINATIONS = 24


def _alternatives(
    term: Term, words: Mapping[Term, tuple[str, ...]], *, marked: bool = False
) -> str:
    """A term as an FTS5 expression: its expansion's words ORed, or itself."""
    found = words.get(term)
    if found is None:
        return _marked_expression(term) if marked else _folded_expression(term)
    quoted = [f'"{word}"' for word in found]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


def _combinations(
    units: tuple[tuple[Term, ...], ...], words: Mapping[Term, tuple[str, ...]]
) -> list[list[str]]:
    """Every way of spelling the units with their expansions, each unit as a phrase."""
    options: list[list[str]] = []
    for unit in units:
        found = words.get(unit[0]) if len(unit) == 1 else None
        options.append([f'"{word}"' for word in found] if found else [_phrase_expression(unit)])
    if math.prod(len(option) for option in options) > MOST_COMBINATIONS:
        options = [[_phrase_expression(unit)] for unit in units]
    return [list(group) for group in itertools.product(*options)]


def _or(expressions: Iterable[str]) -> str:
    found = [f"({expression})" for expression in expressions]
    return found[0][1:-1] if len(found) == 1 else " OR ".join(found)


# "Near each other": the typed words within this many tokens (plus two per word).
NEAR_WINDOW = 8


@dataclass(frozen=True)
class SearchExpressions:
    """FTS5 MATCH expressions of a query, for ``articles_fts`` unless said otherwise.

    ``folded`` and ``marked`` (for ``articles_marks``) select the matching articles, at
    least one of them set, as in ``FtsMatch``; ``everything`` is every word folded.
    ``phrase`` is all the typed words, in order, as one phrase (also valid for
    ``articles_titles``); ``near`` all of them near each other (None for one word or
    phrase). ``words`` are the terms in typed order, for scoring.
    """

    folded: str | None
    marked: str | None
    everything: str
    phrase: str
    near: str | None
    words: tuple[Term, ...]


def _phrase_expression(terms: tuple[Term, ...] | list[Term]) -> str:
    """Adjacent terms, in order, as one FTS5 phrase (a prefix term keeps its star)."""
    return " + ".join(_folded_expression(term) for term in terms)


@dataclass(frozen=True)
class FtsMatch:
    """MATCH expressions: ``folded`` for ``articles_fts`` and ``marked`` for
    ``articles_marks`` select the articles (at least one is set); ``ranking`` is every
    word in ``articles_fts``, for relevance scores."""

    ranking: str
    folded: str | None
    marked: str | None


def _folded_expression(term: Term) -> str:
    return f'"{term.folded}"' + ("*" if term.prefix else "")


def _marked_expression(term: Term) -> str:
    spellings = vn.tone_variants(term.typed)
    if term.prefix and term.marked not in spellings:
        spellings.append(term.marked)
    star = "*" if term.prefix else ""
    alternatives = [f'"{spelling}"{star}' for spelling in spellings]
    if len(alternatives) == 1:
        return alternatives[0]
    return "(" + " OR ".join(alternatives) + ")"


def _make_term(word: str, prefix: bool) -> Term:
    lowered = vn.lower(word)
    return Term(
        folded=vn.fold(word),
        marked=vn.normalize_syllable(lowered),
        exact=vn.has_marks(word),
        prefix=prefix,
        typed=lowered,
    )


def parse_query(text: str | None, *, prefix_last: bool = False) -> SearchQuery:
    """Parse what the user typed; never raises.

    Args:
        text: the raw search text.
        prefix_last: treat the last word as a prefix (the search box while typing),
            unless the text ends with a space or a closing quote.
    """
    if not text:
        return SearchQuery()
    cleaned = vn.clean(text)
    terms: list[Term] = []
    phrases: list[tuple[Term, ...]] = []
    units: list[tuple[Term, ...]] = []
    last_kind = ""
    for match in _TOKEN.finditer(cleaned):
        phrase = match.group("phrase")
        if phrase is not None:
            words = vn.words(phrase)
            if words:
                phrases.append(tuple(_make_term(word, False) for word in words))
                units.append(phrases[-1])
                last_kind = "phrase"
            continue
        word = match.group("word")
        terms.append(_make_term(word, match.group("star") is not None))
        units.append((terms[-1],))
        last_kind = "word"
    ends_word = bool(cleaned) and (cleaned[-1].isalnum())
    # A lone first letter is not searched as a prefix: it would match nearly everything.
    if (
        prefix_last
        and last_kind == "word"
        and ends_word
        and terms
        and not terms[-1].prefix
        and len(terms[-1].folded) > 1
    ):
        last = terms[-1]
        terms[-1] = Term(last.folded, last.marked, last.exact, True, last.typed)
        units[-1] = (terms[-1],)
    return SearchQuery(terms=tuple(terms), phrases=tuple(phrases), units=tuple(units))


def match_spans(text: str, query: SearchQuery) -> list[tuple[int, int]]:
    """Spans of ``text`` (NFC) where a word matches one of the query's words.

    Used to highlight matches in the reading pane and to cut snippets: ``thanh hoa``
    marks "Thanh Hoá" even though the document has marks the query has not.
    """
    terms = query.all_terms()
    if not terms:
        return []
    folded_text = vn.fold(text)
    lowered_text = vn.lower(text)
    spans: list[tuple[int, int]] = []
    for start, end in vn.iter_word_spans(text):
        folded_word = folded_text[start:end]
        if not any(folded_word.startswith(term.folded) for term in terms):
            continue
        marked_word = vn.normalize_syllable(lowered_text[start:end])
        if any(term.matches(folded_word, marked_word) for term in terms):
            spans.append((start, end))
    return spans


def snippet(text: str, query: SearchQuery, *, width: int = 160) -> str:
    """A short single-line excerpt of ``text`` around its first match, or its start."""
    flat = " ".join(text.split())
    first = first_match(flat, query)
    if first is None:
        return _shorten(flat, width)
    start = max(0, first - width // 3)
    if start:
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    excerpt = flat[start : start + width]
    prefix = "…" if start else ""
    suffix = "…" if start + width < len(flat) else ""
    return prefix + excerpt.strip() + suffix


def first_match(text: str, query: SearchQuery) -> int | None:
    """Where the first word of ``text`` (NFC) that matches a query word starts, or None.

    Same matching as ``match_spans``, but a regular expression finds the candidates in
    C and the search stops at the first: a list page cuts 100 snippets at once.
    """
    terms = tuple(query.all_terms())
    if not terms:
        return None
    for match in _candidates(terms).finditer(text):
        word = match.group(0)
        folded = vn.fold(word)
        marked = vn.normalize_syllable(vn.lower(word))
        if any(term.matches(folded, marked) for term in terms):
            return match.start()
    return None


@functools.lru_cache(maxsize=64)
def _candidates(terms: tuple[Term, ...]) -> re.Pattern[str]:
    """Whole words that fold to a term (or start so, for a prefix term)."""
    alternatives = sorted({vn.folded_pattern(term.folded) for term in terms}, key=len, reverse=True)
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(alternatives)})[^\W_]*")


def _shorten(text: str, width: int) -> str:
    if len(text) <= width:
        return text
    return text[:width].rsplit(" ", 1)[0] + "…"
