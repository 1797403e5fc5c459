"""Paragraphs of a PDF to the shared document blocks, their text decoded by font.

Each paragraph's runs go through ``LegacyParagraphs``: legacy fonts decoded by their
name, capital fonts upper-cased, 8-bit text in fonts that name no encoding detected per
paragraph. A font the library read real Vietnamese from anywhere in the document is a
Unicode font, so its other runs are never taken for legacy bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from db.readers.document_fields import Block
from db.readers.legacy_fonts import LegacyParagraphs
from db.readers.markdown_text import escape_markdown
from db.readers.pdf.glyphs import legacy_font, run_bytes
from db.readers.pdf.layout import Paragraph, join_lines
from db.readers.pdf.outline import bookmarked_level
from db.readers.pdf.runs import TextRun
from db.text_decoding import decode_legacy

# A paragraph this much larger than the body text is a heading; the largest such on the
# first page, this much larger, is the title.
HEADING_RATIO = 1.1
TITLE_RATIO = 1.4
MAX_HEADING_CHARS = 200
_UNICODE_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16-le", "utf-16-be")


@dataclass
class BlockMaker:
    """Turns paragraphs into blocks for one document.

    Attributes:
        body_size: the size most of the document's text is in.
        unicode_fonts: fonts that showed real Unicode somewhere in the document.
        headings: bookmarked titles (normalised) and their heading levels.
        encoding: re-decoding: the encoding every 8-bit run is read in (``utf-8``:
            the library's Unicode as it is).
    """

    body_size: float
    unicode_fonts: set[str]
    headings: dict[str, int] = field(default_factory=dict)
    encoding: str | None = None
    decoder: LegacyParagraphs = field(default_factory=LegacyParagraphs)

    def text_lines(self, paragraph: Paragraph) -> list[str]:
        """The paragraph's lines in Unicode."""
        for line in paragraph.lines:
            for run in line.runs:
                self._add(run)
            self.decoder.add_unicode("\n")
        text = self.decoder.end_paragraph()
        return [line.strip() for line in text.split("\n") if line.strip()]

    def _add(self, run: TextRun) -> None:
        if self.encoding is not None:
            self._add_forced(run)
            return
        raw = None if run.font in self.unicode_fonts else run_bytes(run)
        if raw is None:
            self.decoder.add_unicode(run.text)
        else:
            # The ABC fonts' Windows punctuation at 0x80-0x9F is decode_legacy's to keep.
            self.decoder.add_bytes(raw, run.font)

    def _add_forced(self, run: TextRun) -> None:
        raw = run_bytes(run)
        if raw is None or self.encoding in _UNICODE_ENCODINGS or run.font in self.unicode_fonts:
            self.decoder.add_unicode(run.text)
            return
        assert self.encoding is not None
        text = decode_legacy(raw, self.encoding)
        self.decoder.add_unicode(text.upper() if legacy_font(run.font).capitals else text)

    def block(self, paragraph: Paragraph, *, first_page: bool) -> Block | None:
        """The block of one paragraph (None when it holds no text)."""
        lines = self.text_lines(paragraph)
        if not lines:
            return None
        flat = join_lines(lines)
        level = bookmarked_level(flat, self.headings)
        large = paragraph.size >= HEADING_RATIO * self.body_size and len(flat) <= MAX_HEADING_CHARS
        if level is None and large:
            is_title = first_page and paragraph.size >= TITLE_RATIO * self.body_size
            kind = "title" if is_title else "heading"
            return Block("\n".join(lines), "## " + escape_markdown(flat), kind)
        if level is not None:
            return Block("\n".join(lines), "#" * level + " " + escape_markdown(flat), "heading")
        markdown = escape_markdown(flat)
        if paragraph.bold and len(flat) <= MAX_HEADING_CHARS:
            markdown = f"**{markdown}**"
        return Block("\n".join(lines), markdown)


def unicode_fonts(runs: list[TextRun]) -> set[str]:
    """Fonts that name no legacy encoding and showed characters no 8-bit code stands for."""
    return {
        run.font
        for run in runs
        if legacy_font(run.font).encoding is None and run_bytes(run) is None
    }
