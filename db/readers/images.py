"""Names and Markdown of the images kept with an article."""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[\s()\[\]<>]+")


def unique_image_name(name: str, taken: set[str]) -> str:
    """``photo.jpg``, then ``photo-2.jpg``: a name is the image's key within its article."""
    safe = _UNSAFE.sub("-", name).strip("-") or "image"
    if safe not in taken:
        return safe
    stem, dot, suffix = safe.rpartition(".")
    if not dot:
        stem, suffix = safe, ""
    number = 2
    while True:
        candidate = f"{stem}-{number}{dot}{suffix}"
        if candidate not in taken:
            return candidate
        number += 1


def image_markdown(name: str, caption: str) -> str:
    """``![caption](image:NAME)``, the caption's brackets escaped."""
    text = " ".join(caption.split()).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return f"![{text}](image:{name})"
