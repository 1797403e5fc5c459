"""What a failed job says: the repository's and the export's own lines, or where to look."""

from __future__ import annotations

import errno

from pytestqt.qtbot import QtBot

from db.errors import ArchiveBusyError
from desktop.export.errors import ExportError
from desktop.jobs.failure_message import failure_message


def test_user_errors_keep_their_message(qtbot: QtBot) -> None:
    del qtbot
    assert failure_message(ArchiveBusyError("a.sqlite3: busy")) == "a.sqlite3: busy"
    assert failure_message(ExportError("Choose a folder.")) == "Choose a folder."
    disk = OSError(errno.ENOSPC, "No space left on device", "/media/usb/a.pdf")
    assert failure_message(disk) == "/media/usb/a.pdf: No space left on device"


def test_a_bug_says_where_the_details_are(qtbot: QtBot) -> None:
    del qtbot
    text = failure_message(KeyError("x"))
    assert "KeyError" in text and "log" in text
    assert "Traceback" not in text
