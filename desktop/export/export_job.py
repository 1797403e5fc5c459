"""An export as a job of the window's runner: progress, cancel, the PDF written by a child.

The job looks up what to export on its own read-only connection, then hands the writing
to a child process (``export_process``): Qt's layout would hold the GIL, and with it the
window, for as long as each article takes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from db.models import ArticleFilter
from desktop.export.errors import ExportCancelled
from desktop.export.export_process import export_in_process
from desktop.export.export_types import ExportRequest, ExportResult
from desktop.jobs import ArchiveAccess, Job, JobCancelled, JobContext


def export_job(
    archive_path: Path, request: ExportRequest, *, title: str, where: ArticleFilter | None = None
) -> Job:
    """A job that writes ``request``; the result is the ExportResult.

    With ``where`` the articles are those the filter matches, looked up in the job (a
    filter can match the whole archive: the UI thread never reads that list). A cancel
    stops at the next article or page and leaves no file half-written.
    """

    def work(context: JobContext) -> ExportResult:
        resolved = request if where is None else replace(request, ids=context.archive.ids(where))
        try:
            return export_in_process(
                archive_path, resolved, progress=context.progress, cancelled=context.cancelled
            )
        except ExportCancelled as cancelled:
            raise JobCancelled from cancelled

    return Job(
        title,
        work,
        archive_path=archive_path,
        access=ArchiveAccess.READ,
        cancellable=True,
    )
