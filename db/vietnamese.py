"""Vietnamese text for search and sorting: cleaning, folding, tone placement, sort keys.

Everything here is a pure function of its input and is the same on every OS, because
the search index and the stored sort keys are computed from it. Changing what any of
these functions return for some input changes the index: bump ``INDEX_VERSION`` (search)
or ``SORT_KEY_VERSION`` (sorting) so that open archives are re-indexed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator

INDEX_VERSION = 4
SORT_KEY_VERSION = 1

# Pasted text carries these inside words; FTS5 would split a word at them.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))

_TONES = {
    "\u0300": 1,  # huyền
    "\u0309": 2,  # hỏi
    "\u0303": 3,  # ngã
    "\u0301": 4,  # sắc
    "\u0323": 5,  # nặng
}
_TONE_MARK_BY_RANK = {rank: mark for mark, rank in _TONES.items()}
_VOWELS = frozenset("aăâeêioôơuưy")
_MODIFIED_VOWELS = frozenset("ăâêôơư")
# Open two-vowel nuclei whose tone moves between styles: old "hòa", new "hoà".
_MOVABLE_PAIRS = frozenset({"oa", "oe", "uy"})

WORD = re.compile(r"[^\W_]+")


_INVISIBLE_CHARS = tuple(map(chr, _INVISIBLE))


def clean(text: str) -> str:
    """NFC with invisible in-word characters removed: the form that gets stored."""
    normal = unicodedata.normalize("NFC", text)
    # str.translate with a dict costs ~30 ns a character; most text has nothing to remove.
    if not any(char in normal for char in _INVISIBLE_CHARS):
        return normal
    return normal.translate(_INVISIBLE)


class _FoldTable(dict[int, str]):
    """``str.translate`` table, filled lazily, that maps a character to its folded form.

    Folding removes every mark, maps đ/Đ (and the look-alike eth ð/Ð) to d and
    lower-cases. It maps one character to exactly one character, so positions in folded
    text are positions in the original, which the highlighter relies on.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _fold_char(char)
        self[code] = folded
        return folded


def _fold_char(char: str) -> str:
    if char in "đĐðÐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0]
    lower = base.lower()
    if len(lower) != 1:
        lower = base
    if unicodedata.combining(lower):
        return char
    return lower


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case ``text`` with all marks removed and đ→d, one character per character.

    ``text`` should be NFC (see ``clean``); the result has the same length.
    """
    return text.translate(_FOLD)


class _LowerTable(dict[int, str]):
    """Length-preserving lower-casing that also maps eth to đ."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "ðÐ":
            lower = "đ"
        else:
            lower = char.lower()
            if len(lower) != 1:
                lower = char
        self[code] = lower
        return lower


_LOWER = _LowerTable()


def lower(text: str) -> str:
    """Lower-case ``text`` keeping its length (and reading eth as đ)."""
    return text.translate(_LOWER)


def _split_letter(char: str) -> tuple[str, int]:
    """Split an NFC lower-case letter into its toneless letter and tone rank (0-5)."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = 0
    rest = []
    for part in decomposed:
        rank = _TONES.get(part)
        if rank is None:
            rest.append(part)
        else:
            tone = rank
    return unicodedata.normalize("NFC", "".join(rest)), tone


def _nucleus_start(bases: str) -> int:
    """Index of the first vowel of the nucleus: ``qu`` and ``gi`` count as consonants."""
    if bases.startswith("qu") and len(bases) > 2:
        return 2
    if bases.startswith("gi") and len(bases) > 2 and bases[2] in _VOWELS:
        return 2
    index = 0
    while index < len(bases) and bases[index] not in _VOWELS:
        index += 1
    return index


def _tone_position(bases: str) -> int | None:
    """Where the tone mark belongs in a toneless syllable, or None if not a syllable."""
    start = _nucleus_start(bases)
    end = start
    while end < len(bases) and bases[end] in _VOWELS:
        end += 1
    nucleus = bases[start:end]
    final = bases[end:]
    if not nucleus or len(nucleus) > 3 or len(final) > 2:
        return None
    if any(letter in _VOWELS for letter in final):
        return None
    modified = [i for i, letter in enumerate(nucleus) if letter in _MODIFIED_VOWELS]
    if modified:
        return start + modified[-1]
    if len(nucleus) == 3:
        return start + 1
    if len(nucleus) == 2:
        if final or nucleus in _MOVABLE_PAIRS:
            return start + 1
        return start
    return start


def normalize_syllable(word: str) -> str:
    """Put the tone mark of a lower-case NFC word where the new-style rules put it.

    ``hòa`` and ``hoà`` both give ``hoà``; ``qúy`` gives ``quý``; ``gìa`` gives ``già``.
    Words that are not one Vietnamese syllable with one tone come back unchanged.
    """
    cached = _SYLLABLE_CACHE.get(word)
    if cached is not None:
        return cached
    result = _normalize_syllable(word)
    if len(_SYLLABLE_CACHE) < 200_000:
        _SYLLABLE_CACHE[word] = result
    return result


_SYLLABLE_CACHE: dict[str, str] = {}


def _normalize_syllable(word: str) -> str:
    if word.isascii():
        return word
    letters = [_split_letter(char) for char in word]
    tones = [(i, tone) for i, (_, tone) in enumerate(letters) if tone]
    if len(tones) != 1:
        return word
    bases = "".join(letter for letter, _ in letters)
    if len(bases) != len(word):
        return word
    position = _tone_position(bases)
    if position is None:
        return word
    tone = tones[0][1]
    marked = unicodedata.normalize("NFC", bases[position] + _TONE_MARK_BY_RANK[tone])
    return bases[:position] + marked + bases[position + 1 :]


def words(text: str) -> list[str]:
    """The words (runs of letters and digits) of ``text``, as written."""
    return WORD.findall(text)


def iter_word_spans(text: str) -> Iterator[tuple[int, int]]:
    """Start and end of every word in ``text``."""
    for match in WORD.finditer(text):
        yield match.start(), match.end()


class _WordCache(dict[str, str]):
    """Word → normalised form, computed on first use (bounded: past the limit, not stored).

    ``map(cache.__getitem__, words)`` stays in C for words already seen.
    """

    def __init__(self, compute: Callable[[str], str]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, word: str) -> str:
        value = self._compute(word)
        if len(self) < _WORD_CACHE_LIMIT:
            self[word] = value
        return value


_WORD_CACHE_LIMIT = 200_000
_MARKED_WORDS = _WordCache(lambda word: normalize_syllable(lower(word)))


def folded_words(text: str) -> str:
    """Cleaned, folded words joined by single spaces (what a search without marks sees)."""
    return " ".join(WORD.findall(fold(clean(text))))


def marked_words(text: str) -> str:
    """Cleaned, lower-cased, tone-normalised words, space-joined (a search with marks)."""
    return " ".join(map(_MARKED_WORDS.__getitem__, WORD.findall(clean(text))))


# --- the text given to the search index ------------------------------------------------
#
# The index is two FTS5 tables that tokenise in C (see db/search_index.py). The folded
# table's tokenizer removes marks and case itself but never folds đ, so đ is replaced
# first; the marked table keeps marks and its queries list every tone placement (see
# ``tone_variants``), so the text needs no per-word work in Python at all. Both are
# given stored text, which is already clean (NFC, no invisible characters).


def index_folded(text: str) -> str:
    """Stored text for the folded index: đ and the look-alike eth become d."""
    return text.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")


def index_marked(text: str) -> str:
    """Stored text for the marked index: the look-alike eth becomes đ."""
    if "ð" not in text and "Ð" not in text:
        return text
    return text.replace("ð", "đ").replace("Ð", "Đ")


def tone_variants(word: str) -> list[str]:
    """Every spelling of a lower-case NFC word with its one tone mark on any of its vowels.

    ``hoà`` gives ``hoà`` and ``hòa``; ``quý`` gives ``quý`` and ``qúy``. A document word
    is the same word, whatever the tone placement, exactly when it is one of these.
    Words with no tone, or more than one, have only themselves.
    """
    letters = [_split_letter(char) for char in word]
    tones = [tone for _, tone in letters if tone]
    bases = "".join(letter for letter, _ in letters)
    if len(tones) != 1 or len(bases) != len(word):
        return [word]
    mark = _TONE_MARK_BY_RANK[tones[0]]
    variants = [word]
    for position, letter in enumerate(bases):
        if letter in _VOWELS:
            marked = unicodedata.normalize("NFC", letter + mark)
            variant = bases[:position] + marked + bases[position + 1 :]
            if variant not in variants:
                variants.append(variant)
    return variants


def folded_pattern(folded: str) -> str:
    """A regular expression matching every way of writing a folded word in stored text.

    Each letter becomes the class of every letter that folds to it (``a`` → ``[aàáảãạ
    ăằ…A…]``, ``d`` → ``[dđDĐðÐ]``), so a search for folded words runs in C over the
    text as stored, with no need to fold it first.
    """
    return "".join(_letter_class(letter) for letter in folded)


@functools.cache
def _letter_class(letter: str) -> str:
    found = sorted(char for char in _LATIN if fold(char) == letter)
    if len(found) <= 1:
        return re.escape(letter)
    return "[" + "".join(re.escape(char) for char in found) + "]"


# Latin letters with every mark Vietnamese (and its look-alikes) uses.
_LATIN = [chr(code) for code in (*range(0x20, 0x250), *range(0x1E00, 0x1F00))]


def has_marks(word: str) -> bool:
    """True when a word carries any Vietnamese mark or đ (so it is searched as written)."""
    return fold(word) != lower(word)


def name_key(text: str) -> str:
    """Case- and mark-insensitive form of a name, for matching authors, sources, tags."""
    return " ".join(WORD.findall(fold(clean(text))))


# --- sorting -------------------------------------------------------------------------

_ALPHABET = "0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
_PRIMARY_BASE = 0x21
_UNKNOWN_LETTER_BASE = 0x100
_LEVEL_SEPARATOR = "\x01"
_WORD_SEPARATOR = "\x02"


def sort_key(text: str | None) -> str | None:
    """Vietnamese alphabetical sort key, compared as plain (binary) text.

    Order: a ă â b c d đ e ê … then tones ma < mà < mả < mã < má < mạ, case and
    punctuation ignored, tone placement normalised. The first level holds the letters,
    the second the tones, so ``mả`` sorts before ``mab``. Version: ``SORT_KEY_VERSION``.
    """
    if text is None:
        return None
    # Words are keyed one by one (and cached): the key is the words' letter levels joined
    # by the word separator, then the tone levels run together.
    parts = [
        _SORT_WORDS[word] for word in map(_MARKED_WORDS.__getitem__, WORD.findall(clean(text)))
    ]
    return (
        _WORD_SEPARATOR.join(primary for primary, _ in parts)
        + _LEVEL_SEPARATOR
        + "".join(secondary for _, secondary in parts)
    )


def _word_sort_key(token: str) -> tuple[str, str]:
    """Letter level and tone level of one lower-case, tone-normalised word."""
    primary: list[str] = []
    secondary: list[str] = []
    for char in token:
        base, tone = _split_letter(char)
        rank = _RANK.get(base)
        if rank is None:
            folded = fold(base)
            rank = _RANK.get(folded)
        if rank is None:
            primary.append(chr(_UNKNOWN_LETTER_BASE + ord(base[0])))
        else:
            primary.append(chr(_PRIMARY_BASE + rank))
        secondary.append(str(tone))
    return "".join(primary), "".join(secondary)


class _SortWordCache(dict[str, tuple[str, str]]):
    def __missing__(self, token: str) -> tuple[str, str]:
        value = _word_sort_key(token)
        if len(self) < _WORD_CACHE_LIMIT:
            self[token] = value
        return value


_SORT_WORDS = _SortWordCache()
