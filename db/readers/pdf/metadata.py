"""What a PDF's document information says, and the details line of our own exports.

Office converters fill the information dictionary from the document: the title is often
the first line, typed in the legacy font, so it arrives as "Vô kinh tÕ C«ng nghiÖp"
(TCVN3 read as Windows-1252) and is decoded here; the author is the name Office was
registered to, so it is not used as the article's author. Dates are ``D:YYYYMMDD…``.

A PDF written by this program (``Creator: Archive Viewer …``) prints under the title a
line of details, "Ngày: 25/12/2023 · Tác giả: X · Nguồn: Y · Thẻ: a, b" (or in English),
which gives the article's fields back exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from db.dates import parse_partial_date
from db.errors import InvalidDateError
from db.readers.legacy_fonts import font_bytes
from db.text_decoding import detect_legacy

OWN_CREATOR = "Archive Viewer"
# Printers and converters put the file's name or the site's address where a title goes.
_CONVERTER_PREFIX = re.compile(r"^(?:Microsoft (?:Word|PowerPoint|Excel) - )", re.I)
_NOT_A_TITLE = re.compile(
    r"^(?:(?:https?://|www\.)\S+|\S+\.(?:docx?|rtf|odt|pdf|txt|xlsx?)|untitled|document\d*)$",
    re.I,
)
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_EN_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_LABELS = {
    "date": ("date", "ngày"),
    "author": ("author", "tác giả"),
    "source": ("source", "nguồn"),
    "tags": ("tags", "thẻ"),
}
_SEPARATOR = " · "
# What the export prints as the contents' bookmark (both languages).
CONTENTS_TITLES = ("contents", "mục lục")


def decoded_title(text: str | None) -> str | None:
    """The information dictionary's title, unless it is a web address or a file's name."""
    text = decoded_text(text)
    if text is None:
        return None
    text = _CONVERTER_PREFIX.sub("", text)
    if _NOT_A_TITLE.match(text):
        return None
    return text


def decoded_text(text: str | None) -> str | None:
    """A metadata string, decoded from TCVN3 or VNI when that is what it reads as."""
    if not text or not text.strip():
        return None
    text = " ".join(text.split())
    raw = font_bytes(text)
    if raw is None or raw.isascii():
        return text
    detected = detect_legacy(raw)
    return detected.text if detected.encoding in ("tcvn3", "vni") else text


def pdf_date(text: str | None) -> str | None:
    """``D:20070227141249+07'00'`` → ``2007-02-27`` (None when it is not a date)."""
    match = _PDF_DATE.match((text or "").strip())
    if not match:
        return None
    value = "-".join(part for part in match.groups() if part)
    try:
        return parse_partial_date(value)
    except InvalidDateError:
        return None


def is_own_export(metadata: dict[str, str]) -> bool:
    """Whether this program wrote the PDF (so its layout is known)."""
    return metadata.get("Creator", "").startswith(OWN_CREATOR)


@dataclass
class DetailsLine:
    """The fields an exported article prints under its title."""

    date: str | None = None
    author: str | None = None
    source: str | None = None
    tags: list[str] = field(default_factory=list)


def parse_details_line(text: str) -> DetailsLine | None:
    """The fields of an export's details line, or None when ``text`` is not one."""
    flat = " ".join(text.split())
    values: dict[str, str] = {}
    current: str | None = None
    for part in flat.split(_SEPARATOR):
        field_name = _field_of(part)
        if field_name is None:
            if current is None:
                return None
            values[current] += _SEPARATOR + part  # a value that holds the separator
            continue
        current = field_name
        values[field_name] = part.split(":", 1)[1].strip()
    if not values:
        return None
    details = DetailsLine(
        author=values.get("author") or None,
        source=values.get("source") or None,
        tags=[tag.strip() for tag in values.get("tags", "").split(",") if tag.strip()],
    )
    if "date" in values:
        details.date = _printed_date(values["date"])
        if details.date is None:
            return None
    return details


def _field_of(part: str) -> str | None:
    label = part.split(":", 1)[0].strip().lower() if ":" in part else ""
    for name, labels in _LABELS.items():
        if label in labels:
            return name
    return None


def _printed_date(text: str) -> str | None:
    """The partial date back from how the export prints it, in either language."""
    text = text.strip().lower()
    patterns: list[tuple[str, str]] = [
        (r"^năm (\d{4})$", "{0}"),
        (r"^tháng (\d{1,2})/(\d{4})$", "{1}-{0}"),
        (r"^(\d{1,2})/(\d{1,2})/(\d{4})$", "{2}-{1}-{0}"),
        (r"^(\d{4})$", "{0}"),
    ]
    for pattern, form in patterns:
        match = re.match(pattern, text)
        if match:
            return _valid(form.format(*match.groups()))
    match = re.match(r"^(?:(\d{1,2}) )?([a-z]+) (\d{4})$", text)
    if match and match.group(2) in _EN_MONTHS:
        month = _EN_MONTHS.index(match.group(2)) + 1
        day = match.group(1)
        return _valid(f"{match.group(3)}-{month}" + (f"-{day}" if day else ""))
    return None


def _valid(value: str) -> str | None:
    try:
        return parse_partial_date(value)
    except InvalidDateError:
        return None
