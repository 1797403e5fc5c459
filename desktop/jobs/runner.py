"""The one background queue every long job of the window runs on, one job at a time.

Serialised on purpose: a restore never races the automatic backup of the same file, an
import never races a bulk edit, and the order the user asked for is the order things
happen. Each job gets its own archive connection, opened on the worker thread and
closed when the job ends (a connection belongs to one thread). Results, errors and
progress are delivered on the UI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections import deque
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal

from db.archive import Archive
from db.errors import ArchiveError
from desktop.jobs.failure_message import failure_message
from desktop.jobs.job import ArchiveAccess, Job, JobCancelled, JobContext, JobState

log = logging.getLogger(__name__)

# How long a thread keeps Python's GIL while another waits for it (Python's default is
# 5 ms). A job's thread is busy in Python; the UI thread gives the GIL up and takes it
# back at every call into Qt, so at the default it waits up to 5 ms each time, dozens
# of times an event. A shorter turn keeps the window answering at a small cost to jobs.
SWITCH_INTERVAL_S = 0.0005


class _Worker(QThread):
    """The worker thread: takes jobs from the queue and runs them, one after another.

    Its signals are emitted on the worker thread and received on the UI thread (the
    runner lives there), so Qt queues them, in order.
    """

    job_started = Signal(object)
    job_progress = Signal(object, int, int, str)
    job_ended = Signal(object, object, object)  # job, JobState, result or exception

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("jobs")
        self._condition = threading.Condition()
        self._queue: deque[Job] = deque()
        self._stopping = False

    def put(self, job: Job) -> None:
        with self._condition:
            self._queue.append(job)
            self._condition.notify()

    def take_back(self, job: Job) -> bool:
        """Remove a job that has not started; False when it already has."""
        with self._condition:
            if job in self._queue:
                self._queue.remove(job)
                return True
            return False

    def stop(self) -> list[Job]:
        """Finish after the job in hand; returns the queued jobs, which never start.

        Stopping and emptying the queue is one step under the lock: taking jobs back one
        by one would let the worker start the next one between two of them.
        """
        with self._condition:
            self._stopping = True
            left = list(self._queue)
            self._queue.clear()
            self._condition.notify()
        return left

    def run(self) -> None:
        while True:
            with self._condition:
                while not self._queue and not self._stopping:
                    self._condition.wait()
                if self._stopping:
                    return
                job = self._queue.popleft()
            self.job_started.emit(job)
            state, payload = self._execute(job)
            self.job_ended.emit(job, state, payload)

    def _execute(self, job: Job) -> tuple[JobState, Any]:
        if job.cancel_requested():
            return JobState.CANCELLED, None
        archive: Archive | None = None
        try:
            if job.access is not ArchiveAccess.NONE:
                assert job.archive_path is not None
                archive = Archive.open(
                    job.archive_path,
                    create=job.access is ArchiveAccess.CREATE,
                    read_only=job.access is ArchiveAccess.READ,
                )
            job._attach(archive)

            def send(done: int, total: int, text: str) -> None:
                self.job_progress.emit(job, done, total, text)

            return JobState.SUCCEEDED, job.work(JobContext(job, archive, send))
        except JobCancelled:
            return JobState.CANCELLED, None
        except ArchiveError as error:
            # An interrupted statement is how a cancel of one transaction ends.
            if job.cancel_requested():
                return JobState.CANCELLED, None
            return JobState.FAILED, error
        except Exception as error:  # a bug must not leave the window waiting forever
            if job.cancel_requested():
                return JobState.CANCELLED, None
            log.exception("the job %r failed", job.title)
            return JobState.FAILED, error
        finally:
            job._attach(None)
            if archive is not None:
                archive.close()


class JobRunner(QObject):
    """Runs jobs one at a time on one worker thread, in the order they were submitted.

    Signals:
        job_queued(Job): a job was submitted.
        job_started(Job): the worker began it.
        job_progress(Job, int, int, str): it reported progress.
        job_finished(Job): it succeeded, failed or was cancelled.
        idle(): nothing runs or waits any more.
    """

    job_queued = Signal(object)
    job_started = Signal(object)
    job_progress = Signal(object, int, int, str)
    job_finished = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._jobs: list[Job] = []  # queued and running, in order
        self._worker = _Worker()
        self._worker.job_started.connect(self._started)
        self._worker.job_progress.connect(self._progressed)
        self._worker.job_ended.connect(self._ended)
        self._worker.start()
        # The thread has no Qt parent, so that the window going away cannot delete it
        # while it runs: it is stopped and joined when the runner or the app ends.
        worker = self._worker
        self.destroyed.connect(lambda *_: _join(worker))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # --- submitting -------------------------------------------------------------------

    def submit(self, job: Job) -> Job:
        """Queue ``job`` behind the others; returns it."""
        if not self._worker.isRunning():
            raise RuntimeError("the job runner was stopped")
        job._cancel_hook = self._cancel_queued
        self._jobs.append(job)
        self._worker.put(job)
        self.job_queued.emit(job)
        return job

    def jobs(self) -> list[Job]:
        """The running job (first) and the queued ones, in order."""
        return list(self._jobs)

    def current(self) -> Job | None:
        """The job running now."""
        return next((job for job in self._jobs if job.state is JobState.RUNNING), None)

    def is_busy(self) -> bool:
        """Whether a job runs or waits."""
        return bool(self._jobs)

    def cancel_all(self, *, stop_on_close_only: bool = False) -> None:
        """Cancel every job that allows it (with ``stop_on_close_only``, only those)."""
        for job in reversed(self.jobs()):
            if job.stop_on_close or not stop_on_close_only:
                job.cancel()

    def jobs_to_wait_for(self) -> list[Job]:
        """The jobs that closing the window waits for (all but the ``stop_on_close`` ones)."""
        return [job for job in self._jobs if not job.stop_on_close]

    def wait_until_idle(self, timeout_ms: int = 30_000) -> bool:
        """Run the event loop until no job is left (tests, the benchmark); False on timeout."""
        if not self._jobs:
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)
        return not self._jobs

    def stop(self) -> None:
        """Cancel the queued jobs and end the worker thread after the job in hand."""
        try:
            left = self._worker.stop()
        except RuntimeError:
            left = []  # its C++ side is gone already
        for job in left:
            if not job.is_done():
                self._finish(job, JobState.CANCELLED, None)
        _join(self._worker)

    # --- from the worker (on the UI thread) -------------------------------------------

    def _cancel_queued(self, job: Job) -> None:
        if job.state is JobState.QUEUED and self._worker.take_back(job):
            self._finish(job, JobState.CANCELLED, None)

    def _started(self, job: Job) -> None:
        job.state = JobState.RUNNING
        job.started.emit()
        self.job_started.emit(job)

    def _progressed(self, job: Job, done: int, total: int, message: str) -> None:
        if job.is_done():
            return
        job.last_progress = (done, total, message)
        job.progress.emit(done, total, message)
        self.job_progress.emit(job, done, total, message)

    def _ended(self, job: Job, state: JobState, payload: object) -> None:
        if not job.is_done():
            self._finish(job, state, payload)

    def _finish(self, job: Job, state: JobState, payload: object) -> None:
        job.state = state
        if job in self._jobs:
            self._jobs.remove(job)
        try:
            if state is JobState.SUCCEEDED:
                job.result = payload
                job.succeeded.emit(payload)
            elif state is JobState.FAILED:
                assert isinstance(payload, BaseException)
                job.error = payload
                job.message = failure_message(payload)
                job.failed.emit(payload)
            else:
                job.cancelled.emit()
        finally:
            job.finished.emit()
            self.job_finished.emit(job)
            if not self._jobs:
                self.idle.emit()


def _join(worker: _Worker) -> None:
    try:
        worker.stop()
        worker.wait()
    except RuntimeError:
        pass  # its C++ side is gone already
