"""What the main window talks to: start imports, show progress and the report, say when done."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.importing.drop_support import DropFilter
from desktop.importing.import_job import import_work
from desktop.importing.import_log import append_report_log
from desktop.importing.import_progress_dialog import ImportProgressDialog
from desktop.importing.import_report_dialog import ImportReportDialog
from desktop.jobs import ArchiveAccess, Job, JobRunner, JobState

if TYPE_CHECKING:
    # db.importer loads the readers (bs4, python-docx): only the job imports it, per run.
    from db.importer import ImportReport


class ImportController(QObject):
    """Imports as jobs of the window's runner, one run at a time; drops during a run wait.

    Args:
        parent_window: the window the dialogs belong to.
        archive_path: the archive file (each run's job opens its own connection to it).
        runner: the window's job runner.
        show_report: show the report dialog at the end of each run.

    Signals:
        started: a run began.
        finished(report): a run ended (ImportReport; ``report.import_id`` filters the list
            with ``ArticleFilter(import_id=...)``).
        bundles_dropped(paths): bundles or archive files were dropped (merged, not imported).
    """

    started = Signal()
    finished = Signal(object)
    bundles_dropped = Signal(list)

    def __init__(
        self,
        parent_window: QWidget,
        archive_path: Path,
        *,
        runner: JobRunner,
        show_report: bool = True,
    ) -> None:
        super().__init__(parent_window)
        self.window = parent_window
        self.archive_path = Path(archive_path)
        self.runner = runner
        self.show_report = show_report
        self.last_report: ImportReport | None = None
        self.progress_dialog: ImportProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self._jobs: list[Job] = []
        self._drops = DropFilter(self)
        self._drops.paths_dropped.connect(self.import_paths)
        self._drops.bundles_dropped.connect(self.bundles_dropped)

    # --- the API of the main window ------------------------------------------------------

    def install_drop_target(self, widget: QWidget) -> None:
        """Accept file and folder drops on ``widget`` and its children; they are imported."""
        self._drops.install(widget)

    def uninstall_drop_target(self, widget: QWidget) -> None:
        """Stop taking drops on ``widget`` and its children (another archive is shown)."""
        self._drops.uninstall(widget)

    def import_paths(self, paths: list[Path], *, allow_duplicates: bool = False) -> Job | None:
        """Import files and folders in the background (queued behind the runner's jobs)."""
        paths = [Path(path) for path in paths]
        if not paths:
            return None
        names = ", ".join(path.name for path in paths[:2]) + ("…" if len(paths) > 2 else "")
        job = Job(
            self.tr("Importing {names}").format(names=names),
            import_work(paths, allow_duplicates=allow_duplicates),
            archive_path=self.archive_path,
            access=ArchiveAccess.CREATE,
            cancellable=True,
        )
        job.started.connect(self._on_started)
        job.progress.connect(self._on_progress)
        job.succeeded.connect(self._on_finished)
        job.failed.connect(lambda error, j=job: self._on_failed(j, error))
        job.finished.connect(lambda j=job: self._forget(j))
        self._jobs.append(job)
        return self.runner.submit(job)

    def is_busy(self) -> bool:
        """Whether an import runs or waits."""
        return bool(self._jobs)

    def cancel(self) -> None:
        """Stop the running import after the file in hand; queued imports are dropped."""
        for job in reversed(self._jobs):
            job.cancel()

    def shutdown(self) -> None:
        """Cancel this controller's imports (the window closes or shows another archive)."""
        self.cancel()
        self._close_progress()

    # --- running -------------------------------------------------------------------------

    def _on_started(self) -> None:
        if self.progress_dialog is None:
            self.progress_dialog = ImportProgressDialog(self.window)
            self.progress_dialog.cancel_requested.connect(self.cancel)
        self.progress_dialog.show()
        self.started.emit()

    def _on_progress(self, done: int, total: int, current: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.set_progress(done, total, current)

    def _on_failed(self, job: Job, _error: BaseException) -> None:
        from db.importer import ImportReport

        # The archive could not be opened for the run: the report says so, as for any stop.
        self._on_finished(ImportReport(error=job.message))

    def _on_finished(self, report: ImportReport) -> None:
        self.last_report = report
        self._close_progress()
        log_file = append_report_log(self.archive_path, report)
        if self.show_report:
            self.report_dialog = ImportReportDialog(report, log_file=log_file, parent=self.window)
            self.report_dialog.import_anyway_requested.connect(self._import_anyway)
            self.report_dialog.show()
        self.finished.emit(report)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _forget(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        if job.state is JobState.CANCELLED and not self._jobs:
            # Cancelled before it started: nothing was imported, nothing to report.
            self._close_progress()

    def _import_anyway(self, paths: list[Path]) -> None:
        self.import_paths(paths, allow_duplicates=True)
