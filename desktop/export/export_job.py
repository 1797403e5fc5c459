"""An export as a job of the window's runner: its own read-only connection, progress, cancel."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from db.models import ArticleFilter
from desktop.export.errors import ExportCancelled
from desktop.export.export_types import ExportRequest, ExportResult
from desktop.export.exporter import export
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
        archive = context.archive
        resolved = request if where is None else replace(request, ids=archive.ids(where))

        def report(done: int, total: int, message: str) -> None:
            if context.cancelled():
                raise ExportCancelled
            context.progress(done, total, message)

        try:
            return export(archive, resolved, report)
        except ExportCancelled as cancelled:
            raise JobCancelled from cancelled

    return Job(
        title,
        work,
        archive_path=archive_path,
        access=ArchiveAccess.READ,
        cancellable=True,
    )
