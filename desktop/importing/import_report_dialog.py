"""The report at the end of an import: counts, the files not imported and why, Import anyway.

Below the files that were not imported, the notes about files that were (an encoding
guessed, a date left empty) are listed apart, under their own heading, so that they do
not read as failures. Everything is in the UI's language; the log file stays English.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.importing.import_log import (
    ReportWords,
    format_report,
    note_lines,
    report_lines,
    summary_line,
)
from desktop.importing.reason_text import translate_kind, translate_reason

if TYPE_CHECKING:
    # db.importer loads the readers (bs4, python-docx): for annotations only.
    from db.importer import ImportReport


def translated_words() -> ReportWords:
    """The report's words in the UI's language."""
    # Each call spelt out with its context: lupdate reads only literal arguments.
    translate = QCoreApplication.translate
    return ReportWords(
        summary=translate(
            "ImportReport",
            "imported {imported}, duplicates {duplicates}, skipped {skipped}, failed {failed}",
        ),
        cancelled=translate("ImportReport", " (cancelled)"),
        duplicate=translate("ImportReport", "duplicate"),
        skipped=translate("ImportReport", "skipped"),
        failed=translate("ImportReport", "failed"),
        note=translate("ImportReport", "note"),
        stopped=translate("ImportReport", "stopped"),
        already_in_article=translate("ImportReport", "the archive already has it (article {id})"),
        already_in_run=translate(
            "ImportReport", "the archive already has it (a file earlier in this import)"
        ),
        reason=translate_reason,
        kind=translate_kind,
    )


class ImportReportDialog(QDialog):
    """Shows an ImportReport; the list is plain text the user can select and copy.

    Signals:
        import_anyway_requested(paths): import these duplicates all the same.
    """

    import_anyway_requested = Signal(list)

    def __init__(
        self, report: ImportReport, *, log_file: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(
            self.tr("Import finished") if not report.cancelled else self.tr("Import cancelled")
        )
        self.setMinimumSize(560, 320)
        self.words = translated_words()
        summary = summary_line(report, self.words)
        self.summary_label = QLabel(summary[:1].upper() + summary[1:])
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        lines = report_lines(report, self.words)
        self.details.setPlainText(
            "\n".join(lines) if lines else self.tr("Every file was imported.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.details, 3)
        notes = note_lines(report, self.words)
        self.notes_label = QLabel(self.tr("Imported, with a note:"))
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.notes.setFont(self.details.font())
        self.notes.setPlainText("\n".join(notes))
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 1)
        # After adding, which would show them again.
        self.notes_label.setVisible(bool(notes))
        self.notes.setVisible(bool(notes))
        if log_file is not None:
            where = QLabel(self.tr("This report was added to {path}").format(path=log_file))
            where.setWordWrap(True)
            layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_anyway_button = QPushButton(
            self.tr("Import {count} anyway").format(count=len(report.duplicates))
        )
        self.import_anyway_button.setToolTip(
            self.tr("Store the duplicates as new articles although the archive has them already")
        )
        self.import_anyway_button.clicked.connect(self._import_anyway)
        buttons.addButton(self.import_anyway_button, QDialogButtonBox.ButtonRole.ActionRole)
        # After addButton, which shows the button again.
        self.import_anyway_button.setVisible(bool(report.duplicates))
        layout.addWidget(buttons)

    def copy_to_clipboard(self) -> None:
        """Put the whole report (summary and list) on the clipboard."""
        QGuiApplication.clipboard().setText(format_report(self.report, self.words))

    def _import_anyway(self) -> None:
        paths = [path for path, _ in self.report.duplicates]
        self.import_anyway_button.setEnabled(False)
        self.import_anyway_requested.emit(paths)
        self.accept()
