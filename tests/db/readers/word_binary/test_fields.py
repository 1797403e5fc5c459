"""Nested fields: only results show."""

from __future__ import annotations

from db.readers.word_binary.fields import FIELD_BEGIN, FIELD_END, FIELD_SEPARATOR, FieldState


def _visible(marks_and_text: list[int | str]) -> str:
    state, shown = FieldState(), []
    for item in marks_and_text:
        if isinstance(item, int):
            state.mark(item)
        elif not state.in_instruction:
            shown.append(item)
    return "".join(shown)


def test_results_shown_instructions_hidden_and_nesting() -> None:
    b, s, e = FIELD_BEGIN, FIELD_SEPARATOR, FIELD_END
    assert _visible(["a", b, "PAGE", s, "3", e, "b"]) == "a3b"
    # A field in another field's instruction; a field without a separator shows nothing.
    assert _visible([b, "IF ", b, "DATE", s, "2004", e, " x", s, "yes", e]) == "yes"
    assert _visible(["x", b, "TC", e, "y"]) == "xy"
    # Stray separators and ends of a damaged file do not underflow.
    assert _visible([e, s, "z", e]) == "z"


def test_hostile_nesting_is_bounded() -> None:
    state = FieldState()
    for _ in range(50_000):
        state.mark(FIELD_BEGIN)
    for _ in range(50_000):
        state.mark(FIELD_END)
    assert state.in_instruction == 0
