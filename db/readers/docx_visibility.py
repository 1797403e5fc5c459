"""What of a Word body is shown: fields' results, one branch of an alternative, filled
content controls.

- A field is ``begin``, its instruction, ``separate``, its result, ``end``; fields nest
  (an IF around a DATE) and may span paragraphs. Word shows the result only.
- ``mc:AlternateContent`` offers the same content for newer and older readers: the
  first branch is read, the others (``mc:Fallback``) are copies of it.
- A content control that still shows its placeholder ("Click or tap here to enter
  text.") holds nothing anybody wrote.
"""

from __future__ import annotations

# Deeper fields are counted, not kept: begin and end still pair up.
MAX_FIELD_DEPTH = 256


class Visibility:
    """The state of fields, alternatives and content controls around the current element.

    Attributes:
        in_instruction: some field around the current element shows its instruction.
    """

    def __init__(self) -> None:
        self._fields: list[bool] = []  # True while a field shows its instruction
        self._instructions = 0
        self._overflow = 0
        self._alternates: list[bool] = []  # a branch of it was read
        self._controls: list[bool] = []  # it shows its placeholder

    @property
    def in_instruction(self) -> bool:
        """Whether text here is a field's instruction (never shown)."""
        return self._instructions > 0

    def field_char(self, kind: str) -> None:
        """A ``w:fldChar`` of type ``begin``, ``separate`` or ``end``."""
        if kind == "begin":
            if len(self._fields) >= MAX_FIELD_DEPTH:
                self._overflow += 1
                return
            self._fields.append(True)
            self._instructions += 1
        elif kind == "separate":
            if self._fields and self._fields[-1] and not self._overflow:
                self._fields[-1] = False
                self._instructions -= 1
        elif kind == "end":
            if self._overflow:
                self._overflow -= 1
            elif self._fields and self._fields.pop():
                self._instructions -= 1

    def start_alternate(self) -> None:
        """``mc:AlternateContent`` begins."""
        self._alternates.append(False)

    def end_alternate(self) -> None:
        """``mc:AlternateContent`` ends."""
        if self._alternates:
            self._alternates.pop()

    def read_branch(self) -> bool:
        """Whether the ``mc:Choice`` or ``mc:Fallback`` beginning now is to be read."""
        if not self._alternates:
            return True
        if self._alternates[-1]:
            return False
        self._alternates[-1] = True
        return True

    def start_control(self) -> None:
        """``w:sdt`` begins."""
        self._controls.append(False)

    def end_control(self) -> None:
        """``w:sdt`` ends."""
        if self._controls:
            self._controls.pop()

    def placeholder(self, shown: bool) -> None:
        """The control's ``w:showingPlcHdr``."""
        if self._controls:
            self._controls[-1] = shown

    def read_control_content(self) -> bool:
        """Whether the ``w:sdtContent`` beginning now is to be read."""
        return not (self._controls and self._controls[-1])
