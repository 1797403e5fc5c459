"""From a Word document's paragraphs and tables to the blocks every document reader gives.

Each paragraph becomes a block of its kind (``title`` for the Title style, ``heading``,
``list``, ``caption``, ``paragraph``) with its plain text and its Markdown; consecutive
list items make one list block; a picture becomes an ``image`` block, and a caption
paragraph right under it becomes its caption. A table whose cells hold a line or two
each becomes a Markdown table; any other table (a page laid out in a table, cells of
many paragraphs, tables inside tables) is read cell by cell, each cell's paragraphs as
blocks of their own, so that no cell is ever lost and the text reads in order.
"""

from __future__ import annotations

from collections.abc import Iterable

from db.readers.document_fields import Block
from db.readers.docx_items import Cell, Item, Paragraph, Table
from db.readers.images import image_markdown
from db.readers.markdown_text import caption_markdown, escape_markdown

# A table is shown as a Markdown table when each cell holds at most this much.
_TABLE_CELL_PARAGRAPHS = 3
_TABLE_CELL_CHARS = 300


def item_blocks(items: Iterable[Item]) -> list[Block]:
    """The blocks of a part's (or a cell's) items, in order."""
    builder = _Builder()
    for item in items:
        if isinstance(item, Table):
            builder.table(item)
        else:
            builder.paragraph(item)
    return builder.finish()


def paragraph_kind(paragraph: Paragraph) -> tuple[str, int]:
    """The block kind of a paragraph and its level (heading depth or list level)."""
    style = paragraph.style.lower()
    if style == "title":
        return "title", 0
    if style.startswith("heading"):
        digits = "".join(char for char in style if char.isdigit())
        if digits:
            return "heading", max(1, min(int(digits), 6))
        outline = paragraph.outline
        return "heading", outline + 1 if outline is not None and outline < 6 else 1
    if style == "caption":
        return "caption", 0
    if paragraph.list_format is not None or style.startswith("list"):
        return "list", paragraph.level
    return "paragraph", 0


def markdown_lines(text: str) -> str:
    """Plain text as Markdown, each line break kept as a line break."""
    return "  \n".join(escape_markdown(text).split("\n"))


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._list_text: list[str] = []
        self._list_markdown: list[str] = []
        self._image_names: list[str] = []  # the pictures of the block just added

    def finish(self) -> list[Block]:
        self._end_list()
        return self.blocks

    def paragraph(self, paragraph: Paragraph) -> None:
        kind, level = paragraph_kind(paragraph)
        text = paragraph.text
        if kind == "caption" and text and not paragraph.images and self._image_names:
            self._caption_last_image(text)
            return
        if kind == "list":
            if text:
                self._list_item(paragraph, level)
        else:
            self._end_list()
            if text:
                self.blocks.append(Block(text, _markdown(kind, level, text), kind))
        self._image_names = []
        for name, caption in paragraph.images:
            self._end_list()
            self.blocks.append(Block("", image_markdown(name, caption), "image"))
            self._image_names.append(name)

    def _caption_last_image(self, caption: str) -> None:
        # The caption paragraph under a picture is the picture's caption.
        name = self._image_names[0]
        for index in range(len(self.blocks) - 1, -1, -1):
            block = self.blocks[index]
            if block.kind == "image" and f"(image:{name})" in block.markdown:
                self.blocks[index] = Block(caption, image_markdown(name, caption), "image")
                break
        self._image_names = []

    def _list_item(self, paragraph: Paragraph, level: int) -> None:
        numbered = paragraph.list_format not in (None, "bullet") or (
            paragraph.list_format is None and "number" in paragraph.style.lower()
        )
        marker = "1." if numbered else "-"
        indent = ("   " if numbered else "  ") * level
        flat = " ".join(paragraph.text.split())
        self._list_text.append(flat)
        self._list_markdown.append(f"{indent}{marker} {escape_markdown(flat)}")

    def _end_list(self) -> None:
        if self._list_text:
            self.blocks.append(
                Block("\n".join(self._list_text), "\n".join(self._list_markdown), "list")
            )
            self._list_text, self._list_markdown = [], []

    def table(self, table: Table) -> None:
        self._end_list()
        self._image_names = []
        if _is_simple(table):
            self.blocks.append(_markdown_table(table))
            return
        for row in table.rows:
            for cell in row:
                self.blocks.extend(item_blocks(cell.items))


def _markdown(kind: str, level: int, text: str) -> str:
    if kind == "title":
        return "# " + escape_markdown(" ".join(text.split()))
    if kind == "heading":
        # One level below the title, which is the article's own heading.
        return "#" * min(level + 1, 6) + " " + escape_markdown(" ".join(text.split()))
    if kind == "caption":
        return caption_markdown(" ".join(text.split()))
    return markdown_lines(text)


def _is_simple(table: Table) -> bool:
    if len(table.rows) < 2 or max(sum(cell.span for cell in row) for row in table.rows) < 2:
        return False
    for row in table.rows:
        for cell in row:
            paragraphs = 0
            chars = 0
            for item in cell.items:
                if isinstance(item, Table):
                    return False
                paragraphs += 1
                chars += len(item.text)
            if paragraphs > _TABLE_CELL_PARAGRAPHS or chars > _TABLE_CELL_CHARS:
                return False
    return True


def _cell_texts(cell: Cell) -> tuple[str, str]:
    if cell.merged and not cell.items:
        return "", ""
    texts: list[str] = []
    markdown: list[str] = []
    for item in cell.items:
        if not isinstance(item, Paragraph):
            continue
        flat = " ".join(item.text.split())
        if flat:
            texts.append(flat)
            markdown.append(escape_markdown(flat).replace("|", "\\|"))
        markdown.extend(image_markdown(name, caption) for name, caption in item.images)
    return " ".join(texts), "<br>".join(markdown)


def _markdown_table(table: Table) -> Block:
    width = max(sum(cell.span for cell in row) for row in table.rows)
    text_rows: list[str] = []
    markdown_rows: list[str] = []
    for row in table.rows:
        texts: list[str] = []
        markdown: list[str] = []
        for cell in row:
            text, shown = _cell_texts(cell)
            texts.append(text)
            markdown.extend([shown] + [""] * (cell.span - 1))
        markdown += [""] * (width - len(markdown))
        text_rows.append("\t".join(texts).rstrip("\t"))
        markdown_rows.append("| " + " | ".join(markdown) + " |")
    markdown_rows.insert(1, "|" + " --- |" * width)
    return Block("\n".join(text_rows), "\n".join(markdown_rows), "table")


def note_blocks(notes: list[tuple[str, list[Item]]]) -> list[Block]:
    """The blocks of footnotes or endnotes, each headed by its mark (``[1]``)."""
    blocks: list[Block] = []
    for mark, items in notes:
        found = item_blocks(items)
        if found and found[0].kind in ("paragraph", "caption", "heading", "title"):
            first = found[0]
            found[0] = Block(
                f"[{mark}] {first.text}",
                f"\\[{mark}\\] {markdown_lines(first.text)}",
                "paragraph",
            )
        else:
            found.insert(0, Block(f"[{mark}]", f"\\[{mark}\\]", "paragraph"))
        blocks.extend(found)
    return blocks
