"""Why a bundle or archive was not merged, in one line in the user's language.

The repository's errors are English lines for the command line; the ones a user meets
when merging from the window (not a bundle, from a newer version, the open archive, a
read-only archive, a file gone or damaged) are said here in the UI's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from db.errors import (
    ArchiveNotFoundError,
    DamagedArchiveError,
    NewerArchiveError,
    NotAnArchiveError,
    ReadOnlyArchiveError,
)
from desktop.jobs.failure_message import failure_message


def read_only_text(archive: Path) -> str:
    """The archive shown takes no merge: it is open for reading only."""
    return QCoreApplication.translate(
        "MergeErrors",
        "{name} is open for reading only (a CD, a read-only share or file): nothing can be "
        "merged into it. Copy it to a writable folder, open the copy, then merge."
    ).format(name=archive.name)


def itself_text(source: Path) -> str:
    """The file chosen is the archive the window shows."""
    return QCoreApplication.translate(
        "MergeErrors",
        "{name} is the archive open in this window; choose a bundle or another "
        "workstation's archive to merge."
    ).format(name=source.name)


def merge_error_text(error: BaseException, source: Path, archive: Path) -> str:
    """The one line for an error of the dry run or the merge of ``source``."""
    if isinstance(error, NotAnArchiveError):
        return QCoreApplication.translate(
            "MergeErrors",
            "{name} is not an Archive Viewer bundle or archive; nothing was merged. Choose a "
            ".avbundle file (File ▸ Export selection as bundle… writes one) or an archive file."
        ).format(name=source.name)
    if isinstance(error, NewerArchiveError):
        return QCoreApplication.translate(
            "MergeErrors",
            "{name} was written by a newer version of Archive Viewer (schema version {found}; "
            "this version reads up to {known}). Install the newer version here, then merge "
            "again; nothing was changed."
        ).format(name=source.name, found=error.found, known=error.known)
    if isinstance(error, ReadOnlyArchiveError):
        return read_only_text(archive)
    if isinstance(error, ArchiveNotFoundError) and not source.exists():
        return QCoreApplication.translate(
            "MergeErrors",
            "{path} is not there any more (was the USB stick taken out?); nothing was merged."
        ).format(path=source)
    if isinstance(error, DamagedArchiveError) and str(source) in str(error):
        return QCoreApplication.translate(
            "MergeErrors",
            "{name} is damaged and cannot be read; nothing was merged and the file was not "
            "changed. Write the bundle again on the other workstation."
        ).format(name=source.name)
    return failure_message(error)
