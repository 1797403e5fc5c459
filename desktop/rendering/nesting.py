"""Keeping Markdown and its HTML shallow enough to render in linear time, without recursion.

Python-Markdown parses nested lists and block quotes recursively and matches nested
brackets in quadratic time, Qt lays out nested blocks recursively, and html5ever (in
nh3) checks the open elements at every tag: a list nested 2,000 deep ended the reading
pane and PDF export in RecursionError after a minute. No article needs more than a few
levels, so deeper levels are flattened onto the deepest kept one before rendering; the
text itself is never dropped.
"""

from __future__ import annotations

import re

from db.html_nesting import limit_nesting

# Levels of list or quote nesting kept (a list level is up to four columns of indent).
MAX_LEVELS = 12
MAX_INDENT = 4 * MAX_LEVELS
# Unclosed or nested "[" beyond this are shown as brackets, not parsed as link text.
MAX_BRACKETS = 16
MAX_HTML_DEPTH = 48

_LEAD = re.compile(r"^((?:[ \t]*>)*)([ \t]*)")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")


def flatten_markdown(body: str) -> str:
    """``body`` with list indentation, quote depth and bracket nesting capped."""
    if not _may_be_deep(body):
        return body
    lines = body.split("\n")
    fence: str | None = None
    for index, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue  # code is shown as written
        if opening:
            fence = opening.group(1)
            continue
        lines[index] = _cap_brackets(_cap_lead(line))
    return "\n".join(lines)


def limit_html(fragment: str) -> str:
    """``fragment`` with no element nested deeper than ``MAX_HTML_DEPTH``."""
    return limit_nesting(fragment, max_depth=MAX_HTML_DEPTH).html


def _may_be_deep(body: str) -> bool:
    # Most bodies are paragraphs of prose: a quick look spares them the line loop.
    return (
        " " * MAX_INDENT in body
        or "\t" * MAX_LEVELS in body
        or body.count(">") > MAX_LEVELS
        or body.count("[") > MAX_BRACKETS
    )


def _cap_lead(line: str) -> str:
    lead = _LEAD.match(line)
    assert lead is not None  # the pattern matches the empty string
    quotes, indent = lead.group(1), lead.group(2)
    depth = quotes.count(">")
    width = len(indent.expandtabs(4))
    if depth <= MAX_LEVELS and width <= MAX_INDENT:
        return line
    kept_quotes = "> " * min(depth, MAX_LEVELS) if depth else ""
    return kept_quotes + " " * min(width, MAX_INDENT) + line[lead.end() :]


def _cap_brackets(line: str) -> str:
    if line.count("[") <= MAX_BRACKETS:
        return line
    out = []
    depth = 0
    for char in line:
        if char == "[":
            depth += 1
            out.append("\\[" if depth > MAX_BRACKETS else char)
        elif char == "]":
            out.append("\\]" if depth > MAX_BRACKETS else char)
            depth = max(depth - 1, 0)
        else:
            out.append(char)
    return "".join(out)
