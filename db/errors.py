"""Errors the archive raises for things a user can cause.

Each carries a message written for the user: it names the file or value and says what
to do. The command line prints ``str(error)`` and the window shows it in a dialog;
neither needs a traceback.
"""

from __future__ import annotations


class ArchiveError(Exception):
    """Base class of every error the repository reports to a user."""


class ArchiveNotFoundError(ArchiveError):
    """The path holds no archive (and the caller did not ask to create one)."""


class NotAnArchiveError(ArchiveError):
    """The file exists but is not an SQLite archive of this program."""


class NewerArchiveError(ArchiveError):
    """The archive was written by a newer version of the program."""

    def __init__(self, path: str, found: int, known: int) -> None:
        super().__init__(
            f"{path}: this archive uses schema version {found}, but this version of "
            f"Archive Viewer only knows versions up to {known}. Open it with a newer "
            "version of Archive Viewer; the file was not changed."
        )
        self.found = found
        self.known = known


class DamagedArchiveError(ArchiveError):
    """SQLite reports the file as corrupt."""


class ArchiveBusyError(ArchiveError):
    """Another program holds the write lock for longer than the timeout."""


class ReadOnlyArchiveError(ArchiveError):
    """A write was attempted on an archive opened read-only."""


class ArticleNotFoundError(ArchiveError):
    """No article has the given id or uid."""


class VersionConflictError(ArchiveError):
    """The article changed in the archive after the caller read it."""

    def __init__(self, article_id: int, expected: int, found: int) -> None:
        super().__init__(
            f"Article {article_id} was changed elsewhere (version {found}, "
            f"expected {expected}). Reload it, or save anyway to keep both in its history."
        )
        self.article_id = article_id
        self.expected = expected
        self.found = found


class InvalidDateError(ArchiveError, ValueError):
    """A date that is not YYYY, YYYY-MM or YYYY-MM-DD (or not a real day)."""


class InvalidArticleError(ArchiveError, ValueError):
    """An article that cannot be stored as given (for example an empty title)."""


class SearchIndexPendingError(ArchiveError):
    """A search by text while the search index is still being rebuilt (after an upgrade)."""

    def __init__(self, done: int, total: int) -> None:
        share = 100 * done // total if total else 100
        super().__init__(
            f"The search index is being rebuilt for this version of Archive Viewer "
            f"({share}% done, {done:,} of {total:,} articles). Search again when it is "
            "finished; lists without search text work meanwhile."
        )
        self.done = done
        self.total = total
