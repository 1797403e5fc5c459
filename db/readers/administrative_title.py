"""The title block of an administrative document: its type line and what follows it.

``QUYẾT ĐỊNH`` / ``Về việc ban hành …`` is the common form; the gazette form names the
issuer, number and date in the same lines ("Quyết định của Bộ trưởng Bộ Tài chính số
1141-TC/QĐ/CĐKT ngày 01 tháng 11 năm 1995 Về việc …"); a regulation may add the decision it
came with ("( Ban hành kèm theo Quyết định số 05/2006/QĐ-UBND, ngày 25 tháng 01 năm 2006 …)").
See ``db.readers.administrative`` for what becomes of each part.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from db import vietnamese as vn
from db.readers.administrative_text import (
    Segment,
    date_in,
    goes_on,
    is_body_start,
    issuer_body,
    number_at,
    segments,
)
from db.readers.name_case import as_filed, clerk_case, is_uncased

MAX_TITLE_LINES = 8
MAX_TITLE_CHARS = 500

# The authority that enacts, printed on its own line under the excerpt (folded).
_AUTHORITY = re.compile(
    r"^(?:uy ban|ubnd|hoi dong|bo truong|chinh phu|thu tuong|chu tich|giam doc|thong doc"
    r"|tong cuc truong|cuc truong|vien truong|ban thuong vu|ban chap hanh|thuong truc)\b"
)
EXCERPT_START = re.compile(r"^(?:v/v|ve viec)\b")
_LIEN_TICH = re.compile(r"\s*lien tich\b")
_OF = re.compile(r"\s*cua\s+")
_ISSUER_END = re.compile(r"\bso\s*:?\s*[.…]*\d|\bngay\W*\d|\n")
_GAZETTE_NUMBER = re.compile(r"\s*so\s*:?\s*")


@dataclass
class TitleBlock:
    """What the title lines give, with what the head gave filled in.

    Attributes:
        administrative: the layout is recognised (the head's, or the gazette form's).
        title, number, date, source: the fields.
        lines: the lines (indices) that went wholly into fields and leave the body.
        notes: what the import log should say.
    """

    administrative: bool
    title: str | None = None
    number: str | None = None
    date: str | None = None
    source: str | None = None
    lines: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_title_block(
    lines: list[str],
    split: Mapping[int, list[Segment]],
    type_at: tuple[int, int, str, int],
    head: TitleBlock,
) -> TitleBlock:
    """The title block from the type line ``type_at`` (line, segment, type, end) on."""
    index, position, type_name, type_end = type_at
    block = TitleBlock(
        head.administrative, None, head.number, head.date, head.source, notes=list(head.notes)
    )
    # The text after the type word: the rest of its segment and the following lines.
    following = lines[index + 1 : index + MAX_TITLE_LINES]
    text = "\n".join([split[index][position].text[type_end:], *following])
    folded = vn.fold(text)
    filed = len(split[index]) == 1  # the type line holds nothing but the title
    cursor = 0
    lien_tich = _LIEN_TICH.match(folded)
    if lien_tich and type_name in ("Thông tư", "Nghị quyết"):
        type_name += " liên tịch"
        cursor = lien_tich.end()
    issuer = None
    if of := _OF.match(folded, cursor):
        end = _issuer_end(folded, of.end())
        issuer = " ".join(text[of.end() : end].split()).strip(" ,-–")
        cursor = end
    gazette = False
    if mark := _GAZETTE_NUMBER.match(folded, cursor):
        number = number_at(text, mark.end())
        # Another number than the letterhead's is text of the title, not this document's.
        colon = ":" in folded[cursor : mark.end()]
        if number and (colon or "/" in number[0]) and block.number in (None, number[0]):
            gazette, block.number, cursor = True, number[0], number[1]
    value, problem, date = date_in(text[cursor:])
    if date and not text[cursor : cursor + date.start()].strip(" ,\n"):
        if problem:
            typed = text[cursor + date.start() : cursor + date.end()]
            block.notes.append(f"date not used: {typed} ({problem})")
            filed = False
        if value and block.date in (None, value):
            gazette, block.date, cursor = True, value, cursor + date.end()
    block.administrative = block.administrative or gazette
    if not block.administrative:
        return weak_title(lines, index, position, split, block)
    if issuer:
        block.source = block.source or as_filed(issuer_body(issuer))
    excerpt_lines, used = _excerpt(text, cursor, issuer, block.source)
    excerpt = " ".join(" ".join(excerpt_lines).split())
    _attachment(lines, index + 1 + used, block)
    title = type_name
    if excerpt:
        title = f"{type_name} {_excerpt_case(excerpt)}"
    elif issuer:
        title = f"{type_name} của {as_filed(issuer)}"
    elif block.number:
        title = f"{type_name} số {block.number}"
    block.title = title[:MAX_TITLE_CHARS]
    issuer_filed = issuer is None or _same_body(issuer, block.source)
    if filed and issuer_filed and len(title) <= MAX_TITLE_CHARS:
        block.lines = list(range(index, index + 1 + used))
    return block


def _issuer_end(folded: str, start: int) -> int:
    position = start
    while match := _ISSUER_END.search(folded, position):
        if match.group() == "\n" and goes_on(folded[start : match.start()]):
            position = match.end()
            continue
        return match.start()
    return len(folded)


def _same_body(issuer: str, source: str | None) -> bool:
    """Whether the issuer named in the title lines is, word for word, the source filed."""
    return source is not None and vn.name_key(source) == vn.name_key(issuer)


def _excerpt(
    text: str, cursor: int, issuer: str | None, source: str | None
) -> tuple[list[str], int]:
    """The excerpt's lines from ``cursor`` on, and how many lines after the type line it used."""
    first, _, rest = text[cursor:].partition("\n")
    # The type line's own text (after the type and the gazette parts) is the excerpt's start.
    excerpt = [first.strip()] if first.strip() else []
    used = text[:cursor].count("\n")
    authorities = {vn.name_key(name) for name in (issuer, source) if name}
    for line in rest.split("\n") if rest else []:
        stripped = line.strip()
        if not stripped:
            used += 1
            continue
        continues = bool(excerpt) and goes_on(excerpt[-1])
        if not continues and _ends_excerpt(stripped, excerpt, authorities):
            break
        if sum(len(part) for part in excerpt) + len(stripped) > MAX_TITLE_CHARS:
            break
        excerpt.append(stripped)
        used += 1
    return excerpt, used


def _ends_excerpt(stripped: str, excerpt: list[str], authorities: set[str]) -> bool:
    parts = segments(stripped)
    # "số 04/1998/QH10 ngày …" in small letters is a law the excerpt names, not a number line.
    named_law = bool(parts) and parts[0].kind == "number" and parts[0].text[:1].islower()
    letterhead = not named_law and (
        len(parts) > 1 or any(part.kind not in ("text", "blank") for part in parts)
    )
    if is_body_start(stripped, later=bool(excerpt)) or stripped.endswith(":") or letterhead:
        return True
    folded = vn.fold(stripped)
    key = vn.name_key(stripped)
    short = len(stripped.split()) <= 10 and not re.search(r"[,.;]", stripped)
    if short and (
        key in authorities
        or any(name.startswith(key + " ") for name in authorities)
        or _AUTHORITY.match(folded) is not None
    ):
        return True
    return bool(excerpt) and EXCERPT_START.match(folded) is not None


def _excerpt_case(excerpt: str) -> str:
    """After the type, an excerpt goes on in small letters ("Quyết định về việc …")."""
    if is_uncased(excerpt):
        return clerk_case(excerpt, first_upper=False)
    first, _, rest = excerpt.partition(" ")
    # "V/v" keeps its capital, and so does a name ("Hà Nội …").
    if first[:1].isupper() and first[1:].islower() and "/" not in first and not rest[:1].isupper():
        return first[:1].lower() + first[1:] + (" " + rest if rest else "")
    return excerpt


def _attachment(lines: list[str], start: int, block: TitleBlock) -> None:
    """Number and date of the decision a regulation came with: "(Ban hành kèm theo …)"."""
    if start >= len(lines) or not vn.fold(lines[start].strip()).lstrip("( ").startswith(
        ("ban hanh kem theo", "kem theo")
    ):
        return
    text = " ".join(lines[start : start + 3])
    text = text[: text.find(")") + 1] if ")" in text else text
    mark = re.search(r"(?<![a-z])so\s*:?\s*", vn.fold(text))
    if mark and block.number is None:
        number = number_at(text, mark.end())
        block.number = number[0] if number else None
    if block.date is None:
        block.date = date_in(text)[0]


def weak_title(
    lines: list[str],
    index: int,
    position: int,
    split: Mapping[int, list[Segment]],
    block: TitleBlock,
) -> TitleBlock:
    """A type at the very top and nothing else: the line, and its continuation."""
    # At the very top: below a first line that is text (an ordinary title) it is prose.
    above = [split[row] for row in range(index)]
    if index > 2 or any(line and line[0].kind == "text" and line[0].leading for line in above):
        return block
    title = [split[index][position].text]
    used = [index] if len(split[index]) == 1 else []
    for offset, line in enumerate(lines[index + 1 : index + 4], start=index + 1):
        stripped = line.strip()
        # A title broken across lines goes on in small letters, or in capitals after capitals.
        capitals = is_uncased(title[-1]) and title[-1].isupper() and stripped.isupper()
        if not (stripped[:1].islower() or capitals) or len(stripped) > 200:
            break
        if is_body_start(stripped):
            break
        title.append(stripped)
        if used:
            used.append(offset)
    block.title = " ".join(" ".join(title).split())[:MAX_TITLE_CHARS]
    block.lines = used
    return block


def letter_title(head: list[list[Segment]]) -> str | None:
    """A letter's title: "Công văn" and the ``V/v`` excerpt under its number."""
    excerpt: list[str] = []
    for line in head:
        first = line[0] if line else None
        if first is None or first.kind != "text":
            if excerpt:
                break
            continue
        if excerpt and (len(excerpt) >= 3 or is_body_start(first.text)):
            break
        if excerpt or EXCERPT_START.match(vn.fold(first.text)):
            excerpt.append(first.text)
    if not excerpt:
        return None
    return "Công văn " + " ".join(" ".join(excerpt).split())
