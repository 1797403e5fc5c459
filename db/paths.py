"""Where the archive and the program's own files live by default.

Decided here, in ``db/``, so that the window and the command line open the same file.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ArchiveViewer"
ARCHIVE_FILE_NAME = "archive.sqlite3"


def data_dir() -> Path:
    """The user's data folder for this program (``ARCHIVE_VIEWER_HOME`` overrides it)."""
    override = os.environ.get("ARCHIVE_VIEWER_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_archive_path() -> Path:
    """The archive opened when no ``--db`` is given."""
    return data_dir() / ARCHIVE_FILE_NAME


def log_dir() -> Path:
    """Folder of the rotated log file."""
    return data_dir() / "logs"
