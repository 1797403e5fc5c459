"""Where backups go, how many automatic ones are kept, and whether closing makes one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from db import backups

SETTING_KEEP = "backup/keep"
SETTING_FOLDER = "backup/folder"
SETTING_AUTO = "backup/auto"


class BackupSettings:
    """The backup settings, read from ``settings`` each time (another window may change them)."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def keep(self) -> int:
        """How many automatic backups to keep (``backup/keep``, at least 1)."""
        try:
            return max(1, int(str(self._settings.value(SETTING_KEEP, backups.DEFAULT_KEEP))))
        except ValueError:
            return backups.DEFAULT_KEEP

    def folder(self) -> Path | None:
        """The chosen backups folder (``backup/folder``); None: ``backups`` beside the archive."""
        value = str(self._settings.value(SETTING_FOLDER, "") or "")
        return Path(value) if value else None

    def folder_for(self, archive_path: Path) -> Path:
        """Where the backups of ``archive_path`` go."""
        return self.folder() or backups.default_backup_folder(archive_path)

    def automatic(self) -> bool:
        """Whether closing an archive backs it up (``backup/auto``, on by default)."""
        return str(self._settings.value(SETTING_AUTO, True)).lower() not in ("false", "0")
