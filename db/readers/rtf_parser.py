"""The RTF token loop: groups, destinations, fonts and text, in one bounded pass.

Work is linear in the file: a group that holds no text (a header, a shape's
properties, a field instruction, a metafile) is passed over by one regular expression
without looking at its words; ``\\binN`` data is jumped over; nesting deeper than
``MAX_DEPTH`` is flattened into the deepest group kept, so a million unclosed groups
cost a counter, not a million states.
"""

from __future__ import annotations

from db.readers.errors import FailureKind, ReadError, reason
from db.readers.rtf_document import (
    PLAIN,
    DocumentBuilder,
    DocumentInfo,
    RtfDocument,
    StyleKind,
)
from db.readers.rtf_fonts import (
    LEGACY,
    FontTable,
    codec_of_code_page,
    symbol_field_text,
)
from db.readers.rtf_pictures import PICTURE_WORDS, Picture
from db.readers.rtf_state import (
    BODY,
    CHILD_DEST,
    CREATED,
    DESTINATION_WORDS,
    DESTINATIONS,
    DOCUMENT_CODE_PAGES,
    ENTRY_DESTS,
    FONT_ENTRY,
    FONTTBL,
    INFO_ITEM,
    INFO_TITLE,
    LEAF_DESTS,
    NO_TEXT,
    PARAGRAPH_ENDS,
    PICT,
    SKIPPED,
    SPECIAL,
    STORY_WORDS,
    STYLESHEET,
    UPR,
    GroupState,
    parameter,
)
from db.readers.rtf_tokens import (
    BIN,
    MAX_WORD,
    SHAPE_NAME,
    SKIP_RUN,
    SYMBOL_FIELD,
    TOKEN,
)

MAX_DEPTH = 512



class RtfParser:
    """Reads one RTF file (``run()`` once) into an ``RtfDocument``."""

    def __init__(self, data: bytes, override: str | None, max_text: int) -> None:
        self.data = data
        self._text_left = max_text  # bytes of text still to read before giving up
        self.limit_mb = max_text // 2**20
        self.builder = DocumentBuilder(override)
        self.fonts = FontTable()
        self._style_kinds: dict[int, StyleKind] = {}
        self.info = DocumentInfo(override)
        self.state = GroupState(self.builder.body)
        self.stack: list[GroupState] = []
        self.overflow = 0  # groups opened past MAX_DEPTH, flattened into the deepest
        self.started = False
        self.fallback = 0  # characters still to skip after a \uN
        self.ignorable = False  # the group began with \*

    def run(self) -> RtfDocument:
        """Read the whole file."""
        data = self.data
        end = len(data)
        match = TOKEN.match
        pos = max(0, data.find(b"{"))  # a byte-order mark or blank lines may come first
        while pos < end:
            token = match(data, pos)
            assert token is not None  # the last alternatives match any byte
            pos = token.end()
            kind = token.lastindex
            if kind == 1:
                self._text(token.group(1))
            elif kind == 2:
                if self.ignorable:  # {\*\unknown …}: a destination not read
                    pos = self._skip_rest(pos)
            elif kind in (3, 4):
                pos = self._word(token.group(3), token.group(4), pos)
            elif kind == 5:
                self._hex(token.group(5))
            elif kind == 6:
                pos = self._open_groups(token.start(), pos)
            elif kind == 7:
                self._close_groups(pos - token.start())
            elif kind == 8:
                self._symbol(token.group(8))
        return self.builder.finish(self.info.hints())

    # --- groups ----------------------------------------------------------------------

    def _open_groups(self, start: int, end: int) -> int:
        """A run of ``{`` from ``start`` to ``end``; returns where reading goes on."""
        self.fallback = 0
        self.ignorable = False
        for after in range(start + 1, end + 1):
            if self.overflow or len(self.stack) >= MAX_DEPTH:
                if self.state.dest not in LEAF_DESTS:
                    self.overflow += end + 1 - after  # flattened: a counter, no states
                    return end
            pos = self._open_group(after)
            if pos != after:  # a group passed over whole, with the rest of the run
                return pos
        return end

    def _open_group(self, pos: int) -> int:
        if not self.started:
            self.started = True
            return pos
        state = self.state
        if state.dest in LEAF_DESTS:
            return self._skip_group(pos)
        if len(self.stack) >= MAX_DEPTH:
            self.overflow += 1
            return pos
        self.stack.append(state)
        child = self.state = state.copy()
        child.dest = CHILD_DEST.get(state.dest, state.dest)
        if child.dest == FONT_ENTRY:
            child.entry = None
        return pos

    def _close_groups(self, count: int) -> None:
        self.fallback = 0
        self.ignorable = False
        flattened = min(count, self.overflow)
        self.overflow -= flattened
        for _ in range(count - flattened):
            if not self.stack:
                # Closing braces too many: LibreOffice writes one after some pictures in
                # text boxes and goes on with the document, so reading goes on too.
                return
            self._close_group()

    def _close_group(self) -> None:
        self.fallback = 0
        self.ignorable = False
        if self.overflow:
            self.overflow -= 1
            return
        if not self.stack:
            return
        old = self.state
        state = self.state = self.stack.pop()
        if old.story is not state.story:
            marker = self.builder.end_story(old.story)
            if old.story.sink is None:
                state.story.marker = marker
        if old.picture is not None and old.picture is not state.picture:
            self.builder.add_picture(old.picture, state.story)
        if old.entry is not None and old.entry is not state.entry:
            old.entry.complete = True
        if old.dest != state.dest and old.dest in (FONTTBL, STYLESHEET):
            self.fonts.changed()
            self._style_kinds.clear()

    def _skip_group(self, pos: int) -> int:
        """Pass over the rest of the group whose content goes on at ``pos``."""
        data = self.data
        end = len(data)
        depth = 1
        while pos < end:
            pos = SKIP_RUN.match(data, pos).end()  # type: ignore[union-attr]
            if pos >= end:
                break
            byte = data[pos]
            if byte == 0x7B:
                depth += 1
                pos += 1
            elif byte == 0x7D:
                depth -= 1
                pos += 1
                if depth == 0:
                    break
            else:  # \binN: N bytes of anything
                token = BIN.match(data, pos)
                assert token is not None
                pos = min(end, token.end() + max(0, parameter(token.group(1))))
        return pos

    def _skip_rest(self, pos: int) -> int:
        """Pass over the rest of the current group and close it."""
        pos = self._skip_group(pos)
        self._close_group()
        return pos

    # --- text --------------------------------------------------------------------------

    def _text(self, text: bytes) -> None:
        self.ignorable = False
        if self.fallback:
            skipped = min(self.fallback, len(text))
            text = text[skipped:]
            self.fallback -= skipped
            if not text:
                return
        state = self.state
        dest = state.dest
        if dest == BODY:
            if not (state.hidden or state.deleted):
                self._count(len(text))
                state.story.runs.add_bytes(text, self.fonts.reading(state.font))
        elif dest == PICT:
            assert state.picture is not None
            state.picture.add_hex(text)
        elif dest in ENTRY_DESTS:
            fonts = dest in (FONTTBL, FONT_ENTRY)
            state.entry = self.fonts.entry_text(text, state.entry, fonts=fonts)
        elif dest == INFO_TITLE:
            self.info.add_title(text)

    def _hex(self, run: bytes) -> None:
        raw = bytes.fromhex(run.replace(b"\\'", b"").decode("ascii"))
        if self.fallback:  # each \'hh is one fallback character of a \uN
            skipped = min(self.fallback, len(raw))
            raw = raw[skipped:]
            self.fallback -= skipped
            self.ignorable = False
            if not raw:
                return
        self._text(raw)

    def _symbol(self, symbol: bytes) -> None:
        if symbol == b"*":
            self.ignorable = True
            return
        if symbol in b"\\{}":
            self._text(symbol)
            return
        self.ignorable = False
        state = self.state
        if state.dest != BODY:
            return
        if symbol in b"\r\n":  # TextEdit (Cocoa) ends its paragraphs with \<newline>
            self._end_paragraph(state)
            return
        if self.fallback:
            self.fallback -= 1
            return
        if state.hidden or state.deleted:
            return
        runs = state.story.runs
        reading = self.fonts.reading(state.font)
        if symbol == b"-":
            runs.add_soft_hyphen(reading)
        elif symbol == b"~":
            runs.add_unicode("\u00a0")
        elif symbol == b"_":  # a non-breaking hyphen
            if reading.kind == LEGACY:
                runs.add_bytes(b"-", reading)
            else:
                runs.add_unicode("\u2011")

    def _unicode(self, value: int, state: GroupState) -> None:
        self.fallback = state.uc
        if not (state.hidden or state.deleted):
            self._count(1)
            state.story.runs.add_code_unit(value, self.fonts.reading(state.font))

    def _count(self, size: int) -> None:
        # A text past the import's limit is refused now, before it is decoded, escaped
        # and copied a few times over (an 80 MB file of one paragraph took 600 MB).
        self._text_left -= size
        if self._text_left < 0:
            raise ReadError(
                FailureKind.TOO_LARGE, reason("file.text-too-large", limit=self.limit_mb)
            )

    # --- control words -----------------------------------------------------------------

    def _word(self, word: bytes, param: bytes | None, pos: int) -> int:
        ignorable, self.ignorable = self.ignorable, False
        if word == b"bin":
            return self._binary(param, pos)
        if word == b"fldinst":
            return self._field_instruction(pos)
        if word == b"fldrslt" and self.state.has_symbol:
            return self._skip_rest(pos)
        if word in SKIPPED or (ignorable and word not in DESTINATIONS):
            return self._skip_rest(pos)
        if len(word) > MAX_WORD:
            return pos
        state = self.state
        dest = state.dest
        if dest == BODY:
            if self._body_word(word, param, state):
                return pos
        elif dest in ENTRY_DESTS:
            fonts = dest in (FONTTBL, FONT_ENTRY)
            number = None if param is None else parameter(param)
            state.entry = self.fonts.entry_word(word, number, state.entry, fonts=fonts)
            return pos
        elif dest == INFO_ITEM:
            if word not in (b"title", b"creatim"):
                return self._skip_rest(pos)
            state.dest = INFO_TITLE if word == b"title" else CREATED
            return pos
        elif dest == CREATED:
            self.info.set_created(word, parameter(param))
            return pos
        elif dest == PICT:
            if word in PICTURE_WORDS:
                assert state.picture is not None
                state.picture.set_kind(word)
            return pos
        return self._property_word(word, param, state, pos)

    def _body_word(self, word: bytes, param: bytes | None, state: GroupState) -> bool:
        """Words that only mean something in text; True when ``word`` was one."""
        if word == b"u":
            if param is not None:
                self._unicode(parameter(param), state)
            return True
        story = state.story
        if word in PARAGRAPH_ENDS:
            self._end_paragraph(state)
        elif word in SPECIAL:
            if not (state.hidden or state.deleted):
                story.runs.add_unicode(SPECIAL[word])
        elif word == b"cell":
            story.end_paragraph(level=max(1, state.level), style=PLAIN, cell=True)
        elif word == b"nestcell":
            story.end_paragraph(level=max(2, state.itap), style=PLAIN, cell=True)
        elif word == b"row":
            story.end_row(1)
        elif word == b"chftn":
            if not (state.hidden or state.deleted):
                number = story.note_number or self.builder.footnote_count + 1
                story.runs.add_unicode(f"[{number}]")
        else:
            return False
        return True

    def _property_word(
        self, word: bytes, param: bytes | None, state: GroupState, pos: int
    ) -> int:
        if state.format_word(word, param):
            return pos
        if word in DESTINATION_WORDS:
            state.dest = DESTINATION_WORDS[word]
        elif word in STORY_WORDS:
            self._start_story(STORY_WORDS[word], state)
        elif word == b"pict":
            state.dest = PICT
            state.picture = Picture()
        elif word == b"shpinst":
            # Most shapes are lines and frames: dozens of properties, no text, no picture.
            end = self._skip_group(pos)
            data = self.data
            if data.find(b"\\shptxt", pos, end) < 0 and data.find(b"pib", pos, end) < 0:
                self._close_group()
                return end
            state.dest = NO_TEXT
        elif word == b"sp":
            # A shape's property: only its picture ("pib") is read.
            name = SHAPE_NAME.match(self.data, pos)
            if name is None or name.group(1) != b"pib":
                return self._skip_rest(pos)
            state.dest = NO_TEXT
        elif (word == b"ud" and state.dest == UPR) or (word == b"result" and state.dest == NO_TEXT):
            state.dest = BODY  # the Unicode twin of \upr's text, an object's result
        elif word == b"nestrow" and state.dest == NO_TEXT:  # in {\*\nesttableprops …}
            state.story.end_row(max(2, state.itap))
        else:
            self._document_word(word, param)
        return pos

    def _document_word(self, word: bytes, param: bytes | None) -> None:
        codec = None
        if word == b"ansicpg" and param is not None:
            codec = codec_of_code_page(parameter(param))
        elif word in DOCUMENT_CODE_PAGES:
            codec = DOCUMENT_CODE_PAGES[word]
        elif word == b"deff" and param is not None:
            self.fonts.set_default_font(parameter(param))
        if codec is not None:
            self.fonts.set_code_page(codec)

    def _start_story(self, kind: str, state: GroupState) -> None:
        builder = self.builder
        if kind == "footnote":
            state.story = builder.footnote()
        elif kind == "box":
            state.story = builder.text_box()
        else:
            state.story = builder.list_marker()
        state.dest = BODY
        state.intbl = False
        state.itap = 0

    def _field_instruction(self, pos: int) -> int:
        """``{\\*\\fldinst …}``: left out, except the character of a SYMBOL field."""
        end = self._skip_group(pos)
        symbol = SYMBOL_FIELD.match(self.data, pos, min(end, pos + 300))
        self._close_group()
        state = self.state
        if symbol is not None and state.dest == BODY and not (state.hidden or state.deleted):
            font = symbol.group(2).decode("latin-1") if symbol.group(2) else None
            text = symbol_field_text(parameter(symbol.group(1)), font)
            if text:
                state.story.runs.add_unicode(text)
                state.has_symbol = True
        return end

    def _binary(self, param: bytes | None, pos: int) -> int:
        end = min(len(self.data), pos + max(0, parameter(param)))
        state = self.state
        if state.dest == PICT and state.picture is not None:
            state.picture.add_binary(self.data[pos:end])
        return end

    def _end_paragraph(self, state: GroupState) -> None:
        state.story.end_paragraph(level=state.level, style=self._style_kind(state.style))

    def _style_kind(self, number: int) -> StyleKind:
        kind = self._style_kinds.get(number)
        if kind is None:
            kind = self._style_kinds[number] = StyleKind.of(self.fonts.style_name(number))
        return kind
