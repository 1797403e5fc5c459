"""Flattening HTML nested deeper than a sane depth, in one linear pass over its tags.

Parsers and converters of HTML walk the tree recursively (markdownify, Qt's layout) or
check the open elements at every tag (html5ever in nh3), so a page of a few thousand
nested or unclosed tags ends in RecursionError or takes minutes. Real pages nest a few
dozen deep; word processors' HTML leaves ``<font>`` and ``<b>`` unclosed by the
thousand. ``limit_nesting`` drops the start and end tags that would open elements
beyond ``max_depth`` and keeps everything else: text, and at the deepest level a
``<br>`` where a dropped block began, so that paragraphs stay apart.

This is a tokenizer, not a parser: it needs to know depth, not structure. It follows
HTML's rules far enough to count right on ordinary pages (void elements, raw-text
elements, comments, the end tags ``<p>``, ``<li>``, ``<td>``... may leave out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_MAX_DEPTH = 48

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # a comment (an unclosed one runs to the end)
    r"|<![^>]*>?|<\?[^>]*>?"  # doctype, CDATA-ish, processing instruction
    r"|<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)(>|\Z)",
    re.S,
)
_VOID = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "plaintext"})
_BLOCKS = frozenset(
    "address article aside blockquote dd div dl dt fieldset figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
# A start tag of one of these closes an open element of the same name, unless one of
# the boundary elements was opened after it (a list inside a list item).
_SIBLINGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})
_SAME_INSIDE_ITSELF = frozenset({"b", "strong", "i", "em", "u", "s", "strike", "font"})
_BOUNDARIES = frozenset(
    "table tbody thead tfoot ul ol dl div blockquote td th li body html section article".split()
)


@dataclass(frozen=True)
class Flattened:
    """The limited HTML, and whether anything was dropped."""

    html: str
    flattened: bool
    tags: int  # elements kept: what a parser will build


def limit_nesting(html: str, *, max_depth: int = DEFAULT_MAX_DEPTH) -> Flattened:
    """``html`` with no element nested deeper than ``max_depth`` (see the module doc)."""
    out: list[str] = []
    stack: list[str] = []
    dropped: dict[str, int] = {}
    flattened = False
    tags = 0
    position = 0
    raw_end: re.Pattern[str] | None = None
    raw_keep = True
    # A dropped block leaves one line break before the next text, however many there were.
    pending_break = False
    length = len(html)
    while position < length:
        if raw_end is not None:
            # Inside <script>, <style>...: everything up to the end tag is text.
            found = raw_end.search(html, position)
            stop = found.start() if found else length
            if raw_keep:
                out.append(html[position:stop])
            position = stop
            raw_end = None
            raw_keep = True
            continue
        match = _TOKEN.search(html, position)
        text = html[position:] if match is None else html[position : match.start()]
        if pending_break and text.strip():
            out.append("<br>")
            pending_break = False
        out.append(text)
        if match is None:
            break
        position = match.end()
        name = match.group(2)
        if name is None:
            out.append(match.group())  # comment, doctype
            continue
        name = name.lower()
        closing = bool(match.group(1))
        if closing:
            # Dropped elements are all inside the innermost kept one: they close first.
            if dropped.get(name):
                dropped[name] -= 1
                pending_break = pending_break or name in _BLOCKS
            elif name in stack:
                while stack and stack.pop() != name:
                    pass
                dropped.clear()  # what was dropped inside is closed with it
                out.append(match.group())
            elif name in _VOID or name in ("p", "br"):
                out.append(match.group())  # </br> and </p> alone mean something
            continue
        self_closing = match.group(3).rstrip().endswith("/")
        if name in _VOID or self_closing:
            tags += 1
            out.append(match.group())
            continue
        if name in _SIBLINGS:
            # Written out, so that the parser (which may not know the rule) agrees.
            closed = _close_sibling(stack, name)
            if closed:
                dropped.clear()  # what was dropped inside is closed with it
                out.extend(f"</{element}>" for element in closed)
        if name in _SAME_INSIDE_ITSELF and name in stack:
            # Bold inside bold is bold: word processors leave thousands of these open.
            dropped[name] = dropped.get(name, 0) + 1
            continue
        if len(stack) >= max_depth:
            flattened = True
            dropped[name] = dropped.get(name, 0) + 1
            pending_break = pending_break or name in _BLOCKS
            if name in _RAW_TEXT:
                # A dropped script or style is dropped whole; a title stays as text.
                raw_end = re.compile(rf"</{name}\s*>", re.I)
                raw_keep = name not in ("script", "style")
            continue
        stack.append(name)
        tags += 1
        out.append(match.group())
        if name in _RAW_TEXT:
            raw_end = re.compile(rf"</{name}\s*>", re.I)
    return Flattened("".join(out), flattened, tags)


def _close_sibling(stack: list[str], name: str) -> list[str]:
    """Close the open ``name`` a new ``name`` ends; returns the names closed, innermost first."""
    for index in range(len(stack) - 1, -1, -1):
        open_name = stack[index]
        if open_name == name:
            closed = stack[index:][::-1]
            del stack[index:]
            return closed
        if open_name in _BOUNDARIES:
            return []
    return []
