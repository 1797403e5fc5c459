"""Closing the window while jobs run: ask, wait with progress, back up, never freeze.

Closing goes in steps, each ending when the runner has nothing left for it:
1. The check after opening is dropped; jobs the user started (an import, an export, a
   backup) are waited for, after asking: stop them, or keep working.
2. The window lets go of its archive: the list thread stops, the automatic backup is
   queued. A wait of more than a moment shows its progress and "Skip the backup".
3. The runner's thread ends and the window really closes.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.jobs import JobRunner
from desktop.main_window.close_wait_dialog import CloseWaitDialog

# A backup on close that ends sooner than this shows no dialog (no flash on every close).
DIALOG_DELAY_MS = 400


class _Step(Enum):
    OPEN = "open"
    WAITING_FOR_JOBS = "waiting for jobs"
    BACKING_UP = "backing up"
    CLOSABLE = "closable"


class WindowClosing(QObject):
    """Decides when the window may close, and gets it there without blocking.

    Args:
        runner: the window's job runner.
        window: the main window (the dialog's parent; closed again when ready).
        let_go: saves the window's settings and closes its archive (which queues the
            automatic backup); called once, when no job of the user is left.

    Signals:
        ready(): the window may close now (it is closed right after, unless this
            happened within the close event itself, which then accepts).
    """

    ready = Signal()

    def __init__(
        self,
        runner: JobRunner,
        window: QWidget,
        let_go: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._window = window
        self._let_go = let_go
        self._step = _Step.OPEN
        self._in_request = False
        self.dialog: CloseWaitDialog | None = None
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(DIALOG_DELAY_MS)
        self._delay.timeout.connect(self._show_backup_dialog)
        runner.job_finished.connect(self._job_finished)

    def may_close(self) -> bool:
        """Whether the window can close at once (everything is done)."""
        return self._step is _Step.CLOSABLE

    def is_closing(self) -> bool:
        """Whether a close is under way."""
        return self._step is not _Step.OPEN

    def request(self) -> None:
        """The user closed the window: start (or go on with) the steps above.

        When nothing needs waiting for, every step is done before this returns and
        ``may_close`` is true.
        """
        self._in_request = True
        try:
            self._request()
        finally:
            self._in_request = False

    def _request(self) -> None:
        if self._step is _Step.CLOSABLE:
            return
        if self._step is not _Step.OPEN:
            if self.dialog is not None:
                self.dialog.raise_()
            return
        self._runner.cancel_all(stop_on_close_only=True)
        if self._runner.jobs_to_wait_for():
            self._step = _Step.WAITING_FOR_JOBS
            self._open_dialog(
                self.tr(
                    "Archive Viewer is still working. The window closes as soon as this is "
                    "done; nothing is lost by waiting."
                ),
                self.tr("Stop and close"),
                can_keep_working=True,
            )
            return
        self._back_up()

    def _back_up(self) -> None:
        self._close_dialog()
        self._step = _Step.BACKING_UP
        self._let_go()
        if self._runner.is_busy():
            self._delay.start()
        else:
            self._finish()

    def _show_backup_dialog(self) -> None:
        if self._step is _Step.BACKING_UP and self._runner.is_busy():
            self._open_dialog(
                self.tr("Backing up the archive before closing."),
                self.tr("Skip the backup"),
                can_keep_working=False,
            )

    def _open_dialog(self, text: str, stop_text: str, *, can_keep_working: bool) -> None:
        self._close_dialog()
        dialog = CloseWaitDialog(
            self._runner, text, stop_text, can_keep_working=can_keep_working, parent=self._window
        )
        dialog.stop_requested.connect(self._runner.cancel_all)
        dialog.keep_working.connect(self._keep_working)
        self.dialog = dialog
        dialog.open()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.keep_working.disconnect(self._keep_working)
            dialog.hide()
            dialog.deleteLater()

    def _keep_working(self) -> None:
        if self._step is _Step.WAITING_FOR_JOBS:
            self._step = _Step.OPEN
            self.dialog = None

    def _job_finished(self, _job: object) -> None:
        if self._step is _Step.WAITING_FOR_JOBS and not self._runner.jobs_to_wait_for():
            self._runner.cancel_all(stop_on_close_only=True)
            self._back_up()
        elif self._step is _Step.BACKING_UP and not self._runner.is_busy():
            self._finish()

    def _finish(self) -> None:
        self._delay.stop()
        self._close_dialog()
        self._runner.stop()
        self._step = _Step.CLOSABLE
        self.ready.emit()
        if not self._in_request:
            self._window.close()
