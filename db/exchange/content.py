"""When two versions of an article are the same: a hash of what a user can edit.

Workstations number versions on their own, and their clocks differ, so versions are
recognised by their content. The hash covers the editable fields only, written as
canonical JSON that leaves out empty fields: a field added to the program later (empty in
old versions) does not change the hash of anything written before it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from db import vietnamese as vn

# The editable fields, in the order they are hashed.
CONTENT_FIELDS = ("title", "body", "date", "author", "source", "number")


@dataclass
class Version:
    """One state of an article as a merge sees it (the current one or a past one)."""

    title: str
    body: str
    date: str | None = None
    author: str | None = None
    source: str | None = None
    number: str | None = None
    tags: list[str] = field(default_factory=list)
    saved: str = ""
    change: str = ""

    @cached_property
    def hash(self) -> str:
        """The content hash (see the module docstring)."""
        return content_hash(self)


def content_hash(version: Version) -> str:
    """SHA-256 (hex) of the version's editable fields."""
    data: dict[str, object] = {}
    for name in CONTENT_FIELDS:
        value = getattr(version, name)
        if value:
            data[name] = value
    tags = _canonical_tags(version.tags)
    if tags:
        data["tags"] = tags
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _canonical_tags(tags: Iterable[str]) -> list[str]:
    # Tags are a set: the stored order follows the sort key, which may change.
    return sorted(tags, key=lambda tag: (vn.name_key(tag) or tag.lower(), tag))
