"""Plain dataclasses the repository reads and writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SortOrder(StrEnum):
    """How a list of articles is ordered."""

    DATE = "date"
    TITLE = "title"
    AUTHOR = "author"
    RELEVANCE = "relevance"


@dataclass
class ArticleFields:
    """What a user writes: the editable part of an article."""

    title: str
    body: str = ""
    date: str | None = None
    author: str | None = None
    source: str | None = None
    tags: list[str] = field(default_factory=list)
    # An administrative document's number and symbol ("256/2004/QĐ-UB").
    number: str | None = None


@dataclass
class Article(ArticleFields):
    """A stored article with everything the archive knows about it."""

    id: int = 0
    uid: str = ""
    version: int = 1
    change: str = "create"
    fingerprint: str | None = None
    original_name: str | None = None
    encoding: str | None = None
    import_id: int | None = None
    created: str = ""
    updated: str = ""
    deleted: str | None = None

    def to_dict(self, *, body: bool = True) -> dict[str, object]:
        """JSON-ready dict; the keys are a public interface of the command line."""
        data: dict[str, object] = {
            "id": self.id,
            "uid": self.uid,
            "title": self.title,
            "number": self.number,
            "date": self.date,
            "author": self.author,
            "source": self.source,
            "tags": list(self.tags),
            "version": self.version,
            "original_name": self.original_name,
            "encoding": self.encoding,
            "created": self.created,
            "updated": self.updated,
            "deleted": self.deleted,
        }
        if body:
            data["body"] = self.body
        return data


@dataclass
class ArticleRow:
    """One row of the article list: no body, optionally a snippet around the match."""

    id: int
    uid: str
    title: str
    date: str | None
    author: str | None
    source: str | None
    tags: list[str]
    snippet: str | None = None
    deleted: str | None = None
    number: str | None = None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict; the keys are a public interface of the command line."""
        return {
            "id": self.id,
            "uid": self.uid,
            "title": self.title,
            "number": self.number,
            "date": self.date,
            "author": self.author,
            "source": self.source,
            "tags": list(self.tags),
        }


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles to list; every field narrows the result, None means any.

    ``tags`` must all be on an article. The browse panel's choices are alternatives
    within their field and narrow with every other field: ``periods`` (years ``2023``
    or months ``2023-05``: an article dated within one of them; one dated ``2023``
    alone is within the year, not within any month), ``sources``, ``authors``
    (one of them) and ``any_tags`` (at least one of them).
    """

    query: str | None = None
    prefix_last: bool = False
    date_from: str | None = None
    date_to: str | None = None
    author: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    import_id: int | None = None
    trashed: bool = False
    periods: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    any_tags: tuple[str, ...] = ()


@dataclass
class ArticleVersion:
    """A past (or the current) state of an article."""

    article_id: int
    version: int
    saved: str
    change: str
    title: str
    date: str | None
    author: str | None
    source: str | None
    tags: list[str]
    body: str
    current: bool = False
    number: str | None = None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict for ``history --json``."""
        return {
            "version": self.version,
            "saved": self.saved,
            "change": self.change,
            "current": self.current,
            "title": self.title,
            "number": self.number,
            "date": self.date,
            "author": self.author,
            "source": self.source,
            "tags": list(self.tags),
            "body": self.body,
        }


@dataclass(frozen=True)
class ImportRecord:
    """One import run."""

    id: int
    started: str
    finished: str | None
    imported: int
    duplicates: int
    skipped: int
    failed: int


@dataclass(frozen=True)
class ArticleImage:
    """An image kept with an article; its body shows it as ``![caption](image:NAME)``."""

    name: str
    mime: str
    data: bytes


@dataclass
class NewArticle(ArticleFields):
    """An article about to be inserted, with what the reader learnt about its file."""

    fingerprint: str | None = None
    original_name: str | None = None
    encoding: str | None = None
    original_bytes: bytes | None = None
    images: list[ArticleImage] = field(default_factory=list)
    # What the import report and log should say about this file although it was read:
    # an encoding guessed, a field value that could not be used, pages without text.
    notes: list[str] = field(default_factory=list)
