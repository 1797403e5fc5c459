"""Reading Word documents (.docx) with python-docx: title, headings, lists, paragraphs, images.

The title is the first paragraph in the Title style, else the first heading; both are
taken out of the body. Headings sit one level below the title in the Markdown. The
core properties give the author and date when the document has them.

Documents converted from old .doc files often keep their legacy fonts: a run in a
``.VnTime`` (``.Vn*``) font holds TCVN3 bytes and one in a ``VNI-*`` font holds VNI bytes,
each stored by Word as the Windows-1252 character of the byte. Such runs are mapped back
to bytes and decoded with the encoding the font implies.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.document import Document as DocumentObject
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from db.models import ArticleFields, ArticleImage
from db.readers.errors import FailureKind, ReadError, reason
from db.readers.images import image_markdown, unique_image_name
from db.readers.legacy_fonts import legacy_font_encoding
from db.readers.markdown_text import caption_markdown, escape_markdown
from db.text_decoding import decode_bytes


@dataclass
class DocxArticle:
    """What a Word document gave: the fields, its images, and the legacy encodings met."""

    fields: ArticleFields
    images: list[ArticleImage] = field(default_factory=list)
    legacy_encodings: set[str] = field(default_factory=set)


@dataclass
class _Block:
    kind: str  # "title", "heading", "list", "paragraph", "caption", "table"
    text: str = ""
    level: int = 0
    numbered: bool = False
    images: list[tuple[str, str]] = field(default_factory=list)  # (name, caption)


def parse_docx(data: bytes) -> DocxArticle:
    """Turn the bytes of a .docx file into an article (raises ReadError)."""
    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ReadError(
            FailureKind.DAMAGED, "the .docx file is damaged (not a valid zip archive)"
        ) from error
    except (KeyError, PackageNotFoundError, ValueError) as error:
        raise ReadError(FailureKind.DAMAGED, reason("docx.damaged")) from error
    except Exception as error:  # lxml and zlib errors of a half-written file
        raise ReadError(FailureKind.DAMAGED, reason("docx.damaged")) from error
    reader = _Reader(document)
    try:
        blocks = list(reader.blocks())
    except (KeyError, ValueError, zipfile.BadZipFile) as error:
        raise ReadError(FailureKind.DAMAGED, reason("docx.damaged")) from error
    title, body = _assemble(blocks)
    properties = document.core_properties
    if not title:
        title = (properties.title or "").strip() or None
    if not title and not body.strip():
        raise ReadError(FailureKind.EMPTY, "the document has no text")
    created = properties.created
    return DocxArticle(
        fields=ArticleFields(
            title=title or "",
            body=body,
            author=(properties.author or "").strip() or None,
            date=created.date().isoformat() if created is not None else None,
        ),
        images=reader.images,
        legacy_encodings=reader.legacy_encodings,
    )


class _Reader:
    def __init__(self, document: DocumentObject) -> None:
        self.document = document
        self.images: list[ArticleImage] = []
        self.legacy_encodings: set[str] = set()
        self._image_names: dict[str, str] = {}
        self._default_font = _default_font(document)

    def blocks(self) -> Iterator[_Block]:
        for item in self.document.iter_inner_content():
            if isinstance(item, Paragraph):
                block = self._paragraph(item)
                if block is not None:
                    yield block
            elif isinstance(item, Table):
                yield _Block("table", text=self._table(item))

    def _paragraph(self, paragraph: Paragraph) -> _Block | None:
        text, images = self._runs(paragraph)
        text = text.strip()
        if not text and not images:
            return None
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        lowered = style.lower()
        if lowered == "title":
            return _Block("title", text=text, images=images)
        if lowered.startswith("heading"):
            digits = "".join(ch for ch in style if ch.isdigit())
            return _Block("heading", text=text, level=int(digits or 1), images=images)
        if lowered == "caption":
            return _Block("caption", text=text, images=images)
        p_pr: Any = paragraph._p.pPr
        num_pr: Any = p_pr.numPr if p_pr is not None else None
        if lowered.startswith("list") or num_pr is not None:
            level = 0
            if num_pr is not None and num_pr.ilvl is not None and num_pr.ilvl.val is not None:
                level = int(num_pr.ilvl.val)
            digits = "".join(ch for ch in style if ch.isdigit())
            if digits and lowered.startswith("list"):
                level = max(level, int(digits) - 1)
            return _Block(
                "list", text=text, level=level, numbered="number" in lowered, images=images
            )
        return _Block("paragraph", text=text, images=images)

    def _runs(self, paragraph: Paragraph) -> tuple[str, list[tuple[str, str]]]:
        segments: list[tuple[str | None, str]] = []
        images: list[tuple[str, str]] = []
        paragraph_font = _style_font(paragraph.style)
        for item in paragraph.iter_inner_content():
            runs = item.runs if isinstance(item, Hyperlink) else [item]
            for run in runs:
                font = run.font.name or _style_font(run.style) or paragraph_font
                font = font or self._default_font
                segments.append((legacy_font_encoding(font), run.text))
                images.extend(self._run_images(run))
        return self._decode_segments(segments), images

    def _decode_segments(self, segments: list[tuple[str | None, str]]) -> str:
        # Adjacent runs in the same legacy font are decoded together: a VNI letter is a
        # base byte plus a modifier byte, and Word may split them across runs.
        merged: list[tuple[str | None, str]] = []
        for encoding, text in segments:
            if merged and merged[-1][0] == encoding:
                merged[-1] = (encoding, merged[-1][1] + text)
            else:
                merged.append((encoding, text))
        parts = []
        for encoding, text in merged:
            raw = _as_legacy_bytes(text) if encoding else None
            if encoding and raw is not None:
                self.legacy_encodings.add(encoding)
                parts.append(decode_bytes(raw, encoding).text)
            else:
                parts.append(text)
        return "".join(parts)

    def _run_images(self, run: Run) -> list[tuple[str, str]]:
        found = []
        element: Any = run._r
        for drawing in element.xpath(".//w:drawing"):
            captions = drawing.xpath(".//wp:docPr/@descr") or drawing.xpath(".//wp:docPr/@title")
            caption = str(captions[0]) if captions else ""
            for rel_id in drawing.xpath(".//a:blip/@r:embed"):
                name = self._image(str(rel_id))
                if name is not None:
                    found.append((name, caption))
        return found

    def _image(self, rel_id: str) -> str | None:
        if rel_id in self._image_names:
            return self._image_names[rel_id]
        part = self.document.part.related_parts.get(rel_id)
        if part is None:
            return None
        mime = str(getattr(part, "content_type", "") or "")
        if not mime.startswith("image/"):
            return None
        base = str(getattr(part, "filename", "") or part.partname.split("/")[-1])
        name = unique_image_name(base, {image.name for image in self.images})
        self.images.append(ArticleImage(name=name, mime=mime, data=bytes(part.blob)))
        self._image_names[rel_id] = name
        return name

    def _table(self, table: Table) -> str:
        rows = []
        for row in table.rows:
            cells = []
            for cell in row.cells:
                texts = [self._runs(p)[0].strip() for p in cell.paragraphs]
                cell_text = " ".join(t for t in texts if t)
                cells.append(escape_markdown(cell_text).replace("|", "\\|").replace("\n", " "))
            rows.append("| " + " | ".join(cells) + " |")
        if not rows:
            return ""
        width = rows[0].count(" | ") + 1
        rows.insert(1, "|" + " --- |" * width)
        return "\n".join(rows)


def _assemble(blocks: list[_Block]) -> tuple[str | None, str]:
    title: str | None = None
    title_index = next((i for i, b in enumerate(blocks) if b.kind == "title" and b.text), None)
    if title_index is None:
        title_index = next(
            (i for i, b in enumerate(blocks) if b.kind == "heading" and b.text), None
        )
    if title_index is not None:
        title = blocks[title_index].text
        # Its images stay in the body.
        blocks[title_index] = _Block("paragraph", images=blocks[title_index].images)
    out: list[str] = []
    previous_kind = ""
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if block.kind == "table":
            rendered = block.text
        elif block.kind in ("heading", "title"):
            rendered = "#" * min(block.level + 1, 6) + " " + escape_markdown(block.text)
        elif block.kind == "list":
            marker = "1." if block.numbered else "-"
            indent = ("   " if block.numbered else "  ") * block.level
            rendered = f"{indent}{marker} {escape_markdown(block.text)}"
        elif block.kind == "caption" and not block.images:
            rendered = caption_markdown(block.text)
        else:
            rendered = escape_markdown(block.text)
        images = block.images
        if (
            images
            and index < len(blocks)
            and blocks[index].kind == "caption"
            and not blocks[index].images
        ):
            # The caption paragraph under a picture is the picture's caption.
            caption = blocks[index].text
            images = [(name, caption) for name, _ in images[:1]] + images[1:]
            index += 1
        image_lines = [image_markdown(name, caption) for name, caption in images]
        rendered = "\n\n".join(
            part for part in [rendered.strip() and rendered, *image_lines] if part
        )
        if not rendered:
            continue
        if out:
            joiner = "\n" if block.kind == "list" and previous_kind == "list" else "\n\n"
            out.append(joiner)
        out.append(rendered)
        previous_kind = block.kind
    return title, "".join(out)


def _as_legacy_bytes(text: str) -> bytes | None:
    """The 8-bit bytes Word stored as Windows-1252 characters, or None if it was not so."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) < 256:
                out.append(ord(ch))  # the five bytes cp1252 leaves undefined
            else:
                return None  # real Unicode typed in a legacy font: leave it alone
    return bytes(out)


def _style_font(style: Any) -> str | None:
    while style is not None:
        font = getattr(style, "font", None)
        name = getattr(font, "name", None) if font is not None else None
        if name:
            return str(name)
        style = getattr(style, "base_style", None)
    return None


def _default_font(document: DocumentObject) -> str | None:
    element: Any = document.styles.element
    names = element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii")
    return str(names[0]) if names else None
