"""The pieces of a Vietnamese administrative document's head, recognised one line at a time.

Pure functions over plain text, used by ``db.readers.administrative``: a line split into
its segments (columns made with tabs, runs of spaces or table cells, and phrases a PDF
ran together), what each segment is (the national motto, a rule, the number and symbol,
the place and date, or text), the document types, and the case a clerk writes a name
in. Matching is done on ``vietnamese.fold`` (no marks, lower case, đ→d), which keeps
every character in place, so a match's position is its position in the original.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from db import vietnamese as vn
from db.article_fields import MAX_NUMBER_CHARS
from db.dates import parse_partial_date
from db.errors import InvalidDateError

# Columns: a tab, four or more spaces (two occur inside phrases: "ngày  01 tháng  7").
_COLUMN_GAP = re.compile(r"\t+|[ \u00a0]{4,}|<br\s*/?>", re.I)
_TABLE_SEPARATOR_ROW = re.compile(r"^\|?[\s:|-]*-{3,}[\s:|-]*$")
_TABLE_CELL_BAR = re.compile(r"(?<!\\)\|")

# The motto, the party's counterpart, and the rules and marks drawn under headings.
_MOTTO = re.compile(
    r"cong\s*hoa\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam"
    r"|doc\s*lap\s*[-–—.,]*\s*tu\s*do\s*[-–—.,]*\s*hanh\s*phuc"
    r"|dang\s*cong\s*san\s*viet\s*nam"
)
_RULE_RUN = re.compile(r"[-=_*~•·]{3,}")
_RULE_START = re.compile(r"^(?:[-=_*~•·]{3,}[ :o0]*)+")
_RULE_ONLY = re.compile(r"^[-=_*~•·:.+ 0o]*$")
_NUMBER_START = re.compile(r"^so(?![a-z0-9])\s*[:.]?\s*")
_NUMBER_ANCHOR = re.compile(r"(?<![a-z0-9])so\s*:")
# The number and symbol as typed: parts joined by / - – with spaces or fill dots around.
_RAW_NUMBER = re.compile(r"[.…]*[^\W_]+(?:(?:[.…]*\s*[/\-–]\s*[.…]*|[.…]+)[^\W_]+)*")
_FILL = re.compile(r"\.{2,}|…")
_DIGIT = re.compile(r"\d")

# Dates, on folded text. Day and month may be left blank (a form, or a draft).
_FULL_DATE = r"ngay\W*(?P<d>\d{1,2})?\W*thang\W*(?P<m>\d{1,2})?\W*nam\W*(?P<y>\d{4})"
_NUMERIC_DATE = r"ngay\W*(?P<nd>\d{1,2})\s*[/.-]\s*(?P<nm>\d{1,2})\s*[/.-]\s*(?P<ny>\d{4})"
_MONTH_DATE = r"thang\W*(?P<mm>\d{1,2})\W*(?:nam\W*)?(?P<my>\d{4})"
_YEAR_DATE = r"nam\W*(?P<yy>\d{4})"
_BARE_MONTH = r"(?P<bm>\d{1,2})\s*/\s*(?P<by>\d{4})"
_DATE = f"(?:{_FULL_DATE}|{_NUMERIC_DATE}|{_MONTH_DATE}|{_YEAR_DATE})"
_PLACE = r"(?P<place>[^\W\d_][^\d,;:()]{0,40}),\s*"
# A place-and-date segment: "TP. Cần Thơ, ngày 01 tháng 7 năm 2004", "ngày 5 tháng 3 năm
# 2004", "Hà Nội, tháng 7/2004", "Hà nội, 10/1997".
_PLACE_DATE = re.compile(rf"^(?:{_PLACE})?(?:{_DATE}|{_BARE_MONTH}(?!\d))")
DATE_IN_TEXT = re.compile(rf"(?<![a-z]){_FULL_DATE}|(?<![a-z]){_NUMERIC_DATE}")

# "Thành phố Hồ Chí Minh, ngày 30 tháng 12 năm 2004" is about as long as they come.
MAX_PLACE_DATE = 80
# Document types (Decree 30/2020 and the legal documents), longest first.
DOCUMENT_TYPES = tuple(
    sorted(
        (
            "Thông tư liên tịch|Nghị quyết liên tịch|Quyết định|Nghị định|Nghị quyết|Thông tư"
            "|Chỉ thị|Quy định|Quy chế|Thông báo|Thông cáo|Hướng dẫn|Chương trình|Kế hoạch"
            "|Phương án|Đề án|Dự án|Báo cáo|Biên bản|Tờ trình|Hợp đồng|Công văn|Công điện"
            "|Bản ghi nhớ|Bản thỏa thuận|Giấy ủy quyền|Giấy mời|Giấy giới thiệu|Giấy nghỉ phép"
            "|Phiếu gửi|Phiếu chuyển|Phiếu báo|Thư công|Pháp lệnh|Bộ luật|Luật|Danh sách"
            "|Điều lệ|Đơn"
        ).split("|"),
        key=lambda name: -len(name.split()),
    )
)
_TYPE_WORDS = tuple(
    (name, [vn.normalize_syllable(word) for word in vn.lower(name).split()])
    for name in DOCUMENT_TYPES
)
# "Đơn" is a type only before what an application asks ("đơn vị" is a unit).
_APPLICATION_WORDS = frozenset("xin đề đăng khiếu tố kiến yêu trình cam thư".split())


@dataclass(frozen=True)
class Segment:
    """One column or phrase of a line.

    Attributes:
        text: the segment as written.
        kind: "motto", "rule", "number", "date", "blank" (a form's dots) or "text".
        value: the number, or the date as a partial ISO date, for those kinds.
        leading: the first segment of its line, not indented (the left column).
        problem: why a date-like segment gave no date (an impossible day).
    """

    text: str
    kind: str
    value: str | None = None
    leading: bool = False
    problem: str | None = None


def segments(line: str) -> list[Segment]:
    """The segments of one line of a document's head, in reading order."""
    if line.lstrip().startswith("|"):
        if _TABLE_SEPARATOR_ROW.match(line.strip()):
            return []
        pieces = [p.replace("\\|", "|") for p in _TABLE_CELL_BAR.split(line.strip().strip("|"))]
        indented = False
    else:
        # Far to the right (a code in the right column, "XV80"): not the issuing body.
        margin = line[: len(line) - len(line.lstrip(" \t\u00a0"))]
        indented = len(margin.expandtabs(8)) >= 30
        pieces = _COLUMN_GAP.split(line)
    merged: list[str] = []
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        # "Số:" and its number can sit either side of a gap.
        if merged and vn.fold(merged[-1]).rstrip(" :") == "so":
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    found: list[Segment] = []
    for index, piece in enumerate(merged):
        for part in _classify(piece):
            leading = not found and index == 0 and not indented
            found.append(
                Segment(part.text, part.kind, part.value, leading=leading, problem=part.problem)
            )
    return found


def _classify(piece: str) -> list[Segment]:
    parts: list[Segment] = []
    rest = piece.strip()
    while rest:
        folded = vn.fold(rest)
        matched = _match_start(rest, folded)
        if matched is not None:
            segment, end = matched
            parts.append(segment)
            rest = rest[end:].strip(" \t,;")
            continue
        anchor = _first_anchor(folded)
        if anchor is None:
            parts.append(_text_segment(rest))
            break
        parts.append(_text_segment(rest[:anchor].strip(" \t,;")))
        rest = rest[anchor:]
    return [part for part in parts if part.text]


def _text_segment(text: str) -> Segment:
    if _FILL.search(text) and len(_FILL.sub("", text).strip(" .…()1234567890")) < len(text) // 2:
        return Segment(text, "blank")
    if _RULE_ONLY.match(vn.fold(text)) and any(c in text for c in "-=_*~•·"):
        return Segment(text, "rule")
    return Segment(text, "text")


def _match_start(rest: str, folded: str) -> tuple[Segment, int] | None:
    motto = _MOTTO.match(folded)
    if motto:
        return Segment(rest[: motto.end()], "motto"), motto.end()
    rule = _RULE_START.match(folded)
    if rule:
        return Segment(rest[: rule.end()], "rule"), rule.end()
    start = _NUMBER_START.match(folded)
    if start:
        number = number_at(rest, start.end())
        # "Số: 12" or a symbol ("Số 12-BC/ĐU"); "Số 1 thế giới" is not a number line.
        if number and (":" in folded[: start.end()] or "/" in number[0]):
            return Segment(rest[: number[1]], "number", number[0]), number[1]
    date = _PLACE_DATE.match(folded)
    # A place and date end their segment; "Ngày 5 tháng 3 năm 2021, …" opens a sentence.
    if date and not folded[date.end() :].strip(" ."):
        value, problem = _date_value(date)
        if value is not None or problem is not None:
            return Segment(rest[: date.end()], "date", value, problem=problem), date.end()
    return None


def _first_anchor(folded: str) -> int | None:
    positions = [
        match.start()
        for pattern in (_MOTTO, _RULE_RUN, _NUMBER_ANCHOR)
        if (match := pattern.search(folded, 1)) is not None
    ]
    return min(positions) if positions else None


def number_at(text: str, position: int) -> tuple[str, int] | None:
    """The number and symbol typed at ``position`` (after "Số:"), cleaned, and its end."""
    raw = _RAW_NUMBER.match(text, position)
    value = clean_number(raw.group()) if raw else None
    return (value, raw.end()) if raw and value else None


def clean_number(raw: str) -> str | None:
    """A number and symbol as filed: ``144 /2002/QĐ/BTC`` → ``144/2002/QĐ/BTC``.

    Spaces around the separators and a form's fill dots (``…05…./2006/``) go; None when
    what is left holds no digit (a blank form's ``Số: ……/QĐ``).
    """
    value = re.sub(r"\s*([/\-–])\s*", r"\1", raw.strip())
    value = _FILL.sub("", value)
    value = re.sub(r"\.+(?=[/\-–])|(?<=[/\-–])\.+", "", value).strip(" .,;:")
    if not any(char.isdigit() for char in value) or len(value) > MAX_NUMBER_CHARS:
        return None
    return value


def _date_value(match: re.Match[str]) -> tuple[str | None, str | None]:
    groups = match.groupdict()
    year = groups["y"] or groups["ny"] or groups["my"] or groups["yy"] or groups["by"]
    month = groups["m"] or groups["nm"] or groups["mm"] or groups["bm"]
    day = groups["d"] or groups["nd"]
    if year is None or (groups.get("bm") and not groups.get("place")):
        return None, None
    if not 1900 <= int(year) <= 2100:
        return None, f"the year {year} is not a year of a document"
    text = year if month is None else f"{year}-{month}" if day is None else f"{year}-{month}-{day}"
    if day is not None and month is None:
        text = year
    try:
        return parse_partial_date(text), None
    except InvalidDateError as error:
        return None, str(error)


def date_in(text: str) -> tuple[str | None, str | None, re.Match[str] | None]:
    """The first "ngày D tháng M năm Y" (or "ngày D/M/Y") in ``text``: date, problem, match."""
    match = DATE_IN_TEXT.search(vn.fold(text))
    if match is None:
        return None, None, None
    value, problem = _date_value(match)
    return value, problem, match


def place_date_line(text: str) -> str | None:
    """The date of a line that is only a place and a date ("Montpellier, tháng 07 năm 2001")."""
    text = text.strip()
    if len(text) > MAX_PLACE_DATE or not _DIGIT.search(text):
        return None
    folded = vn.fold(text)
    match = _PLACE_DATE.match(folded)
    if match is None or match.end() != len(folded.rstrip(" .")):
        return None
    if match.group("place") is None and not folded.startswith("ngay"):
        return None
    return _date_value(match)[0]


def document_type(text: str) -> tuple[str, int] | None:
    """The document type a segment starts with, and where the type's words end."""
    # The longest type has three words: only the start of the text is looked at.
    spans = list(itertools.islice(vn.iter_word_spans(text), 4))
    if not spans or text[: spans[0][0]].strip():
        return None
    words = [vn.normalize_syllable(vn.lower(text[start:end])) for start, end in spans]
    for name, wanted in _TYPE_WORDS:
        if words[: len(wanted)] != wanted:
            continue
        if name == "Luật" and len(words) > 1:
            continue  # "Luật sư…"; a law's title line holds only its type
        if name == "Đơn" and len(words) > 1 and words[1] not in _APPLICATION_WORDS:
            continue
        return name, spans[len(wanted) - 1][1]
    return None


# --- lines --------------------------------------------------------------------------

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
# A sentence ends inside the text ("năm 2012. Đến nay"; not "TP. Cần Thơ").
_SENTENCE_END = re.compile(r"(?<=[^\W_])(?<![A-ZĐ])\. (?=\S)")
# A line ending in one of these goes on in the next one (on folded text).
_CONTINUES = re.compile(r"(?:[-–,]|\b(?:cua|va|ve|cho|tai|theo|voi|cac|nhung|trong|doi))\s*$")
# Heads of a body that issue in its name: "Bộ trưởng Bộ Tài chính" files under the ministry.
_POSITION = re.compile(
    r"^(?:bo truong|chu tich|giam doc|tong giam doc|thong doc|tong cuc truong|cuc truong"
    r"|vien truong|truong ban|chanh an|hieu truong)\s+(?=\S)"
)
# The words an organisation's name starts with (on folded text).
_BODY_HEAD = re.compile(
    r"^(?:bo|so|tong cuc|cuc|chi cuc|vu|vien|van phong|uy ban|ubnd|hdnd|hoi dong|ban|phong"
    r"|thanh tra|kho bac|trung tam|truong|hoc vien|cong ty|tong cong ty|ngan hang"
    r"|chi nhanh|dang uy|dang bo|huyen uy|tinh uy|thanh uy|quan uy|chinh phu|quoc hoi"
    r"|toa an|vien kiem sat|bao hiem|cong an|bo chi huy|bo tu lenh|benh vien|lien doan"
    r"|doan|hoi|dai|don|tieu doan|trung doan|su doan|lu doan|quan khu|hop tac xa"
    r"|thong tan xa)\b"
)


def is_body_start(line: str, *, later: bool = False) -> bool:
    """Whether the body begins with this line ("Căn cứ …", "Điều 1.", "1.", a long line).

    ``later``: an excerpt has begun, so "Thực hiện …" begins the body too.
    """
    text = line.strip()
    lowered = vn.lower(text[:24])  # the starts above are short
    return (
        len(text) > LONG_LINE
        or _BODY_START.match(lowered) is not None
        or (later and _LATER_BODY_START.match(lowered) is not None)
    )


def is_prose(text: str) -> bool:
    """A sentence, or longer than any title line: no letterhead holds one."""
    return len(text) > MAX_TYPE_LINE or _SENTENCE_END.search(text) is not None


def goes_on(text: str) -> bool:
    """Whether a line ends in a word or mark that the next line completes ("của", "-")."""
    return _CONTINUES.search(vn.fold(text)) is not None


def names_a_body(text: str) -> bool:
    """Whether ``text`` starts like an organisation's name (Bộ, Sở, Ủy ban, Đảng ủy…)."""
    return _BODY_HEAD.match(vn.fold(text.strip())) is not None


def issuer_body(issuer: str) -> str:
    """The body an issuing position heads: "Bộ trưởng Bộ Tài chính" → "Bộ Tài chính"."""
    folded = vn.fold(issuer)
    position = _POSITION.match(folded)
    if position and names_a_body(folded[position.end() :]):
        return issuer[position.end() :]
    return issuer
