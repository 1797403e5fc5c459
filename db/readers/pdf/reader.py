"""A PDF file to one article: pages read, furniture left out, paragraphs, fields.

The steps, each in its own module: ``library`` reads the pages' text runs with PDFium;
``glyphs`` takes legacy-font runs back to their bytes; ``layout`` removes running
headers and footers, orders columns and rebuilds paragraphs; ``blocks`` decodes them
into the shared document blocks; ``fields_from_blocks`` chooses title, date, author and
source as for every document format. The file's bytes are kept with the article.
"""

from __future__ import annotations

from pathlib import Path

from db.models import NewArticle
from db.readers.document_fields import Block, DocumentHints, fields_from_blocks
from db.readers.errors import FailureKind, ReadError, reason, register_reasons
from db.readers.fingerprint import fingerprint
from db.readers.markdown_text import escape_markdown
from db.readers.pdf import layout
from db.readers.pdf.blocks import BlockMaker, unicode_fonts
from db.readers.pdf.glyphs import ContentCodes
from db.readers.pdf.library import MAX_PAGES, Deadline, OutlineItem, PdfiumFile, open_pdf
from db.readers.pdf.metadata import (
    DetailsLine,
    decoded_title,
    is_own_export,
    parse_details_line,
    pdf_date,
)
from db.readers.pdf.outline import heading_levels, report_body_start
from db.readers.pdf.runs import PageText
from db.text_decoding import decode_bytes

# Reading stops after this long (a hostile file); what was read is imported, with a note.
READ_SECONDS = 60.0
register_reasons(
    {
        "pdf.scanned": "no text layer: scanned pages; OCR is not available",
        "pdf.no-text": "the PDF has no text",
        "pdf.no-pages": "the PDF has no pages",
        "pdf.slow-pages": (
            "only the first {read} of {total} pages were read: the PDF took more than "
            "{seconds} s to read"
        ),
        "pdf.too-many-pages": "only the first {read} of {total} pages were read",
        "pdf.scanned-pages": (
            "{count} of {total} pages had no text layer (scanned; OCR is not available), so "
            "their text is missing: pages {pages}"
        ),
    }
)
SCANNED = reason("pdf.scanned")


def read_pdf(data: bytes, *, name: str, encoding: str | None = None) -> NewArticle:
    """The article in the PDF ``data`` (the file ``name``), or ReadError saying why not.

    Args:
        encoding: re-decoding: read every 8-bit run in this encoding instead of by its
            font (``utf-8``: the text as the PDF maps it, no legacy decoding).
    """
    if not data.strip():
        raise ReadError(FailureKind.EMPTY, reason("file.empty"))
    if encoding is not None:
        decode_bytes(b"", encoding)  # raises ValueError naming the known encodings
    notes: list[str] = []
    with open_pdf(data) as pdf:
        metadata = pdf.metadata()
        outline = pdf.outline()
        pages = _read_pages(pdf, data, notes)
    textless = [page for page in pages if not page.has_text]
    scanned = [page for page in textless if page.images]
    if len(textless) == len(pages):
        if scanned:
            raise ReadError(FailureKind.EMPTY, SCANNED)
        raise ReadError(FailureKind.EMPTY, reason("pdf.no-text"))
    if scanned:
        notes.append(_scanned_note(scanned, len(pages)))
    own = is_own_export(metadata)
    title = decoded_title(metadata.get("Title"))
    layout.remove_page_furniture(pages, title=title)
    start = report_body_start(outline) if own else None
    if start is not None:
        pages = [page for page in pages if page.index >= start]
    blocks, maker = _blocks(pages, outline, encoding)
    if not blocks:
        raise ReadError(FailureKind.EMPTY, reason("pdf.no-text"))
    hints = DocumentHints(title=title, date=None if own else pdf_date(metadata.get("CreationDate")))
    details = None
    if own and start is None:
        blocks, details = _own_article(blocks, title)
        hints = DocumentHints(title=title, date=details.date if details else None)
    elif start is not None and title:
        blocks.insert(0, Block(title, escape_markdown(title), "title"))
    fields = fields_from_blocks(blocks, fallback_title=Path(name).stem, hints=hints)
    if details is not None:
        fields.author = details.author
        fields.source = details.source or fields.source
        fields.tags = details.tags
    notes.extend(maker.decoder.notes)
    legacy = sorted(maker.decoder.encodings)
    return NewArticle(
        title=fields.title,
        body=fields.body,
        date=fields.date,
        author=fields.author,
        source=fields.source,
        tags=fields.tags,
        fingerprint=fingerprint(f"{fields.title}\n\n{fields.body}"),
        original_name=name,
        encoding=encoding or ("+".join(legacy) if legacy else "utf-8"),
        original_bytes=data,
        notes=notes,
    )


def _read_pages(pdf: PdfiumFile, data: bytes, notes: list[str]) -> list[PageText]:
    codes = ContentCodes(data)
    deadline = Deadline(READ_SECONDS)
    pages: list[PageText] = []
    for index in range(min(pdf.page_count, MAX_PAGES)):
        if deadline.passed:
            notes.append(
                reason(
                    "pdf.slow-pages",
                    read=index,
                    total=pdf.page_count,
                    seconds=f"{READ_SECONDS:.0f}",
                )
            )
            break
        page = pdf.page_text(index)
        codes.fill(page)
        layout.set_previews(page)
        pages.append(page)
    else:
        if pdf.page_count > MAX_PAGES:
            notes.append(reason("pdf.too-many-pages", read=MAX_PAGES, total=pdf.page_count))
    if not pages:
        raise ReadError(FailureKind.EMPTY, reason("pdf.no-pages"))
    return pages


def _scanned_note(scanned: list[PageText], total: int) -> str:
    numbers = ", ".join(str(page.index + 1) for page in scanned[:20])
    more = ", …" if len(scanned) > 20 else ""
    return reason("pdf.scanned-pages", count=len(scanned), total=total, pages=numbers + more)


def _blocks(
    pages: list[PageText], outline: list[OutlineItem], encoding: str | None
) -> tuple[list[Block], BlockMaker]:
    runs = [run for page in pages for line in page.lines for run in line.runs]
    maker = BlockMaker(
        body_size=layout.body_size(pages),
        unicode_fonts=unicode_fonts(runs),
        headings=heading_levels(outline),
        encoding=encoding,
    )
    paragraphs: list[tuple[layout.Paragraph, bool]] = []
    first_index = pages[0].index
    for page in pages:
        on_page = layout.paragraphs(layout.reading_order(page))
        if on_page and paragraphs and layout.flows_across(paragraphs[-1][0], on_page[0]):
            paragraphs[-1][0].lines.extend(on_page.pop(0).lines)
        paragraphs.extend((paragraph, page.index == first_index) for paragraph in on_page)
    blocks = []
    for paragraph, first_page in paragraphs:
        block = maker.block(paragraph, first_page=first_page)
        if block is not None:
            blocks.append(block)
    return blocks, maker


def _own_article(blocks: list[Block], title: str | None) -> tuple[list[Block], DetailsLine | None]:
    """An article this program exported: its title block and its details line."""
    details = None
    if len(blocks) > 1:
        details = parse_details_line(" ".join(blocks[1].text.split()))
        if details is not None:
            blocks = blocks[:1] + blocks[2:]
    if title and blocks and " ".join(blocks[0].text.split()) == " ".join(title.split()):
        blocks[0] = Block(title, escape_markdown(title), "title")  # the title as typed
    elif title:
        blocks.insert(0, Block(title, escape_markdown(title), "title"))
    return blocks, details
