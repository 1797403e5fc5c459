"""The status bar's notice that the archive is open for reading only."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

STYLE = (
    "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0c36c;"
    " border-radius: 3px; padding: 1px 8px; font-weight: bold; }"
)


class ReadOnlyNotice(QLabel):
    """A yellow "Read-only" tag with a tooltip that says why and what still works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyNotice")
        self.setStyleSheet(STYLE)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setText(self.tr("Read-only"))
        self.setToolTip(
            self.tr(
                "This archive is open for reading only (a CD, a read-only share, a file "
                "without write permission, or a damaged file): it can be searched and "
                "exported, but not changed."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
