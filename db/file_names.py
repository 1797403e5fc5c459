"""File names as they can be stored, printed and shown."""

from __future__ import annotations

import os
from pathlib import Path


def display_name(name: str) -> str:
    """A file name as it can be stored and shown: undecodable bytes as U+FFFD.

    ``os.fsdecode`` turns bytes that are not valid UTF-8 into lone surrogates, which
    SQLite (and every terminal) refuses to encode.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="replace")
    return name


def display_path(path: Path | str) -> str:
    """``display_name`` of a whole path."""
    return display_name(str(path))
