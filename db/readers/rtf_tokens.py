"""The tokens of RTF, as regular expressions that never backtrack.

One ``TOKEN`` match gives the next token: text, a run of control words the parser does
not act on (formatting, layout: passed over as one token), a control word it reads, a
run of ``\\'hh`` bytes, a run of braces, a control symbol. ``SKIP_RUN`` passes over the
inside of a group that holds no text in one match, nested groups included up to three
levels. Every repetition is possessive: Python's engine would otherwise keep a
backtracking record per repetition, megabytes for one long run of hex bytes.
"""

from __future__ import annotations

import re

from db.readers.rtf_pictures import PICTURE_WORDS
from db.readers.rtf_state import (
    DESTINATION_WORDS,
    DESTINATIONS,
    DOCUMENT_CODE_PAGES,
    PARAGRAPH_ENDS,
    SKIPPED,
    SPECIAL,
    STORY_WORDS,
)

# Control words the parser acts on; runs of all the others are passed over as one token.
READ_WORDS = (
    set(SKIPPED) | DESTINATIONS | PARAGRAPH_ENDS | set(SPECIAL) | set(DESTINATION_WORDS)
    | set(STORY_WORDS) | PICTURE_WORDS | set(DOCUMENT_CODE_PAGES)
    | set(
        b"cell nestcell row nestrow chftn u f plain pard intbl v deleted itap s uc ansicpg "
        b"deff pict sp ud result bin title creatim yr mo dy fcharset cpg cs ds ts fldinst "
        b"shpinst".split()
    )
)
_UNREAD_WORDS = (
    rb"(?:\\(?!(?:"
    + b"|".join(re.escape(word) for word in sorted(READ_WORDS, key=lambda w: (-len(w), w)))
    + rb")(?![a-zA-Z]))[a-zA-Z]+(?:-?\d+)? ?)++"
)
TOKEN = re.compile(
    rb"([^\\{}\r\n]{1,65536})"  # 1: text (in pieces: no token copies a whole file)
    rb"|(" + _UNREAD_WORDS + rb")"  # 2: control words that are not read
    rb"|\\([a-zA-Z]+)(-?\d+)? ?"  # 3, 4: a control word that is read, and its parameter
    rb"|((?:\\'[0-9a-fA-F]{2}){1,16384}+)"  # 5: 8-bit bytes
    rb"|(\{+)"  # 6: groups opening
    rb"|(\}+)"  # 7: groups closing
    rb"|\\([^a-zA-Z'])"  # 8: a control symbol (\<newline> is a paragraph end)
    rb"|[\r\n]+"  # line ends in the file mean nothing
    rb"|\\'?"  # a lone backslash, or \' without two hex digits
)
# What a group that holds no text may hold, up to its next brace or \binN; and that
# with groups nested up to three deep, matched at once without backtracking.
_ATOM = rb"[^\\{}]++|\\(?!bin-?\d)[\s\S]?"
_NESTED = rb"(?:" + _ATOM + rb")*+"
for _ in range(3):
    _NESTED = rb"(?:" + _ATOM + rb"|\{" + _NESTED + rb"\})*+"
SKIP_RUN = re.compile(_NESTED)
# Word 97 writes ≤, ≥, arrows and bullets as SYMBOL fields with an empty result.
SYMBOL_FIELD = re.compile(rb'[\s{]*SYMBOL\s+(\d{1,6})(?:[^"}]*?\\\\f\s*"([^"]{1,64})")?')
BIN = re.compile(rb"\\bin(-?\d+) ?")
SHAPE_NAME = re.compile(rb"\s*\{\\sn\s+([A-Za-z]+)\s*\}")
MAX_WORD = 32  # longer control words are not RTF's: passed over
