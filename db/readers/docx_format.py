"""Reading Word documents (.docx, .docm, .dotx, .dotm): all their text, in Unicode.

The package is opened within bounds (``docx_package``), its styles, theme and numbering
are read once (``docx_styles``), and the body, the footnotes and the endnotes are read
as streams of XML events (``docx_body``): every run Word shows, tracked insertions
kept and deletions left out, text boxes, content controls, fields' results, tables of
any depth. Runs in the legacy Vietnamese fonts (``.VnTime``: TCVN3, ``VNI-Times``: VNI)
are decoded by their font, other 8-bit text by detection, paragraph by paragraph.

The blocks go through ``fields_from_blocks``, the one path from a document to an
article's title, date, author and source; the core properties (title, author,
created) are hints for what the text does not say. Notes come last, under a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from db.models import ArticleFields, ArticleImage
from db.readers.document_fields import Block, DocumentHints, fields_from_blocks
from db.readers.docx_blocks import item_blocks, note_blocks
from db.readers.docx_body import BodyReader
from db.readers.docx_budget import Budget
from db.readers.docx_items import Item
from db.readers.docx_package import MAX_IMAGE, MAX_TEXT_PART, DocxPackage
from db.readers.docx_styles import Numbering, StyleSheet
from db.readers.docx_xml import Element, MalformedPart, feed
from db.readers.errors import FailureKind, ReadError, reason, register_reasons
from db.readers.images import unique_image_name
from db.readers.legacy_fonts import LegacyParagraphs

# Pictures kept with one article, in all; past it the others are left out (and said so).
register_reasons(
    {
        "docx.pictures-left-out": "{count} picture(s) were too large or damaged and were left out",
        "docx.malformed-part": "the .docx file is damaged ({part} is not well-formed XML)",
        "docx.part-recovered": (
            "{part} is damaged near line {line}: the text that could be read was imported; "
            "compare it with the document in Word"
        ),
        "docx.alt-chunks": "{count} embedded document(s) (altChunk) were not read",
    }
)


MAX_IMAGES_TOTAL = 160 * 1024**2
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


@dataclass
class DocxArticle:
    """What a Word document gave: its fields, its pictures, the legacy encodings met,
    and what the import should say about it (``NewArticle.notes``)."""

    fields: ArticleFields
    images: list[ArticleImage] = field(default_factory=list)
    legacy_encodings: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def parse_docx(data: bytes, *, fallback_title: str = "") -> DocxArticle:
    """Turn the bytes of a Word file into an article (raises ReadError)."""
    return _DocxReader(DocxPackage(data)).read(fallback_title)


class _DocxReader:
    def __init__(self, package: DocxPackage) -> None:
        self.package = package
        main = package.main
        theme = self._first_tree(main, "theme")
        self.styles = StyleSheet(self._first_tree(main, "styles"), theme)
        self.numbering = Numbering(self._first_tree(main, "numbering"), self.styles)
        self.images: list[ArticleImage] = []
        self._image_names: dict[str, str | None] = {}
        self._image_bytes = 0
        self._marks: dict[tuple[str, str], tuple[int, str]] = {}  # (kind, id) → number, mark
        self._counts = {"footnote": 0, "endnote": 0}
        self._budget = Budget()
        self.notes: list[str] = []
        self._left_out_images = 0
        self.encodings: set[str] = set()
        self.guessed = LegacyParagraphs()
        self._boxes: list[Item] = []  # what the text boxes of every part hold

    def _first_tree(self, part: str, kind: str) -> Element | None:
        for related in self.package.related(part, kind):
            tree = self.package.tree(related)
            if tree is not None:
                return tree
        return None

    def read(self, fallback_title: str) -> DocxArticle:
        main = self.package.main
        blocks = item_blocks(self._read_part(main).items)
        notes: list[Block] = []
        for kind in ("footnote", "endnote"):
            notes.extend(self._note_blocks(kind, main))
        boxes = item_blocks(self._boxes)
        if not any(block.text.strip() for block in blocks):
            blocks, boxes = blocks + boxes, []  # a page of text boxes: they are its text
        if not self.images and not any(block.text.strip() for block in blocks):
            raise ReadError(FailureKind.EMPTY, reason("docx.no-text"))
        fields = fields_from_blocks(blocks, fallback_title=fallback_title, hints=self._hints())
        # Added after the fields are chosen: a diagram's label or a note is no byline.
        after = [block.markdown for block in boxes]
        if notes:
            after += ["---"] + [block.markdown for block in notes]
        fields.body = "\n\n".join(part for part in [fields.body, *after] if part.strip())
        self.notes = self.guessed.notes + self.notes
        if self._left_out_images:
            self.notes.append(reason("docx.pictures-left-out", count=self._left_out_images))
        return DocxArticle(
            fields=fields,
            images=self.images,
            legacy_encodings=self.encodings,
            notes=self.notes,
        )

    # --- parts -----------------------------------------------------------------------

    def _reader(self, part: str) -> BodyReader:
        relationships = {rel.id: rel for rel in self.package.relationships(part)}

        def image(rel_id: str) -> str | None:
            rel = relationships.get(rel_id)
            if rel is None or rel.external:
                return None
            return self._image(rel.target)

        return BodyReader(
            self.styles, self.numbering, image=image, note_mark=self._mark, budget=self._budget
        )

    def _read_part(self, part: str) -> BodyReader:
        budget = self._budget.copy()
        reader = self._reader(part)
        try:
            feed(self.package.stream(part, limit=MAX_TEXT_PART), reader, part=part)
        except MalformedPart as error:
            # Word refuses such a file; reading what the parser can recover loses less.
            self._budget.restore(budget)
            reader = self._reader(part)
            try:
                feed(self.package.stream(part), reader, part=part, recover=True)
            except MalformedPart:
                pass
            if not reader.items and not reader.notes:
                raise ReadError(
                    FailureKind.DAMAGED, reason("docx.malformed-part", part=part)
                ) from error
            self.notes.append(reason("docx.part-recovered", part=part, line=error.line))
        reader.finish()
        self._boxes.extend(reader.boxes)
        self.encodings |= reader.encodings
        self.guessed.guessed.update(reader.guessed)
        if reader.skipped["altChunk"]:
            self.notes.append(reason("docx.alt-chunks", count=reader.skipped["altChunk"]))
        return reader

    def _note_blocks(self, kind: str, main: str) -> list[Block]:
        wanted = sorted(
            (number, mark, note_id)
            for (k, note_id), (number, mark) in self._marks.items()
            if k == kind
        )
        if not wanted:
            return []
        found: dict[str, list[Item]] = {}
        for part in self.package.related(main, f"{kind}s"):
            reader = self._read_part(part)
            for note_id, items in reader.notes.items():
                found.setdefault(note_id, items)
        return note_blocks(
            [(mark, found[note_id]) for _, mark, note_id in wanted if note_id in found]
        )

    def _mark(self, kind: str, note_id: str) -> str:
        found = self._marks.get((kind, note_id))
        if found is None:
            self._counts[kind] += 1
            number = self._counts[kind]
            found = (number, str(number) if kind == "footnote" else _roman(number))
            self._marks[(kind, note_id)] = found
        return found[1]

    def _image(self, target: str) -> str | None:
        if target in self._image_names:
            return self._image_names[target]
        name: str | None = None
        mime = self.package.content_type(target)
        if mime.startswith("image/") and self.package.has(target):
            size = self.package.size(target)
            if size > MAX_IMAGE or self._image_bytes + size > MAX_IMAGES_TOTAL:
                self._left_out_images += 1
            else:
                try:
                    data = self.package.read(target, limit=MAX_IMAGE)
                except ReadError:
                    self._left_out_images += 1
                else:
                    self._image_bytes += len(data)
                    base = target.rsplit("/", 1)[-1]
                    name = unique_image_name(base, {image.name for image in self.images})
                    self.images.append(ArticleImage(name=name, mime=mime, data=data))
        self._image_names[target] = name
        return name

    # --- properties ------------------------------------------------------------------

    def _hints(self) -> DocumentHints:
        parts = self.package.related("", "core-properties") + ["docProps/core.xml"]
        for part in parts:
            tree = self.package.tree(part)
            if tree is None:
                continue
            return DocumentHints(
                title=_decoded(_text(tree, "dc:title")),
                date=_date(_text(tree, "dcterms:created")),
                author=_decoded(_text(tree, "dc:creator")),
            )
        return DocumentHints()


def _text(tree: Element, tag: str) -> str:
    found = tree.find(tag)
    return " ".join(found.text.split()) if found is not None else ""


def _decoded(text: str) -> str | None:
    # Word fills the properties from the text, so old files hold 8-bit legacy text.
    if not text:
        return None
    decoder = LegacyParagraphs()
    decoder.add_text(text, None)
    return " ".join(decoder.end_paragraph().split()) or None


def _date(text: str) -> str | None:
    match = _ISO_DATE.match(text)
    if match is None:
        return None
    year, month, day = (int(group) for group in match.groups())
    if not (1900 <= year <= 2200 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


__all__ = ["DocxArticle", "parse_docx"]
