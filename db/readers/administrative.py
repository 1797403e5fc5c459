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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from db import vietnamese as vn
from db.readers.administrative_text import (
    Segment,
    clean_number,
    clerk_case,
    date_in,
    document_type,
    is_uncased,
    place_date_line,
    segments,
)

HEAD_LINES = 40
MAX_TITLE_LINES = 8
MAX_TITLE_CHARS = 500
LONG_LINE = 250
MAX_TYPE_LINE = 160

# What starts the body of a document (on small letters with marks: "để" is not "đề án").
_BODY_START = re.compile(
    r"^(?:căn cứ|xét\b|theo đề nghị|để\b|điều \d|chương [ivxlc\d]|phần [ivxlc\d]"
    r"|mục [ivxlc\d]|kính gửi|kính gởi|nơi nhận|[(\[]|[-+*•]\s+[^\W\d_]|\d+\s*[.)]"
    r"|[ivxlc]+\s*[.)-])"
)
# Also ends an excerpt already begun (a plan's excerpt may start "Thực hiện …").
_LATER_BODY_START = re.compile(r"^thực hiện\b")
# The authority that enacts, printed on its own line under the excerpt.
_AUTHORITY = re.compile(
    r"^(?:uy ban|ubnd|hoi dong|bo truong|chinh phu|thu tuong|chu tich|giam doc|thong doc"
    r"|tong cuc truong|cuc truong|vien truong|ban thuong vu|ban chap hanh|thuong truc)\b"
)
# A line ending in one of these goes on in the next one.
_CONTINUES = re.compile(r"(?:[-–,]|\b(?:cua|va|ve|cho|tai|theo|voi|cac|nhung|trong|doi))\s*$")
# Heads of a body that issue in its name: "Bộ trưởng Bộ Tài chính" files under the ministry.
_POSITION = re.compile(
    r"^(?:bo truong|chu tich|giam doc|tong giam doc|thong doc|tong cuc truong|cuc truong"
    r"|vien truong|truong ban|chanh an|hieu truong)\s+(?=\S)"
)
_BODY_HEAD = re.compile(
    r"^(?:bo|so|tong cuc|cuc|chi cuc|vu|vien|van phong|uy ban|ubnd|hdnd|hoi dong|ban|phong"
    r"|thanh tra|kho bac|trung tam|truong|hoc vien|cong ty|tong cong ty|ngan hang"
    r"|chi nhanh|dang uy|dang bo|huyen uy|tinh uy|thanh uy|quan uy|chinh phu|quoc hoi"
    r"|toa an|vien kiem sat|bao hiem|cong an|bo chi huy|bo tu lenh|benh vien|lien doan"
    r"|doan|hoi|dai|don|tieu doan|trung doan|su doan|lu doan|quan khu|hop tac xa"
    r"|thong tan xa)\b"
)
_PLACE_START = re.compile(r"(?:^|\s)(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong)\s")
_EXCERPT_START = re.compile(r"^(?:v/v|ve viec)\b")
_LIEN_TICH = re.compile(r"\s*lien tich\b")
_OF = re.compile(r"^\s*cua\s+")
_ISSUER_END = re.compile(r"\bso\s*:?\s*[.…]*\d|\bngay\W*\d|\n")
_GAZETTE_NUMBER = re.compile(r"\s*so\s*:?\s*")
_RAW_NUMBER = re.compile(r"[.…]*[^\W_]+(?:(?:[.…]*\s*[/\-–]\s*[.…]*|[.…]+)[^\W_]+)*")


@dataclass
class Layout:
    """What the layout says about a document's first lines.

    Attributes:
        administrative: the layout was recognised (motto, number, date or gazette title).
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
    split = [segments(line) for line in lines]
    type_at = _type_line(lines, split)
    head_end = type_at[0] if type_at else _head_end(lines)
    head = split[:head_end]
    flat = [segment for line in head for segment in line]
    layout = Layout(head_end=head_end)
    numbers = [s for s in flat if s.kind == "number"]
    dates = [s for s in flat if s.kind == "date"]
    layout.number = numbers[0].value if numbers else None
    layout.date = next((s.value for s in dates if s.value), None)
    layout.notes += [f"date not used: {s.text} ({s.problem})" for s in dates[:1] if s.problem]
    # A letterhead is the motto (wherever a reader put it) or a number line: a date
    # alone may be a news dateline.
    motto = any(s.kind == "motto" for line in split for s in line)
    layout.administrative = bool(numbers or motto)
    layout.source = _issuing_body(head) if layout.administrative else None
    if type_at is not None:
        _read_title_block(lines, split, type_at, layout)
    elif layout.administrative:
        layout.title = _letter_title(head)
    if layout.date is None and not layout.administrative:
        layout.date = next((date for line in lines[:20] if (date := place_date_line(line))), None)
    return layout


def _type_line(lines: list[str], split: list[list[Segment]]) -> tuple[int, int, str, int] | None:
    """(line, segment, type, end of the type in the segment) of the title's type line."""
    for index, line in enumerate(lines):
        if index and _is_body_start(line):
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
    return len(text) <= MAX_TYPE_LINE and not text.endswith(".") and ". " not in text


def _head_end(lines: list[str]) -> int:
    for index, line in enumerate(lines):
        if index and _is_body_start(line):
            return index
    return min(len(lines), 15)


def _is_body_start(line: str, *, later: bool = False) -> bool:
    text = line.strip()
    lowered = vn.lower(text)
    return (
        len(text) > LONG_LINE
        or _BODY_START.match(lowered) is not None
        or (later and _LATER_BODY_START.match(lowered) is not None)
    )


def _issuing_body(head: list[list[Segment]]) -> str | None:
    """The issuing body from the head's left column (see the module docstring)."""
    bodies: list[list[str]] = []
    blank = False
    for line in head:
        if not line:
            continue
        first = line[0]
        if first.kind in ("number", "date") or any(s.kind in ("number", "date") for s in line):
            if bodies or blank:
                break
            continue
        if first.kind == "motto" and bodies:
            break
        if first.kind == "blank" and first.leading:
            blank = True
        if first.kind != "text" or not first.leading or not _is_name(first.text):
            continue
        folded = vn.fold(first.text)
        if bodies and _BODY_HEAD.match(folded) and not _CONTINUES.search(vn.fold(bodies[-1][-1])):
            bodies.append([first.text])
        elif bodies:
            bodies[-1].append(first.text)
        else:
            bodies.append([first.text])
    if blank or not bodies:
        return None
    top = " ".join(bodies[0])
    if not (_BODY_HEAD.match(vn.fold(top)) or is_uncased(top)):
        return None
    names = [_as_filed(" ".join(parts)) for parts in bodies]
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


def _as_filed(name: str) -> str:
    name = " ".join(name.split()).strip(" -–,.")
    return clerk_case(name) if is_uncased(name) else name


def _read_title_block(
    lines: list[str], split: list[list[Segment]], type_at: tuple[int, int, str, int], layout: Layout
) -> None:
    """Title, and in the gazette form issuer, number and date, from the type line on."""
    index, position, type_name, type_end = type_at
    segment = split[index][position]
    alone = len(split[index]) == 1
    # The text after the type word: the rest of its segment and the following lines.
    parts = [segment.text[type_end:]] + lines[index + 1 : index + MAX_TITLE_LINES]
    text = "\n".join(parts)
    folded = vn.fold(text)
    cursor = 0
    consumed_all = alone
    lien_tich = _LIEN_TICH.match(folded, cursor)
    if lien_tich and type_name in ("Thông tư", "Nghị quyết"):
        type_name += " liên tịch"
        cursor = lien_tich.end()
    issuer = None
    of = _OF.match(folded[cursor:].lstrip("\n"))
    if of:
        start = cursor + (len(folded[cursor:]) - len(folded[cursor:].lstrip("\n"))) + of.end()
        end = _issuer_end(folded, start)
        issuer = " ".join(text[start:end].split()).strip(" ,-–")
        cursor = end
    gazette = False
    number_match = _GAZETTE_NUMBER.match(folded, cursor)
    if number_match:
        raw = _RAW_NUMBER.match(text, number_match.end())
        number = clean_number(raw.group()) if raw else None
        colon = ":" in folded[cursor : number_match.end()]
        # Another number than the letterhead's is text of the title, not this document's.
        if raw and number and (colon or "/" in number) and layout.number in (None, number):
            gazette = True
            layout.number = number
            cursor = raw.end()
    date_value, problem, date_match = date_in(text[cursor:])
    if date_match and not text[cursor : cursor + date_match.start()].strip(" ,\n"):
        if problem:
            typed = text[cursor + date_match.start() : cursor + date_match.end()]
            layout.notes.append(f"date not used: {typed} ({problem})")
            consumed_all = False
        if date_value and layout.date in (None, date_value):
            gazette = True
            layout.date = date_value
            cursor += date_match.end()
    if gazette:
        layout.administrative = True
    if issuer and layout.administrative:
        layout.source = layout.source or _as_filed(_issuer_body(issuer))
    if not layout.administrative:
        _weak_title(lines, index, position, split, layout)
        return
    excerpt_lines, used = _excerpt(text, cursor, issuer, layout.source)
    excerpt = " ".join(" ".join(excerpt_lines).split())
    _attachment(lines, index + 1 + used, layout)
    title = type_name
    if excerpt:
        title = f"{type_name} {_excerpt_case(excerpt)}"
    elif issuer:
        title = f"{type_name} của {_as_filed(issuer)}"
    elif layout.number:
        title = f"{type_name} số {layout.number}"
    layout.title = title[:MAX_TITLE_CHARS]
    issuer_filed = issuer is None or _same_body(issuer, layout.source)
    if consumed_all and issuer_filed and len(title) <= MAX_TITLE_CHARS:
        layout.title_lines = list(range(index, index + 1 + used))


def _issuer_end(folded: str, start: int) -> int:
    position = start
    while True:
        match = _ISSUER_END.search(folded, position)
        if match is None:
            return len(folded)
        if match.group() == "\n" and _CONTINUES.search(folded[start : match.start()]):
            position = match.end()
            continue
        return match.start()


def _issuer_body(issuer: str) -> str:
    """The body an issuing position heads: "Bộ trưởng Bộ Tài chính" → "Bộ Tài chính"."""
    folded = vn.fold(issuer)
    position = _POSITION.match(folded)
    if position and _BODY_HEAD.match(folded[position.end() :]):
        return issuer[position.end() :]
    return issuer


def _same_body(issuer: str, source: str | None) -> bool:
    """Whether the issuer named in the title lines is, word for word, the source filed."""
    return source is not None and vn.name_key(source) == vn.name_key(issuer)


def _excerpt(
    text: str, cursor: int, issuer: str | None, source: str | None
) -> tuple[list[str], int]:
    """The excerpt's lines from ``cursor`` on, and how many lines after the type line it used."""
    first, _, rest = text[cursor:].partition("\n")
    # The type line's own text (after the type and the gazette parts) is the excerpt's start.
    consumed_lines = text[:cursor].count("\n")
    excerpt = [first.strip()] if first.strip() else []
    used = consumed_lines
    authorities = {vn.name_key(name) for name in (issuer, source) if name}
    for line in rest.split("\n") if rest else []:
        stripped = line.strip()
        folded = vn.fold(stripped)
        if not stripped:
            used += 1
            continue
        continues = bool(excerpt) and bool(_CONTINUES.search(vn.fold(excerpt[-1])))
        if not continues and _ends_excerpt(stripped, folded, excerpt, authorities):
            break
        if sum(len(part) for part in excerpt) + len(stripped) > MAX_TITLE_CHARS:
            break
        excerpt.append(stripped)
        used += 1
    return excerpt, used


def _ends_excerpt(stripped: str, folded: str, excerpt: list[str], authorities: set[str]) -> bool:
    parts = segments(stripped)
    # "số 04/1998/QH10 ngày …" in small letters is a law the excerpt names, not a number line.
    named_law = bool(parts) and parts[0].kind == "number" and parts[0].text[:1].islower()
    letterhead = not named_law and (
        len(parts) > 1 or any(part.kind not in ("text", "blank") for part in parts)
    )
    if _is_body_start(stripped, later=bool(excerpt)) or stripped.endswith(":") or letterhead:
        return True
    key = vn.name_key(stripped)
    short = len(stripped.split()) <= 10 and not re.search(r"[,.;]", stripped)
    if short and (
        key in authorities
        or any(name.startswith(key + " ") for name in authorities)
        or (_AUTHORITY.match(folded) is not None)
    ):
        return True
    return bool(excerpt) and _EXCERPT_START.match(folded) is not None


def _excerpt_case(excerpt: str) -> str:
    if is_uncased(excerpt):
        return clerk_case(excerpt, first_upper=False)
    first, _, rest = excerpt.partition(" ")
    following = rest[:1]
    if first[:1].isupper() and first[1:].islower() and "/" not in first and not following.isupper():
        return first[:1].lower() + first[1:] + (" " + rest if rest else "")
    return excerpt


def _attachment(lines: list[str], start: int, layout: Layout) -> None:
    """Number and date of the decision a regulation came with: "(Ban hành kèm theo …)"."""
    if start >= len(lines) or not vn.fold(lines[start].strip()).lstrip("( ").startswith(
        ("ban hanh kem theo", "kem theo")
    ):
        return
    text = " ".join(lines[start : start + 3])
    text = text[: text.find(")") + 1] if ")" in text else text
    number = re.search(r"(?<![a-z])so\s*:?\s*", vn.fold(text))
    if number and layout.number is None:
        raw = _RAW_NUMBER.match(text, number.end())
        layout.number = clean_number(raw.group()) if raw else None
    if layout.date is None:
        layout.date = date_in(text)[0]


def _weak_title(
    lines: list[str], index: int, position: int, split: list[list[Segment]], layout: Layout
) -> None:
    """A type at the very top and nothing else: the line, and its continuation."""
    # At the very top: below a first line that is text (an ordinary title) it is prose.
    above = split[:index]
    if index > 2 or any(line and line[0].kind == "text" and line[0].leading for line in above):
        return
    title = [split[index][position].text]
    used = [index] if len(split[index]) == 1 else []
    for offset, line in enumerate(lines[index + 1 : index + 4], start=index + 1):
        stripped = line.strip()
        # A title broken across lines goes on in small letters, or in capitals after capitals.
        capitals = is_uncased(title[-1]) and title[-1].isupper() and stripped.isupper()
        goes_on = stripped[:1].islower() or capitals
        if not goes_on or len(stripped) > 200 or _is_body_start(stripped):
            break
        title.append(stripped)
        if used:
            used.append(offset)
    layout.title = " ".join(" ".join(title).split())[:MAX_TITLE_CHARS]
    layout.title_lines = used


def _letter_title(head: list[list[Segment]]) -> str | None:
    """A letter's title: "Công văn" and the ``V/v`` excerpt under its number."""
    excerpt: list[str] = []
    for line in head:
        first = line[0] if line else None
        if first is None or first.kind != "text":
            if excerpt:
                break
            continue
        if excerpt and (len(excerpt) >= 3 or _is_body_start(first.text)):
            break
        if excerpt or _EXCERPT_START.match(vn.fold(first.text)):
            excerpt.append(first.text)
    if not excerpt:
        return None
    return "Công văn " + " ".join(" ".join(excerpt).split())
