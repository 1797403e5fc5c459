"""An article's fields as they are stored, and small helpers shared by the repository."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from db import vietnamese as vn
from db.dates import date_bounds, parse_partial_date
from db.errors import InvalidArticleError
from db.models import Article, ArticleFields, ArticleVersion

# "Leave this field as it is" in keyword arguments where None means "clear it".
UNSET: Any = object()
# The longest real ones (joint circulars: "176/1998/TTLT-BTC-BCN-TCHQ") are ~30 characters.
MAX_NUMBER_CHARS = 80


def new_uid() -> str:
    """A UUID (version 7 layout: time first, then random bits) as 32 hex digits.

    Time-ordered, so that a large import appends to the uid index instead of writing all
    over it; 74 random bits keep uids made on different workstations apart.
    """
    millis = int(time.time() * 1000) & ((1 << 48) - 1)
    rand = int.from_bytes(os.urandom(10), "big")
    value = (millis << 80) | (0x7 << 76) | ((rand >> 68) & 0xFFF) << 64
    value |= (0b10 << 62) | (rand & ((1 << 62) - 1))
    return f"{value:032x}"


def now() -> str:
    """The current UTC time as stored in the archive."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def clean_name(value: str | None) -> str | None:
    """A name as stored: NFC, single spaces, None when empty."""
    if value is None:
        return None
    cleaned = " ".join(vn.clean(value).split())
    return cleaned or None


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags as stored: cleaned, empty ones dropped, repeats (by name key) dropped."""
    seen: set[str] = set()
    result = []
    for tag in tags:
        name = clean_name(tag)
        if not name:
            continue
        key = tag_key(name)
        if key not in seen:
            seen.add(key)
            result.append(name)
    return result


def name_key_or_none(value: str | None) -> str | None:
    """The match key of a name, or None."""
    return vn.name_key(value) if value else None


def tag_key(name: str) -> str:
    """What makes two tags the same tag: case, marks and spacing do not count.

    A tag of punctuation alone has no words to key on; its lower case is its key, so
    that "!!" and "??" stay two tags.
    """
    return vn.name_key(name) or name.lower()


def derived_columns(fields: ArticleFields) -> dict[str, str | None]:
    """The columns computed from an article's fields: sort keys, date bounds, name keys.

    Every write of an article stores these with the fields (``stored_columns``); a new
    derived column is one more entry here.
    """
    date_lo, date_hi = date_bounds(fields.date) if fields.date else (None, None)
    return {
        "title_sort": vn.sort_key(fields.title),
        "date_lo": date_lo,
        "date_hi": date_hi,
        "author_key": name_key_or_none(fields.author),
        "author_sort": vn.sort_key(fields.author),
        "source_key": name_key_or_none(fields.source),
    }


def stored_columns(fields: ArticleFields) -> dict[str, str | None]:
    """The ``articles`` columns an article's fields give, derived columns included."""
    return {
        "title": fields.title,
        "body": fields.body,
        "date": fields.date,
        "author": fields.author,
        "source": fields.source,
        "number": fields.number,
        **derived_columns(fields),
    }


def validated(article: ArticleFields) -> ArticleFields:
    """The fields as they would be stored; raises InvalidArticleError or InvalidDateError."""
    title = " ".join(vn.clean(article.title or "").split())
    if not title:
        raise InvalidArticleError("An article needs a title: type one.")
    date = parse_partial_date(article.date) if article.date and article.date.strip() else None
    return ArticleFields(
        title=title,
        body=vn.clean(article.body or ""),
        date=date,
        author=clean_name(article.author),
        source=clean_name(article.source),
        tags=clean_tags(article.tags),
        number=clean_number(article.number),
    )


def clean_number(value: str | None) -> str | None:
    """A number and symbol as stored: NFC, no spaces around its separators, None when empty.

    Raises InvalidArticleError for something longer than any number and symbol.
    """
    cleaned = " ".join(vn.clean(value).split()) if value else ""
    cleaned = re.sub(r" ?([/\-–]) ?", r"\1", cleaned)
    if len(cleaned) > MAX_NUMBER_CHARS:
        raise InvalidArticleError(
            f"{cleaned[:40]}…: a number and symbol is at most {MAX_NUMBER_CHARS} characters "
            "(like 256/2004/QĐ-UB); put longer text in the body."
        )
    return cleaned or None


def fields_of(article: Article) -> ArticleFields:
    """The editable fields of a stored article (a copy)."""
    return ArticleFields(
        title=article.title,
        body=article.body,
        date=article.date,
        author=article.author,
        source=article.source,
        tags=list(article.tags),
        number=article.number,
    )


def same_fields(current: Article, fields: ArticleFields) -> bool:
    """Whether saving ``fields`` would change nothing."""
    return (
        current.title == fields.title
        and current.body == fields.body
        and current.date == fields.date
        and current.author == fields.author
        and current.source == fields.source
        and current.tags == fields.tags
        and current.number == fields.number
    )


def current_version(article: Article) -> ArticleVersion:
    """The article as it is now, as the newest entry of its history."""
    return ArticleVersion(
        article_id=article.id,
        version=article.version,
        saved=article.updated,
        change=article.change,
        title=article.title,
        date=article.date,
        author=article.author,
        source=article.source,
        tags=list(article.tags),
        body=article.body,
        current=True,
        number=article.number,
    )
