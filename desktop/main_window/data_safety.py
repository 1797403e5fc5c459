"""Backups, restore, the check after opening, and damaged or read-only archives.

The questions are methods (``ask_backup_folder``, ``ask_backup_to_restore``,
``confirm_restore``, ``ask_repair``, ``ask_salvage_target``) so that tests answer them
without driving modal dialogs; everything after the answer is the code path the menu uses.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db import backups
from db.archive import Archive
from db.errors import ArchiveError, DamagedArchiveError
from db.salvage import salvage
from desktop.main_window.damaged_archive_dialog import DamagedArchiveDialog, RepairChoice
from desktop.main_window.quick_check_worker import QuickCheckThread
from desktop.main_window.restore_backup_dialog import RestoreBackupDialog
from desktop.main_window.window_parts import WindowParts

log = logging.getLogger(__name__)

# Closing waits this long for the automatic backup; a longer one finishes after the
# window has gone (a non-daemon thread keeps the process until the copy is complete).
AUTO_BACKUP_WAIT_S = 3.0
SETTING_KEEP = "backup/keep"
SETTING_FOLDER = "backup/folder"
SETTING_AUTO = "backup/auto"


class DataSafetyMixin(WindowParts):
    """Backups, restore, the health check and repairs (part of MainWindow)."""

    # --- settings --------------------------------------------------------------------

    def backup_keep(self) -> int:
        """How many automatic backups to keep (``backup/keep``, at least 1)."""
        try:
            return max(1, int(str(self.settings.value(SETTING_KEEP, backups.DEFAULT_KEEP))))
        except ValueError:
            return backups.DEFAULT_KEEP

    def backup_folder(self) -> Path | None:
        """The chosen backups folder (``backup/folder``); None: ``backups`` beside the archive."""
        value = str(self.settings.value(SETTING_FOLDER, "") or "")
        return Path(value) if value else None

    def _backup_folder_for(self, archive_path: Path) -> Path:
        return self.backup_folder() or backups.default_backup_folder(archive_path)

    # --- File ▸ Back up now… ------------------------------------------------------------

    def back_up_now(self) -> Path | None:
        """Write a backup now, to the backups folder or one the user chooses."""
        if self.archive is None:
            return None
        folder = self.ask_backup_folder(self._backup_folder_for(self.archive.path))
        if folder is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            target = backups.backup_now(self.archive, folder)
        except ArchiveError as error:
            self.show_archive_error(self.tr("The backup was not made"), error)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=target), 10000)
        return target

    def ask_backup_folder(self, default: Path) -> Path | None:
        """Where to write the backup: ``default``, another folder, or None (cancelled)."""
        box = QMessageBox(self)
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
                self, self.tr("Back up to folder"), str(default.parent)
            )
            return Path(chosen) if chosen else None
        return None

    # --- File ▸ Restore from backup… ------------------------------------------------------

    def restore_from_backup(self) -> bool:
        """Pick a backup, confirm, and replace the archive with it (kept aside first)."""
        if self.archive is None:
            return False
        folder = self._backup_folder_for(self.archive.path)
        chosen = self.ask_backup_to_restore(backups.list_backups(self.archive.path, folder))
        if chosen is None or not self.confirm_restore(chosen):
            return False
        return self.restore(self.archive.path, chosen)

    def ask_backup_to_restore(self, found: list[Path]) -> Path | None:
        """The backup the user picks from ``found`` or elsewhere; None when cancelled."""
        archive_path = self.archive.path if self.archive else Path()
        dialog = RestoreBackupDialog(found, self._backup_folder_for(archive_path), self)
        accepted = dialog.exec() == RestoreBackupDialog.DialogCode.Accepted
        dialog.deleteLater()
        return dialog.chosen if accepted else None

    def confirm_restore(self, backup: Path) -> bool:
        """Whether to replace the archive with ``backup``."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the archive with the backup {backup}?\n\nThe archive as it is now "
                "is kept aside in the same folder, so nothing is lost."
            ).format(backup=backup.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, archive_path: Path, backup: Path) -> bool:
        """Close the archive, restore ``backup`` over it and open it again."""
        self.set_archive(None, auto_backup=False)
        self.wait_for_backups()  # an automatic backup may still be reading the file
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            aside = backups.restore_backup(archive_path, backup)
        except ArchiveError as error:
            QGuiApplication.restoreOverrideCursor()
            self.show_archive_error(self.tr("The backup was not restored"), error)
            self.open_archive(archive_path)
            return False
        QGuiApplication.restoreOverrideCursor()
        opened = self.open_archive(archive_path)
        kept = (
            self.tr(" The previous file was kept as {name}.").format(name=aside.name)
            if aside
            else ""
        )
        self.statusBar().showMessage(
            self.tr("Restored from {backup}.").format(backup=backup.name) + kept, 15000
        )
        return opened

    # --- the automatic backup on close ----------------------------------------------------

    def _release_archive(self, *, auto_backup: bool) -> None:
        """Close the archive shown; back it up (in the background) when that is due."""
        archive = self.archive
        self.archive = None
        if archive is None:
            return
        path, read_only = archive.path, archive.read_only
        archive.close()
        auto = str(self.settings.value(SETTING_AUTO, True)).lower() not in ("false", "0")
        if auto_backup and auto and not read_only:
            thread = threading.Thread(
                target=_auto_backup,
                args=(path, self.backup_keep(), self.backup_folder()),
                name="auto-backup",
                daemon=False,
            )
            thread.start()
            thread.join(AUTO_BACKUP_WAIT_S)
            self._backup_threads = [t for t in self._backup_threads if t.is_alive()]
            if thread.is_alive():
                self._backup_threads.append(thread)

    def wait_for_backups(self, timeout: float | None = None) -> None:
        """Wait for automatic backups still being written (tests, and before a restore)."""
        for thread in self._backup_threads:
            thread.join(timeout)

    # --- the check after opening ----------------------------------------------------------

    def _first_rows_shown(self) -> None:
        if self._check_pending and self.archive is not None:
            self._check_pending = False
            # After this turn of the event loop, so the rows are painted first.
            QTimer.singleShot(0, self._start_quick_check)

    def _start_quick_check(self) -> None:
        if self.archive is None:
            return
        self._stop_quick_check()
        thread = QuickCheckThread(
            self.archive.path, self._backup_folder_for(self.archive.path), self
        )
        thread.checked.connect(self._quick_check_done)
        self._quick_check = thread
        thread.start()

    def _stop_quick_check(self) -> None:
        if self._quick_check is not None:
            self._quick_check.checked.disconnect(self._quick_check_done)
            self._quick_check.wait()
            self._quick_check.deleteLater()
            self._quick_check = None

    def _quick_check_done(self, path: str, problems: list[str], backup: str) -> None:
        self._stop_quick_check()
        self.health_checked.emit(problems)
        if self.archive is None or str(self.archive.path) != path or not problems:
            return
        log.error("%s failed the quick check: %s", path, "; ".join(problems[:10]))
        self.offer_repair(Path(path), problems, Path(backup) if backup else None)

    # --- a damaged archive -----------------------------------------------------------------

    def offer_repair(self, path: Path, problems: list[str], backup: Path | None) -> RepairChoice:
        """Ask what to do about a damaged archive, and do it; returns the choice."""
        choice = self.ask_repair(path, problems, backup)
        log.info("damaged archive %s: the user chose %s", path, choice.value)
        if choice is RepairChoice.RESTORE and backup is not None:
            self.restore(path, backup)
        elif choice is RepairChoice.SALVAGE:
            self.salvage_into_new(path)
        elif choice is RepairChoice.READ_ONLY:
            self.set_archive(None, auto_backup=False)
            self.open_archive(path, read_only=True)
        else:
            self.set_archive(None, auto_backup=False)
        return choice

    def ask_repair(self, path: Path, problems: list[str], backup: Path | None) -> RepairChoice:
        """The user's choice in the damaged-archive dialog."""
        dialog = DamagedArchiveDialog(path, problems, backup, self)
        dialog.exec()
        dialog.deleteLater()
        return dialog.choice

    def ask_salvage_target(self, damaged: Path) -> Path | None:
        """Where to write the salvaged archive; None when cancelled."""
        proposed = damaged.with_name(f"{damaged.stem}-salvaged.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Salvage into a new archive"),
            str(proposed),
            self.tr("Archives ({patterns})").format(patterns="*.sqlite3"),
        )
        return Path(path) if path else None

    def salvage_into_new(self, damaged: Path) -> Path | None:
        """Copy what can be read into a new archive and open that one."""
        target = self.ask_salvage_target(damaged)
        self.set_archive(None, auto_backup=False)
        if target is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            saved = salvage(damaged, target)
        except ArchiveError as error:
            QGuiApplication.restoreOverrideCursor()
            self.show_archive_error(self.tr("Nothing could be salvaged"), error)
            return None
        QGuiApplication.restoreOverrideCursor()
        self.open_archive(target)
        self.statusBar().showMessage(
            self.tr("{count} articles salvaged into {name}; {damaged} was not changed.").format(
                count=saved, name=target.name, damaged=damaged.name
            ),
            15000,
        )
        return target

    def _open_failed(self, path: Path, error: ArchiveError) -> None:
        """A file that cannot be opened: repair a damaged one, explain the rest."""
        if isinstance(error, DamagedArchiveError):
            self.offer_repair(
                path, [str(error)], backups.newest_good_backup(path, self.backup_folder())
            )
            return
        self.show_archive_error(self.tr("The archive cannot be opened"), error)


def _auto_backup(path: Path, keep: int, folder: Path | None) -> None:
    """The automatic backup, on its own thread and its own connection."""
    try:
        with Archive.open(path) as archive:
            result = backups.auto_backup(archive, keep=keep, folder=folder)
    except (ArchiveError, sqlite3.Error, OSError) as error:
        log.warning("the automatic backup of %s failed: %s", path, error)
        return
    log.info("automatic backup of %s: %s (%s)", path, result.reason, result.path or "none")
