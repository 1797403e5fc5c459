"""The style sheet (STSH): each style's base style and formatting, and the default font.

A paragraph's font usually comes from its style, and a style from the style it is based
on, so the fonts that say which legacy encoding a run is in are found here as often as
in the runs themselves ([MS-DOC] 2.9.271 STSH; Word 6 stores names as 8-bit strings).
"""

from __future__ import annotations

from dataclasses import dataclass

from db.readers.word_binary.binary import DocFormatError, u16
from db.readers.word_binary.properties import (
    CharProps,
    ParaProps,
    SprmList,
    SprmParser,
    apply_char,
    apply_para,
    parse_sprms,
)

# istd is a 12-bit number; more styles than that is a damaged file.
MAX_STYLES = 4096
NO_STYLE = 0x0FFF

# Built-in style identifiers (sti) that mean something for the article.
STI_HEADINGS = range(1, 10)
STI_TITLE = 62
STI_CAPTION = 34
STI_LISTS = frozenset({47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61})
STI_LIST_NUMBERS = frozenset({49, 51, 55, 56, 57, 58, 59})


@dataclass(frozen=True)
class Style:
    """One style: its built-in identifier, kind, base and formatting.

    Attributes:
        sti: built-in style identifier (1-9 the headings, 62 Title, 0x0FFE user styles).
        kind: 1 paragraph style, 2 character style (3 table, 4 numbering).
        base: the istd it is based on (``NO_STYLE`` for none).
        name: the style's name.
    """

    sti: int
    kind: int
    base: int
    name: str
    para_sprms: SprmList = ()
    char_sprms: SprmList = ()


class StyleSheet:
    """The styles and what they resolve to, computed once per style."""

    def __init__(self, styles: list[Style | None], default_font: int | None) -> None:
        self.styles = styles
        self.default_font = default_font
        self._chars: dict[int, CharProps] = {}
        self._paras: dict[int, ParaProps] = {}

    def get(self, istd: int) -> Style | None:
        """The style numbered ``istd``, or None."""
        return self.styles[istd] if 0 <= istd < len(self.styles) else None

    def char_props(self, istd: int) -> CharProps:
        """The character properties of style ``istd`` (its base chain applied first)."""
        cached = self._chars.get(istd)
        if cached is not None:
            return cached
        props = CharProps(font=self.default_font)
        for style in reversed(self._chain(istd)):
            props = apply_char(props, style.char_sprms)
        self._chars[istd] = props
        return props

    def apply_char_style(self, props: CharProps, istd: int) -> CharProps:
        """``props`` (a paragraph style's) with character style ``istd`` on top."""
        for style in reversed(self._chain(istd)):
            if style.kind == 2:
                props = apply_char(props, style.char_sprms)
        return props

    def para_props(self, istd: int) -> ParaProps:
        """The paragraph properties of style ``istd`` (its base chain applied first)."""
        cached = self._paras.get(istd)
        if cached is not None:
            return cached
        props = ParaProps()
        for style in reversed(self._chain(istd)):
            props = apply_para(props, style.para_sprms)
        props = ParaProps(style=istd, list_id=props.list_id, list_level=props.list_level,
                          outline=props.outline)
        self._paras[istd] = props
        return props

    def _chain(self, istd: int) -> list[Style]:
        # A style, its base, its base's base...; loops in a damaged file end the chain.
        chain: list[Style] = []
        seen: set[int] = set()
        while istd not in seen and len(chain) < 32:
            seen.add(istd)
            style = self.get(istd)
            if style is None:
                break
            chain.append(style)
            istd = style.base
        return chain


def read_styles(data: bytes, *, word6: bool, parser: SprmParser) -> StyleSheet:
    """Parse an STSH (empty or damaged sheets give a sheet with no styles)."""
    if len(data) < 4:
        return StyleSheet([], None)
    header_size = u16(data, 0)
    header = data[2 : 2 + header_size]
    if len(header) < 4:
        return StyleSheet([], None)
    count = min(u16(header, 0), MAX_STYLES)
    base_size = u16(header, 2)
    default_font = u16(header, 12) if len(header) >= 14 else None
    styles: list[Style | None] = []
    offset = 2 + header_size
    for _ in range(count):
        if offset + 2 > len(data):
            break
        size = u16(data, offset)
        offset += 2
        record = data[offset : offset + size]
        offset += size
        styles.append(_style(record, base_size, word6, parser) if size else None)
    return StyleSheet(styles, default_font)


def _style(record: bytes, base_size: int, word6: bool, parser: SprmParser) -> Style | None:
    try:
        return _parse_style(record, base_size, word6, parser)
    except DocFormatError:
        return None  # one broken style loses its formatting, not the document


def _parse_style(record: bytes, base_size: int, word6: bool, parser: SprmParser) -> Style:
    if len(record) < 8:
        raise DocFormatError("style too short")
    sti = u16(record, 0) & 0x0FFF
    kind_base = u16(record, 2)
    kind, base = kind_base & 0x000F, kind_base >> 4
    upx_count = u16(record, 4) & 0x000F
    at = base_size
    if word6:
        length = record[at] if at < len(record) else 0
        name = record[at + 1 : at + 1 + length].decode("cp1252", "replace")
        at += 1 + length + 1
    else:
        length = u16(record, at)
        name = record[at + 2 : at + 2 + 2 * length].decode("utf-16-le", "replace")
        at += 2 + 2 * length + 2
    upxs: list[bytes] = []
    for _ in range(upx_count):
        at += at & 1  # each UPX starts on an even offset
        if at + 2 > len(record):
            break
        size = u16(record, at)
        upxs.append(record[at + 2 : at + 2 + size])
        at += 2 + size
    para_sprms: SprmList = ()
    char_sprms: SprmList = ()
    if kind == 1 and upxs:
        # A paragraph style's first UPX is istd + paragraph grpprl, the second its chpx.
        para_sprms = parse_sprms(upxs[0][2:], parser)
        if len(upxs) > 1:
            char_sprms = parse_sprms(upxs[1], parser)
    elif kind == 2 and upxs:
        char_sprms = parse_sprms(upxs[0], parser)
    return Style(sti, kind, base, name, para_sprms, char_sprms)
