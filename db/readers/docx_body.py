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
- fields show their result, hidden runs nothing (``docx_runs``, ``docx_visibility``);
- tables, nested or not, keep every cell; notes are read by this same class from their
  own parts.

Nothing here builds a tree: memory follows the text kept, which is bounded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from db.readers.docx_budget import Budget
from db.readers.docx_items import Item, Paragraph
from db.readers.docx_runs import RunReader
from db.readers.docx_styles import Numbering, StyleSheet
from db.readers.docx_tables import TableStack
from db.readers.docx_text import PAGE_BREAK, OpenParagraph
from db.readers.docx_visibility import Visibility
from db.readers.docx_xml import attributes, is_on, key, to_int, val

# Deeper text boxes are read as part of the one around them.
MAX_BOX_DEPTH = 8

# Elements whose whole content is not text of the document (or not of this reading).
_SKIPPED = frozenset(
    """
    w:moveFrom w:delText w:instrText w:delInstrText w:rPrChange w:pPrChange
    w:tblPrChange w:trPrChange w:tcPrChange w:sectPrChange w:tblGridChange
    w:numberingChange w:sectPr w:sdtEndPr w:fldData w:rt w:object w:tblPr w:tblGrid
    w:customXmlPr w:smartTagPr w:tabs w:comments m:ctrlPr
    """.split()
)
# Elements with no handler of their own that handlers ask about as a parent.
_PARENTS = frozenset({"w:tcPr", "w:trPr", "w:numPr", "w:sdtPr"})
_NOTE_SEPARATORS = frozenset({"separator", "continuationSeparator", "continuationNotice"})


class _Container:
    __slots__ = ("carry", "items")

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.carry: OpenParagraph | None = None  # a paragraph whose mark was deleted


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
        budget: Budget | None = None,
    ) -> None:
        self._styles = styles
        self._numbering = numbering
        self._image = image
        self._note_mark = note_mark
        # Characters, cells and paragraphs left, shared by every part of one document.
        self._budget = budget if budget is not None else Budget()
        self.encodings: set[str] = set()
        self.guessed: Counter[str] = Counter()
        self.notes: dict[str, list[Item]] = {}
        self.skipped: Counter[str] = Counter()
        self._root = _Container()
        self.items = self._root.items
        self._containers = [self._root]
        self._paragraphs: list[OpenParagraph] = []
        self._tables = TableStack()
        self._cells: list[bool] = []  # whether each open w:tc has a container of its own
        self._tags: list[str] = []  # the open elements this reading looks at
        self._names: dict[str, str | None] = {}  # tag → short name, None when ignored
        self._skip = 0
        self._in_ppr = self._in_mark = False
        self._shown = Visibility()
        self._runs = RunReader(
            styles, self._paragraphs, self._shown, image=image, note_mark=note_mark,
            budget=self._budget,
        )
        self.data = self._runs.data  # the hottest call: straight to where text is kept
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
            **self._runs.starts,
        }
        self._ends: dict[str, Callable[[], None]] = {
            "w:p": self._end_paragraph,
            "w:pPr": self._end_ppr,
            "w:rPr": self._end_rpr,
            "w:txbxContent": self._end_box,
            "w:tbl": self._end_table,
            "w:tr": self._end_row,
            "w:tc": self._end_cell,
            "mc:AlternateContent": self._end_alternate,
            "w:sdt": self._end_control,
            "w:footnote": self._end_note,
            "w:endnote": self._end_note,
            **self._runs.ends,
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

    def finish(self) -> None:
        """After the part's last event: keep what a damaged part left open, flattened."""
        self._runs.end_text()
        while self._paragraphs:
            self._end_paragraph()
        while len(self._containers) > 1:
            inner = self._containers.pop()
            self._flush_carry(inner)
            self._containers[-1].items.extend(inner.items)
        self._flush_carry(self._root)
        self._root.items.extend(self._tables.abandon())

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
            paragraph = OpenParagraph()
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

    def _emit(self, paragraph: OpenParagraph, container: _Container) -> None:
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
            self._runs.decoders.append(decoder)
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
                self._budget.spend_paragraph()
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
            self._paragraphs[-1].style_id = val(attrib)

    def _start_num_id(self, attrib: Any, parent: str) -> None:
        if self._in_ppr and parent == "w:numPr" and self._paragraphs:
            self._paragraphs[-1].num_id = val(attrib)

    def _start_ilvl(self, attrib: Any, parent: str) -> None:
        if self._in_ppr and parent == "w:numPr" and self._paragraphs:
            self._paragraphs[-1].level = to_int(val(attrib))

    def _start_outline(self, attrib: Any, _parent: str) -> None:
        if self._in_ppr and self._paragraphs:
            self._paragraphs[-1].outline = to_int(val(attrib))

    def _start_rpr(self, _attrib: Any, parent: str) -> None:
        self._in_mark = parent == "w:pPr"
        self._runs.start_rpr(parent)

    def _end_rpr(self) -> None:
        self._in_mark = False
        self._runs.end_rpr()

    def _start_deleted(self) -> None:
        if self._in_mark and self._paragraphs:
            self._paragraphs[-1].mark_deleted = True
        elif self._tags and self._tags[-1] == "w:trPr":
            self._tables.delete_row()
        self._skip = 1

    # --- fields, alternatives, content controls ------------------------------------------

    def _start_alternate(self, _attrib: Any, _parent: str) -> None:
        self._shown.start_alternate()

    def _end_alternate(self) -> None:
        self._shown.end_alternate()

    def _start_branch(self, _attrib: Any, parent: str) -> None:
        if parent == "mc:AlternateContent" and not self._shown.read_branch():
            self.skip_current()  # one branch was read: the others are copies of it

    def _start_control(self, _attrib: Any, _parent: str) -> None:
        self._shown.start_control()

    def _end_control(self) -> None:
        self._shown.end_control()

    def _start_placeholder(self, attrib: Any, parent: str) -> None:
        if parent == "w:sdtPr":
            self._shown.placeholder(is_on(val(attrib)))

    def _start_control_content(self, _attrib: Any, _parent: str) -> None:
        if not self._shown.read_control_content():
            self.skip_current()  # "Click or tap here to enter text.": nobody wrote it

    def _start_alt_chunk(self, _attrib: Any, _parent: str) -> None:
        self.skipped["altChunk"] += 1

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
        self._tables.start_table()

    def _end_table(self) -> None:
        table = self._tables.end_table()
        if table is not None:
            self._containers[-1].items.append(table)

    def _start_row(self, _attrib: Any, _parent: str) -> None:
        self._tables.start_row()

    def _end_row(self) -> None:
        self._tables.end_row()

    def _start_cell(self, _attrib: Any, _parent: str) -> None:
        own = self._tables.start_cell()
        self._cells.append(own)
        if not own:
            return
        self._budget.spend_cell()
        self._containers.append(_Container())

    def _start_grid_span(self, attrib: Any, parent: str) -> None:
        if parent == "w:tcPr":
            self._tables.span(to_int(val(attrib)) or 1)

    def _start_vmerge(self, attrib: Any, parent: str) -> None:
        if parent == "w:tcPr":
            self._tables.merge(val(attrib))

    def _end_cell(self) -> None:
        if not (self._cells and self._cells.pop()):
            return
        container = self._containers.pop()
        self._flush_carry(container)
        self._tables.end_cell(container.items)

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
