"""Errors of an export, each with a message for the user that says what to do."""

from __future__ import annotations

import errno
from pathlib import Path


class ExportError(Exception):
    """An export could not be done; ``str(error)`` is a one-line message for the user."""


class TargetExistsError(ExportError):
    """A file to write exists and the caller did not allow replacing it.

    ``count`` is how many of the planned files exist (one per article exports).
    """

    def __init__(
        self,
        path: Path,
        hint: str = "choose another name or allow replacing it",
        *,
        count: int = 1,
    ) -> None:
        super().__init__(f"{path} already exists; {hint}.")
        self.path = path
        self.hint = hint
        self.count = count


class ExportCancelled(Exception):  # noqa: N818 - a cancel is not an error
    """The user cancelled the export; nothing half-written is left behind."""


def describe_os_error(path: Path, error: OSError) -> str:
    """A one-line message for a failure to write ``path``."""
    folder = path.parent
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"{folder}: the disk is full; free some space or choose another folder. "
            "Nothing was written."
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"{folder}: cannot write there (permission denied); choose a folder you can "
            "write to. Nothing was written."
        )
    if code == errno.ENOENT:
        return f"{folder}: no such folder; create it or choose another one."
    if code == errno.ENAMETOOLONG:
        return f"{path}: the name is too long; choose a shorter one."
    reason = error.strerror or str(error)
    return f"{path}: cannot write it ({reason}). Nothing was written."
