"""What a PDF page holds once its text is read: lines of text runs, each in one font.

Coordinates are in PDF points measured from the top of the page (y grows downwards), so
that "above" and "before" agree with reading order.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TextRun:
    """Characters next to one another on a line, in one font.

    Attributes:
        text: what the PDF library read (Unicode through the font's encoding or ToUnicode).
        font: the font's name as the PDF gives it (``AARIQC+.VnTimeH``, ``VnTime``…).
        size: the size the text is shown at, in points (the font size scaled by the
            text and page matrices: producers scale text either way).
        bold: the font is a bold face.
        indices: the library's index of each character, -1 for a space it put in.
        codes: the character codes the page's content stream shows for the run, one
            byte per character, when they were needed and found (simple legacy fonts).
    """

    text: str
    font: str
    size: float
    bold: bool = False
    indices: list[int] = field(default_factory=list)
    codes: bytes | None = None


@dataclass
class Line:
    """A piece of one line of a page: runs without a wide gap between them."""

    runs: list[TextRun]
    x0: float
    x1: float
    top: float
    bottom: float
    # Filled in by the layout: the line as it reads (legacy fonts decoded).
    preview: str = ""

    @property
    def size(self) -> float:
        """The font size most of the line's characters are in."""
        weights: dict[float, int] = {}
        for run in self.runs:
            key = round(run.size, 1)
            weights[key] = weights.get(key, 0) + len(run.text.strip())
        return max(weights, key=lambda key: weights[key]) if weights else 0.0

    @property
    def text(self) -> str:
        """The runs' text as the library read it."""
        return "".join(run.text for run in self.runs)

    @property
    def bold(self) -> bool:
        """Nearly all of the line is bold (a bold line, not a bold word in a line)."""
        total = sum(len(run.text.strip()) for run in self.runs)
        bold = sum(len(run.text.strip()) for run in self.runs if run.bold)
        return total > 0 and bold >= 0.8 * total

    @property
    def width(self) -> float:
        """Horizontal extent in points."""
        return self.x1 - self.x0


@dataclass
class PageText:
    """The text of one page.

    Attributes:
        index: the page's number, from 0.
        width, height: the page's size in points.
        lines: pieces of lines in the order the page's content gives them.
        images: how many pictures the page shows (a page of pictures and no text is a scan).
    """

    index: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    images: int = 0

    @property
    def has_text(self) -> bool:
        """Whether any line holds visible characters."""
        return any(line.text.strip() for line in self.lines)
