"""Running an export on one background thread with its own archive connection."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from db.archive import Archive
from db.errors import ArchiveError
from desktop.export.errors import ExportCancelled, ExportError
from desktop.export.exporter import ExportRequest, export


class ExportWorker(QObject):
    """Exports ``request`` from the archive at ``archive_path``; lives on its own thread.

    Signals:
        progress(int, int, str): done, total and what is being done.
        finished(object): the ExportResult, when everything was written.
        failed(str): a message for the user; nothing half-written is left.
        cancelled(): the user cancelled; nothing half-written is left.
        done(): after any of the three above (to stop the thread).
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal()

    def __init__(self, archive_path: Path, request: ExportRequest) -> None:
        super().__init__()
        self.archive_path = archive_path
        self.request = request
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the export to stop at the next article or page (callable from any thread)."""
        self._cancel.set()

    def _report(self, done: int, total: int, message: str) -> None:
        if self._cancel.is_set():
            raise ExportCancelled
        self.progress.emit(done, total, message)

    @Slot()
    def run(self) -> None:
        """Do the export (on the worker thread)."""
        try:
            # An Archive belongs to one thread: this one opens its own, read-only.
            with Archive.open(self.archive_path, read_only=True) as archive:
                result = export(archive, self.request, self._report)
        except ExportCancelled:
            self.cancelled.emit()
        except (ExportError, ArchiveError) as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(f"The export failed: {error}")
        else:
            self.finished.emit(result)
        finally:
            self.done.emit()


class ExportThread(QObject):
    """One QThread running one ExportWorker; keep a reference until ``ended``.

    Its signals repeat the worker's on the thread that made it (the GUI thread), so
    receivers never run on the worker thread.

    Signals:
        progress(int, int, str), finished(object), failed(str), cancelled(): as the
            worker's.
        ended(): the worker thread has stopped (after any of the above).
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    ended = Signal()

    def __init__(
        self, archive_path: Path, request: ExportRequest, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.qthread = QThread()
        self.qthread.setObjectName("pdf-export")
        self.worker = ExportWorker(archive_path, request)
        self.worker.moveToThread(self.qthread)
        # Signal to signal: queued to this object's thread.
        self.worker.progress.connect(self.progress)
        self.worker.finished.connect(self.finished)
        self.worker.failed.connect(self.failed)
        self.worker.cancelled.connect(self.cancelled)
        self.qthread.started.connect(self.worker.run)
        self.worker.done.connect(self.qthread.quit)
        self.qthread.finished.connect(self._thread_finished)

    @Slot()
    def _thread_finished(self) -> None:
        # ``finished`` comes just before the thread really ends; dropping the QThread
        # before then would abort the program.
        self.qthread.wait()
        self.ended.emit()

    def start(self) -> None:
        """Start the export."""
        self.qthread.start()

    def cancel(self) -> None:
        """Ask the export to stop; ``cancelled`` follows."""
        self.worker.cancel()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Wait for the thread to end (on closing the window)."""
        return self.qthread.wait(milliseconds)
