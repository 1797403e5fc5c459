"""The layout of a Vietnamese administrative document (Decree 30/2020/NĐ-CP): its fields.

A document laid out so gives:

* **number**: the "Số:" segment of its head (``Số: 256/2004/QĐ-UB``, ``Số : 01/2006/TT-NHNN``,
  ``Số 12-BC/ĐU``), written as filed: no spaces around the separators, no fill dots;
* **date**: its place-and-date segment (``TP. Cần Thơ, ngày 01 tháng 7 năm 2004`` →
  ``2004-07-01``; ``tháng 7/2004`` → ``2004-07``; ``năm 2004`` → ``2004``);
* **source**: its issuing body, the top-left block (``ỦY BAN NHÂN DÂN`` /
  ``TỈNH BÌNH PHƯỚC`` read as one name). When a parent body stands above it
  (``BỘ TÀI CHÍNH`` / ``TỔNG CỤC THUẾ``) the source is the lower one, the body that issued
  the document, which is what a clerk files it under; if that name has no place of its own
  and the parent's has one (``UBND TỈNH CÀ MAU`` / ``SỞ NỘI VỤ``), the parent's place is
  added (``Sở Nội vụ tỉnh Cà Mau``) so that the same department of two provinces stays
  apart. A name typed in capitals is written as a clerk writes it (``Bộ Tài chính``);
* **title**: the document type and its excerpt (``QUYẾT ĐỊNH`` / ``Về việc ban hành …`` →
  "Quyết định về việc ban hành …"), never the motto or the issuing body; for a letter
  without a type line (a *công văn*), "Công văn" and the ``V/v …`` excerpt under its number.

The gazette form, which names everything in its title lines ("Quyết định của Bộ trưởng Bộ
Tài chính số 1141-TC/QĐ/CĐKT ngày 01 tháng 11 năm 1995 về việc …"), and the number and
date of the decision a regulation was issued with ("Ban hành kèm theo Quyết định số …")
are read as well.

Text is never dropped. The head (issuing body, motto, number, place and date) stays at the
top of the body as the page shows it: the motto and the place go into no field, and a
letterhead with holes would read worse than one shown twice. The title lines (type,
excerpt, and in the gazette form the issuer, number and date, with the words that
introduce them: "của", "số", "ngày … tháng … năm") leave the body together, and only when
every word of them went into a field; otherwise they all stay. An issuer named by its
head's position ("của Bộ trưởng Bộ Tài chính") is filed under the body ("Bộ Tài chính"),
so its title lines stay in the body.

A document that starts with a type but shows nothing else of the layout (a report whose
first line is "Báo cáo về …") keeps its first line as the title, joined with the lines
that continue it (in small letters, or in capitals after a line in capitals). Any other
document is an ordinary article: only a line that is nothing but a place and a date near
its start ("Hà Nội, tháng 7 năm 2004") is read.

What is a letterhead is signalled by the national motto (or the Party's) anywhere in the
first lines, or a number line; a dateline alone is not enough (news has them). The pieces:
``administrative_text`` (a line's segments, numbers, dates, types), ``administrative_title``
(the title block), ``name_case`` (names typed in capitals).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from db import vietnamese as vn
from db.readers.administrative_text import (
    LONG_LINE,
    Segment,
    document_type,
    goes_on,
    is_body_start,
    is_prose,
    names_a_body,
    place_date_line,
    segments,
)
from db.readers.administrative_title import (
    TitleBlock,
    letter_title,
    read_title_block,
)
from db.readers.name_case import as_filed, is_uncased

HEAD_LINES = 40
# Lines this far down are looked at for a place and date in an ordinary document.
DATE_LINES = 20

_PLACE_START = re.compile(r"(?:^|\s)(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong)\s")
# Words of the motto (in small letters, with or without marks): lines without one are not
# searched for it.
_MOTTO_HINTS = re.compile("nghĩa|nghia|phúc|phuc|cộng sản|cong san")


@dataclass
class Layout:
    """What the layout says about a document's first lines.

    Attributes:
        administrative: the layout was recognised (motto, number line or gazette title).
        title, date, number, source: the fields found (None when not found).
        title_lines: indices of the lines that went wholly into fields and leave the body.
        head_end: index of the first line after the head (where the ordinary title rule
            looks when no title was found).
        notes: what the import log should say (a date that is not a real date).
    """

    administrative: bool = False
    title: str | None = None
    date: str | None = None
    number: str | None = None
    source: str | None = None
    title_lines: list[int] = field(default_factory=list)
    head_end: int = 0
    notes: list[str] = field(default_factory=list)


def read_layout(lines: Sequence[str]) -> Layout:
    """Read the fields of the layout from a document's first lines (plain text)."""
    lines = [vn.clean(line) for line in lines[:HEAD_LINES]]
    split = _Segmented(lines)
    type_at = _type_line(lines, split)
    head_end = type_at[0] if type_at else _head_end(lines)
    head = [split[index] for index in range(head_end)]
    flat = [segment for line in head for segment in line]
    numbers = [s for s in flat if s.kind == "number"]
    dates = [s for s in flat if s.kind == "date"]
    # A letterhead is the motto (wherever a reader put it) or a number line: a date
    # alone may be a news dateline.
    motto = any(
        any(s.kind == "motto" for s in split[index])
        for index, line in enumerate(lines)
        if _MOTTO_HINTS.search(line.lower())
    )
    administrative = bool(numbers or motto)
    found = TitleBlock(
        administrative,
        number=numbers[0].value if numbers else None,
        date=next((s.value for s in dates if s.value), None),
        source=_issuing_body(head) if administrative else None,
        notes=[f"date not used: {s.text} ({s.problem})" for s in dates[:1] if s.problem],
    )
    if type_at is not None:
        found = read_title_block(lines, split, type_at, found)
    elif administrative:
        found.title = letter_title(head)
    if found.date is None and not found.administrative:
        found.date = next(
            (date for line in lines[:DATE_LINES] if (date := place_date_line(line))), None
        )
    return Layout(
        administrative=found.administrative,
        title=found.title,
        date=found.date,
        number=found.number,
        source=found.source,
        title_lines=found.lines,
        head_end=head_end,
        notes=found.notes,
    )


class _Segmented(dict[int, list[Segment]]):
    """The segments of each line, made when first asked for (most lines never are)."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self._lines = lines

    def __missing__(self, index: int) -> list[Segment]:
        found = self[index] = _segments(self._lines[index])
        return found


def _segments(line: str) -> list[Segment]:
    # Prose is not a letterhead: a line of sentences without columns is one segment, not
    # searched (such lines are most of the text of most documents, and of the time).
    stripped = line.strip()
    if is_prose(stripped) and not (_has_columns(line) and len(stripped) <= 2 * LONG_LINE):
        return [Segment(stripped, "text", leading=True)]
    return segments(line)


def _has_columns(line: str) -> bool:
    stripped = line.strip()
    return "\t" in stripped or "    " in stripped or stripped.startswith("|")


def _type_line(lines: list[str], split: _Segmented) -> tuple[int, int, str, int] | None:
    """(line, segment, type, end of the type in the segment) of the title's type line."""
    for index, line in enumerate(lines):
        if index and _ends_head(line):
            return None
        for position, segment in enumerate(split[index]):
            if segment.kind != "text" or not _could_be_title(segment.text):
                continue
            found = document_type(segment.text)
            if found is None or segment.text[found[1] :].lstrip().startswith(":"):
                continue
            return index, position, found[0], found[1]
    return None


def _could_be_title(text: str) -> bool:
    """Short, and not a sentence: "Dự án metro số 1 … năm 2012. Đến nay, …" is prose."""
    text = text.strip()
    return not text.endswith(".") and not is_prose(text)


def _head_end(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        if index and _ends_head(line):
            return index
    return min(len(lines), 15)


def _ends_head(line: str) -> bool:
    """The body has begun: a line that starts it, or a sentence (no letterhead has one)."""
    return is_body_start(line) or (not _has_columns(line) and is_prose(line.strip()))


def _issuing_body(head: list[list[Segment]]) -> str | None:
    """The issuing body from the head's left column (see the module docstring)."""
    bodies: list[list[str]] = []
    blank = False
    for line in head:
        if not line:
            continue
        first = line[0]
        if any(s.kind in ("number", "date") for s in line):
            if bodies or blank:
                break
            continue
        if first.kind == "motto" and bodies:
            break
        if first.kind == "blank" and first.leading:
            blank = True
        if first.kind != "text" or not first.leading or not _is_name(first.text):
            continue
        if bodies and names_a_body(first.text) and not goes_on(bodies[-1][-1]):
            bodies.append([first.text])
        elif bodies:
            bodies[-1].append(first.text)
        else:
            bodies.append([first.text])
    if blank or not bodies:
        return None
    top = " ".join(bodies[0])
    if not (names_a_body(top) or is_uncased(top)):
        return None
    names = [as_filed(" ".join(parts)) for parts in bodies]
    issuer = names[-1]
    if len(names) > 1 and not _PLACE_START.search(" " + vn.fold(issuer) + " "):
        place = _PLACE_START.search(" " + vn.fold(names[-2]) + " ")
        if place:
            issuer = f"{issuer} {names[-2][max(0, place.start()) :].strip()}"
    return issuer


def _is_name(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 14 or text.rstrip().endswith((".", ":", ";")):
        return False
    lettered = [word for word in words if any(char.isalpha() for char in word)]
    return len(lettered) >= max(1, len(words) - 1) and not (
        len(words) == 1 and any(char.isdigit() for char in text)
    )
