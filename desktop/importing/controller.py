"""What the main window talks to: start imports, show progress and the report, say when done."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop.importing.drop_support import DropFilter
from desktop.importing.import_log import append_report_log
from desktop.importing.import_progress_dialog import ImportProgressDialog
from desktop.importing.import_report_dialog import ImportReportDialog
from desktop.importing.import_worker import ImportWorker

if TYPE_CHECKING:
    # db.importer loads the readers (bs4, python-docx): only the worker imports it, per run.
    from db.importer import ImportReport


class ImportController(QObject):
    """Imports on one worker thread, one run at a time; drops during a run wait their turn.

    Args:
        parent_window: the window the dialogs belong to.
        archive_path: the archive file (the worker opens its own connection to it).
        show_report: show the report dialog at the end of each run.

    Signals:
        started: a run began.
        finished(report): a run ended (ImportReport; ``report.import_id`` filters the list
            with ``ArticleFilter(import_id=...)``).
    """

    started = Signal()
    finished = Signal(object)
    _run_requested = Signal(object, bool)

    def __init__(
        self, parent_window: QWidget, archive_path: Path, *, show_report: bool = True
    ) -> None:
        super().__init__(parent_window)
        self.window = parent_window
        self.archive_path = Path(archive_path)
        self.show_report = show_report
        self.last_report: ImportReport | None = None
        self.progress_dialog: ImportProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self._queue: list[tuple[list[Path], bool]] = []
        self._busy = False
        self._drops = DropFilter(self)
        self._drops.paths_dropped.connect(self.import_paths)
        self._thread = QThread(self)
        self._thread.setObjectName("import")
        self._worker = ImportWorker(self.archive_path)
        self._worker.moveToThread(self._thread)
        self._run_requested.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # --- the API of the main window ------------------------------------------------------

    def install_drop_target(self, widget: QWidget) -> None:
        """Accept file and folder drops on ``widget`` and its children; they are imported."""
        self._drops.install(widget)

    def import_paths(self, paths: list[Path], *, allow_duplicates: bool = False) -> None:
        """Import files and folders in the background (queued while a run is going)."""
        paths = [Path(path) for path in paths]
        if not paths:
            return
        self._queue.append((paths, allow_duplicates))
        if not self._busy:
            self._start_next()

    def is_busy(self) -> bool:
        """Whether an import is running."""
        return self._busy

    def cancel(self) -> None:
        """Stop the running import after the file in hand; queued imports are dropped."""
        self._queue.clear()
        self._worker.cancel()

    def shutdown(self) -> None:
        """Cancel and wait for the worker thread (call before the window goes away)."""
        if not self._thread.isRunning():
            return
        self.cancel()
        self._thread.quit()
        self._thread.wait()

    # --- running -------------------------------------------------------------------------

    def _start_next(self) -> None:
        paths, allow_duplicates = self._queue.pop(0)
        self._busy = True
        if self.progress_dialog is None:
            self.progress_dialog = ImportProgressDialog(self.window)
            self.progress_dialog.cancel_requested.connect(self.cancel)
        self.progress_dialog.show()
        self.started.emit()
        self._run_requested.emit(paths, allow_duplicates)

    def _on_progress(self, done: int, total: int, current: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.set_progress(done, total, current)

    def _on_finished(self, report: ImportReport) -> None:
        self._busy = False
        self.last_report = report
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        log_file = append_report_log(self.archive_path, report)
        if self.show_report:
            self.report_dialog = ImportReportDialog(report, log_file=log_file, parent=self.window)
            self.report_dialog.import_anyway_requested.connect(self._import_anyway)
            self.report_dialog.show()
        self.finished.emit(report)
        if self._queue:
            self._start_next()

    def _import_anyway(self, paths: list[Path]) -> None:
        self.import_paths(paths, allow_duplicates=True)
