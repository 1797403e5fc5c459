"""Opening, creating and switching archives, and closing the one shown."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from db.archive import Archive
from db.errors import ArchiveBusyError, ArchiveError
from desktop.main_window.list_query_worker import ListQueryWorker
from desktop.main_window.window_parts import WindowParts

log = logging.getLogger(__name__)

MAX_RECENT = 8
ARCHIVE_FILTER = "*.sqlite3 *.sqlite *.db"


class ArchiveSwitchingMixin(WindowParts):
    """Opening, creating and switching archives (part of MainWindow)."""

    def set_archive(self, archive: Archive | None, *, auto_backup: bool = True) -> None:
        """Show ``archive``, closing the one shown before (backed up when that is due)."""
        self._stop_worker()
        self._stop_quick_check()
        self._poll.stop()
        if self._importer is not None:
            self._importer.shutdown()
            self._importer.deleteLater()
            self._importer = None
        if self.archive is not None and self.archive is not archive:
            self._release_archive(auto_backup=auto_backup)
        self.archive = archive
        self._check_pending = archive is not None
        self._show_read_only(archive is not None and archive.read_only)
        self.model.set_archive(archive)
        self.pane.set_archive(archive)
        self._current_id = None
        self._total = 0
        if archive is None:
            self.setWindowTitle(self.tr("Archive Viewer"))
            self.welcome.set_has_archive(False)
            self.central.setCurrentWidget(self.welcome)
            self._update_actions()
            self._update_status()
            return
        self._set_title()
        self._remember_archive(archive.path)
        self._worker = ListQueryWorker(archive.path)
        self._worker.result_ready.connect(self._show_result)
        self._worker.failed.connect(self._query_failed)
        self._worker.names_ready.connect(self._show_names)
        self._worker.start()
        if not archive.read_only:
            self._install_importer(archive.path)
        self._show_last_import(archive, show=False)
        self._data_version = archive.data_version()
        self._total = archive.total()
        self.welcome.set_has_archive(True)
        self._show_browse_or_welcome()
        self._reload_names()
        # The names, the data_version poll and the quick check wait for the first rows.
        self.refresh()
        self._update_actions()
        self._update_status()
        self.archive_changed.emit()

    def open_archive(
        self, path: Path | None, *, create: bool = False, read_only: bool = False
    ) -> bool:
        """Open (or create) the archive at ``path`` (None: the default one).

        An error is shown in a dialog; a damaged file gets the repair dialog.
        """
        try:
            archive = Archive.open(path, create=create, read_only=read_only)
        except ArchiveError as error:
            log.warning("cannot open %s: %s", path, error)
            if path is not None:
                self._open_failed(path, error)
            else:
                self.show_archive_error(self.tr("The archive cannot be opened"), error)
            return False
        self.set_archive(archive)
        return True

    def choose_archive(self) -> None:
        """File ▸ Open archive…"""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open archive"),
            str(self.archive.path.parent) if self.archive else "",
            self.tr("Archives ({patterns});;All files (*)").format(patterns=ARCHIVE_FILTER),
        )
        if path:
            self.open_archive(Path(path))

    def choose_new_archive(self) -> None:
        """File ▸ New archive…"""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New archive"),
            str(self.archive.path.parent / "archive.sqlite3")
            if self.archive
            else "archive.sqlite3",
            self.tr("Archives ({patterns})").format(patterns=ARCHIVE_FILTER),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".sqlite3")
        if target.exists():
            self.show_error(
                self.tr("The archive cannot be created"),
                self.tr(
                    "{path} already exists. Choose another name, or open it with "
                    "File ▸ Open archive…"
                ).format(path=target),
            )
            return
        self.open_archive(target, create=True)

    def show_archive_error(self, title: str, error: ArchiveError) -> None:
        """``show_error`` for an ArchiveError; a busy archive is said to be busy."""
        if isinstance(error, ArchiveBusyError):
            self.show_error(
                self.tr("The archive is busy"),
                str(error)
                + "\n\n"
                + self.tr(
                    "Another program (a second window or the command line) is writing "
                    "to this archive. Wait until it has finished, then try again; "
                    "nothing was changed."
                ),
            )
            return
        self.show_error(title, str(error))

    def show_error(self, title: str, message: str) -> None:
        """A dialog that says what happened (the message names the file and what to do)."""
        log.warning("%s: %s", title, message)
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorDialog")
        box.open()
        self._dialogs.append(box)
        box.finished.connect(lambda _result, b=box: self._dialogs.remove(b))

    def _remember_archive(self, path: Path) -> None:
        text = str(path.resolve())
        self.settings.setValue("archive/last", text)
        recent = [p for p in self._recent() if p != text]
        self.settings.setValue("archive/recent", [text, *recent][:MAX_RECENT])

    def _recent(self) -> list[str]:
        value = self.settings.value("archive/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _fill_recent_menu(self) -> None:
        menu = self.menu_actions.recent_menu
        menu.clear()
        current = str(self.archive.path.resolve()) if self.archive else None
        for text in self._recent():
            action = menu.addAction(text)
            action.setEnabled(text != current)
            action.triggered.connect(lambda _checked=False, p=text: self.open_archive(Path(p)))
        if menu.isEmpty():
            empty = menu.addAction(self.tr("No recent archives"))
            empty.setEnabled(False)

    def shutdown(self) -> None:
        """Stop the background threads and close the archive."""
        self._poll.stop()
        self._stop_worker()
        if self._importer is not None:
            self._importer.shutdown()
            self._importer = None
        self._stop_quick_check()
        self._release_archive(auto_backup=True)

    def _stop_worker(self) -> None:
        if self._worker is not None:
            self._worker.result_ready.disconnect(self._show_result)
            self._worker.names_ready.disconnect(self._show_names)
            self._worker.stop()
            self._worker.deleteLater()
            self._worker = None
