"""What a failed job says to the user: one line naming the file and what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.errors import ArchiveError


def failure_message(error: BaseException) -> str:
    """The user's one line for ``error`` (the ones we raise already are such lines)."""
    if isinstance(error, ArchiveError):
        return str(error)
    if isinstance(error, OSError):
        where = error.filename or ""
        reason = error.strerror or str(error)
        return f"{where}: {reason}" if where else reason
    # Our own user errors (an export's, a reader's) carry their message in str().
    if type(error).__module__.startswith(("db.", "desktop.")) and str(error):
        return str(error)
    return QCoreApplication.translate(
        "JobRunner", "It stopped on an unexpected error ({error}); the details are in the log."
    ).format(error=type(error).__name__)
