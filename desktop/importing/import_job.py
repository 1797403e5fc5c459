"""An import as a job of the runner: its own archive connection, progress, cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.jobs import JobContext

if TYPE_CHECKING:
    # db.importer loads the readers (bs4, python-docx): imported when a run starts.
    from db.importer import ImportReport


def import_work(
    paths: list[Path], *, allow_duplicates: bool
) -> Callable[[JobContext], ImportReport]:
    """The work of a job that imports ``paths`` into the job's archive.

    Cancelling stops the run after the file in hand (what was read is committed, so
    every file reported as imported is whole); the report says it was cancelled.
    """

    def work(context: JobContext) -> ImportReport:
        from db.importer import Progress, import_paths

        def progress(step: Progress) -> None:
            context.progress(step.done, step.total, str(step.current))

        return import_paths(
            context.archive,
            paths,
            allow_duplicates=allow_duplicates,
            progress=progress,
            cancelled=context.cancelled,
        )

    return work
