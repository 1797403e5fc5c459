"""Before a merge: what merging the file would change, and Merge or Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.editing.history_dialog import local_time
from desktop.exchange.bundle_jobs import MergePreview
from desktop.exchange.conflict_list import ConflictList
from desktop.exchange.fit_to_screen import DIALOG_WIDTH, fit_to_screen, scrolling_body
from desktop.exchange.merge_counts_view import MergeCountsView
from desktop.main_window.article_count_label import format_count


class MergeConfirmDialog(QDialog):
    """Shows a dry run's counts (and the conflicts it would make); accepted means merge.

    When the merge would change nothing it says so and offers only Close.

    Args:
        preview: the dry run's answer.
        archive: the archive to merge into.
        backup_folder: where the backup before a large merge goes.
        parent: the main window.
    """

    def __init__(
        self,
        preview: MergePreview,
        archive: Path,
        backup_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeConfirmDialog")
        self.preview = preview
        name = preview.source.name
        self.setWindowTitle(self.tr("Merge {name}").format(name=name))
        self.setMinimumWidth(480)
        outer, layout = scrolling_body(self)

        if preview.report.bundle:
            question = self.tr("Merge the bundle “{name}” into {archive}?")
        else:
            question = self.tr("Merge the archive “{name}” into {archive}?")
        self.question = QLabel(question.format(name=name, archive=archive.name), self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.question)
        self.about = QLabel(self._about_source(), self)
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.about)

        self.counts = MergeCountsView(preview.report, self)
        layout.addWidget(self.counts)

        self.conflicts: ConflictList | None = None
        if preview.report.conflicts:
            explanation = QLabel(
                self.tr(
                    "Both workstations changed these articles since they last agreed. The "
                    "version saved later becomes current; the other one is kept in the "
                    "article's history, so nothing is lost. The report after the merge "
                    "opens each one's history."
                ),
                self,
            )
            explanation.setWordWrap(True)
            layout.addWidget(explanation)
            self.conflicts = ConflictList(
                preview.report.conflicts, from_bundle=preview.report.bundle, parent=self
            )
            self.conflicts.setMaximumHeight(180)
            layout.addWidget(self.conflicts)

        notes = [
            self.tr(
                "{name} itself is not changed. Nothing is lost: a replaced version stays in "
                "the article's history, and deletions go to the Trash."
            ).format(name=name)
        ]
        if preview.will_back_up:
            notes.append(
                self.tr("The archive is backed up first, into {folder}.").format(
                    folder=backup_folder
                )
            )
        if not preview.changes_anything():
            notes = [self.tr("Nothing to merge: this archive already holds everything in it.")]
        self.notes = QLabel("\n".join(notes), self)
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)

        self.buttons = QDialogButtonBox(self)
        self.merge_button: QPushButton | None = None
        if preview.changes_anything():
            self.merge_button = self.buttons.addButton(
                self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.merge_button.setObjectName("mergeButton")
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.merge_button.setDefault(True)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        fit_to_screen(self, DIALOG_WIDTH)

    def _about_source(self) -> str:
        preview = self.preview
        info = preview.bundle
        count = preview.articles
        # {count} rather than %n: the count is written as the counts below it are.
        if info is None:
            return self.tr(
                "An archive file of {count} article(s), in {folder}.", "", count
            ).format(count=format_count(count), folder=preview.source.parent)
        when = local_time(info.created) if info.created else "?"
        origin = info.origin or "?"
        return self.tr(
            "A bundle of {count} article(s) written on {when} from the archive {origin}.",
            "",
            count,
        ).format(count=format_count(count), when=when, origin=origin)
