"""Asked when files of a one-file-per-article export exist already: replace, keep, skip."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from desktop.export.export_types import ExistingFiles


class ExistingFilesBox(QMessageBox):
    """ "N of the files exist already": ``choice`` holds the answer (None: cancelled)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("existingFilesBox")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Files exist"))
        self.setText(self.tr("%n of the files exist already in this folder.", "", count))
        self._choices: dict[QAbstractButton, ExistingFiles] = {
            self.addButton(
                self.tr("Replace them"), QMessageBox.ButtonRole.DestructiveRole
            ): ExistingFiles.OVERWRITE,
            self.addButton(
                self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole
            ): ExistingFiles.KEEP_BOTH,
            self.addButton(
                self.tr("Skip them"), QMessageBox.ButtonRole.ActionRole
            ): ExistingFiles.SKIP,
        }
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.choice: ExistingFiles | None = None
        self.buttonClicked.connect(
            lambda button: setattr(self, "choice", self._choices.get(button))
        )
