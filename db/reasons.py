"""The catalogue of reasons a user reads in an import report, and its categories.

Lives outside ``db.readers`` so that the window can translate a report without loading
the readers (bs4, python-docx). How to use it: ``db.readers.errors``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum


class FailureKind(StrEnum):
    """The fixed categories of the import report."""

    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too large"
    UNREADABLE = "unreadable"
    DAMAGED = "damaged"
    UNSUPPORTED = "unsupported format"
    UNDECODABLE = "undecodable"
    # Office and PDF files that need a password to open; the detail says what to do.
    PROTECTED = "password-protected"
    # FIFOs, devices, sockets: never opened, so never a hang or an endless read.
    NOT_A_FILE = "not a file"


# key -> English template. The readers' own reasons are added by ``register_reasons``.
REASONS: dict[str, str] = {}

# The texts without parameters, for plain strings raised by readers not yet converted.
_BY_TEXT: dict[str, str] = {}
_KEY = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
_FIELD = re.compile(r"\{[^{}]*\}")


def register_reasons(reasons: Mapping[str, str]) -> None:
    """Add reasons to the catalogue (at import time of the module that raises them).

    Raises:
        ValueError: a key is malformed, or already stands for another text.
    """
    for key, template in reasons.items():
        if not _KEY.match(key):
            raise ValueError(f"reason key {key!r}: use lower-case words, dots and dashes")
        if "\n" in template:
            raise ValueError(f"reason {key!r}: one line only")
        known = REASONS.get(key)
        if known is not None and known != template:
            raise ValueError(f"reason key {key!r} is already used for {known!r}")
        REASONS[key] = template
        if not _FIELD.search(template.replace("{{", "").replace("}}", "")):
            _BY_TEXT.setdefault(template.format(), key)


class Reason(str):
    """A catalogued message: the ``str`` is the English text.

    Attributes:
        key: the catalogue key (``""`` for a text that is not in the catalogue).
        params: the values put into the template, as text.
    """

    key: str
    params: dict[str, str]

    def __new__(cls, key: str, params: Mapping[str, object] | None = None) -> Reason:
        """The reason ``key`` with ``params`` (see ``reason``)."""
        values = {name: str(value) for name, value in (params or {}).items()}
        template = REASONS.get(key)
        if template is None:
            raise KeyError(f"no reason {key!r} in the catalogue: register_reasons() it first")
        text = template.format(**values)
        made = super().__new__(cls, text)
        made.key = key
        made.params = values
        return made

    def __reduce__(self) -> tuple[object, tuple[str, dict[str, str]]]:
        return (Reason, (self.key, self.params))


def reason(key: str, **params: object) -> Reason:
    """The catalogued reason ``key``, its template filled with ``params``."""
    return Reason(key, params)


def as_reason(text: str) -> str:
    """``text`` as a Reason when it is a catalogued text without parameters, else itself."""
    if isinstance(text, Reason):
        return text
    key = _BY_TEXT.get(text)
    return Reason(key) if key is not None else text
