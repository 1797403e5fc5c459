"""Footnote and endnote marks: numbers where Word would number them.

An automatically numbered note is a 0x02 mark (with ``fSpec``) in the main text and
the same mark at the start of the note's own text; the numbers are not stored. Marks
are numbered in order, footnotes 1, 2, 3 and endnotes i, ii, iii as Word does by
default, so that each reference and its note show the same number.
"""

from __future__ import annotations

from db.readers.word_binary.binary import DocFormatError, plc

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


def roman(number: int) -> str:
    """``number`` in lower-case Roman numerals."""
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def reference_positions(plcf: bytes) -> set[int]:
    """The CPs of the note references listed in a PlcffndRef or PlcfendRef."""
    if not plcf:
        return set()
    try:
        positions, _ = plc(plcf, element_size=2, what="note references")
    except DocFormatError:
        return set()
    return set(positions[:-1])


class NoteMarks:
    """Numbers note marks in the main text and in the note stories."""

    def __init__(self, footnote_refs: set[int], endnote_refs: set[int]) -> None:
        self._endnote_refs = endnote_refs
        self._footnote_refs = footnote_refs
        self._counts = {"footnotes": 0, "endnotes": 0, "main-footnotes": 0, "main-endnotes": 0}

    def mark(self, story: str, cp: int) -> str:
        """The text of the note mark at ``cp`` of ``story``: ``[1]`` or ``[i]``."""
        if story == "main":
            kind = "endnotes" if cp in self._endnote_refs else "footnotes"
            key = f"main-{kind}"
        elif story in ("footnotes", "endnotes"):
            kind = key = story
        else:
            return ""
        self._counts[key] += 1
        number = self._counts[key]
        return f"[{roman(number) if kind == 'endnotes' else number}]"
