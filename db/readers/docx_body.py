"""The text of a Word part, read from its stream of XML events in one pass.

python-docx's ``paragraph.runs`` sees only runs that are direct children of a paragraph;
this reader sees every run where Word shows one, and nothing Word does not show:

- tracked insertions and moves are kept; deletions (``w:del``, ``w:moveFrom``) are not,
  and a paragraph whose mark was deleted runs on into the next one;
- content controls (``w:sdt``), smart tags, custom XML and hyperlinks are looked
  through; a control still showing its placeholder ("Click here…") shows nothing;
- text boxes (``w:txbxContent``) are kept apart in ``boxes``, for after the body, as
  Word 97–2003 keeps them in a story of their own: most are the labels of diagrams,
  which would break the prose, and a document reads the same from .doc and .docx; of
  a ``mc:AlternateContent`` only the first branch is read, never the fallback too;
- fields show their result, never their instruction; hidden runs (``w:vanish``, also
  through styles) are dropped;
- tables, nested or not, keep every cell; footnote and endnote references become marks
  that the notes, read by this same class from their own parts, are filed under.

Nothing here builds a tree: what is kept is the text, so memory follows the text, and the
text is refused past ``MAX_TEXT_CHARS``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from db.readers.docx_items import Cell, Item, Paragraph, Table
from db.readers.docx_styles import Numbering, ResolvedRun, StyleSheet, run_properties
from db.readers.docx_symbols import symbol_char
from db.readers.docx_text import PAGE_BREAK, ParagraphText
from db.readers.docx_xml import attributes, is_on, key
from db.readers.errors import FailureKind, ReadError
from db.readers.legacy_fonts import LegacyParagraphs, legacy_font

# The readers refuse text over 20 MB; characters are at most that many bytes.
MAX_TEXT_CHARS = 20 * 1024 * 1024
# Each kept paragraph and cell costs a few hundred bytes until the article is built:
# these keep a flood of them (a small, well-compressed file) well under the memory an
# import may take. Real documents have a few thousand.
MAX_PARAGRAPHS = 300_000
MAX_CELLS = 500_000
# Deeper tables and text boxes are read as part of the one around them.
MAX_TABLE_DEPTH = 32
MAX_BOX_DEPTH = 8
MAX_FIELD_DEPTH = 256

# Elements whose whole content is not text of the document (or not of this reading).
_SKIPPED = frozenset(
    """
    w:moveFrom w:delText w:instrText w:delInstrText w:rPrChange w:pPrChange
    w:tblPrChange w:trPrChange w:tcPrChange w:sectPrChange w:tblGridChange
    w:numberingChange w:sectPr w:sdtEndPr w:fldData w:rt w:object w:tblPr w:tblGrid
    w:customXmlPr w:smartTagPr w:tabs w:comments m:ctrlPr
    """.split()
)
_FONT_KEYS = ("w:ascii", "w:hAnsi", "w:asciiTheme", "w:hAnsiTheme")
# Elements with no handler of their own that handlers ask about as a parent.
_PARENTS = frozenset({"w:tcPr", "w:trPr", "w:numPr", "w:sdtPr"})
_NOTE_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def new_budget() -> list[int]:
    """What one document may hold: characters, table cells, paragraphs."""
    return [MAX_TEXT_CHARS, MAX_CELLS, MAX_PARAGRAPHS]


class _Run:
    __slots__ = ("fonts", "hidden", "resolved", "style")

    def __init__(self) -> None:
        self.style: str | None = None
        self.fonts: dict[str, str] | None = None
        self.hidden: bool | None = None
        self.resolved: ResolvedRun | None = None


class _OpenParagraph:
    __slots__ = (
        "caption", "images", "level", "mark_deleted", "num_id", "outline", "run",
        "style_id", "text",
    )

    def __init__(self) -> None:
        # Made on the first text: most paragraphs of a long document are empty.
        self.text: ParagraphText | None = None
        self.images: list[tuple[str, str]] = []
        self.caption = ""
        self.run: _Run | None = None
        self.reset()

    def reset(self) -> None:
        """Forget the paragraph properties (a merged paragraph takes the next one's)."""
        self.style_id: str | None = None
        self.num_id: str | None = None
        self.level: int | None = None
        self.outline: int | None = None
        self.mark_deleted = False

    def writer(self, pool: list[LegacyParagraphs]) -> ParagraphText:
        """The collector of the paragraph's text (its decoder taken from ``pool``)."""
        if self.text is None:
            self.text = ParagraphText(pool.pop() if pool else LegacyParagraphs())
        return self.text


class _Container:
    __slots__ = ("carry", "items")

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.carry: _OpenParagraph | None = None  # a paragraph whose mark was deleted


class _OpenTable:
    __slots__ = ("cell", "deleted", "row", "table")

    def __init__(self) -> None:
        self.table = Table()
        self.row: list[Cell] | None = None
        self.deleted = False
        self.cell: Cell | None = None


class BodyReader:
    """Receives the XML events of one part (``docx_xml.feed``) and keeps its items.

    Attributes:
        items: the part's paragraphs and tables, in reading order.
        boxes: what the text boxes hold, in order, for after the body.
        notes: for a footnotes or endnotes part, each note's items by its id.
        encodings: legacy encodings met; guessed: paragraphs decoded by detection.
        skipped: what was met but not read, for the import notes (``altChunk``).
    """

    def __init__(
        self,
        styles: StyleSheet,
        numbering: Numbering,
        *,
        image: Callable[[str], str | None],
        note_mark: Callable[[str, str], str],
        budget: list[int] | None = None,
    ) -> None:
        self._styles = styles
        self._numbering = numbering
        self._image = image
        self._note_mark = note_mark
        # Characters, cells and paragraphs left, shared by every part of one document.
        self._budget = budget if budget is not None else new_budget()
        self.encodings: set[str] = set()
        self.guessed: Counter[str] = Counter()
        self.notes: dict[str, list[Item]] = {}
        self.skipped: Counter[str] = Counter()
        self._root = _Container()
        self.items = self._root.items
        self._containers = [self._root]
        self._paragraphs: list[_OpenParagraph] = []
        self._tables: list[_OpenTable] = []
        self._tags: list[str] = []  # the open elements this reading looks at
        self._names: dict[str, str | None] = {}  # tag → short name, None when ignored
        self._looks: dict[tuple[Any, ...], ResolvedRun] = {}
        self._decoders: list[LegacyParagraphs] = []  # finished ones, to be used again
        self._skip = 0
        self._collect: list[str] | None = None
        self._in_ppr = self._in_rpr = self._in_mark = False
        self._fields: list[bool] = []  # True while a field shows its instruction
        self._instructions = 0
        self._overflow_fields = 0
        self._alternates: list[bool] = []
        self._controls: list[bool] = []
        self._flat_tables = 0  # tables past MAX_TABLE_DEPTH, read as plain paragraphs
        self._boxes = 0
        self.boxes: list[Item] = []
        self._flat_boxes = 0
        self._note: str | None = None
        self._starts: dict[str, Callable[[Any, str], None]] = {
            "w:p": self._start_paragraph,
            "w:pPr": self._start_ppr,
            "w:pStyle": self._start_pstyle,
            "w:numId": self._start_num_id,
            "w:ilvl": self._start_ilvl,
            "w:outlineLvl": self._start_outline,
            "w:rPr": self._start_rpr,
            "w:rFonts": self._start_fonts,
            "w:rStyle": self._start_rstyle,
            "w:vanish": self._start_vanish,
            "w:r": self._start_run,
            "w:t": self._start_text,
            "m:t": self._start_text,
            "w:tab": self._start_tab,
            "w:br": self._start_break,
            "w:cr": self._start_break,
            "w:softHyphen": self._start_soft_hyphen,
            "w:noBreakHyphen": self._start_hyphen,
            "w:sym": self._start_symbol,
            "w:footnoteReference": self._start_note_reference,
            "w:endnoteReference": self._start_note_reference,
            "w:fldChar": self._start_field_char,
            "wp:docPr": self._start_doc_pr,
            "a:blip": self._start_blip,
            "v:imagedata": self._start_imagedata,
            "w:txbxContent": self._start_box,
            "w:tbl": self._start_table,
            "w:tr": self._start_row,
            "w:tc": self._start_cell,
            "w:gridSpan": self._start_grid_span,
            "w:vMerge": self._start_vmerge,
            "mc:AlternateContent": self._start_alternate,
            "mc:Choice": self._start_branch,
            "mc:Fallback": self._start_branch,
            "w:sdt": self._start_control,
            "w:showingPlcHdr": self._start_placeholder,
            "w:sdtContent": self._start_control_content,
            "w:footnote": self._start_note,
            "w:endnote": self._start_note,
            "w:altChunk": self._start_alt_chunk,
        }
        self._ends: dict[str, Callable[[], None]] = {
            "w:p": self._end_paragraph,
            "w:pPr": self._end_ppr,
            "w:rPr": self._end_rpr,
            "w:r": self._end_run,
            "w:t": self._end_text,
            "m:t": self._end_math_text,
            "w:txbxContent": self._end_box,
            "w:tbl": self._end_table,
            "w:tr": self._end_row,
            "w:tc": self._end_cell,
            "mc:AlternateContent": self._alternates_pop,
            "w:sdt": self._controls_pop,
            "w:footnote": self._end_note,
            "w:endnote": self._end_note,
        }

    # --- the parser's calls ------------------------------------------------------------

    def start(self, tag: str, attrib: Any) -> None:
        """An element begins."""
        if self._skip:
            self._skip += 1
            return
        name = self._names.get(tag, "")
        if name == "":
            name = self._learn(tag)
        if name is None:
            return  # formatting this reading does not need: the bulk of a document
        if name == "w:del":
            self._start_deleted()
            return
        if name in _SKIPPED:
            self._skip = 1
            return
        parent = self._tags[-1] if self._tags else ""
        self._tags.append(name)
        handler = self._starts.get(name)
        if handler is not None:
            handler(attrib, parent)

    def end(self, tag: str) -> None:
        """An element ends."""
        if self._skip:
            self._skip -= 1
            return
        name = self._names.get(tag, "")
        if name == "":
            name = self._learn(tag)
        if name is None:
            return
        name = self._tags.pop()
        handler = self._ends.get(name)
        if handler is not None:
            handler()

    def _learn(self, tag: str) -> str | None:
        name = key(tag)
        wanted = (
            name in self._starts or name in self._ends or name in _SKIPPED
            or name in _PARENTS or name == "w:del"
        )
        found = name if wanted else None
        if len(self._names) < 4096:  # hostile files may invent any number of names
            self._names[tag] = found
        return found

    def data(self, text: str) -> None:
        """Character data."""
        if self._collect is not None and not self._skip:
            self._collect.append(text)

    def finish(self) -> None:
        """After the part's last event: close what a damaged part left open."""
        while len(self._paragraphs) > 0:
            self._end_paragraph()
        for container in self._containers:
            self._flush_carry(container)

    def skip_current(self) -> None:
        """Skip the rest of the element just begun (a handler's decision)."""
        self._tags.pop()
        self._skip = 1

    # --- paragraphs ----------------------------------------------------------------------

    def _start_paragraph(self, _attrib: Any, _parent: str) -> None:
        container = self._containers[-1]
        if container.carry is not None:
            paragraph, container.carry = container.carry, None
            paragraph.reset()
        else:
            paragraph = _OpenParagraph()
        self._paragraphs.append(paragraph)

    def _end_paragraph(self) -> None:
        if not self._paragraphs:
            return
        paragraph = self._paragraphs.pop()
        paragraph.run = None
        container = self._containers[-1]
        if paragraph.mark_deleted:
            container.carry = paragraph
            return
        self._emit(paragraph, container)

    def _flush_carry(self, container: _Container) -> None:
        if container.carry is not None:
            paragraph, container.carry = container.carry, None
            self._emit(paragraph, container)

    def _emit(self, paragraph: _OpenParagraph, container: _Container) -> None:
        writer, paragraph.text = paragraph.text, None
        if writer is None and not paragraph.images:
            return
        text = ""
        if writer is not None:
            text = writer.finish()
            if "\u00ad" in text:
                text = text.replace("\u00ad", "")  # the soft hyphens left are real ones
            decoder = writer.decoder
            if decoder.encodings:
                self.encodings |= decoder.encodings
                self.guessed.update(decoder.guessed)
                decoder.encodings.clear()
                decoder.guessed.clear()
            self._decoders.append(decoder)
        style = self._styles.paragraph(paragraph.style_id)
        num_id = paragraph.num_id if paragraph.num_id is not None else style.num_id
        level = paragraph.level if paragraph.level is not None else (style.level or 0)
        list_format = self._numbering.format(num_id, level)
        outline = paragraph.outline if paragraph.outline is not None else style.outline
        if PAGE_BREAK in text or "\n" in text:
            kept = [piece for piece in map(_tidy, text.split(PAGE_BREAK)) if piece] or [""]
        else:
            kept = [text.strip(" ")]
        for index, piece in enumerate(kept):
            images = paragraph.images if index == len(kept) - 1 else []
            if piece or images:
                self._budget[2] -= 1
                if self._budget[2] < 0:
                    raise ReadError(
                        FailureKind.TOO_LARGE,
                        f"over {MAX_PARAGRAPHS:,} paragraphs, too many to read safely",
                    )
                container.items.append(
                    Paragraph(
                        text=piece,
                        style=style.name,
                        outline=outline,
                        list_format=None if list_format == "none" else list_format,
                        level=max(0, min(level, 8)),
                        images=images,
                    )
                )

    def _start_ppr(self, _attrib: Any, parent: str) -> None:
        self._in_ppr = parent == "w:p"

    def _end_ppr(self) -> None:
        self._in_ppr = False

    def _start_pstyle(self, attrib: Any, _parent: str) -> None:
        if self._in_ppr and self._paragraphs:
            self._paragraphs[-1].style_id = _val(attrib)

    def _start_num_id(self, attrib: Any, parent: str) -> None:
        if self._in_ppr and parent == "w:numPr" and self._paragraphs:
            self._paragraphs[-1].num_id = _val(attrib)

    def _start_ilvl(self, attrib: Any, parent: str) -> None:
        if self._in_ppr and parent == "w:numPr" and self._paragraphs:
            self._paragraphs[-1].level = _int(_val(attrib))

    def _start_outline(self, attrib: Any, _parent: str) -> None:
        if self._in_ppr and self._paragraphs:
            self._paragraphs[-1].outline = _int(_val(attrib))

    def _start_deleted(self) -> None:
        if self._in_mark and self._paragraphs:
            self._paragraphs[-1].mark_deleted = True
        elif self._tags and self._tags[-1] == "w:trPr" and self._tables:
            self._tables[-1].deleted = True
        self._skip = 1

    # --- runs ------------------------------------------------------------------------------

    def _start_run(self, _attrib: Any, _parent: str) -> None:
        if self._paragraphs:
            self._paragraphs[-1].run = _Run()

    def _end_run(self) -> None:
        if self._paragraphs:
            self._paragraphs[-1].run = None

    def _start_rpr(self, _attrib: Any, parent: str) -> None:
        self._in_rpr = parent == "w:r"
        self._in_mark = parent == "w:pPr"

    def _end_rpr(self) -> None:
        self._in_rpr = self._in_mark = False

    def _current_run(self) -> _Run | None:
        return self._paragraphs[-1].run if self._in_rpr and self._paragraphs else None

    def _start_fonts(self, attrib: Any, _parent: str) -> None:
        run = self._current_run()
        if run is not None:
            run.fonts = attributes(attrib)

    def _start_rstyle(self, attrib: Any, _parent: str) -> None:
        run = self._current_run()
        if run is not None:
            run.style = _val(attrib)

    def _start_vanish(self, attrib: Any, _parent: str) -> None:
        run = self._current_run()
        if run is not None:
            run.hidden = is_on(_val(attrib))

    def _visible_run(self) -> tuple[_OpenParagraph, ResolvedRun] | None:
        """The open paragraph and its run's look, when what the run holds is shown."""
        if not self._paragraphs or self._instructions:
            return None
        paragraph = self._paragraphs[-1]
        run = paragraph.run
        if run is None:
            return None
        if run.resolved is None:
            run.resolved = self._resolve(paragraph.style_id, run)
        if run.resolved.hidden:
            return None
        return paragraph, run.resolved

    def _resolve(self, paragraph_style: str | None, run: _Run) -> ResolvedRun:
        fonts = run.fonts
        font_key = None if fonts is None else tuple(fonts.get(name) for name in _FONT_KEYS)
        cache_key = (paragraph_style, run.style, font_key, run.hidden)
        found = self._looks.get(cache_key)
        if found is None:
            direct = run_properties(fonts, run.hidden, self._styles.theme)
            found = self._styles.run(paragraph_style, run.style, direct)
            if len(self._looks) < 100_000:
                self._looks[cache_key] = found
        return found

    def _add_text(self, text: str) -> None:
        found = self._visible_run()
        if found is not None and text:
            self._spend(len(text))
            paragraph, look = found
            paragraph.writer(self._decoders).text(text, look.ascii, look.hansi)

    def _add_unicode(self, text: str) -> None:
        found = self._visible_run()
        if found is not None:
            self._spend(len(text))
            found[0].writer(self._decoders).unicode(text)

    def _spend(self, chars: int) -> None:
        self._budget[0] -= chars
        if self._budget[0] < 0:
            raise ReadError(FailureKind.TOO_LARGE, "the document's text is longer than 20 MB")

    def _start_text(self, _attrib: Any, _parent: str) -> None:
        self._collect = []

    def _end_text(self) -> None:
        collected, self._collect = self._collect, None
        if collected:
            self._add_text("".join(collected))

    def _end_math_text(self) -> None:
        collected, self._collect = self._collect, None
        if collected and self._paragraphs and not self._instructions:
            text = "".join(collected)
            self._spend(len(text))
            self._paragraphs[-1].writer(self._decoders).unicode(text)

    def _start_tab(self, _attrib: Any, parent: str) -> None:
        if parent == "w:r":
            self._add_unicode("\t")

    def _start_break(self, attrib: Any, parent: str) -> None:
        if parent == "w:r":
            kind = attributes(attrib).get("w:type", "")
            self._add_unicode(PAGE_BREAK if kind in ("page", "column") else "\n")

    def _start_soft_hyphen(self, _attrib: Any, _parent: str) -> None:
        # Byte 0xAD: "ư" in a TCVN3 font, an invisible soft hyphen in any other.
        self._add_text("\u00ad")

    def _start_hyphen(self, _attrib: Any, _parent: str) -> None:
        self._add_text("-")

    def _start_symbol(self, attrib: Any, _parent: str) -> None:
        found = self._visible_run()
        if found is None:
            return
        values = attributes(attrib)
        font = values.get("w:font")
        try:
            code = int(values.get("w:char", ""), 16)
        except ValueError:
            return
        self._spend(1)
        if legacy_font(font).encoding is not None and (code < 0x100 or code >= 0xF000):
            found[0].writer(self._decoders).raw(bytes([code & 0xFF]), font)
        else:
            found[0].writer(self._decoders).unicode(symbol_char(font, code))

    def _start_note_reference(self, attrib: Any, parent: str) -> None:
        if parent != "w:r":
            return
        kind = "footnote" if self._tags[-1] == "w:footnoteReference" else "endnote"
        note_id = attributes(attrib).get("w:id")
        if note_id is not None:
            self._add_unicode(f"[{self._note_mark(kind, note_id)}]")

    # --- fields, alternatives, content controls ------------------------------------------

    def _start_field_char(self, attrib: Any, _parent: str) -> None:
        kind = attributes(attrib).get("w:fldCharType", "")
        if kind == "begin":
            if len(self._fields) >= MAX_FIELD_DEPTH:
                self._overflow_fields += 1
                return
            self._fields.append(True)
            self._instructions += 1
        elif kind == "separate":
            if self._fields and self._fields[-1] and not self._overflow_fields:
                self._fields[-1] = False
                self._instructions -= 1
        elif kind == "end":
            if self._overflow_fields:
                self._overflow_fields -= 1
            elif self._fields and self._fields.pop():
                self._instructions -= 1

    def _start_alternate(self, _attrib: Any, _parent: str) -> None:
        self._alternates.append(False)

    def _alternates_pop(self) -> None:
        if self._alternates:
            self._alternates.pop()

    def _start_branch(self, _attrib: Any, parent: str) -> None:
        if parent != "mc:AlternateContent" or not self._alternates:
            return
        if self._alternates[-1]:
            self.skip_current()  # one branch was read: the others are copies of it
        else:
            self._alternates[-1] = True

    def _start_control(self, _attrib: Any, _parent: str) -> None:
        self._controls.append(False)

    def _controls_pop(self) -> None:
        if self._controls:
            self._controls.pop()

    def _start_placeholder(self, attrib: Any, parent: str) -> None:
        if parent == "w:sdtPr" and self._controls:
            self._controls[-1] = is_on(_val(attrib))

    def _start_control_content(self, _attrib: Any, _parent: str) -> None:
        if self._controls and self._controls[-1]:
            self.skip_current()  # "Click or tap here to enter text.": nobody wrote it

    def _start_alt_chunk(self, _attrib: Any, _parent: str) -> None:
        self.skipped["altChunk"] += 1

    # --- pictures --------------------------------------------------------------------------

    def _start_doc_pr(self, attrib: Any, _parent: str) -> None:
        if self._paragraphs:
            values = attributes(attrib)
            self._paragraphs[-1].caption = values.get("descr") or values.get("title") or ""

    def _start_blip(self, attrib: Any, _parent: str) -> None:
        self._add_image(attributes(attrib).get("r:embed"))

    def _start_imagedata(self, attrib: Any, _parent: str) -> None:
        values = attributes(attrib)
        if self._paragraphs:
            self._paragraphs[-1].caption = values.get("o:title") or ""
        self._add_image(values.get("r:id"))

    def _add_image(self, rel_id: str | None) -> None:
        found = self._visible_run()
        if rel_id and found is not None:
            name = self._image(rel_id)
            if name is not None:
                paragraph = found[0]
                paragraph.images.append((name, paragraph.caption))

    # --- text boxes, tables, notes ---------------------------------------------------------

    def _start_box(self, _attrib: Any, _parent: str) -> None:
        if self._boxes >= MAX_BOX_DEPTH or self._flat_boxes:
            self._flat_boxes += 1
            return
        self._boxes += 1
        self._containers.append(_Container())

    def _end_box(self) -> None:
        if self._flat_boxes:
            self._flat_boxes -= 1
            return
        self._boxes -= 1
        box = self._containers.pop()
        self._flush_carry(box)
        if self._boxes:
            self._containers[-1].items.extend(box.items)  # a box in a box: in its order
        else:
            self.boxes.extend(box.items)

    def _start_table(self, _attrib: Any, _parent: str) -> None:
        self._flush_carry(self._containers[-1])
        if len(self._tables) >= MAX_TABLE_DEPTH:
            self._flat_tables += 1
            return
        self._tables.append(_OpenTable())

    def _end_table(self) -> None:
        if self._flat_tables:
            self._flat_tables -= 1
            return
        table = self._tables.pop().table
        if table.rows:
            self._containers[-1].items.append(table)

    def _start_row(self, _attrib: Any, _parent: str) -> None:
        if not self._flat_tables and self._tables:
            self._tables[-1].row = []
            self._tables[-1].deleted = False

    def _end_row(self) -> None:
        if self._flat_tables or not self._tables:
            return
        table = self._tables[-1]
        if table.row and not table.deleted:
            table.table.rows.append(table.row)
        table.row = None

    def _start_cell(self, _attrib: Any, _parent: str) -> None:
        if self._flat_tables or not self._tables:
            return
        self._budget[1] -= 1
        if self._budget[1] < 0:
            raise ReadError(
                FailureKind.TOO_LARGE, f"over {MAX_CELLS:,} table cells, too many to read safely"
            )
        self._tables[-1].cell = Cell()
        self._containers.append(_Container())

    def _start_grid_span(self, attrib: Any, parent: str) -> None:
        if parent == "w:tcPr" and self._tables and self._tables[-1].cell is not None:
            self._tables[-1].cell.span = max(1, min(_int(_val(attrib)) or 1, 64))

    def _start_vmerge(self, attrib: Any, parent: str) -> None:
        if parent == "w:tcPr" and self._tables and self._tables[-1].cell is not None:
            self._tables[-1].cell.merged = (_val(attrib) or "continue") != "restart"

    def _end_cell(self) -> None:
        if self._flat_tables or not self._tables:
            return
        table = self._tables[-1]
        container = self._containers.pop()
        self._flush_carry(container)
        cell = table.cell or Cell()
        cell.items = container.items
        table.cell = None
        if table.row is None:
            table.row = []
        table.row.append(cell)

    def _start_note(self, attrib: Any, _parent: str) -> None:
        values = attributes(attrib)
        if values.get("w:type") in _NOTE_SEPARATORS or "w:id" not in values:
            self.skip_current()
            return
        self._note = values["w:id"]
        self._containers.append(_Container())

    def _end_note(self) -> None:
        container = self._containers.pop()
        self._flush_carry(container)
        if self._note is not None:
            self.notes.setdefault(self._note, container.items)
        self._note = None


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n").strip(" ")


def _val(attrib: Any) -> str | None:
    for name, value in attrib.items():
        if name.endswith("}val"):
            return str(value)
    return None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
