"""The dialog for an archive found damaged: restore a backup, salvage, or read only."""

from __future__ import annotations

import html
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)


class RepairChoice(Enum):
    """What the user chose to do about a damaged archive."""

    RESTORE = "restore"
    SALVAGE = "salvage"
    READ_ONLY = "read_only"
    CLOSE = "close"


class DamagedArchiveDialog(QMessageBox):
    """Says the archive is damaged and what can be done; ``choice`` holds the answer.

    Args:
        path: the damaged archive.
        problems: what the check found (the first few are shown, all under Details).
        backup: the newest good backup, None when there is none.
        parent: the main window.
    """

    def __init__(
        self, path: Path, problems: list[str], backup: Path | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damagedArchiveDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The archive is damaged"))
        self.choice = RepairChoice.CLOSE
        text = self.tr(
            "{name} is damaged: some of its articles may not be readable, and changing "
            "it could lose more."
        ).format(name=html.escape(path.name))
        if backup is not None:
            advice = self.tr(
                "Restore the newest good backup ({backup}); the damaged file is kept "
                "aside. Or copy every article that can still be read into a new archive."
            ).format(backup=html.escape(backup.name))
        else:
            advice = self.tr(
                "No good backup was found. Copy every article that can still be read into "
                "a new archive, or open this one read-only to look at it."
            )
        self.setText(f"<p><b>{text}</b></p><p>{advice}</p>")
        self.setDetailedText("\n".join(problems))
        self._buttons: dict[QAbstractButton, RepairChoice] = {}
        if backup is not None:
            self._add(self.tr("Restore the backup"), RepairChoice.RESTORE, default=True)
        self._add(self.tr("Salvage into a new archive…"), RepairChoice.SALVAGE, backup is None)
        self._add(self.tr("Open read-only"), RepairChoice.READ_ONLY)
        close = self._add(self.tr("Close the archive"), RepairChoice.CLOSE)
        self.setEscapeButton(close)
        self.buttonClicked.connect(self._clicked)

    def _add(self, text: str, choice: RepairChoice, default: bool = False) -> QPushButton:
        role = (
            QMessageBox.ButtonRole.RejectRole
            if choice is RepairChoice.CLOSE
            else QMessageBox.ButtonRole.AcceptRole
        )
        button = self.addButton(text, role)
        self._buttons[button] = choice
        if default:
            self.setDefaultButton(button)
        return button

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Four choices with long names make a row wider than a small screen (1024×600 at
        # 150 %): there they are stacked.
        buttons = self.findChild(QDialogButtonBox)
        screen = self.screen()
        if buttons is not None and screen is not None:
            room = screen.availableGeometry().width() - 40
            if buttons.sizeHint().width() > room:
                buttons.setOrientation(Qt.Orientation.Vertical)
        super().showEvent(event)

    def _clicked(self, button: QAbstractButton) -> None:
        self.choice = self._buttons.get(button, RepairChoice.CLOSE)
