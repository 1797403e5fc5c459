"""From paragraphs to the document blocks the shared field rules read.

Styles say what a paragraph is (Title, Heading 1-9, Caption, list styles, numbered
paragraphs); table cells become Markdown tables (cell paragraphs on lines of their
own in the plain text, joined by ``<br>`` in the Markdown), or plain paragraphs when a
table has one column (a frame drawn around text). Pictures follow their paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from db.readers.document_fields import Block
from db.readers.images import image_markdown
from db.readers.markdown_text import caption_markdown, escape_markdown
from db.readers.word_binary.lists import ListNumbers
from db.readers.word_binary.styles import (
    STI_CAPTION,
    STI_HEADINGS,
    STI_LISTS,
    STI_TITLE,
    StyleSheet,
)
from db.readers.word_binary.text import CELL_MARK, Paragraph

_CELL_SYNTAX = re.compile(r"([\\`*_\[\]|])")
_CELL_ENTITY = re.compile(r"&(?=#?\w+;)")
_CELL_ANGLE = re.compile(r"<(?=[A-Za-z/!?])")
_SPACES = re.compile(r"[ \u00a0]+")
_TABS = re.compile(r" ?\t[\t ]*")
# Block kinds for the text of the other stories: never the title or a byline.
STORY_KINDS = {"main": "paragraph", "textboxes": "textbox", "footnotes": "note",
               "endnotes": "note", "headers": "header"}


@dataclass
class _Cell:
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class _Table:
    rows: list[list[_Cell]] = field(default_factory=list)
    row: list[_Cell] = field(default_factory=list)
    cell: _Cell = field(default_factory=_Cell)


class BlockBuilder:
    """Collects the paragraphs of the stories, in order, as blocks."""

    def __init__(self, styles: StyleSheet, lists: ListNumbers) -> None:
        self.stories: dict[str, list[Block]] = {}
        self._styles = styles
        self._lists = lists
        self._table: _Table | None = None
        self._story = "main"

    def add(self, paragraph: Paragraph, story: str) -> None:
        """Take the next paragraph of ``story``."""
        if story != self._story:
            self.finish()
            self._story = story
        props = paragraph.props
        in_table = props.depth > 0 or paragraph.mark == CELL_MARK
        if not in_table:
            self._flush_table()
            self._paragraph(paragraph)
            return
        table = self._table = self._table or _Table()
        if props.row_end and (paragraph.mark == CELL_MARK or props.depth > 1):
            if props.depth > 1:
                return  # the end of a nested table's row: its cells stay in the outer cell
            self._end_row(table)
            return
        table.cell.paragraphs.append(paragraph)
        if paragraph.mark == CELL_MARK:
            table.row.append(table.cell)
            table.cell = _Cell()

    def finish(self) -> dict[str, list[Block]]:
        """The blocks so far, by story (an open table is closed)."""
        self._flush_table()
        return self.stories

    def _out(self) -> list[Block]:
        return self.stories.setdefault(self._story, [])

    def _end_row(self, table: _Table) -> None:
        if table.cell.paragraphs:
            table.row.append(table.cell)
            table.cell = _Cell()
        if table.row:
            table.rows.append(table.row)
        table.row = []

    def _flush_table(self) -> None:
        table, self._table = self._table, None
        if table is None:
            return
        self._end_row(table)
        rows = [row for row in table.rows if any(_cell_text(cell) for cell in row)
                or any(p.images for cell in row for p in cell.paragraphs)]
        if not rows:
            return
        if max(len(row) for row in rows) == 1:
            for row in rows:
                for paragraph in row[0].paragraphs:
                    self._paragraph(paragraph)
            return
        self._out().append(_table_block(rows))

    def _paragraph(self, paragraph: Paragraph) -> None:
        text = _clean(paragraph.text)
        numbered = self._lists.label(paragraph.props)
        image_lines = [image_markdown(name, "") for name in paragraph.images]
        if not text and not image_lines:
            return
        kind = STORY_KINDS.get(self._story, "paragraph")
        style = self._styles.get(paragraph.props.style)
        sti = style.sti if style is not None else 0
        flat = " ".join(text.split())
        if kind == "paragraph" and text:
            if sti == STI_TITLE:
                kind = "title"
            elif sti in STI_HEADINGS:
                self._out().append(
                    Block(flat, "#" * min(sti + 1, 6) + " " + escape_markdown(flat), "heading")
                )
                self._images(image_lines)
                return
            elif sti == STI_CAPTION:
                kind = "caption"
        if numbered is not None and text:
            label, bullet = numbered
            if bullet:
                indent = "  " * paragraph.props.list_level
                markdown = f"{indent}- {escape_markdown(flat)}"
                self._out().append(Block(flat, markdown, "list"))
                self._images(image_lines)
                return
            text = f"{label} {text}" if label else text
        elif sti in STI_LISTS and kind == "paragraph" and text:
            self._out().append(Block(flat, f"- {escape_markdown(flat)}", "list"))
            self._images(image_lines)
            return
        if kind == "title":
            markdown = "# " + escape_markdown(flat)
        elif kind == "caption":
            markdown = caption_markdown(flat)
        else:
            markdown = _lines_markdown(text)
        if not text:
            kind = "image"
        self._out().append(Block(text, "\n\n".join(p for p in [markdown, *image_lines] if p), kind))

    def _images(self, image_lines: list[str]) -> None:
        if image_lines:
            self._out().append(Block("", "\n\n".join(image_lines), "image"))


def _clean(text: str) -> str:
    # Runs of spaces become one, tabs stay (they separate what the page shows apart).
    if "\n" not in text and "  " not in text and "\t" not in text and "\u00a0" not in text:
        return text.strip()
    lines = (_TABS.sub("\t", _SPACES.sub(" ", line)).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _lines_markdown(text: str) -> str:
    # A line break inside a paragraph stays one (a Markdown hard break).
    return "  \n".join(escape_markdown(line.replace("\t", " ")) for line in text.split("\n"))


def _cell_text(cell: _Cell) -> str:
    return "\n".join(t for t in (_clean(p.text) for p in cell.paragraphs) if t)


def _cell_markdown(cell: _Cell) -> str:
    parts = []
    for paragraph in cell.paragraphs:
        text = _clean(paragraph.text)
        for line in text.split("\n") if text else []:
            parts.append(_cell_escape(" ".join(line.split())))
        parts.extend(image_markdown(name, "") for name in paragraph.images)
    return "<br>".join(parts)


def _cell_escape(text: str) -> str:
    # Inside a table cell nothing starts a block ("1." is no list): only inline syntax,
    # the cell separator and what would start HTML are escaped.
    text = _CELL_SYNTAX.sub(r"\\\1", text)
    return _CELL_ANGLE.sub("&lt;", _CELL_ENTITY.sub("&amp;", text))


def _table_block(rows: list[list[_Cell]]) -> Block:
    width = max(len(row) for row in rows)
    lines = []
    for number, row in enumerate(rows):
        cells = [_cell_markdown(cell) for cell in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if number == 0:
            lines.append("|" + " --- |" * width)
    text = "\n".join(t for row in rows for cell in row if (t := _cell_text(cell)))
    return Block(text, "\n".join(lines), "table")
