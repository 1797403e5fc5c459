"""From the blocks of a word-processor document to an article's fields.

The readers of documents (``.doc``, ``.docx``, ``.rtf``, ``.pdf``, and plain text) turn
a file into a list of ``Block``: its plain text (to recognise the layout by) and its
Markdown (what the body shows). ``fields_from_blocks`` chooses the title, date, number,
author and source from them, the same way for every format, and never drops text: what
is not a field is the body.

An administrative document (see ``db.readers.administrative``) gets its title, date,
number and source from its layout (motto, number line or gazette title), and its body
stays the whole document as laid out: letterhead, number, place and date, type and
excerpt included (the clerk's title is a summary of lines that read differently in
place, and a reader of the body expects the document as it was signed). A title found
without that layout (a lone "Báo cáo …" heading) leaves the body as any title does.
Its last lines are the signer and the recipients, never taken for a byline. Any other
document keeps the ordinary rules: the Title-style paragraph, else the first heading,
else a short first paragraph is the title; a byline at the end is the author (or a
credit the source); a line that is only a place and a date near the start gives the
date. A table's block may hold its cells as Markdown rows (``| a | b |``), tab-separated
or one cell per line; each reader may equally give every cell as a block of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from db import vietnamese as vn
from db.models import ArticleFields
from db.readers.administrative import HEAD_LINES, Layout, read_layout
from db.readers.bylines import find_byline
from db.readers.markdown_text import escape_markdown

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
    blocks: list[Block],
    *,
    fallback_title: str,
    hints: DocumentHints | None = None,
    notes: list[str] | None = None,
) -> ArticleFields:
    """The article's fields: title, date, number, author, source and the body's Markdown.

    Args:
        blocks: the document's blocks in reading order.
        fallback_title: the title when the document gives none (the file's name).
        hints: what the file's metadata says, used when the text says nothing.
        notes: when given, what the import log should say about the fields is added.
    """
    hints = hints or DocumentHints()
    blocks = [block for block in blocks if block.markdown.strip() or block.text.strip()]
    lines, places = _head_lines(blocks)
    layout = read_layout(lines)
    if notes is not None:
        notes.extend(layout.notes)
    title = layout.title
    if title is not None and not layout.administrative:
        # A lone "Báo cáo …" heading with no letterhead is an ordinary title.
        blocks = _without_lines(blocks, {places[i] for i in layout.title_lines})
    elif title is None:
        title, blocks = _ordinary_title(blocks, layout, places, hints)
    title = _visible(title) or _visible(hints.title) or fallback_title
    author = source = None
    # An administrative document ends with its signer and recipients, not a byline.
    if blocks and blocks[-1].kind == "paragraph" and not layout.administrative:
        # Only paragraphs sign an article: a heading, a table or a picture ends the search.
        byline = find_byline([b.text if b.kind in ("paragraph", "caption") else "" for b in blocks])
        author, source = byline.author, byline.source
        blocks = byline.kept(blocks)
    return ArticleFields(
        title=title,
        body="\n\n".join(block.markdown for block in blocks if block.markdown.strip()),
        date=layout.date or hints.date,
        author=author or hints.author,
        source=layout.source or source,
        number=layout.number,
    )


def _head_lines(blocks: list[Block]) -> tuple[list[str], list[tuple[int, int]]]:
    """The first lines of the document, and the (block, line) each one comes from."""
    lines: list[str] = []
    places: list[tuple[int, int]] = []
    for block_index, block in enumerate(blocks):
        for line_index, line in enumerate(block.text.split("\n")):
            if len(lines) == HEAD_LINES:
                return lines, places
            if line.strip():
                lines.append(line)
                places.append((block_index, line_index))
    return lines, places


def _without_lines(blocks: list[Block], gone: set[tuple[int, int]]) -> list[Block]:
    """The blocks without the given lines; a paragraph that loses some keeps the others."""
    if not gone:
        return blocks
    kept = []
    for block_index, block in enumerate(blocks):
        lines = block.text.split("\n")
        left = [line for i, line in enumerate(lines) if (block_index, i) not in gone]
        if len(left) == len(lines) or block.kind == "table":
            kept.append(block)
        elif any(line.strip() for line in left):
            text = "\n".join(left).strip("\n")
            kept.append(Block(text=text, markdown=escape_markdown(text), kind=block.kind))
    return kept


def _ordinary_title(
    blocks: list[Block], layout: Layout, places: list[tuple[int, int]], hints: DocumentHints
) -> tuple[str | None, list[Block]]:
    """Today's rules; in a letterhead without a type line, looked for below the head."""
    first = 0
    if layout.administrative and layout.head_end < len(places):
        first = places[layout.head_end][0]
    elif layout.administrative:
        first = len(blocks)
    candidates = blocks[first:]
    title = None
    title_index = _title_index(candidates)
    if title_index is not None:
        title = " ".join(candidates[title_index].text.split())
        gone = first + title_index
        blocks = blocks[:gone] + blocks[gone + 1 :]
    if title is None and not (hints.title or "").strip() and candidates:
        flat = " ".join(candidates[0].text.split())
        if candidates[0].kind == "paragraph" and flat:
            title = cut_title(flat)
    return title, blocks


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


def _visible(text: str | None) -> str | None:
    # A title of nothing but invisible characters (a soft hyphen) would be stored empty.
    return text.strip() if text and vn.clean(text).strip() else None


def cut_title(text: str, limit: int = CUT_TITLE_CHARS) -> str:
    """The beginning of ``text`` as a title: whole words, at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit + 1].rsplit(" ", 1)[0] if " " in flat[: limit + 1] else flat[:limit]
    return cut.rstrip(" ,;:-–") + "…"
