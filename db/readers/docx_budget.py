"""How much of a Word document is read: characters, table cells and paragraphs.

One ``Budget`` is shared by every part of a document (body, notes, text boxes); spending
past it stops the reading with a reason, so that a small, well-compressed file cannot
make the import hold more than it may.
"""

from __future__ import annotations

from db.readers.errors import FailureKind, ReadError, reason, register_reasons

register_reasons(
    {
        "docx.too-many-paragraphs": "over {limit} paragraphs, too many to read safely",
        "docx.too-many-cells": "over {limit} table cells, too many to read safely",
        "docx.text-too-long": "the document's text is longer than 20 MB",
    }
)

# The readers refuse text over 20 MB; characters are at most that many bytes.
MAX_TEXT_CHARS = 20 * 1024 * 1024
# Each kept paragraph and cell costs a few hundred bytes until the article is built:
# these keep a flood of them well under the memory an import may take. Real documents
# have a few thousand.
MAX_PARAGRAPHS = 300_000
MAX_CELLS = 500_000


class Budget:
    """What a document may still hold; ``spend_*`` raises ReadError past it."""

    __slots__ = ("cells", "chars", "paragraphs")

    def __init__(
        self,
        *,
        chars: int = MAX_TEXT_CHARS,
        cells: int = MAX_CELLS,
        paragraphs: int = MAX_PARAGRAPHS,
    ) -> None:
        self.chars = chars
        self.cells = cells
        self.paragraphs = paragraphs

    def copy(self) -> Budget:
        """The budget as it is now (to go back to when a part is read again)."""
        return Budget(chars=self.chars, cells=self.cells, paragraphs=self.paragraphs)

    def restore(self, saved: Budget) -> None:
        """Go back to ``saved`` (a ``copy()``)."""
        self.chars, self.cells, self.paragraphs = saved.chars, saved.cells, saved.paragraphs

    def spend_chars(self, count: int) -> None:
        """``count`` characters of text kept."""
        self.chars -= count
        if self.chars < 0:
            raise ReadError(FailureKind.TOO_LARGE, reason("docx.text-too-long"))

    def spend_cell(self) -> None:
        """One table cell kept."""
        self.cells -= 1
        if self.cells < 0:
            raise ReadError(
                FailureKind.TOO_LARGE, reason("docx.too-many-cells", limit=f"{MAX_CELLS:,}")
            )

    def spend_paragraph(self) -> None:
        """One paragraph kept."""
        self.paragraphs -= 1
        if self.paragraphs < 0:
            raise ReadError(
                FailureKind.TOO_LARGE,
                reason("docx.too-many-paragraphs", limit=f"{MAX_PARAGRAPHS:,}"),
            )
