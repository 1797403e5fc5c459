"""After a merge: what it did, where the backup went, and the conflicts to look at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from db.exchange import MergeReport
from desktop.exchange.conflict_list import ConflictList
from desktop.exchange.fit_to_screen import DIALOG_WIDTH, fit_to_screen, scrolling_body
from desktop.exchange.merge_counts_view import MergeCountsView


class MergeReportDialog(QDialog):
    """The report of one merge; each conflict opens the article's history.

    Args:
        report: what the merge did.
        archive: the archive merged into.
        parent: the main window.

    Signals:
        history_requested(int): the user wants the history of this article.
    """

    history_requested = Signal(int)

    def __init__(self, report: MergeReport, archive: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeReportDialog")
        self.report = report
        name = report.source.name
        self.setWindowTitle(self.tr("Merged {name}").format(name=name))
        self.setMinimumWidth(480)
        outer, layout = scrolling_body(self)

        if report.cancelled:
            headline = self.tr(
                "The merge of “{name}” into {archive} was cancelled. What was merged so far "
                "stays; merge the file again to finish."
            )
        else:
            headline = self.tr("“{name}” was merged into {archive}.")
        self.headline = QLabel(headline.format(name=name, archive=archive.name), self)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.headline)

        self.counts = MergeCountsView(report, self)
        layout.addWidget(self.counts)

        self.backup_label: QLabel | None = None
        if report.backup is not None:
            self.backup_label = QLabel(
                self.tr("The archive was backed up first, to {path}").format(path=report.backup),
                self,
            )
            self.backup_label.setWordWrap(True)
            self.backup_label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
            )
            layout.addWidget(self.backup_label)

        self.conflicts: ConflictList | None = None
        self.history_button: QPushButton | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        if report.conflicts:
            explanation = QLabel(
                self.tr(
                    "Both workstations changed these articles since they last agreed. The "
                    "version saved later is current; the other one is in the article's "
                    "history. Open the history to compare them, or to go back to the other "
                    "version."
                ),
                self,
            )
            explanation.setWordWrap(True)
            layout.addWidget(explanation)
            self.conflicts = ConflictList(
                report.conflicts, from_bundle=report.bundle, parent=self
            )
            self.conflicts.history_requested.connect(self.history_requested)
            layout.addWidget(self.conflicts, 1)
            self.history_button = self.buttons.addButton(
                self.tr("Open &history…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.history_button.setObjectName("openHistoryButton")
            self.history_button.clicked.connect(self.conflicts.open_current)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        fit_to_screen(self, DIALOG_WIDTH)

