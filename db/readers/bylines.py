"""The sign-off at the end of an article: who wrote it, where it came from, who took the photos.

A news article ends with a byline (``Hữu Nghị``), a source credit (``Theo Dailymail``,
``Nguồn: Báo Nhân Dân``, ``Tổng hợp``) or both on two lines, and often a photo or video
credit (``Ảnh: GokuAgency - Hải Long``). The byline becomes the author and the source
credit the source: both leave the body. A photo or video credit credits pictures, not the
text: it is never the author and stays in the body as its last line, but the name above
it is still the byline (Dân trí writes ``Tiến Tuấn`` then ``Ảnh: …``). Whatever is not
surely one of these stays in the body: nothing is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeVar

# "Ảnh: GokuAgency - Hải Long", "Video: VTV", "Clip: Facebook", "Ảnh và video: …": who
# made the pictures, not who wrote the text.
_MEDIA_CREDIT = re.compile(
    r"^(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh và video|Ảnh, video|Nguồn ảnh|Video|Clip"
    r"|Đồ họa|Đồ hoạ|Thiết kế|Infographic|Photo)\s*:\s*\S.{0,120}$",
    re.I,
)
# "Theo Dailymail", "Nguồn: Báo Quân đội nhân dân", "Theo Reuters, AFP".
_SOURCE_CREDIT = re.compile(r"^(?P<label>Theo|Nguồn)(?P<colon>\s*:)?\s+(?P<value>\S.{0,80})$", re.I)
_COMPILED = re.compile(r"^(?:Tổng hợp|Tổng hợp từ .{1,80})$", re.I)
# "Bài và ảnh: Minh Châu", "Bài, ảnh: …", "Tin: …": the writer, labelled.
_WRITER_CREDIT = re.compile(
    r"^(?:Bài|Tin|Bài viết|Bài và ảnh|Bài, ảnh|Bài - ảnh|Tin và ảnh|Tin, ảnh|Tin - ảnh)"
    r"\s*:\s*(?P<name>\S.{0,60})$",
    re.I,
)
_SENTENCE_PUNCTUATION = re.compile(r"[.!?;,…“”\"]")
# Several agencies or bodies in one credit: "Reuters, AFP", "TTXVN/Vietnam+".
_CREDIT_PARTS = re.compile(r"\s*[,;/&]\s*|\s+(?:và|-|–)\s+")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$", re.I)
_MAX_BYLINE_WORDS = 8
_MAX_BYLINE_CHARS = 60
# The credits after the byline that are looked at: a source and a photo credit at most.
_MAX_TRAILING_CREDITS = 3

T = TypeVar("T")


def looks_like_name(line: str) -> bool:
    """A short line of capitalised words without sentence punctuation: a byline.

    ``Quốc Toản (CTV)``, ``Quân Đỗ - An Nhiên`` and ``Ảnh: GokuAgency - Hải Long`` are;
    ``Theo số liệu mới nhất, Nam Phi có …`` is not.
    """
    if "\n" in line or len(line) > _MAX_BYLINE_CHARS or _SENTENCE_PUNCTUATION.search(line):
        return False
    words = line.split()
    if not words or len(words) > _MAX_BYLINE_WORDS:
        return False
    for word in words:
        if word in ("-", "–", "&", "và", "/"):
            continue
        if word.startswith("(") and word.endswith(")"):
            continue
        first = word.lstrip("(")[:1]
        if not first.isalpha() or not first.isupper():
            return False
    return True


def is_media_credit(line: str) -> bool:
    """Whether ``line`` credits photos or video (``Ảnh: …``, ``Video: …``): never an author."""
    return "\n" not in line.strip() and _MEDIA_CREDIT.match(line.strip()) is not None


def source_credit(line: str) -> str | None:
    """The source a credit line names (``Theo Dailymail`` → ``Dailymail``), else None."""
    line = line.strip()
    if "\n" in line:
        return None
    if _COMPILED.match(line):
        return line
    credit = _SOURCE_CREDIT.match(line)
    if credit is None:
        return None
    value = credit.group("value").strip().rstrip(".").strip()
    labelled = credit.group("colon") is not None
    parts = [part for part in _CREDIT_PARTS.split(value) if part]
    if not parts or not all(_names_a_source(part, labelled=labelled) for part in parts):
        return None
    return value


def _names_a_source(part: str, *, labelled: bool) -> bool:
    if _DOMAIN.match(part):
        return True  # "vnexpress.net"
    if looks_like_name(part):
        return True
    # After "Nguồn:" a body's name as written: "Báo Quân đội nhân dân", "Bộ Y tế".
    words = part.split()
    return (
        labelled
        and 0 < len(words) <= _MAX_BYLINE_WORDS
        and words[0][:1].isupper()
        and not _SENTENCE_PUNCTUATION.search(part)
    )


def _writer(line: str) -> str | None:
    """The name of a byline line (``Hữu Nghị``, ``Bài và ảnh: Minh Châu``), else None."""
    line = line.strip()
    labelled = _WRITER_CREDIT.match(line)
    if labelled is not None:
        name = labelled.group("name").strip()
        return name if looks_like_name(name) else None
    if is_media_credit(line) or source_credit(line) is not None:
        return None
    return line if looks_like_name(line) else None


@dataclass(frozen=True)
class Byline:
    """What the end of an article says about it.

    Attributes:
        author: the byline, or None.
        source: the source credit, or None.
        taken: the indexes of the paragraphs that became the author or the source (they
            leave the body; a photo credit is never among them).
    """

    author: str | None = None
    source: str | None = None
    taken: frozenset[int] = field(default_factory=frozenset)

    def kept(self, paragraphs: list[T]) -> list[T]:
        """The paragraphs (or blocks) that stay in the body."""
        return [item for index, item in enumerate(paragraphs) if index not in self.taken]


def find_byline(paragraphs: list[str]) -> Byline:
    """The byline and credits at the end of ``paragraphs``, when they surely are ones.

    The last paragraphs are read from the end: photo and video credits (kept), then at
    most one source credit, then the byline above them. The first paragraph is never
    taken: an article is not only its sign-off.
    """
    index = len(paragraphs) - 1
    source: str | None = None
    taken: set[int] = set()
    credits = 0
    while index >= 1 and credits < _MAX_TRAILING_CREDITS:
        line = paragraphs[index]
        if is_media_credit(line):
            pass  # stays in the body
        elif source is None and (named := source_credit(line)) is not None:
            source = named
            taken.add(index)
        else:
            break
        credits += 1
        index -= 1
    author = _writer(paragraphs[index]) if index >= 1 else None
    if author is not None:
        taken.add(index)
    return Byline(author=author, source=source, taken=frozenset(taken))
