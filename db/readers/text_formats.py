"""Readers for the text formats: the sample format, Markdown with front matter, plain text.

Each takes decoded text and returns the article's fields. None of them drops text: a
line that might be a byline but might not stays in the body, and so does a photo or
video credit (``Ảnh: …``), which is never an author (``db.readers.bylines``). Plain
text takes its title the way every document format does
(``document_fields.fields_from_blocks``).
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from db.dates import parse_partial_date
from db.errors import InvalidDateError
from db.models import ArticleFields
from db.readers.bylines import find_byline, is_media_credit
from db.readers.document_fields import MAX_TITLE_CHARS, Block, fields_from_blocks
from db.readers.errors import FailureKind, ReadError, reason
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


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines, each stripped, empty ones dropped."""
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text.strip()) if p.strip()]


def _is_caption(paragraph: str) -> bool:
    return "\n" not in paragraph and len(paragraph) < 400 and bool(_CAPTION.search(paragraph))


def paragraph_markdown(paragraph: str) -> str:
    """One plain paragraph as Markdown: escaped; captions and credits emphasised."""
    if _is_caption(paragraph) or is_media_credit(paragraph):
        return caption_markdown(paragraph)
    return escape_markdown(paragraph)


def paragraphs_to_markdown(paragraphs: list[str]) -> str:
    """Plain paragraphs as Markdown: escaped, photo captions as emphasised paragraphs."""
    return "\n\n".join(paragraph_markdown(paragraph) for paragraph in paragraphs)


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
    paragraphs = split_paragraphs(rest)
    byline = find_byline(paragraphs)
    return ArticleFields(
        title=title,
        date=date,
        author=byline.author,
        source=byline.source,
        body=paragraphs_to_markdown(byline.kept(paragraphs)),
    )


def parse_plain_text(text: str, *, fallback_title: str) -> ArticleFields:
    """Plain text: a short first line is the title, the rest the body (escaped).

    A first paragraph too long for a title stays whole in the body and the title is its
    beginning, cut at a word (the rule of every document format).
    """
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise ReadError(FailureKind.EMPTY, reason("file.blank"))
    first_line, _, rest_of_first = paragraphs[0].partition("\n")
    if rest_of_first.strip() and len(first_line.strip()) <= MAX_TITLE_CHARS:
        # "Title\ntext…" without a blank line between: the first line is the title.
        paragraphs[0:1] = [first_line.strip(), rest_of_first.strip()]
    blocks = [
        Block(p, paragraph_markdown(p), "caption" if _is_caption(p) else "paragraph")
        for p in paragraphs
    ]
    return fields_from_blocks(blocks, fallback_title=fallback_title)


# The YAML may be empty: "---" right after "---".
_FRONT_MATTER = re.compile(r"^---[ \t]*\n(?:(.*?)\n)??(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)


def has_front_matter(text: str) -> bool:
    """Whether the text starts with a ``---`` fence."""
    return text.lstrip("\ufeff").startswith("---")


def parse_markdown(
    text: str, *, fallback_title: str, notes: list[str] | None = None
) -> ArticleFields:
    """Markdown, with optional YAML front matter (title, date, author, source, tags).

    A front-matter value that cannot be used (a date the archive does not understand)
    leaves its field empty and adds a note to ``notes``; the article is kept.
    """
    text = text.lstrip("\ufeff")
    meta: dict[str, object] = {}
    body = text
    if text.startswith("---"):
        match = _FRONT_MATTER.match(text)
        if not match:
            raise ReadError(FailureKind.DAMAGED, reason("markdown.front-matter-unclosed"))
        try:
            loaded = yaml.safe_load(match.group(1) or "")
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            why = (
                reason("markdown.front-matter-invalid-at", line=mark.line + 2)
                if mark is not None
                else reason("markdown.front-matter-invalid")
            )
            raise ReadError(FailureKind.DAMAGED, why) from error
        if loaded is not None and not isinstance(loaded, dict):
            raise ReadError(FailureKind.DAMAGED, reason("markdown.front-matter-not-mapping"))
        # Only text keys: a YAML alias can make a key or value a huge shared structure
        # whose str() would take memory exponential in the file's size.
        meta = {k.lower(): v for k, v in (loaded or {}).items() if isinstance(k, str)}
        body = text[match.end() :]
    title = _text(meta.get("title"))
    if not title:
        heading = _HEADING.search(body)
        if heading:
            title = heading.group(1).strip()
            body = body[: heading.start()] + body[heading.end() :]
    return ArticleFields(
        title=title or fallback_title,
        date=_front_matter_date(meta.get("date"), notes),
        author=_text(meta.get("author") or meta.get("authors")),
        source=_text(meta.get("source")),
        tags=_tags(meta.get("tags") or meta.get("tag") or meta.get("keywords")),
        body=body.strip("\n"),
    )


_SCALARS = (str, int, float, dt.date)


def _text(value: object) -> str | None:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value if isinstance(item, _SCALARS)) or None
    if not isinstance(value, _SCALARS):
        return None
    return str(value).strip() or None


def _tags(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value if isinstance(item, _SCALARS)]
    if not isinstance(value, _SCALARS):
        return []
    return [part for part in (p.strip() for p in str(value).split(",")) if part]


def _front_matter_date(value: object, notes: list[str] | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, _SCALARS):
        value = "…"  # a list or a mapping: not a date, and not worth showing whole
    try:
        return parse_partial_date(str(value))
    except InvalidDateError:
        if notes is not None:
            shown = " ".join(str(value).split())
            notes.append(reason("markdown.front-matter-date", value=shown[:60]))
        return None
