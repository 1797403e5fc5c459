"""Readable differences between two versions of an article, as HTML for a QTextBrowser.

Paragraphs are matched first, then the words inside changed paragraphs, so a corrected
word shows as that word struck through and its replacement, not as a rewritten page.
Pure functions: no Qt.
"""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

# Words, runs of spaces and single punctuation marks: "(Ảnh: Tùng)" → "(", "Ảnh", ":", ...
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")

REMOVED_STYLE = "background-color: #fbd3d0; color: #8a1c12; text-decoration: line-through;"
ADDED_STYLE = "background-color: #cdeccf; color: #14532d;"


def _removed(text: str) -> str:
    return f'<span style="{REMOVED_STYLE}">{html.escape(text, quote=False)}</span>'


def _added(text: str) -> str:
    return f'<span style="{ADDED_STYLE}">{html.escape(text, quote=False)}</span>'


def word_diff_html(old: str, new: str) -> str:
    """One line of HTML: the words of ``old`` and ``new`` with removals and additions marked."""
    old_tokens = _TOKEN.findall(old)
    new_tokens = _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    # (removed, added, same) runs; a lone space between two changes joins them, so
    # "tổng kết" → "thường niên" reads as one replacement, not interleaved words.
    runs: list[list[str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        before = "".join(old_tokens[i1:i2])
        after = "".join(new_tokens[j1:j2])
        if tag == "equal":
            runs.append(["", "", before])
        elif runs and not runs[-1][2]:
            runs[-1][0] += before
            runs[-1][1] += after
        else:
            runs.append([before, after, ""])
    merged: list[list[str]] = []
    for index, run in enumerate(runs):
        between_changes = (
            run[2].isspace()
            and 0 < index < len(runs) - 1
            and not runs[index + 1][2]
            and merged
            and not merged[-1][2]
        )
        if between_changes:
            merged[-1][0] += run[2]
            merged[-1][1] += run[2]
        elif merged and not merged[-1][2] and not run[2]:
            merged[-1][0] += run[0]
            merged[-1][1] += run[1]
        else:
            merged.append(list(run))
    pieces = []
    for removed, added, same in merged:
        if same:
            pieces.append(html.escape(same, quote=False))
            continue
        if removed:
            pieces.append(_removed(removed))
        if added:
            pieces.append(_added(added))
    return "".join(pieces)


def _paragraphs(text: str) -> list[str]:
    return text.replace("\r\n", "\n").split("\n")


def body_diff_html(old: str, new: str, *, context: int = 2) -> str:
    """The changed paragraphs of a body with ``context`` unchanged ones around them.

    Returns "" when the bodies are the same.
    """
    old_lines = _paragraphs(old)
    new_lines = _paragraphs(new)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    if matcher.ratio() == 1.0:
        return ""
    blocks = []
    for group in matcher.get_grouped_opcodes(context):
        lines = []
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines += [html.escape(line, quote=False) for line in old_lines[i1:i2]]
            elif tag == "delete":
                lines += [_removed(line) for line in old_lines[i1:i2] if line]
            elif tag == "insert":
                lines += [_added(line) for line in new_lines[j1:j2] if line]
            else:
                lines += _replace_lines(old_lines[i1:i2], new_lines[j1:j2])
        blocks.append("<br>".join(lines))
    return "<hr>".join(f"<p>{block}</p>" for block in blocks)


def _replace_lines(old: Sequence[str], new: Sequence[str]) -> list[str]:
    """Pair changed paragraphs one to one and diff their words; extras are whole."""
    lines = []
    for index in range(max(len(old), len(new))):
        before = old[index] if index < len(old) else None
        after = new[index] if index < len(new) else None
        if before is not None and after is not None:
            lines.append(word_diff_html(before, after))
        elif before:
            lines.append(_removed(before))
        elif after:
            lines.append(_added(after))
    return lines


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: its label and the two values as text."""

    label: str
    old: str
    new: str


def fields_table_html(changes: Sequence[FieldChange]) -> str:
    """A small table of changed fields, each value word-diffed."""
    if not changes:
        return ""
    rows = "".join(
        f'<tr><td style="color: #666666; padding-right: 12px;">{html.escape(change.label)}</td>'
        f"<td>{word_diff_html(change.old, change.new)}</td></tr>"
        for change in changes
    )
    return f'<table cellspacing="0" cellpadding="3">{rows}</table>'
