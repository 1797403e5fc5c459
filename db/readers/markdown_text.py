"""Turning plain text into Markdown that shows exactly as written."""

from __future__ import annotations

import re

# Characters that start Markdown syntax anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]])")
# Things that start an HTML tag, comment or entity: shown literally, not interpreted.
_ANGLE = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
# Line starts that Markdown reads as a heading, quote, list, rule or code block.
_BLOCK_START = re.compile(r"^(\s*)([#>+\-]|\d+[.)])")


# Anything the substitutions below would change; most lines of prose have none of it.
_NEEDS_ESCAPE = re.compile(r"[\\`*_\[\]<&]|^\s*(?:[#>+\-]|\d+[.)])|^[ \t]")


def escape_markdown(text: str) -> str:
    """Escape plain text so that Markdown renders it as written."""
    lines = []
    for line in text.split("\n"):
        if not _NEEDS_ESCAPE.search(line):
            lines.append(line)
            continue
        escaped = _INLINE.sub(r"\\\1", line)
        escaped = _ENTITY.sub("&amp;", escaped)
        escaped = _ANGLE.sub("&lt;", escaped)
        escaped = _BLOCK_START.sub(_escape_block_start, escaped)
        # Four leading spaces would make a code block.
        lines.append(escaped.lstrip(" \t"))
    return "\n".join(lines)


def _escape_block_start(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[0].isdigit():
        return match.group(1) + marker[:-1] + "\\" + marker[-1]
    return match.group(1) + "\\" + marker


def caption_markdown(text: str) -> str:
    """A photo caption: an emphasised paragraph of its own (styled as a caption)."""
    return "*" + escape_markdown(text.strip()) + "*"
