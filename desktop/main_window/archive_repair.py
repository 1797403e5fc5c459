"""The check after opening, and what to do about a damaged archive: restore, salvage, look.

The questions are methods (``ask_repair``, ``ask_salvage_target``) so that tests answer
them; everything after the answer runs as from the dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from db import backups
from db.errors import ArchiveError, DamagedArchiveError
from db.health import CheckCancelled, quick_check
from db.salvage import salvage_report
from desktop.jobs import Job, JobCancelled, JobContext, JobRunner
from desktop.main_window.archive_session import ArchiveSession
from desktop.main_window.backup_commands import BackupCommands
from desktop.main_window.backup_settings import BackupSettings
from desktop.main_window.damaged_archive_dialog import DamagedArchiveDialog, RepairChoice
from desktop.main_window.error_messages import ErrorMessages

log = logging.getLogger(__name__)


class ArchiveRepair(QObject):
    """Checks the archive once its first rows are shown, and repairs a damaged one.

    Signals:
        health_checked(list): the check after opening finished (empty: healthy).
        message(str): a line for the status bar.
    """

    health_checked = Signal(list)
    message = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        session: ArchiveSession,
        *,
        backup_commands: BackupCommands,
        settings: BackupSettings,
        errors: ErrorMessages,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._session = session
        self._backups = backup_commands
        self._settings = settings
        self._errors = errors
        self._window = window
        session.open_failed.connect(self.open_failed)

    # --- the check after opening ----------------------------------------------------------

    def check_archive(self) -> Job | None:
        """Run the quick check of the archive shown (a job the program starts itself).

        When the file is damaged it also looks for the newest good backup (each one is
        checked fully, which takes a while), so the dialog can offer it at once.
        """
        archive = self._session.archive
        if archive is None:
            return None
        path, folder = archive.path, self._settings.folder()

        def work(context: JobContext) -> tuple[list[str], Path | None]:
            try:
                problems = quick_check(path, cancelled=context.cancelled)
            except CheckCancelled as stopped:
                raise JobCancelled from stopped
            backup = backups.newest_good_backup(path, folder) if problems else None
            return problems, backup

        job = Job(
            self.tr("Checking {name}").format(name=path.name),
            work,
            cancellable=True,
            stop_on_close=True,
        )
        job.on_success(lambda found: self._checked(path, *found))
        return self._runner.submit(job)

    def _checked(self, path: Path, problems: list[str], backup: Path | None) -> None:
        self.health_checked.emit(problems)
        archive = self._session.archive
        if archive is None or archive.path != path or not problems:
            return
        log.error("%s failed the quick check: %s", path, "; ".join(problems[:10]))
        self.offer_repair(path, problems, backup)

    # --- a damaged archive -----------------------------------------------------------------

    def open_failed(self, path: Path, error: ArchiveError) -> None:
        """A file that cannot be opened: repair a damaged one, explain the rest."""
        if not isinstance(error, DamagedArchiveError):
            self._errors.show_archive_error(self.tr("The archive cannot be opened"), error)
            return
        folder = self._settings.folder()
        # Each backup is checked fully before it is offered: a job, not a wait.
        job = Job(
            self.tr("Looking for a good backup of {name}").format(name=path.name),
            lambda _context: backups.newest_good_backup(path, folder),
        )
        job.on_success(lambda backup: self.offer_repair(path, [str(error)], backup))
        self._runner.submit(job)

    def offer_repair(self, path: Path, problems: list[str], backup: Path | None) -> RepairChoice:
        """Ask what to do about a damaged archive, and do it; returns the choice."""
        choice = self.ask_repair(path, problems, backup)
        log.info("damaged archive %s: the user chose %s", path, choice.value)
        if choice is RepairChoice.RESTORE and backup is not None:
            self._backups.restore(path, backup)
        elif choice is RepairChoice.SALVAGE:
            self.salvage_into_new(path)
        elif choice is RepairChoice.READ_ONLY:
            self._session.close(auto_backup=False)
            self._session.open(path, read_only=True)
        else:
            self._session.close(auto_backup=False)
        return choice

    def ask_repair(self, path: Path, problems: list[str], backup: Path | None) -> RepairChoice:
        """The user's choice in the damaged-archive dialog."""
        dialog = DamagedArchiveDialog(path, problems, backup, self._window)
        dialog.exec()
        dialog.deleteLater()
        return dialog.choice

    def ask_salvage_target(self, damaged: Path) -> Path | None:
        """Where to write the salvaged archive; None when cancelled."""
        proposed = damaged.with_name(f"{damaged.stem}-salvaged.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Salvage into a new archive"),
            str(proposed),
            self.tr("Archives ({patterns})").format(patterns="*.sqlite3"),
        )
        return Path(path) if path else None

    def salvage_into_new(self, damaged: Path) -> Job | None:
        """Copy what can be read into a new archive (a job), then open that one."""
        target = self.ask_salvage_target(damaged)
        self._session.close(auto_backup=False)
        if target is None:
            return None

        def work(context: JobContext) -> int:
            def progress(done: int, total: int) -> None:
                context.check_cancelled()
                context.progress(done, total, self.tr("Reading the articles"))

            return salvage_report(damaged, target, progress=progress).saved

        job = Job(
            self.tr("Salvaging {name}").format(name=damaged.name),
            work,
            cancellable=True,
        )
        job.on_success(lambda saved: self._salvaged(damaged, target, saved))
        job.on_failure(
            lambda error: self._errors.show_archive_error(
                self.tr("Nothing could be salvaged"), error
            )
        )
        return self._runner.submit(job)

    def _salvaged(self, damaged: Path, target: Path, saved: int) -> None:
        self._session.open(target)
        self.message.emit(
            self.tr("{count} articles salvaged into {name}; {damaged} was not changed.").format(
                count=saved, name=target.name, damaged=damaged.name
            )
        )
