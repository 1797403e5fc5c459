"""Shown when the window is closed while jobs run: what runs, how far, stop or keep working."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs import Job, JobRunner


class CloseWaitDialog(QDialog):
    """Follows the runner's current job until nothing is left to wait for.

    Args:
        runner: the window's job runner.
        text: what the window is waiting for, said first.
        stop_text: the label of the button that cancels the jobs.
        can_keep_working: offer "Keep working" (closing is then called off).
        parent: the main window.

    Signals:
        stop_requested(): the user wants the jobs stopped (and the window closed).
        keep_working(): the user called the closing off.
    """

    stop_requested = Signal()
    keep_working = Signal()

    def __init__(
        self,
        runner: JobRunner,
        text: str,
        stop_text: str,
        *,
        can_keep_working: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeWaitDialog")
        self.setWindowTitle(self.tr("Closing Archive Viewer"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(440)
        self._runner = runner
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.job_label = QLabel()
        self.job_label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        buttons = QDialogButtonBox()
        self.stop_button = QPushButton(stop_text)
        self.stop_button.setObjectName("stopJobs")
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.stop_button.clicked.connect(self._stop)
        self.keep_button: QPushButton | None = None
        if can_keep_working:
            self.keep_button = QPushButton(self.tr("Keep working"))
            self.keep_button.setObjectName("keepWorking")
            buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
            self.keep_button.clicked.connect(self._keep_working)
            self.keep_button.setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (self.text_label, self.job_label, self.bar, buttons):
            layout.addWidget(widget)
        runner.job_started.connect(self._update)
        runner.job_finished.connect(self._update)
        runner.job_progress.connect(self._progressed)
        self._update()

    def _update(self, *_args: object) -> None:
        waited = self._runner.jobs_to_wait_for() or self._runner.jobs()
        job = next(iter(waited), None)
        if job is None:
            return
        waiting = len(waited) - 1
        more = self.tr(" (and %n more)", "", waiting) if waiting > 0 else ""
        self.job_label.setText(job.title + "…" + more)
        self._show(*job.last_progress)
        self.stop_button.setEnabled(
            any(j.cancellable and not j.cancel_requested() for j in self._runner.jobs())
        )

    def _progressed(self, job: Job, done: int, total: int, message: str) -> None:
        waited = self._runner.jobs_to_wait_for() or self._runner.jobs()
        if waited and job is waited[0]:
            self._show(done, total, message)

    def _show(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def _stop(self) -> None:
        self.stop_button.setEnabled(False)
        self.text_label.setText(self.tr("Stopping…"))
        self.stop_requested.emit()

    def _keep_working(self) -> None:
        self.keep_working.emit()
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Escape keeps working when that is offered; otherwise the wait goes on."""
        if self.keep_button is not None:
            self._keep_working()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_button is not None:
            self.keep_working.emit()
            super().closeEvent(event)
            return
        event.ignore()  # the window closes by itself when the jobs are done
