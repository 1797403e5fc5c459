"""The integrity check soon after an archive is opened, on its own thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from db.backups import newest_good_backup
from db.health import quick_check


class QuickCheckThread(QThread):
    """Runs ``health.quick_check`` on its own read-only connection.

    When the file is damaged it also looks for the newest good backup (each candidate is
    fully checked, which takes a while), so the dialog can offer it at once.

    Args:
        path: the archive file.
        backup_folder: where its backups are (None: the default folder beside it).

    Signals:
        checked(path, problems, backup): the archive checked, what is wrong with it
            (empty: healthy) and the newest good backup ("" when none or not needed).
    """

    checked = Signal(str, list, str)

    def __init__(self, path: Path, backup_folder: Path | None, parent: QObject | None) -> None:
        super().__init__(parent)
        self.setObjectName("quickCheck")
        self.path = path
        self.backup_folder = backup_folder

    def run(self) -> None:
        problems = quick_check(self.path)
        backup = newest_good_backup(self.path, self.backup_folder) if problems else None
        self.checked.emit(str(self.path), problems, str(backup) if backup else "")
