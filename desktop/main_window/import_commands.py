"""Importing from the window: drops, File ▸ Import files… and Import folder…, the samples."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from db.archive import Archive
from db.errors import ArchiveError
from desktop.importing import ImportController
from desktop.importing.import_job import import_work
from desktop.jobs import ArchiveAccess, Job, JobRunner
from desktop.main_window.archive_session import ArchiveSession
from desktop.main_window.error_messages import ErrorMessages
from desktop.resource_files import resource_path

if TYPE_CHECKING:
    # db.importer loads the readers (bs4, python-docx): for annotations only.
    from db.importer import ImportReport

ARTICLE_FILES = "*.txt *.text *.md *.markdown *.mdown *.docx *.doc *.rtf *.html *.htm *.pdf"


class ImportCommands(QObject):
    """Imports into the archive shown, each run a job; a read-only archive takes none.

    Args:
        runner: the window's job runner.
        session: the archive shown.
        errors: where failures are shown.
        window: the window (dialogs, and the widgets that take drops).

    Signals:
        imported(object): an import run (or the samples) ended, with its ImportReport.
        last_import_changed(object, bool): the latest import's id (None: none yet), and
            whether the list should show only its articles now.
        message(str): a line for the status bar.
        bundles_dropped(list): exchange bundles were dropped on the window (to merge).
    """

    imported = Signal(object)
    bundles_dropped = Signal(list)
    last_import_changed = Signal(object, bool)
    message = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        session: ArchiveSession,
        errors: ErrorMessages,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._session = session
        self._errors = errors
        self._window = window
        self.controller: ImportController | None = None
        self._retired: list[ImportController] = []
        session.archive_changed.connect(self._archive_changed)
        runner.job_finished.connect(self._sweep)

    def _archive_changed(self, archive: Archive | None) -> None:
        if self.controller is not None:
            self._retire(self.controller)
            self.controller = None
        # "Only the last import" meant the last archive's: import ids are per archive.
        self.last_import_changed.emit(None, False)
        if archive is None:
            return
        if not archive.read_only:
            self.controller = ImportController(self._window, archive.path, runner=self._runner)
            # On the window and every widget in it now: list, reading pane, welcome page.
            self.controller.install_drop_target(self._window)
            self.controller.finished.connect(self._import_finished)
            self.controller.bundles_dropped.connect(self.bundles_dropped)
        self._show_last_import(archive, show=False)

    def _retire(self, controller: ImportController) -> None:
        """The archive it imports into is no longer shown: no more drops for it.

        Its runs go on (each job has its own connection to that archive) and end with
        their report; the controller goes when the last one has.
        """
        controller.finished.disconnect(self._import_finished)
        controller.uninstall_drop_target(self._window)
        self._retired.append(controller)
        self._sweep()

    def _sweep(self, *_args: object) -> None:
        for controller in [c for c in self._retired if not c.is_busy()]:
            self._retired.remove(controller)
            controller.deleteLater()

    def available(self) -> bool:
        """Whether the archive shown takes imports."""
        return self.controller is not None

    def choose_import(self) -> None:
        """File ▸ Import files…: choose article files to import."""
        if self.controller is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self._window,
            self.tr("Import articles"),
            "",
            self.tr("Article files ({patterns});;All files (*)").format(patterns=ARTICLE_FILES),
        )
        if paths:
            self.controller.import_paths([Path(p) for p in paths])

    def choose_import_folder(self) -> None:
        """File ▸ Import folder…: every article file in a folder and its subfolders."""
        if self.controller is None:
            return
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("Import a folder"), "")
        if folder:
            self.controller.import_paths([Path(folder)])

    def load_samples(self) -> Job | None:
        """Import the bundled sample articles (a job; no report, a line in the status bar)."""
        archive = self._session.archive
        if archive is None or archive.read_only:
            return None
        job = Job(
            self.tr("Loading the sample articles"),
            import_work([resource_path("samples")], allow_duplicates=False),
            archive_path=archive.path,
            access=ArchiveAccess.WRITE,
            cancellable=True,
        )
        job.on_success(self._samples_loaded)
        job.on_failure(
            lambda error: self._errors.show_archive_error(
                self.tr("The samples were not loaded"), error
            )
        )
        return self._runner.submit(job)

    def _samples_loaded(self, report: ImportReport) -> None:
        if report.error:
            self._errors.show_error(self.tr("The samples were not loaded"), report.error)
        self.message.emit(
            self.tr("{count} sample articles loaded").format(count=len(report.imported))
        )
        self.imported.emit(report)

    def _import_finished(self, report: ImportReport) -> None:
        self.imported.emit(report)
        archive = self._session.archive
        if archive is not None:
            # The list shows what was just imported; Clear filters shows everything again.
            self._show_last_import(archive, show=bool(report.imported))

    def _show_last_import(self, archive: Archive, *, show: bool) -> None:
        try:
            last = archive.last_import()
        except ArchiveError:
            last = None
        self.last_import_changed.emit(last.id if last else None, show)
