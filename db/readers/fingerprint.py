"""The import fingerprint: the same article is the same whatever its encoding or line ends."""

from __future__ import annotations

import hashlib

from db import vietnamese as vn


def canonical_text(text: str) -> str:
    """NFC, no BOM or invisible characters, LF line ends, no trailing spaces or blank edges."""
    cleaned = vn.clean(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in cleaned.split("\n")]
    return "\n".join(lines).strip("\n")


def fingerprint(text: str) -> str:
    """SHA-256 (hex) of the canonical text of a file."""
    return hashlib.sha256(canonical_text(text).encode("utf-8")).hexdigest()
