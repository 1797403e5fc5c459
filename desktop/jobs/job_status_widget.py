"""The status bar's word on the job that runs: its title, progress, Cancel, how many wait."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop.jobs.job import Job
from desktop.jobs.runner import JobRunner


class JobStatusWidget(QWidget):
    """Shown while the runner has work: "Backing up archive.sqlite3 — 40 %  [Cancel]".

    Hidden when nothing runs. The progress bar is busy (no measure) until the job says
    how far it is.
    """

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobStatus")
        self._runner = runner
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setFixedWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.waiting = QLabel(self)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelJob")
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.waiting)
        layout.addWidget(self.cancel_button)
        runner.job_queued.connect(self._update)
        runner.job_started.connect(self._update)
        runner.job_finished.connect(self._update)
        runner.job_progress.connect(self._progressed)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        """Set the fixed texts in the current language."""
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this job"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _shown_job(self) -> Job | None:
        jobs = self._runner.jobs()
        return self._runner.current() or (jobs[0] if jobs else None)

    def _update(self, *_args: object) -> None:
        job = self._shown_job()
        self.setVisible(job is not None)
        if job is None:
            return
        self.label.setText(job.title + "…")
        self.label.setToolTip(job.title)
        done, total, message = job.last_progress
        self._show_progress(done, total, message)
        others = len(self._runner.jobs()) - 1
        self.waiting.setVisible(others > 0)
        self.waiting.setText(self.tr("(%n more waiting)", "", others))
        self.cancel_button.setVisible(job.cancellable)
        self.cancel_button.setEnabled(not job.cancel_requested())

    def _progressed(self, job: Job, done: int, total: int, message: str) -> None:
        if job is self._shown_job():
            self._show_progress(done, total, message)

    def _show_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)  # busy
        self.bar.setToolTip(message)

    def _cancel(self) -> None:
        job = self._shown_job()
        if job is not None:
            job.cancel()
            self.cancel_button.setEnabled(False)
