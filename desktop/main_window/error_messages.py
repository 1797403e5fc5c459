"""The window's error dialogs: one line that names the file and says what to do."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import ArchiveBusyError, ArchiveError
from desktop.jobs.failure_message import failure_message

log = logging.getLogger(__name__)


class ErrorMessages:
    """Shows errors in non-blocking message boxes over ``parent`` and logs them.

    The boxes stay referenced while open (``open_boxes``), so they are not collected.
    """

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._open: list[QMessageBox] = []

    def show_error(self, title: str, message: str) -> QMessageBox:
        """A dialog that says what happened (the message names the file and what to do)."""
        log.warning("%s: %s", title, message)
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, self._parent
        )
        box.setObjectName("errorDialog")
        box.open()
        self._open.append(box)
        box.finished.connect(lambda _result, b=box: self._forget(b))
        return box

    def show_archive_error(self, title: str, error: BaseException | str) -> QMessageBox:
        """``show_error`` for a repository error; a busy archive is said to be busy."""
        if isinstance(error, ArchiveBusyError):
            return self.show_error(
                QCoreApplication.translate("ErrorMessages", "The archive is busy"),
                str(error)
                + "\n\n"
                + QCoreApplication.translate(
                    "ErrorMessages",
                    "Another program (a second window or the command line) is writing "
                    "to this archive. Wait until it has finished, then try again; "
                    "nothing was changed.",
                ),
            )
        if isinstance(error, ArchiveError | str):
            return self.show_error(title, str(error))
        return self.show_error(title, failure_message(error))

    def open_boxes(self) -> list[QMessageBox]:
        """The error dialogs still open, oldest first."""
        return list(self._open)

    def _forget(self, box: QMessageBox) -> None:
        if box in self._open:
            self._open.remove(box)
