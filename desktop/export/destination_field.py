"""Where an export goes: a PDF file for one report, a folder for one file per article."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

DEFAULT_NAME = "report.pdf"


class DestinationField(QWidget):
    """A path and a Browse… button; ``set_separate`` switches between file and folder."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._separate = False
        self.edit = QLineEdit()
        self.edit.setObjectName("destinationEdit")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)
        self.set_separate(False)

    def text(self) -> str:
        """The path as typed."""
        return self.edit.text().strip()

    def set_separate(self, separate: bool) -> None:
        """Offer a folder (one file per article) or a PDF file, keeping the folder."""
        self._separate = separate
        current = self.text()
        if not current:
            base = self._folder
        elif separate:
            base = Path(current) if Path(current).suffix.lower() != ".pdf" else Path(current).parent
        else:
            base = Path(current).parent if Path(current).suffix.lower() == ".pdf" else Path(current)
        if separate:
            self.edit.setText(str(base))
        else:
            name = Path(current).name if current.lower().endswith(".pdf") else DEFAULT_NAME
            self.edit.setText(str(base / name))

    def browse(self) -> None:
        """Ask for the file (one report) or the folder (one file per article)."""
        current = self.text()
        if self._separate:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the PDF files"), current
            )
        else:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the report as"), current, self.tr("PDF files (*.pdf)")
            )
            if chosen and not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
        if chosen:
            self.edit.setText(chosen)
