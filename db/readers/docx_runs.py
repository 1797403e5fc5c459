"""The runs of a Word paragraph: their formatting, their text and what they hold.

A run's look (its two fonts, whether it is hidden) is resolved once per combination
of paragraph style, character style and direct formatting. What a run holds goes to
the paragraph being read as text in its fonts (``w:t``, ``w:softHyphen``: byte 0xAD,
"ư" in TCVN3), or as Unicode whatever the font (tabs, breaks, symbols, note marks);
pictures go with the paragraph. Nothing is added while a field shows its instruction
or when the run is hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from db.readers.docx_budget import Budget
from db.readers.docx_styles import ResolvedRun, StyleSheet, run_properties
from db.readers.docx_symbols import symbol_char
from db.readers.docx_text import PAGE_BREAK, OpenParagraph, OpenRun, ParagraphText
from db.readers.docx_visibility import Visibility
from db.readers.docx_xml import attributes, is_on, val
from db.readers.legacy_fonts import LegacyParagraphs, legacy_font

_FONT_KEYS = ("w:ascii", "w:hAnsi", "w:asciiTheme", "w:hAnsiTheme")


class RunReader:
    """Handles the elements of runs for ``BodyReader``, into its open paragraphs.

    Attributes:
        starts, ends: the handlers by element name, for the body reader's dispatch.
        decoders: finished paragraph decoders, to be used again.
    """

    def __init__(
        self,
        styles: StyleSheet,
        paragraphs: list[OpenParagraph],
        shown: Visibility,
        *,
        image: Callable[[str], str | None],
        note_mark: Callable[[str, str], str],
        budget: Budget,
    ) -> None:
        self._styles = styles
        self._paragraphs = paragraphs  # the body reader's, innermost last
        self._shown = shown
        self._image = image
        self._note_mark = note_mark
        self._budget = budget
        self._looks: dict[tuple[Any, ...], ResolvedRun] = {}
        self.decoders: list[LegacyParagraphs] = []
        self._collect: list[str] | None = None
        self._in_rpr = False
        self.starts: dict[str, Callable[[Any, str], None]] = {
            "w:r": self._start_run,
            "w:rFonts": self._start_fonts,
            "w:rStyle": self._start_rstyle,
            "w:vanish": self._start_vanish,
            "w:t": self._start_text,
            "m:t": self._start_text,
            "w:tab": self._start_tab,
            "w:br": self._start_break,
            "w:cr": self._start_break,
            "w:softHyphen": self._start_soft_hyphen,
            "w:noBreakHyphen": self._start_hyphen,
            "w:sym": self._start_symbol,
            "w:footnoteReference": self._start_footnote_reference,
            "w:endnoteReference": self._start_endnote_reference,
            "w:fldChar": self._start_field_char,
            "wp:docPr": self._start_doc_pr,
            "a:blip": self._start_blip,
            "v:imagedata": self._start_imagedata,
        }
        self.ends: dict[str, Callable[[], None]] = {
            "w:r": self._end_run,
            "w:t": self.end_text,
            "m:t": self._end_math_text,
        }

    def data(self, text: str) -> None:
        """Character data (kept inside ``w:t`` and ``m:t`` only)."""
        if self._collect is not None:
            self._collect.append(text)

    def start_rpr(self, parent: str) -> None:
        """``w:rPr`` begins under ``parent``."""
        self._in_rpr = parent == "w:r"

    def end_rpr(self) -> None:
        """``w:rPr`` ends."""
        self._in_rpr = False

    def _writer(self, paragraph: OpenParagraph) -> ParagraphText:
        return paragraph.writer(self.decoders)

    def _start_field_char(self, attrib: Any, _parent: str) -> None:
        self._shown.field_char(attributes(attrib).get("w:fldCharType", ""))

    def _start_run(self, _attrib: Any, _parent: str) -> None:
        if self._paragraphs:
            self._paragraphs[-1].run = OpenRun()

    def _end_run(self) -> None:
        if self._paragraphs:
            self._paragraphs[-1].run = None

    def _current_run(self) -> OpenRun | None:
        return self._paragraphs[-1].run if self._in_rpr and self._paragraphs else None

    def _start_fonts(self, attrib: Any, _parent: str) -> None:
        run = self._current_run()
        if run is not None:
            run.fonts = attributes(attrib)

    def _start_rstyle(self, attrib: Any, _parent: str) -> None:
        run = self._current_run()
        if run is not None:
            run.style = val(attrib)

    def _start_vanish(self, attrib: Any, _parent: str) -> None:
        run = self._current_run()
        if run is not None:
            run.hidden = is_on(val(attrib))

    def _visible_run(self) -> tuple[OpenParagraph, ResolvedRun] | None:
        """The open paragraph and its run's look, when what the run holds is shown."""
        if not self._paragraphs or self._shown.in_instruction:
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

    def _resolve(self, paragraph_style: str | None, run: OpenRun) -> ResolvedRun:
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
            self._budget.spend_chars(len(text))
            paragraph, look = found
            paragraph.writer(self.decoders).text(text, look.ascii, look.hansi)

    def _add_unicode(self, text: str) -> None:
        found = self._visible_run()
        if found is not None:
            self._budget.spend_chars(len(text))
            found[0].writer(self.decoders).unicode(text)


    def _start_text(self, _attrib: Any, _parent: str) -> None:
        self._collect = []

    def end_text(self) -> None:
        """``w:t`` ends (or the part does, in its middle): its text goes to the paragraph."""
        collected, self._collect = self._collect, None
        if collected:
            self._add_text("".join(collected))

    def _end_math_text(self) -> None:
        collected, self._collect = self._collect, None
        if collected and self._paragraphs and not self._shown.in_instruction:
            text = "".join(collected)
            self._budget.spend_chars(len(text))
            self._paragraphs[-1].writer(self.decoders).unicode(text)

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
        self._budget.spend_chars(1)
        if legacy_font(font).encoding is not None and (code < 0x100 or code >= 0xF000):
            found[0].writer(self.decoders).raw(bytes([code & 0xFF]), font)
        else:
            found[0].writer(self.decoders).unicode(symbol_char(font, code))

    def _start_footnote_reference(self, attrib: Any, parent: str) -> None:
        self._note_reference("footnote", attrib, parent)

    def _start_endnote_reference(self, attrib: Any, parent: str) -> None:
        self._note_reference("endnote", attrib, parent)

    def _note_reference(self, kind: str, attrib: Any, parent: str) -> None:
        note_id = attributes(attrib).get("w:id")
        if parent == "w:r" and note_id is not None:
            self._add_unicode(f"[{self._note_mark(kind, note_id)}]")

    # --- pictures ------------------------------------------------------------------

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

