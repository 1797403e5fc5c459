"""Names and excerpts typed in capitals, written as a clerk writes them.

Vietnamese letterheads and titles are typed in capitals (or, with the legacy capital
fonts, in small letters that print as capitals): ``ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ``.
A clerk files them in the spelling of the rules for names: ``Ủy ban nhân dân thành phố
Cần Thơ``, ``Bộ Tài chính``, ``UBND tỉnh Cà Mau``.
"""

from __future__ import annotations

import re

from db import vietnamese as vn

# How a clerk writes a name typed in capitals: place words small and the place name after
# them in capitals (two words), a capital after a ministry's or department's head word,
# fixed names as they are always written.
_PLACE_WORDS = frozenset(
    ("tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
)
_HEAD_WORDS = frozenset(
    ("bộ", "sở", "tổng cục", "cục", "vụ", "viện", "văn phòng", "ngân hàng", "ban", "chi cục")
)
_FIXED_CASE = {
    name.lower(): name
    for name in (
        "Việt Nam",
        "Chính phủ",
        "Quốc hội",
        "Nhà nước",
        "Trung ương",
        "Đảng",
        "Hồ Chí Minh",
        "Thừa Thiên Huế",
        "Hà Nội",
        "Bộ đội Biên phòng",
        "Công an nhân dân",
        "Quân đội nhân dân",
    )
}
_PLACE_NAME_WORDS = 2
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}"
    r"(?:ch|ng|nh|[cmnpt])?$"
)


def is_uncased(text: str) -> bool:
    """Whether the letters of ``text`` are all capitals or all small (a name typed so)."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and (
        all(char.isupper() for char in letters) or all(char.islower() for char in letters)
    )


def clerk_case(text: str, *, first_upper: bool = True) -> str:
    """A name or excerpt typed in capitals (or all in small letters) as a clerk writes it.

    ``ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ`` → ``Ủy ban nhân dân thành phố Cần Thơ``,
    ``BỘ TÀI CHÍNH`` → ``Bộ Tài chính``, ``UBND TỈNH CÀ MAU`` → ``UBND tỉnh Cà Mau``:
    small letters; a capital for the first word (``first_upper``), for the word after a
    head word that starts the name (Bộ, Sở, Tổng cục…), for the two words of a place name
    after tỉnh, thành phố, huyện…; fixed names (Việt Nam, Chính phủ…) as always written;
    abbreviations (UBND, HĐND, QĐ) kept in capitals.
    """
    tokens = text.split()
    lowered = [vn.lower(token) for token in tokens]
    out: list[str] = []
    capital_next = first_upper
    place_words_left = 0
    starts_name = True
    index = 0
    while index < len(tokens):
        size, kind = _phrase_at(lowered, index)
        chunk = tokens[index : index + size]
        if kind == "fixed":
            out.extend(_FIXED_CASE[" ".join(lowered[index : index + size])].split())
        else:
            for offset, token in enumerate(chunk):
                low = lowered[index + offset]
                if _is_abbreviation(token):
                    out.append(token)
                elif (offset == 0 and capital_next) or (kind is None and place_words_left):
                    out.append(low[:1].upper() + low[1:])
                else:
                    out.append(low)
        if kind is None and place_words_left:
            place_words_left -= 1
        capital_next = kind == "head" and starts_name
        if kind == "place":
            place_words_left = _PLACE_NAME_WORDS
        starts_name = chunk[-1] in ("-", "–") or chunk[-1].endswith(",")
        index += size
    return " ".join(out)


def _phrase_at(lowered: list[str], index: int) -> tuple[int, str | None]:
    for size in (4, 3, 2, 1):
        words = lowered[index : index + size]
        if len(words) < size:
            continue
        phrase = " ".join(words)
        if phrase in _FIXED_CASE:
            return size, "fixed"
        bare = phrase.rstrip(",")
        if bare in _PLACE_WORDS:
            return size, "place"
        if bare in _HEAD_WORDS and not (
            bare == "ban" and index and lowered[index - 1] in ("ủy", "uỷ")
        ):
            return size, "head"
    return 1, None


def _is_abbreviation(word: str) -> bool:
    letters = "".join(char for char in word if char.isalpha())
    if len(letters) < 2 or not letters.isupper():
        return False
    return _SYLLABLE.match(vn.fold(letters)) is None


def as_filed(name: str) -> str:
    """A name as a clerk files it: single spaces, capitals written as a clerk writes them."""
    name = " ".join(name.split()).strip(" -–,.")
    return clerk_case(name) if is_uncased(name) else name
