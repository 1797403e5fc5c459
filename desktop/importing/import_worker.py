"""The import on a worker thread: its own archive connection, progress and cancel by signals."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from db.archive import Archive
from db.errors import ArchiveError
from db.reasons import reason, register_reasons

if TYPE_CHECKING:
    # db.importer loads the readers (bs4, python-docx): imported when a run starts.
    from db.importer import Progress

log = logging.getLogger(__name__)

register_reasons(
    {
        "import.unexpected": (
            "the import stopped on an unexpected error (the log file has the details); "
            "what was imported before it is in the archive"
        )
    }
)

# Progress reaches the window at most this often: at thousands of files a second a
# signal per file would flood the event loop the worker is meant to keep free.
PROGRESS_INTERVAL_S = 0.05


class ImportWorker(QObject):
    """Runs ``db.importer.import_paths`` on the thread it was moved to.

    Signals:
        progress(done, total, current): after a file, at most every 50 ms.
        finished(report): the ImportReport of the run (also after a cancel or an error).
    """

    progress = Signal(int, int, str)
    finished = Signal(object)

    def __init__(self, archive_path: Path) -> None:
        super().__init__()
        self.archive_path = archive_path
        self._cancel = threading.Event()
        self._last_progress = 0.0

    def cancel(self) -> None:
        """Ask the running import to stop after the file in hand (safe from any thread)."""
        self._cancel.set()

    @Slot(object, bool)
    def run(self, paths: list[Path], allow_duplicates: bool) -> None:
        """Import ``paths``; emits ``finished`` whatever happens."""
        from db.importer import ImportReport, import_paths

        self._cancel.clear()
        self._last_progress = 0.0
        try:
            # One Archive per run, opened on this thread: a connection belongs to one thread.
            with Archive.open(self.archive_path, create=True) as archive:
                report = import_paths(
                    archive,
                    paths,
                    allow_duplicates=allow_duplicates,
                    progress=self._report_progress,
                    cancelled=self._cancel.is_set,
                )
        except ArchiveError as error:
            report = ImportReport(error=str(error))
        except Exception:  # a bug must not leave the window waiting forever
            log.exception("the import stopped on an unexpected error")
            report = ImportReport(error=reason("import.unexpected"))
        self.finished.emit(report)

    def _report_progress(self, progress: Progress) -> None:
        now = time.monotonic()
        if progress.done == progress.total or now - self._last_progress >= PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.progress.emit(progress.done, progress.total, str(progress.current))
