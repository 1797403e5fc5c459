"""Text as the archive stores it: no control characters, no lone surrogates.

Whatever a reader produced, the stored title, body and names hold only text a user can
see and SQLite can encode: NUL and the other C0 and C1 control characters are removed
(tab and newline are text; a carriage return, form feed or vertical tab becomes a
newline), and UTF-16 surrogates (RTF's ``\\u-10179?\\u-8694?`` is an emoji written as
two of them) are joined into their character, or replaced by U+FFFD when unpaired.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from db.models import NewArticle
from db.readers.errors import reason

# C0 controls except tab and newline, DEL, and the C1 controls.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> tuple[str, int]:
    """``text`` without control characters or surrogates, and how many were removed.

    Line breaks (CR, CRLF, form feed, vertical tab) become newlines and are not counted.
    """
    if text.isascii() and text.isprintable():
        return text, 0
    text = _LINE_BREAKS.sub("\n", text)
    if _SURROGATES.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    cleaned, removed = _CONTROLS.subn("", text)
    return cleaned, removed


def clean_article(article: NewArticle) -> NewArticle:
    """Clean every text field of ``article`` in place; a note says what was removed.

    A title left empty (it was only control characters) becomes the file's name.
    """
    article.title, title_removed = clean_text(article.title)
    if not " ".join(article.title.split()):
        article.title = PurePath(article.original_name or "").stem or "?"
    article.body, body_removed = clean_text(article.body)
    if article.author is not None:
        article.author = clean_text(article.author)[0]
    if article.source is not None:
        article.source = clean_text(article.source)[0]
    article.tags = [clean_text(tag)[0] for tag in article.tags]
    if article.original_name is not None:
        article.original_name = clean_text(article.original_name)[0]
    removed = title_removed + body_removed
    if removed:
        article.notes.append(reason("text.control-characters", count=removed))
    return article
