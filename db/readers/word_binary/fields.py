"""Fields: keep what the page shows (the result), drop the instructions.

A field is 0x13 (begin), its instruction, 0x14 (separator), its result, 0x15 (end),
all three marks with ``fSpec`` set ([MS-DOC] 2.8.25); fields nest, and a field without
a separator shows nothing. Text is shown only while every open field is in its result.
"""

from __future__ import annotations

FIELD_BEGIN = 0x13
FIELD_SEPARATOR = 0x14
FIELD_END = 0x15
FIELD_MARKS = frozenset({FIELD_BEGIN, FIELD_SEPARATOR, FIELD_END})

# Deeper nesting than this is a hostile file; the count still balances begins and ends.
_MAX_DEPTH = 10_000


class FieldState:
    """Where the reader is among nested fields."""

    def __init__(self) -> None:
        self._open: list[bool] = []  # per open field: True once in its result
        # How many open fields are in their instruction: text shows only at 0.
        self.in_instruction = 0
        self._overflow = 0

    def mark(self, char: int) -> None:
        """Take a field mark (one of ``FIELD_MARKS``)."""
        if char == FIELD_BEGIN:
            if len(self._open) >= _MAX_DEPTH:
                self._overflow += 1
                return
            self._open.append(False)
            self.in_instruction += 1
        elif char == FIELD_SEPARATOR:
            if self._open and not self._open[-1] and not self._overflow:
                self._open[-1] = True
                self.in_instruction -= 1
        elif char == FIELD_END:
            if self._overflow:
                self._overflow -= 1
            elif self._open and not self._open.pop():
                self.in_instruction -= 1
