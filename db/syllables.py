"""How much of a text reads as Vietnamese: the share of well-formed syllables.

A right decoding of real Vietnamese scores above 0.9 and a wrong one around 0.35, which
is how ``db.text_decoding`` tells TCVN3 from VNI from Windows-1258.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from db.legacy_encodings import TONE_MARKS

# ------------------------------------------------------------------ syllable check
_VOWELS = "aăâeêioôơuưy"
_INITIALS = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split()
_FINALS = "ch ng nh c m n p t".split()
# Nuclei that end in a glide (i y o u) or are ia/ua/ưa close the syllable themselves.
_OPEN_NUCLEI = (
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ua ưa ưu uơ "
    "iêu yêu uôi ươi ươu oai oay oao oeo uây uya uyu"
).split()
_FREE_NUCLEI = "a e ê i o ô ơ u ư y oa oe uê uy".split()
_CLOSED_NUCLEI = "ă â iê yê uô ươ oă uâ uyê oo ôô".split()


def _alternation(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


_SYLLABLE_RE = re.compile(
    f"(?:{_alternation(_INITIALS)})?"
    f"(?:{_alternation(_OPEN_NUCLEI)}"
    f"|(?:{_alternation(_FREE_NUCLEI)})(?:{_alternation(_FINALS)})?"
    f"|(?:{_alternation(_CLOSED_NUCLEI)})(?:{_alternation(_FINALS)}))"
)


def _build_letters() -> dict[str, tuple[str, bool]]:
    letters: dict[str, tuple[str, bool]] = {c: (c, False) for c in "abcdefghijklmnopqrstuvwxyzđ"}
    letters["ð"] = ("đ", False)  # Icelandic eth, sometimes typed for đ
    for base in _VOWELS:
        for tone in TONE_MARKS:
            letters[unicodedata.normalize("NFC", base + tone)] = (base, True)
        letters[base] = (base, False)
    return letters


_LETTERS = _build_letters()
_WORD_RE = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    bases = []
    tones = 0
    for ch in word.lower():
        entry = _LETTERS.get(ch)
        if entry is None:
            return False
        bases.append(entry[0])
        tones += entry[1]
    return tones <= 1 and _SYLLABLE_RE.fullmatch("".join(bases)) is not None


def vietnamese_syllable_share(text: str) -> float:
    """Return the share of words in ``text`` that are well-formed Vietnamese syllables.

    A word is a run of letters (digits and punctuation separate words and are not
    counted). A syllable is an optional initial consonant, a Vietnamese vowel nucleus,
    an optional final consonant and at most one tone mark, in any case.

    Args:
        text: Unicode text, ideally NFC (combining marks split words otherwise).

    Returns:
        A number from 0.0 to 1.0; 0.0 when the text has no words.
    """
    return shares(text)[0]


def shares(text: str) -> tuple[float, float, int]:
    """Syllable share of all words, the same over non-ASCII words, and their count."""
    # finditer, not findall: a list of every word of a large file would take more
    # memory than the file.
    words = good = good_non_ascii = non_ascii = 0
    for match in _WORD_RE.finditer(text):
        word = match.group()
        ok = _is_syllable(word)
        words += 1
        good += ok
        if not word.isascii():
            non_ascii += 1
            good_non_ascii += ok
    if not words:
        return 0.0, 0.0, 0
    return good / words, good_non_ascii / non_ascii if non_ascii else 0.0, non_ascii
