"""One long job: what it does, on which archive, and what the window hears back.

A job's ``work`` runs on the runner's worker thread and is handed a ``JobContext``: the
job's own archive connection (opened on that thread for this job alone), progress
reporting and the cancel flag. Everything the window hears back (``started``,
``progress``, ``succeeded``, ``failed``, ``cancelled``, ``finished``) arrives on the UI
thread, in that order, as in Anki's ``CollectionOp(parent, op).success(cb)``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from db.archive import Archive

# Progress reaches the window at most this often: a job reporting thousands of steps a
# second would otherwise flood the event loop it is meant to keep free.
PROGRESS_INTERVAL_S = 0.05


class ArchiveAccess(Enum):
    """How a job's own connection to its archive is opened on the worker thread."""

    NONE = "none"  # the job opens nothing (or works on other files)
    READ = "read"
    WRITE = "write"
    CREATE = "create"  # writable, and the file is made when missing


class JobState(Enum):
    """Where a job is."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


class JobCancelled(Exception):  # noqa: N818 - a cancel is not an error
    """Raised in a job's work to stop it because the user cancelled it."""


class JobContext:
    """What a running job's work is given, on the worker thread.

    Args:
        job: the job being run.
        archive: its connection (None for ``ArchiveAccess.NONE``).
        send_progress: how progress reaches the UI thread.
    """

    def __init__(
        self,
        job: Job,
        archive: Archive | None,
        send_progress: Callable[[int, int, str], None],
    ) -> None:
        self._job = job
        self._archive = archive
        self._send = send_progress
        self._last = float("-inf")  # the first report always goes

    @property
    def archive(self) -> Archive:
        """The job's own archive connection."""
        if self._archive is None:
            raise RuntimeError(f"the job {self._job.title!r} was not given an archive")
        return self._archive

    def cancelled(self) -> bool:
        """Whether the user asked to stop (poll it between steps)."""
        return self._job.cancel_requested()

    def check_cancelled(self) -> None:
        """Raise ``JobCancelled`` when the user asked to stop."""
        if self.cancelled():
            raise JobCancelled

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Report ``done`` of ``total`` steps (0 of 0: busy, no measure); throttled."""
        now = time.monotonic()
        if done < total and now - self._last < PROGRESS_INTERVAL_S:
            return
        self._last = now
        self._send(done, total, message)


class Job(QObject):
    """A unit of work for the ``JobRunner``; build it, add callbacks, submit it.

    Args:
        title: what the status bar says while it runs ("Backing up archive.sqlite3").
        work: ``work(context) -> result``, run on the worker thread.
        archive_path: the archive the job works on (its connection is opened for it).
        access: how that connection is opened.
        cancellable: whether the user may stop it (the work polls ``context``).
        interrupt_on_cancel: also interrupt the SQLite statement running on the job's
            connection (its transaction is rolled back: for jobs of one transaction).
        stop_on_close: the program started it for the window's sake alone (the check
            after opening): closing the window cancels it without asking.

    Signals:
        started(): the worker began the job.
        progress(int, int, str): done, total, message.
        succeeded(object): the work's result.
        failed(object): the exception that stopped it (``message`` says it for a user).
        cancelled(): it stopped because it was cancelled (or never started).
        finished(): after any of the three above.
    """

    started = Signal()
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        title: str,
        work: Callable[[JobContext], Any],
        *,
        archive_path: Path | None = None,
        access: ArchiveAccess = ArchiveAccess.NONE,
        cancellable: bool = False,
        interrupt_on_cancel: bool = False,
        stop_on_close: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if access is not ArchiveAccess.NONE and archive_path is None:
            raise ValueError(f"the job {title!r} needs an archive path for {access.value}")
        self.title = title
        self.work = work
        self.archive_path = archive_path
        self.access = access
        self.cancellable = cancellable
        self.interrupt_on_cancel = interrupt_on_cancel
        self.stop_on_close = stop_on_close
        self.state = JobState.QUEUED
        self.result: Any = None
        self.error: BaseException | None = None
        self.message = ""  # the failure as one line for the user
        self.last_progress: tuple[int, int, str] = (0, 0, "")
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._archive: Archive | None = None
        self._cancel_hook: Callable[[Job], None] | None = None

    # --- building (Anki's shape) ---------------------------------------------------------

    def on_success(self, callback: Callable[[Any], object]) -> Job:
        """Call ``callback(result)`` on the UI thread when the work returns."""
        self.succeeded.connect(callback)
        return self

    def on_failure(self, callback: Callable[[BaseException], object]) -> Job:
        """Call ``callback(error)`` on the UI thread when the work raises."""
        self.failed.connect(callback)
        return self

    def on_cancel(self, callback: Callable[[], object]) -> Job:
        """Call ``callback()`` on the UI thread when the job was cancelled."""
        self.cancelled.connect(callback)
        return self

    def on_progress(self, callback: Callable[[int, int, str], object]) -> Job:
        """Call ``callback(done, total, message)`` on the UI thread as the work goes."""
        self.progress.connect(callback)
        return self

    def on_finished(self, callback: Callable[[], object]) -> Job:
        """Call ``callback()`` on the UI thread after success, failure or cancel."""
        self.finished.connect(callback)
        return self

    # --- cancelling -------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the job to stop (a queued one never starts); ignored when not cancellable."""
        if not self.cancellable or self.is_done():
            return
        self._cancel.set()
        with self._lock:
            archive = self._archive if self.interrupt_on_cancel else None
        if archive is not None:
            archive.interrupt()  # safe from any thread
        if self._cancel_hook is not None:
            self._cancel_hook(self)

    def cancel_requested(self) -> bool:
        """Whether ``cancel`` was called (safe from any thread)."""
        return self._cancel.is_set()

    def is_done(self) -> bool:
        """Succeeded, failed or cancelled."""
        return self.state in (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED)

    # --- used by the runner -------------------------------------------------------------

    def _attach(self, archive: Archive | None) -> None:
        """The connection the worker opened for this job (None once it is closed)."""
        with self._lock:
            self._archive = archive
