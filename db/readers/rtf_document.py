"""The stories of an RTF document (body, footnotes, text boxes) as blocks and pictures.

The parser tells a ``Story`` what it reads (runs, paragraph and cell ends, pictures);
the story turns paragraphs into ``Block`` s with their Markdown, tables through
``TableBuilder``. ``DocumentBuilder`` holds the stories and gives the document: the
body's blocks, then the footnotes and endnotes, then the text boxes, and the pictures
kept.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field

from db.models import ArticleImage
from db.readers.document_fields import Block, DocumentHints
from db.readers.errors import reason
from db.readers.images import image_markdown
from db.readers.legacy_fonts import LegacyParagraphs
from db.readers.markdown_text import caption_markdown, escape_markdown
from db.readers.rtf_fonts import UNNAMED, FontReading
from db.readers.rtf_pictures import Picture
from db.readers.rtf_runs import RunCollector
from db.readers.rtf_tables import TableBuilder

# List text (``\\listtext``) that is a bullet, not a number: the paragraph is a list item.
_BULLET = re.compile(r"^[\W_]$|^[oO]$")
_HEADING_STYLE = re.compile(r"^(?:heading|titre|überschrift|tiêu đề)\s*(\d)$", re.I)


@dataclass(frozen=True)
class StyleKind:
    """What a paragraph style makes of its paragraphs (``Title``, ``heading 2`` …)."""

    kind: str = "paragraph"
    level: int = 0

    @staticmethod
    def of(name: str) -> StyleKind:
        """The kind of block a paragraph in the style named ``name`` is."""
        lowered = " ".join(name.lower().split())
        if lowered == "title":
            return StyleKind("title")
        if lowered == "caption":
            return StyleKind("caption")
        heading = _HEADING_STYLE.match(lowered)
        if heading:
            return StyleKind("heading", int(heading.group(1)))
        return PLAIN


PLAIN = StyleKind()


class Story:
    """One flow of paragraphs: the body, a footnote, a text box, or a list number."""

    def __init__(self, sink: list[Block] | None, override: str | None) -> None:
        self.runs = RunCollector(override)
        self.sink = sink  # where its blocks go; None for a list number
        self.table = TableBuilder()
        self.marker = ""  # the list number or bullet of the current paragraph
        self.note_number = 0  # a footnote's number
        self._images: list[str] = []

    def add_image(self, markdown: str) -> None:
        """A picture in the current paragraph."""
        self._images.append(markdown)

    def end_paragraph(self, *, level: int, style: StyleKind, cell: bool = False) -> None:
        """``\\par`` (or ``\\cell`` when ``cell``): in the table at ``level`` if above 0."""
        block = self._paragraph(self.runs.end_paragraph(), style)
        images = [Block("", markdown, "image") for markdown in self._images]
        self._images = []
        self.marker = ""
        if self.sink is None:
            return
        if level > 0 or cell:
            level = max(level, 1)
            if block is not None:
                self.table.add(level, _in_cell(block))
            for image in images:
                self.table.add(level, image)
            if cell:
                self.table.end_cell(level)
            return
        if self.table.is_open:
            self.sink.extend(self.table.close())
        if block is not None:
            self.sink.append(block)
        self.sink.extend(images)

    def end_row(self, level: int) -> None:
        """``\\row`` or ``\\nestrow``."""
        if self.runs.has_text or self._images:
            self.end_paragraph(level=level, style=PLAIN, cell=True)
        self.table.end_row(max(level, 1))

    def close(self) -> None:
        """The story ends: its last paragraph and table are complete."""
        if self.runs.has_text or self._images:
            self.end_paragraph(level=0, style=PLAIN)
        else:
            self.runs.end_paragraph()
        if self.sink is not None:
            self.sink.extend(self.table.close())

    def _paragraph(self, text: str, style: StyleKind) -> Block | None:
        # Runs of spaces and tabs stay: writers align columns with them ("Số: 12/UB
        # <tab> Hà Nội, ngày …"), which the layout rules read; Markdown shows one space.
        lines = [line.strip() for line in text.split("\n")]
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        marker = " ".join(self.marker.split())
        if not lines:
            return None
        plain = "\n".join(lines)
        kind = style.kind
        if marker and _BULLET.match(marker):
            kind = "list"
        elif marker:
            plain = f"{marker} {plain}"
            lines[0] = f"{marker} {lines[0]}"
        markdown = "  \n".join(escape_markdown(line) for line in lines)
        if kind == "list":
            markdown = "- " + markdown
        elif kind in ("title", "heading"):
            hashes = "#" * min(style.level + 1, 6)
            markdown = f"{hashes} {escape_markdown(' '.join(plain.split()))}"
        elif kind == "caption":
            markdown = caption_markdown(plain)
        return Block(plain, markdown, kind)


def _in_cell(block: Block) -> Block:
    """A paragraph as a table cell shows it: no heading or caption markup."""
    if block.kind in ("paragraph", "list"):
        return block
    markdown = "  \n".join(escape_markdown(line.strip()) for line in block.text.split("\n"))
    return Block(block.text, markdown)


@dataclass
class RtfDocument:
    """What an RTF file gave.

    Attributes:
        blocks: the body's blocks, then those of the footnotes and of the text boxes.
        images: the PNG and JPEG pictures, named as the blocks show them.
        hints: title and date from the file's information group.
        legacy_encodings: the legacy encodings text was decoded with (fonts or guesses).
        code_pages: bytes of 8-bit text decoded by a code page, by codec.
        notes: what the import log should say (encodings guessed).
        has_8bit_text: text was typed as 8-bit bytes (worth keeping for re-decoding).
    """

    blocks: list[Block]
    images: list[ArticleImage] = field(default_factory=list)
    hints: DocumentHints = field(default_factory=DocumentHints)
    legacy_encodings: set[str] = field(default_factory=set)
    code_pages: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    has_8bit_text: bool = False

    @property
    def encoding(self) -> str:
        """The import's name for how the text was read: ``tcvn3``, ``tcvn3+vni``, ``cp1252``…"""
        if self.legacy_encodings:
            return "+".join(sorted(self.legacy_encodings))
        if self.code_pages:
            return self.code_pages.most_common(1)[0][0]
        if any(not block.text.isascii() for block in self.blocks):
            return "unicode"
        return "ascii"


class DocumentInfo:
    """What the ``{\\info}`` group says: a title (bytes in no font) and a creation date."""

    _MAX_TITLE_BYTES = 1000

    def __init__(self, override: str | None) -> None:
        self._title = RunCollector(override)
        self._title_bytes = 0
        self._reading = FontReading(UNNAMED, "", "cp1252")  # detected like unnamed fonts
        self._created: dict[bytes, int] = {}

    def add_title(self, raw: bytes) -> None:
        """Bytes of ``{\\title …}``."""
        if self._title_bytes < self._MAX_TITLE_BYTES:
            self._title_bytes += len(raw)
            self._title.add_bytes(raw, self._reading)

    def set_created(self, word: bytes, value: int) -> None:
        """``\\yr``, ``\\mo``, ``\\dy`` … of ``{\\creatim …}``."""
        self._created[word] = value

    def hints(self) -> DocumentHints:
        """The title and the creation date, for when the text says nothing better."""
        title = " ".join(self._title.end_paragraph().split()) or None
        year = self._created.get(b"yr", 0)
        date = None
        if 1900 < year < 2100:
            try:
                month, day = self._created.get(b"mo", 0), self._created.get(b"dy", 0)
                date = datetime.date(year, month, day).isoformat()
            except ValueError:
                date = None
        return DocumentHints(title=title, date=date)


class DocumentBuilder:
    """The stories of one document and the pictures met in them."""

    def __init__(self, override: str | None) -> None:
        self._override = override
        self.blocks: list[Block] = []
        self.footnotes: list[Block] = []
        self.text_boxes: list[Block] = []
        self.images: list[ArticleImage] = []
        self.body = Story(self.blocks, override)
        self.footnote_count = 0
        # What the stories that ended decoded how (stories are not kept: a file may
        # hold millions of list numbers).
        self._guessed = LegacyParagraphs()
        self._encodings: set[str] = set()
        self._code_pages: Counter[str] = Counter()
        self._eight_bit = False
        self._names: dict[bytes, str] = {}
        self._pictures_left_out = 0

    def footnote(self) -> Story:
        """A new footnote or endnote; its paragraphs go after the body."""
        self.footnote_count += 1
        story = self._new(self.footnotes)
        story.note_number = self.footnote_count
        return story

    def text_box(self) -> Story:
        """A new text box; its paragraphs go after the body and the notes.

        Most text boxes of these documents are the labels of a diagram ("Router",
        "Mạng địa phương"): read where they are anchored they break the sentences
        around them. After the notes they are kept, found by search, and read in the
        order Word's own story of text boxes has them.
        """
        return self._new(self.text_boxes)

    def list_marker(self) -> Story:
        """The list number or bullet of a paragraph (``\\listtext``)."""
        return self._new(None)

    def add_picture(self, picture: Picture, story: Story) -> None:
        """A complete ``\\pict`` group met in ``story``."""
        found = picture.image()
        if found is None:
            self._pictures_left_out += 1
            return
        mime, extension, data = found
        name = self._names.get(data)  # a logo on every page is kept once
        if name is None:
            name = f"image{len(self.images) + 1}.{extension}"
            self._names[data] = name
            self.images.append(ArticleImage(name=name, mime=mime, data=data))
        story.add_image(image_markdown(name, ""))

    def end_story(self, story: Story) -> str:
        """The story is complete; returns its text if it is a list number."""
        marker = story.runs.end_paragraph() if story.sink is None else ""
        story.close()
        self._guessed.guessed.update(story.runs.legacy.guessed)
        self._encodings |= story.runs.legacy.encodings
        self._code_pages.update(story.runs.code_pages)
        self._eight_bit = self._eight_bit or story.runs.eight_bit
        return marker

    def finish(self, hints: DocumentHints) -> RtfDocument:
        """The document, once the parser has read all of it."""
        self.end_story(self.body)
        encodings = self._encodings
        if self._override is not None:
            encodings = {self._override} if self._override in ("tcvn3", "vni") else set()
        return RtfDocument(
            blocks=self.blocks + self.footnotes + self.text_boxes,
            images=self.images,
            hints=hints,
            legacy_encodings=encodings,
            code_pages=self._code_pages,
            notes=(self._guessed.notes if self._override is None else []) + self._picture_notes(),
            has_8bit_text=self._eight_bit,
        )

    def _picture_notes(self) -> list[str]:
        if not self._pictures_left_out:
            return []
        return [reason("rtf.pictures-left-out", count=self._pictures_left_out)]

    def _new(self, sink: list[Block] | None) -> Story:
        return Story(sink, self._override)
