"""The dialog shown while an import runs: files done, the current file, time left, Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def format_time_left(seconds: float) -> str:
    """'about 2 min left', 'about 40 s left', 'a few seconds left' (in the UI's language)."""

    # Each call spelt out with its context: lupdate reads only literal arguments.
    translate = QCoreApplication.translate
    if seconds < 5:
        return translate("ImportProgressDialog", "a few seconds left")
    if seconds < 90:
        text = translate("ImportProgressDialog", "about {n} s left")
        return text.format(n=f"{round(seconds / 5) * 5:.0f}")
    if seconds < 90 * 60:
        text = translate("ImportProgressDialog", "about {n} min left")
        return text.format(n=f"{round(seconds / 60):.0f}")
    return translate("ImportProgressDialog", "about {n} h left").format(n=f"{seconds / 3600:.1f}")


class ImportProgressDialog(QDialog):
    """Not modal: the window stays usable (and can take more drops) during an import.

    Signals:
        cancel_requested: the user pressed Cancel or closed the dialog.
    """

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing"))
        self.setModal(False)
        self.setMinimumWidth(460)
        self.count_label = QLabel(self.tr("Looking for files…"))
        self.file_label = QLabel("")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.time_label = QLabel("")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the number of files is known
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        for widget in (self.count_label, self.bar, self.file_label, self.time_label, buttons):
            layout.addWidget(widget)
        self._clock = QElapsedTimer()
        self._clock.start()

    def set_progress(self, done: int, total: int, current: str) -> None:
        """Show ``done`` of ``total`` files, the current file and the time left."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.count_label.setText(
            self.tr("{done} of {total} files").format(done=f"{done:,}", total=f"{total:,}")
        )
        name = Path(current).name
        # As wide as the label is (the dialog's width less its margins), never wider.
        room = self.file_label.contentsRect().width() or 400
        elided = self.file_label.fontMetrics().elidedText(
            f"{name} — {Path(current).parent}", Qt.TextElideMode.ElideMiddle, room
        )
        self.file_label.setText(elided)
        self.file_label.setToolTip(current)
        elapsed = self._clock.elapsed() / 1000
        if done and elapsed > 0.5:
            self.time_label.setText(format_time_left(elapsed / done * (total - done)))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))
        self.count_label.setText(self.count_label.text() + self.tr(" — stopping after this file"))
        self.cancel_requested.emit()

    def reject(self) -> None:
        """Escape cancels the import instead of hiding a running job."""
        if self.cancel_button.isEnabled():
            self._cancel()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.cancel_button.isEnabled():
            self._cancel()
        event.ignore()
