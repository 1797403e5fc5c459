"""What an empty archive (or no archive at all) shows instead of the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeWidget(QWidget):
    """First-run help: import articles, drop files, or load the bundled samples.

    With no archive open it offers to open or create one instead.

    Signals:
        import_requested(): the user wants to choose files to import.
        samples_requested(): the user wants the sample articles.
        open_requested(): the user wants to open an archive file.
        new_requested(): the user wants to create an archive file.
    """

    import_requested = Signal()
    samples_requested = Signal()
    open_requested = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self._has_archive = True
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon.setPixmap(QApplication.windowIcon().pixmap(96, 96))
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # At most about 70 characters a line, narrower when the window is.
        self.text.setMaximumWidth(self.text.fontMetrics().averageCharWidth() * 70)
        self.import_button = QPushButton(self)
        self.samples_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.new_button = QPushButton(self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_requested)
        self.samples_button.clicked.connect(self.samples_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.new_button.clicked.connect(self.new_requested)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.import_button, self.samples_button, self.open_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.icon)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        # Centred by stretches, not by an alignment: a layout item with an alignment takes
        # the label's size hint and ignores its height for the width it gets, which cut the
        # wrapped lines off at the top and bottom.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text, 100)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(18)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.retranslate()

    def set_has_archive(self, has_archive: bool) -> None:
        """Offer importing (an empty archive) or opening one (none open)."""
        self._has_archive = has_archive
        self.retranslate()

    def set_import_available(self, available: bool) -> None:
        """Enable the import button (the import feature may be missing)."""
        self.import_button.setEnabled(available)

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.import_button.setText(self.tr("Import articles…"))
        self.samples_button.setText(self.tr("Load sample articles"))
        self.open_button.setText(self.tr("Open archive…"))
        self.new_button.setText(self.tr("New archive…"))
        if self._has_archive:
            self.title.setText(self.tr("This archive is empty"))
            self.text.setText(
                self.tr(
                    "Import article files (text, Markdown, HTML, Word, RTF or PDF) "
                    "or whole folders, or drop them on this window. "
                    "To see how the program works first, "
                    "load a few sample articles."
                )
            )
        else:
            self.title.setText(self.tr("No archive is open"))
            self.text.setText(
                self.tr("Open an archive file, or create a new one to import articles into.")
            )
        for button in (self.import_button, self.samples_button):
            button.setVisible(self._has_archive)
        for button in (self.open_button, self.new_button):
            button.setVisible(not self._has_archive)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
