"""From the blocks of a word-processor document to an article's fields.

The readers of documents (``.doc``, ``.docx``, ``.rtf``, ``.pdf``) turn a file into a
list of ``Block``: its plain text (to recognise the layout by) and its Markdown (what
the body shows). ``fields_from_blocks`` chooses the title, date, author and source from
them, the same way for every format, and never drops a block: what is not a field is
the body.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.models import ArticleFields
from db.readers.text_formats import split_byline

# A first paragraph longer than this is prose, not a title: it stays whole in the body
# and the title is its beginning, cut at a word.
MAX_TITLE_CHARS = 200
CUT_TITLE_CHARS = 120


@dataclass
class Block:
    """One block of a document.

    Attributes:
        text: the block's plain text, one line per line of the page.
        markdown: the block as it shows in the body.
        kind: "paragraph", "title" (the Title style), "heading", "list", "table",
            "caption" or "image".
    """

    text: str
    markdown: str
    kind: str = "paragraph"


@dataclass(frozen=True)
class DocumentHints:
    """What a file's metadata says (title, date, author): used when the text says nothing."""

    title: str | None = None
    date: str | None = None
    author: str | None = None


def fields_from_blocks(
    blocks: list[Block], *, fallback_title: str, hints: DocumentHints | None = None
) -> ArticleFields:
    """The article's fields: title, date, author, source and the body's Markdown."""
    hints = hints or DocumentHints()
    blocks = [block for block in blocks if block.markdown.strip() or block.text.strip()]
    title_index = _title_index(blocks)
    title = None
    if title_index is not None:
        title = " ".join(blocks[title_index].text.split())
        blocks = blocks[:title_index] + blocks[title_index + 1 :]
    if title is None and not (hints.title or "").strip() and blocks:
        first = " ".join(blocks[0].text.split())
        if blocks[0].kind == "paragraph" and first:
            title = cut_title(first)
    title = title or (hints.title or "").strip() or fallback_title
    author = source = None
    if blocks and blocks[-1].kind == "paragraph":
        kept, author, source = split_byline([block.text for block in blocks])
        if len(kept) < len(blocks):
            blocks = blocks[: len(kept)]
    return ArticleFields(
        title=title,
        body="\n\n".join(block.markdown for block in blocks if block.markdown.strip()),
        date=hints.date,
        author=author or hints.author,
        source=source,
    )


def _title_index(blocks: list[Block]) -> int | None:
    for kinds in (("title",), ("heading",)):
        for index, block in enumerate(blocks):
            if block.kind in kinds and block.text.strip():
                return index
    if blocks and blocks[0].kind == "paragraph":
        text = blocks[0].text.strip()
        if text and "\n" not in text and len(text) <= MAX_TITLE_CHARS:
            return 0
    return None


def cut_title(text: str, limit: int = CUT_TITLE_CHARS) -> str:
    """The beginning of ``text`` as a title: whole words, at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit + 1].rsplit(" ", 1)[0] if " " in flat[: limit + 1] else flat[:limit]
    return cut.rstrip(" ,;:-–") + "…"
