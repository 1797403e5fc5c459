"""Bookmarks: which paragraphs are section headings, and the articles of our own reports.

A report this program exports has a cover, a contents page and one bookmark per article
(plus one for the contents). It is imported as one article, the report: cover and
contents left out, each article's title a heading of its section. Other PDFs' bookmarks
mark their headings.
"""

from __future__ import annotations

from db.readers.pdf.library import OutlineItem
from db.readers.pdf.metadata import CONTENTS_TITLES

MAX_HEADING_LEVEL = 4


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def heading_levels(outline: list[OutlineItem]) -> dict[str, int]:
    """Markdown heading level (2…4) of each bookmarked title, by its normalised text."""
    levels: dict[str, int] = {}
    for item in outline:
        key = _key(item.title)
        if key and key not in CONTENTS_TITLES:
            levels.setdefault(key, min(item.level + 2, MAX_HEADING_LEVEL))
    return levels


def bookmarked_level(text: str, levels: dict[str, int]) -> int | None:
    """The heading level of a paragraph whose text is a bookmark's title."""
    return levels.get(_key(text)) if levels else None


def report_body_start(outline: list[OutlineItem]) -> int | None:
    """For a report of ours (contents bookmarked): the page of its first article."""
    top = [item for item in outline if item.level == 0 and item.page_index is not None]
    articles = [item for item in top if _key(item.title) not in CONTENTS_TITLES]
    if len(articles) == len(top) or not articles:
        return None  # no contents: one article per file
    return min(item.page_index for item in articles if item.page_index is not None)
