"""Why a file could not be read: a fixed set of categories plus a detail."""

from __future__ import annotations

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


class ReadError(Exception):
    """A file that cannot become an article; ``str()`` is the reason for the user."""

    def __init__(self, kind: FailureKind, detail: str) -> None:
        super().__init__(f"{kind.value}: {detail}")
        self.kind = kind
        self.detail = detail
