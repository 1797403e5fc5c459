"""Readers for the text formats: the sample format, Markdown with front matter, plain text.

Each takes decoded text and returns the article's fields. None of them drops text: a
line that might be a byline but might not stays in the body.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from db.dates import parse_partial_date
from db.errors import InvalidDateError
from db.models import ArticleFields
from db.readers.errors import FailureKind, ReadError
from db.readers.markdown_text import caption_markdown, escape_markdown

# " date 2023-12 Title": leading space optional, "date" in any case.
_SAMPLE_HEADER = re.compile(
    r"^[ \t]*date[ \t]+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)[ \t]+(\S.*)$", re.I
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
# "Toàn cảnh hội nghị (Ảnh: Trương Tùng)", "(Ảnh minh họa: Sputnik)", "(Ảnh cắt từ clip)".
_CAPTION = re.compile(
    r"\((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Clip|Video)\b[^()]*\)\.?$", re.I
)
_CREDIT = re.compile(r"^(?:Theo|Nguồn)\s*:?\s+(\S.{0,80})$", re.I)
_COMPILED = re.compile(r"^(?:Tổng hợp|Tổng hợp từ .{1,80})$", re.I)
_SENTENCE_PUNCTUATION = re.compile(r"[.!?;,…“”\"]")
_MAX_BYLINE_WORDS = 8
_MAX_BYLINE_CHARS = 60


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines, each stripped, empty ones dropped."""
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text.strip()) if p.strip()]


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


def split_byline(paragraphs: list[str]) -> tuple[list[str], str | None, str | None]:
    """Take a byline (author) or credit (source) off the end when it surely is one."""
    if len(paragraphs) < 2:
        return paragraphs, None, None
    last = paragraphs[-1]
    credit = _CREDIT.match(last)
    if credit and looks_like_name(credit.group(1)):
        return paragraphs[:-1], None, credit.group(1).strip()
    if _COMPILED.match(last):
        return paragraphs[:-1], None, last.strip()
    if looks_like_name(last):
        return paragraphs[:-1], last.strip(), None
    return paragraphs, None, None


def paragraphs_to_markdown(paragraphs: list[str]) -> str:
    """Plain paragraphs as Markdown: escaped, photo captions as emphasised paragraphs."""
    blocks = []
    for paragraph in paragraphs:
        if _CAPTION.search(paragraph) and "\n" not in paragraph and len(paragraph) < 400:
            blocks.append(caption_markdown(paragraph))
        else:
            blocks.append(escape_markdown(paragraph))
    return "\n\n".join(blocks)


def parse_sample_format(text: str) -> ArticleFields | None:
    """The archive's file format, or None when the first line is not its header."""
    first, _, rest = text.lstrip("\n").partition("\n")
    header = _SAMPLE_HEADER.match(first.strip("\r"))
    if not header:
        return None
    try:
        date = parse_partial_date(header.group(1))
    except InvalidDateError:
        return None
    title = header.group(2).strip()
    paragraphs, author, source = split_byline(split_paragraphs(rest))
    return ArticleFields(
        title=title,
        date=date,
        author=author,
        source=source,
        body=paragraphs_to_markdown(paragraphs),
    )


def parse_plain_text(text: str, *, fallback_title: str) -> ArticleFields:
    """Plain text: the first non-empty line is the title, the rest the body (escaped)."""
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise ReadError(FailureKind.EMPTY, "the file holds only blank lines")
    first_line, _, rest_of_first = paragraphs[0].partition("\n")
    title = first_line.strip() or fallback_title
    body_paragraphs = ([rest_of_first.strip()] if rest_of_first.strip() else []) + paragraphs[1:]
    body_paragraphs, author, source = split_byline(body_paragraphs)
    return ArticleFields(
        title=title[:500],
        author=author,
        source=source,
        body=paragraphs_to_markdown(body_paragraphs),
    )


_FRONT_MATTER = re.compile(r"^---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)


def has_front_matter(text: str) -> bool:
    """Whether the text starts with a ``---`` fence."""
    return text.lstrip("\ufeff").startswith("---")


def parse_markdown(text: str, *, fallback_title: str) -> ArticleFields:
    """Markdown, with optional YAML front matter (title, date, author, source, tags)."""
    text = text.lstrip("\ufeff")
    meta: dict[str, object] = {}
    body = text
    if text.startswith("---"):
        match = _FRONT_MATTER.match(text)
        if not match:
            raise ReadError(
                FailureKind.DAMAGED,
                "the front matter starts with --- but has no closing --- line",
            )
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark is not None else ""
            raise ReadError(
                FailureKind.DAMAGED,
                f"invalid front matter{where}: fix the YAML between the --- lines",
            ) from error
        if loaded is not None and not isinstance(loaded, dict):
            raise ReadError(
                FailureKind.DAMAGED, "invalid front matter: it must be 'key: value' lines"
            )
        meta = {str(k).lower(): v for k, v in (loaded or {}).items()}
        body = text[match.end() :]
    title = _text(meta.get("title"))
    if not title:
        heading = _HEADING.search(body)
        if heading:
            title = heading.group(1).strip()
            body = body[: heading.start()] + body[heading.end() :]
    return ArticleFields(
        title=title or fallback_title,
        date=_front_matter_date(meta.get("date")),
        author=_text(meta.get("author") or meta.get("authors")),
        source=_text(meta.get("source")),
        tags=_tags(meta.get("tags") or meta.get("tag") or meta.get("keywords")),
        body=body.strip("\n"),
    )


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(item) for item in value if item is not None) or None
    return str(value).strip() or None


def _tags(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(item) for item in value if item is not None]
    return [part for part in (p.strip() for p in str(value).split(",")) if part]


def _front_matter_date(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return parse_partial_date(str(value))
    except InvalidDateError as error:
        raise ReadError(FailureKind.DAMAGED, f"invalid front matter: {error}") from error
