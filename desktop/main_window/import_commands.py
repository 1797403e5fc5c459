"""Importing from the window: drops, File ▸ Import files… and Import folder…, Last import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from db.archive import Archive
from db.errors import ArchiveError
from desktop.main_window.features import feature
from desktop.main_window.window_parts import WindowParts

if TYPE_CHECKING:
    # db.importer loads the readers (bs4, python-docx): for annotations only.
    from db.importer import ImportReport

ARTICLE_FILES = "*.txt *.md *.markdown *.docx *.rtf *.html *.htm"


class ImportCommandsMixin(WindowParts):
    """Importing from the window (part of MainWindow)."""

    def _install_importer(self, path: Path) -> None:
        controller_class = feature("import")
        if controller_class is None:
            return
        self._importer = controller_class(self, path)
        # On the window and every widget in it now: list, reading pane, welcome page.
        self._importer.install_drop_target(self)
        self._importer.finished.connect(self._import_finished)

    def choose_import(self) -> None:
        """File ▸ Import files…: choose article files to import."""
        if self._importer is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            "",
            self.tr("Article files ({patterns});;All files (*)").format(patterns=ARTICLE_FILES),
        )
        if paths:
            self._importer.import_paths([Path(p) for p in paths])

    def choose_import_folder(self) -> None:
        """File ▸ Import folder…: every article file in a folder and its subfolders."""
        if self._importer is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"), "")
        if folder:
            self._importer.import_paths([Path(folder)])

    def _import_finished(self, report: ImportReport) -> None:
        if self.archive is None:
            return
        self.data_changed_here()
        # The list shows what was just imported; Clear filters shows everything again.
        self._show_last_import(self.archive, show=bool(report.imported))

    def _show_last_import(self, archive: Archive, *, show: bool) -> None:
        try:
            last = archive.last_import()
        except ArchiveError:
            last = None
        self.filter_bar.set_last_import(last.id if last else None, show=show)
