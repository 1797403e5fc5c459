"""Error dialogs: the message as written for the user, a busy archive explained."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from db.errors import ArchiveBusyError, ArchiveError
from desktop.main_window.error_messages import ErrorMessages


def test_busy_is_explained_and_others_keep_their_words(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors = ErrorMessages(parent)
    busy = errors.show_archive_error("Not restored", ArchiveBusyError("a.sqlite3: busy"))
    assert busy.windowTitle() == "The archive is busy"
    assert "another program" in busy.text().lower()
    plain = errors.show_archive_error("Not restored", ArchiveError("a.sqlite3: damaged"))
    assert plain.windowTitle() == "Not restored" and plain.text() == "a.sqlite3: damaged"
    bug = errors.show_archive_error("Not restored", KeyError("x"))
    assert "log" in bug.text()
    assert errors.open_boxes() == [busy, plain, bug]
    busy.done(0)
    assert errors.open_boxes() == [plain, bug]
