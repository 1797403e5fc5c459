"""The blocks a document reader gives for a .docx, made here from python-docx for the tests.

Used to check the administrative rules on real files before the colleagues' readers
land: paragraphs and tables in order, each run decoded by its font with the shared
``LegacyParagraphs`` (soft hyphens kept: in TCVN3 they are "ư"), a table as Markdown rows
whose cells join their paragraphs with spaces (as today's .docx reader writes them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from db.readers.document_fields import Block
from db.readers.legacy_fonts import LegacyParagraphs
from db.readers.markdown_text import escape_markdown

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_blocks(path: Path) -> list[Block]:
    """The document's blocks in reading order."""
    document = docx.Document(str(path))
    styles: Any = document.styles.element
    defaults = styles.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii")
    default = str(defaults[0]) if defaults else None
    legacy = LegacyParagraphs()
    blocks = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = _text(item, legacy, default).strip()
            if text:
                blocks.append(Block(text=text, markdown=escape_markdown(text)))
        elif isinstance(item, Table):
            rows = []
            for row in item.rows:
                cells = [
                    " ".join(t for p in cell.paragraphs if (t := _text(p, legacy, default).strip()))
                    for cell in row.cells
                ]
                rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
            text = "\n".join(rows)
            blocks.append(Block(text=text, markdown=text, kind="table"))
    return blocks


def _style_font(style: Any) -> str | None:
    while style is not None:
        name = style.font.name if style.font is not None else None
        if name:
            return str(name)
        style = style.base_style
    return None


def _text(paragraph: Paragraph, legacy: LegacyParagraphs, default: str | None) -> str:
    paragraph_font = _style_font(paragraph.style) or default
    element: Any = paragraph._p
    for run in element.iter(f"{_W}r"):
        if any(ancestor.tag == f"{_W}del" for ancestor in run.iterancestors()):
            continue
        fonts = run.find(f"{_W}rPr/{_W}rFonts")
        font = (fonts.get(f"{_W}ascii") if fonts is not None else None) or paragraph_font
        for child in run:
            if child.tag == f"{_W}t":
                legacy.add_text(child.text or "", font)
            elif child.tag == f"{_W}softHyphen":
                legacy.add_text("\xad", font)
            elif child.tag == f"{_W}tab":
                legacy.add_unicode("\t")
            elif child.tag in (f"{_W}br", f"{_W}cr"):
                legacy.add_unicode("\n")
    return legacy.end_paragraph()
