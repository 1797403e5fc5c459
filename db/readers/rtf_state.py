"""What an RTF group carries: its destination, story, font and paragraph properties.

RTF scopes character and paragraph properties by group: ``{\\f1 …}`` changes the font
until the group closes. The parser keeps one ``GroupState`` per open group (up to a
fixed depth) and restores the parent's when a group closes.
"""

from __future__ import annotations

from db.readers.rtf_document import Story
from db.readers.rtf_fonts import FontEntry
from db.readers.rtf_pictures import Picture

# Where the text of a group goes.
BODY = 0  # the current story
NO_TEXT = 1  # nowhere, but the group holds parts that matter (shapes, table rows)
UPR = 2  # \upr: an ANSI text whose Unicode twin follows in \ud
FONTTBL = 3
FONT_ENTRY = 4
STYLESHEET = 5
STYLE_ENTRY = 6
INFO = 7
INFO_ITEM = 8
INFO_TITLE = 9
CREATED = 10
PICT = 11
ENTRY_DESTS = frozenset({FONTTBL, FONT_ENTRY, STYLESHEET, STYLE_ENTRY})
# Groups opened inside these hold nothing that is read.
LEAF_DESTS = frozenset({FONT_ENTRY, STYLE_ENTRY, INFO_TITLE, CREATED, PICT})
CHILD_DEST = {FONTTBL: FONT_ENTRY, STYLESHEET: STYLE_ENTRY, INFO: INFO_ITEM}

# Destinations that hold no text of the document: skipped whole.
SKIPPED = frozenset(
    b"""
    colortbl header headerl headerr headerf footer footerl footerr footerf
    xe tc tcn txe rxe bkmkstart bkmkend annotation atnid atnauthor atndate atnicn atnref
    atntime atrfstart atrfend private themedata colorschememapping latentstyles datastore
    xmlnstbl listtable listoverridetable rsidtbl generator filetbl revtbl userprops docvar
    template nonshppict shprslt objdata objclass objname objalias objsect objtime
    pntxta pntxtb pnseclvl pn ftnsep ftnsepc ftncn aftnsep aftnsepc aftncn nonesttables
    mmathPr passwordhash protusertbl pgdsctbl comment panose falt fname fontemb fontfile
    keycode bookmark picprop blipuid wgrffmtfilter pgptbl ftnlytwnine mailmerge sn
    """.split()
)
# Words that may follow \* and are read: every other \*-group is skipped whole.
DESTINATIONS = frozenset(
    b"shpinst shppict ud nesttableprops footnote shptxt listtext pntext fldrslt field "
    b"pict do dptxbxtext result".split()
)
SPECIAL = {
    b"tab": "\t",
    b"line": "\n",
    b"emdash": "\u2014",
    b"endash": "\u2013",
    b"emspace": "\u2003",
    b"enspace": "\u2002",
    b"qmspace": "\u2005",
    b"bullet": "\u2022",
    b"lquote": "\u2018",
    b"rquote": "\u2019",
    b"ldblquote": "\u201c",
    b"rdblquote": "\u201d",
    b"zwj": "\u200d",
    b"zwnj": "\u200c",
}
PARAGRAPH_ENDS = frozenset({b"par", b"sect", b"page"})
DOCUMENT_CODE_PAGES = {b"ansi": "cp1252", b"mac": "mac_roman", b"pc": "cp437", b"pca": "cp850"}
# Words that only switch a group to another destination.
DESTINATION_WORDS = {
    b"fonttbl": FONTTBL,
    b"stylesheet": STYLESHEET,
    b"info": INFO,
    b"upr": UPR,
    **dict.fromkeys((b"shp", b"sv", b"do", b"object", b"nesttableprops"), NO_TEXT),
}
# Words that start a story of their own.
STORY_WORDS = {
    b"shptxt": "box",
    b"dptxbxtext": "box",
    b"footnote": "footnote",
    b"listtext": "marker",
    b"pntext": "marker",
}


def parameter(param: bytes | None) -> int:
    """The integer parameter of a control word (0 when it has none)."""
    if not param:
        return 0
    if len(param) > 11:  # RTF's parameters are 16- or 32-bit: clamp absurd ones
        return -(2**31) if param.startswith(b"-") else 2**31
    return int(param)


class GroupState:
    """The properties a group carries and restores when it closes."""

    __slots__ = (
        "font", "uc", "dest", "story", "hidden", "deleted", "intbl", "itap", "style",
        "picture", "entry", "has_symbol",
    )

    def __init__(self, story: Story) -> None:
        self.font: int | None = None  # None: the document's default font
        self.uc = 1  # fallback characters after each \uN
        self.dest = BODY
        self.story = story
        self.hidden = False  # \v
        self.deleted = False  # \deleted (a tracked deletion)
        self.intbl = False
        self.itap = 0
        self.style = 0
        self.picture: Picture | None = None
        self.entry: FontEntry | None = None  # the font or style being named
        self.has_symbol = False  # a SYMBOL field whose character was read: no result

    def copy(self) -> GroupState:
        """The state a nested group starts with."""
        other = GroupState.__new__(GroupState)
        other.font, other.uc, other.dest, other.story = self.font, self.uc, self.dest, self.story
        other.hidden, other.deleted, other.intbl = self.hidden, self.deleted, self.intbl
        other.itap, other.style, other.picture = self.itap, self.style, self.picture
        other.entry, other.has_symbol = self.entry, self.has_symbol
        return other

    def format_word(self, word: bytes, param: bytes | None) -> bool:
        """Apply a character or paragraph formatting word; False when ``word`` is none."""
        number = parameter(param)
        if word == b"f":
            if param is not None:
                self.font = number
        elif word == b"plain":
            self.font = None
            self.hidden = self.deleted = False
        elif word == b"pard":
            self.intbl = False
            self.itap = self.style = 0
        elif word in (b"intbl", b"v", b"deleted"):
            value = param is None or number != 0
            if word == b"intbl":
                self.intbl = value
            elif word == b"v":
                self.hidden = value
            else:
                self.deleted = value
        elif word == b"itap":
            self.itap = max(0, number)
        elif word == b"s":
            self.style = max(0, number)
        elif word == b"uc":
            self.uc = max(0, number)
        else:
            return False
        return True

    @property
    def level(self) -> int:
        """The table nesting level of the current paragraph (0: not in a table)."""
        return self.itap if self.itap > 0 else int(self.intbl)
