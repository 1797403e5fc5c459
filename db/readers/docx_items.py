"""What the reader of a Word part finds: paragraphs and tables, in reading order."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Paragraph:
    """One paragraph as the page shows it.

    Attributes:
        text: its Unicode text; ``\\n`` where the line breaks.
        style: the name of its paragraph style ("heading 1", "Title", "Caption"…).
        outline: its outline level (0 for a first-level heading), if it has one.
        list_format: the number format when it is a list item (``bullet``, ``decimal``).
        level: its list level.
        images: the names and captions of the pictures in it.
    """

    text: str
    style: str = ""
    outline: int | None = None
    list_format: str | None = None
    level: int = 0
    images: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Cell:
    """A table cell: what it holds, how many grid columns it spans, whether it is merged
    into the cell above (then it shows nothing of its own)."""

    items: list[Item] = field(default_factory=list)
    span: int = 1
    merged: bool = False


@dataclass
class Table:
    """A table: rows of cells."""

    rows: list[list[Cell]] = field(default_factory=list)


Item = Paragraph | Table
