"""Back up now, the automatic backup on close, and restoring a backup: each one a job.

The questions are methods (``ask_backup_folder``, ``ask_backup_to_restore``,
``confirm_restore``) so that tests answer them without driving modal dialogs;
everything after the answer is the code path the menu uses.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db import backups
from db.archive import BackupCancelled, CopyProgress
from desktop.jobs import ArchiveAccess, Job, JobCancelled, JobContext, JobRunner
from desktop.main_window.archive_session import ArchiveSession
from desktop.main_window.backup_settings import BackupSettings
from desktop.main_window.error_messages import ErrorMessages
from desktop.main_window.restore_backup_dialog import RestoreBackupDialog

log = logging.getLogger(__name__)


def copy_progress(context: JobContext, text: str) -> CopyProgress:
    """A copy's page progress as the job's, stopping the copy when the job is cancelled."""

    def report(done: int, total: int) -> None:
        if context.cancelled():
            raise BackupCancelled
        context.progress(done, total, text)

    return report


class BackupCommands(QObject):
    """File ▸ Back up now…, File ▸ Restore from backup…, and the backup made on close.

    Signals:
        message(str): a line for the status bar (what was written, restored).
    """

    message = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        session: ArchiveSession,
        settings: BackupSettings,
        errors: ErrorMessages,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._session = session
        self._settings = settings
        self._errors = errors
        self._window = window
        session.released.connect(self.auto_backup)

    # --- File ▸ Back up now… ------------------------------------------------------------

    def back_up_now(self) -> Job | None:
        """Ask where, then write a backup in the background; the window stays usable."""
        archive = self._session.archive
        if archive is None:
            return None
        folder = self.ask_backup_folder(self._settings.folder_for(archive.path))
        if folder is None:
            return None

        def work(context: JobContext) -> Path:
            text = self.tr("Copying the archive")
            try:
                return backups.backup_now(
                    context.archive, folder, progress=copy_progress(context, text)
                )
            except BackupCancelled as cancelled:
                raise JobCancelled from cancelled

        job = Job(
            self.tr("Backing up {name}").format(name=archive.path.name),
            work,
            archive_path=archive.path,
            # Writable: the backup is recorded in the archive (the automatic one counts it).
            access=ArchiveAccess.READ if archive.read_only else ArchiveAccess.WRITE,
            cancellable=True,
        )
        job.on_success(
            lambda target: self.message.emit(self.tr("Backed up to {path}").format(path=target))
        )
        job.on_failure(
            lambda error: self._errors.show_archive_error(
                self.tr("The backup was not made"), error
            )
        )
        job.on_cancel(lambda: self.message.emit(self.tr("The backup was cancelled.")))
        return self._runner.submit(job)

    def ask_backup_folder(self, default: Path) -> Path | None:
        """Where to write the backup: ``default``, another folder, or None (cancelled)."""
        box = QMessageBox(self._window)
        box.setObjectName("backupNowDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Back up now"))
        box.setText(self.tr("Save a copy of the archive in {folder}?").format(folder=default))
        here = box.addButton(self.tr("Back up"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Other folder…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(here)
        box.exec()
        if box.clickedButton() is here:
            return default
        if box.clickedButton() is other:
            chosen = QFileDialog.getExistingDirectory(
                self._window, self.tr("Back up to folder"), str(default.parent)
            )
            return Path(chosen) if chosen else None
        return None

    # --- the automatic backup on close ----------------------------------------------------

    def auto_backup(self, path: Path, read_only: bool = False) -> Job | None:
        """The backup made when an archive is closed (when due): a job, never a wait."""
        if read_only or not self._settings.automatic():
            return None
        keep, folder = self._settings.keep(), self._settings.folder()

        def work(context: JobContext) -> backups.AutoBackupResult:
            text = self.tr("Copying the archive")
            try:
                result = backups.auto_backup(
                    context.archive,
                    keep=keep,
                    folder=folder,
                    progress=copy_progress(context, text),
                )
            except BackupCancelled as cancelled:
                raise JobCancelled from cancelled
            log.info("automatic backup of %s: %s (%s)", path, result.reason, result.path)
            return result

        job = Job(
            self.tr("Backing up {name}").format(name=path.name),
            work,
            archive_path=path,
            access=ArchiveAccess.WRITE,
            cancellable=True,
        )
        # Never a dialog: the user did not ask for it, and may be closing the window.
        job.on_failure(lambda error: log.warning("automatic backup of %s failed: %s", path, error))
        return self._runner.submit(job)

    # --- File ▸ Restore from backup… ------------------------------------------------------

    def restore_from_backup(self) -> Job | None:
        """Pick a backup, confirm, and replace the archive with it (kept aside first)."""
        archive = self._session.archive
        if archive is None:
            return None
        folder = self._settings.folder_for(archive.path)
        chosen = self.ask_backup_to_restore(backups.list_backups(archive.path, folder))
        if chosen is None or not self.confirm_restore(chosen):
            return None
        return self.restore(archive.path, chosen)

    def ask_backup_to_restore(self, found: list[Path]) -> Path | None:
        """The backup the user picks from ``found`` or elsewhere; None when cancelled."""
        archive = self._session.archive
        archive_path = archive.path if archive is not None else Path()
        dialog = RestoreBackupDialog(found, self._settings.folder_for(archive_path), self._window)
        accepted = dialog.exec() == RestoreBackupDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.chosen if accepted else None

    def confirm_restore(self, backup: Path) -> bool:
        """Whether to replace the archive with ``backup``."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the archive with the backup {backup}?\n\nThe archive as it is now "
                "is kept aside in the same folder, so nothing is lost."
            ).format(backup=backup.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, archive_path: Path, backup: Path) -> Job:
        """Close the archive, restore ``backup`` over it in a job, then open it again.

        Queued behind any job still using the file (the automatic backup of it, say).
        """
        self._session.close(auto_backup=False)

        def work(context: JobContext) -> Path | None:
            context.progress(0, 0, self.tr("Checking the backup"))
            try:
                return backups.restore_backup(
                    archive_path,
                    backup,
                    checked=context.check_cancelled,
                    progress=copy_progress(context, self.tr("Copying the backup")),
                )
            except BackupCancelled as cancelled:
                raise JobCancelled from cancelled

        job = Job(
            self.tr("Restoring {name}").format(name=backup.name),
            work,
            cancellable=True,
        )
        job.on_success(lambda aside: self._restored(archive_path, backup, aside))
        job.on_failure(lambda error: self._not_restored(archive_path, error))
        job.on_cancel(lambda: self._session.open(archive_path))
        return self._runner.submit(job)

    def _restored(self, archive_path: Path, backup: Path, aside: Path | None) -> None:
        self._session.open(archive_path)
        kept = (
            self.tr(" The previous file was kept as {name}.").format(name=aside.name)
            if aside
            else ""
        )
        self.message.emit(self.tr("Restored from {backup}.").format(backup=backup.name) + kept)

    def _not_restored(self, archive_path: Path, error: BaseException) -> None:
        self._errors.show_archive_error(self.tr("The backup was not restored"), error)
        self._session.open(archive_path)

