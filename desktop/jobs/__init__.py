"""The one job runner: every job that can take longer than a moment runs through it.

Import, export, backup, restore, salvage, the samples, re-decoding, bulk edits, tidying
names, opening (migrations and re-indexing) and the check after opening::

    job = Job(tr("Backing up {name}"), work, archive_path=path, access=ArchiveAccess.READ,
              cancellable=True)
    job.on_success(show_done).on_failure(show_error)
    runner.submit(job)

``work(context)`` runs on the worker thread with ``context.archive`` (its own
connection), ``context.progress(done, total, message)`` and ``context.cancelled()``;
the callbacks run on the UI thread. ``JobStatusWidget`` shows in the status bar what runs.
"""

from __future__ import annotations

from desktop.jobs.job import ArchiveAccess, Job, JobCancelled, JobContext, JobState
from desktop.jobs.runner import JobRunner

__all__ = ["ArchiveAccess", "Job", "JobCancelled", "JobContext", "JobRunner", "JobState"]
