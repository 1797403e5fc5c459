"""Tables of an RTF story: cells and rows as Word and LibreOffice mark them, to blocks.

RTF has no table group: a paragraph ended by ``\\cell`` closes a cell, ``\\row`` closes
a row, and paragraphs marked ``\\intbl`` (``\\itapN`` for the nesting level) belong to
the cell being read. A nested table's cells end with ``\\nestcell`` and its rows with
``\\nestrow``. A table becomes one Markdown table (its first row as the header); a
nested table shows inside its cell, one line per row; a table of one column (a frame
around text) gives its paragraphs as ordinary paragraphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from db.readers.document_fields import Block

# A table nested deeper than this is read as if it were at this level.
MAX_LEVEL = 16


@dataclass
class _Cell:
    lines: list[str] = field(default_factory=list)  # plain text, one per paragraph
    markdown: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)  # as paragraphs, if one column

    def __bool__(self) -> bool:
        return bool(self.markdown)


@dataclass
class _Table:
    rows: list[list[_Cell]] = field(default_factory=list)
    row: list[_Cell] = field(default_factory=list)
    cell: _Cell = field(default_factory=_Cell)


class TableBuilder:
    """The tables being read in one story, outermost first."""

    def __init__(self) -> None:
        self._levels: list[_Table] = []

    @property
    def is_open(self) -> bool:
        """Whether a table is being read (and must be closed before the next paragraph)."""
        return bool(self._levels)

    def add(self, level: int, block: Block) -> None:
        """One paragraph (or picture) of the current cell of the table at ``level``."""
        cell = self._at(level).cell
        cell.lines.extend(line for line in block.text.split("\n") if line)
        markdown = block.markdown.strip().replace("  \n", "<br>").replace("\n", " ")
        if markdown:
            cell.markdown.append(markdown)
            cell.blocks.append(block)

    def end_cell(self, level: int) -> None:
        """``\\cell`` or ``\\nestcell``: the cell at ``level`` is complete."""
        table = self._at(level)
        table.row.append(table.cell)
        table.cell = _Cell()

    def end_row(self, level: int) -> None:
        """``\\row`` or ``\\nestrow``: the row at ``level`` is complete."""
        table = self._at(level)
        if table.cell:
            self.end_cell(level)
        if any(table.row):
            table.rows.append(table.row)
        table.row = []

    def close(self) -> list[Block]:
        """The outermost table as blocks; the builder is empty afterwards."""
        if not self._levels:
            return []
        self._at(1)
        table = self._levels.pop()
        if table.cell or table.row:
            table.row.append(table.cell)
            if any(table.row):
                table.rows.append(table.row)
        width = max((len(row) for row in table.rows), default=0)
        if width == 1:
            return [block for row in table.rows for cell in row for block in cell.blocks]
        if not table.rows:
            return []
        return [_markdown_table(table.rows, width)]

    def _at(self, level: int) -> _Table:
        level = max(1, min(level, MAX_LEVEL))
        while len(self._levels) < level:
            self._levels.append(_Table())
        while len(self._levels) > level:
            nested = self._levels.pop()
            self._end_nested(nested, self._levels[-1].cell)
        return self._levels[-1]

    @staticmethod
    def _end_nested(nested: _Table, cell: _Cell) -> None:
        rows = nested.rows + ([[*nested.row, nested.cell]] if nested.row or nested.cell else [])
        for row in rows:
            text = "; ".join(" ".join(c.lines) for c in row if c.lines)
            markdown = "; ".join("<br>".join(c.markdown) for c in row if c.markdown)
            if markdown:
                if text:
                    cell.lines.append(text)
                cell.markdown.append(markdown)
                cell.blocks.append(Block(text, markdown))


def _markdown_table(rows: list[list[_Cell]], width: int) -> Block:
    lines = []
    for row in rows:
        cells = [_cell_markdown(cell) for cell in row] + [" "] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
    lines.insert(1, "|" + " --- |" * width)
    # The plain text: one line per paragraph of each cell, row by row, so that lines
    # such as "Số: 12/2004/QĐ-UB" or a place-and-date line stand on their own.
    text = "\n".join(line for row in rows for cell in row for line in cell.lines)
    return Block(text=text, markdown="\n".join(lines), kind="table")


def _cell_markdown(cell: _Cell) -> str:
    return "<br>".join(part.replace("|", "\\|") for part in cell.markdown) or " "
