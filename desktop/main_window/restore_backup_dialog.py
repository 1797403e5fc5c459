"""File ▸ Restore from backup…: pick one of the archive's backups, or another file."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ARCHIVE_FILES = "*.sqlite3 *.sqlite *.db"
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?\.sqlite3$")


class RestoreBackupDialog(QDialog):
    """The backups of the archive, newest first, and a button for a file elsewhere.

    Args:
        backups: the backups found (``backups.list_backups``), newest first.
        folder: where they were looked for (named in the text; the file dialog starts there).
        parent: the main window.
    """

    def __init__(self, backups: list[Path], folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.folder = folder
        self.chosen: Path | None = None
        intro = QLabel(self)
        intro.setWordWrap(True)
        if backups:
            intro.setText(
                self.tr(
                    "Choose the backup to restore. The archive as it is now is kept aside "
                    "beside it, so nothing is lost. Backups in {folder}:"
                ).format(folder=folder)
            )
        else:
            intro.setText(
                self.tr(
                    "There are no backups of this archive in {folder}. Choose a backup "
                    "file elsewhere."
                ).format(folder=folder)
            )
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        for path in backups:
            item = QListWidgetItem(_describe(path), self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
        if backups:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(backups))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        other = QPushButton(self.tr("Other file…"), self)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        other.clicked.connect(self._choose_file)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 360 if backups else 140)

    def accept(self) -> None:
        item = self.list.currentItem()
        if self.chosen is None and item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        if self.chosen is not None:
            super().accept()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self.folder if self.folder.is_dir() else Path.home()),
            self.tr("Archives ({patterns});;All files (*)").format(patterns=ARCHIVE_FILES),
        )
        if path:
            self.chosen = Path(path)
            self.accept()


def _describe(path: Path) -> str:
    """``2026-11-26 09:30 · 1.2 MB · name`` for a backup file."""
    try:
        stat = path.stat()
    except OSError:
        return path.name
    # The time in the name is when the backup was made; a copied file's mtime is not.
    stamp = _STAMP.search(path.name)
    moment = (
        datetime.strptime(stamp.group(1), "%Y%m%d-%H%M%S")
        if stamp
        else datetime.fromtimestamp(stat.st_mtime)
    )
    when = moment.strftime("%Y-%m-%d %H:%M")
    size = stat.st_size / 1_000_000
    return f"{when} · {size:.1f} MB · {path.name}"
