"""Add or remove tags and set the source of several articles in one step."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.archive import Archive, clean_tags
from desktop.editing.name_completer import NameCompleter
from desktop.editing.names_in_use import NamesInUse, read_names
from desktop.editing.tag_line_edit import TagLineEdit
from desktop.jobs import ArchiveAccess, Job, JobContext, JobRunner

# Up to this many selected articles, "remove" offers the tags they carry (read at once);
# beyond, every tag in use, rather than reading thousands of rows when the dialog opens.
OWN_TAGS_UP_TO = 500


class BulkEditDialog(QDialog):
    """Changes several articles at once: one transaction, one new version per article.

    The change runs as a job of ``runner`` (thousands of articles take a while); the
    dialog closes when it is done. ``names`` are the names in use (the window's cache;
    None: read here).

    Signals:
        applied(list): the ids of the articles the change was applied to.
    """

    applied = Signal(list)

    def __init__(
        self,
        archive: Archive,
        article_ids: Sequence[int],
        parent: QWidget | None = None,
        *,
        runner: JobRunner,
        names: NamesInUse | None = None,
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._runner = runner
        self._names = names if names is not None else read_names(archive)
        self._ids = list(article_ids)
        self._job: Job | None = None
        self.changed_count = 0
        self.setObjectName("bulkEditDialog")
        self.setWindowTitle(self.tr("Edit several articles ({count})").format(count=len(self._ids)))
        self.resize(560, 200)
        self._build()

    def _build(self) -> None:
        tag_names = self._names.names("tag")
        present: list[str] = []
        if len(self._ids) <= OWN_TAGS_UP_TO:
            for row in self._archive.rows_by_id(self._ids):
                present += row.tags
        else:
            present = tag_names

        intro = QLabel(
            self.tr(
                "The change applies to every selected article ({count}). Each keeps its "
                "previous version in its History."
            ).format(count=len(self._ids))
        )
        intro.setWordWrap(True)
        self.add_tags_edit = TagLineEdit(tag_names)
        self.add_tags_edit.setObjectName("addTagsEdit")
        self.add_tags_edit.setPlaceholderText(self.tr("Tags to add, separated by commas"))
        self.remove_tags_edit = TagLineEdit(clean_tags(present))
        self.remove_tags_edit.setObjectName("removeTagsEdit")
        self.remove_tags_edit.setPlaceholderText(self.tr("Tags to remove, separated by commas"))
        self.set_source_check = QCheckBox(self.tr("Set the &source to:"))
        self.set_source_check.setObjectName("setSourceCheck")
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("sourceEdit")
        self.source_edit.setPlaceholderText(self.tr("Leave empty to clear the source"))
        self.source_edit.setCompleter(
            NameCompleter(self._names.names("source"), self.source_edit)
        )
        self.source_edit.setEnabled(False)
        self.set_source_check.toggled.connect(self.source_edit.setEnabled)

        form = QFormLayout()
        form.addRow(self.tr("&Add tags:"), self.add_tags_edit)
        form.addRow(self.tr("&Remove tags:"), self.remove_tags_edit)
        form.addRow(self.set_source_check, self.source_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setDefault(True)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        for signal in (
            self.add_tags_edit.textChanged,
            self.remove_tags_edit.textChanged,
            self.set_source_check.toggled,
        ):
            signal.connect(self._update_button)

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self._update_button()

    def _update_button(self) -> None:
        has_change = bool(
            self.add_tags_edit.tags()
            or self.remove_tags_edit.tags()
            or self.set_source_check.isChecked()
        )
        self.apply_button.setEnabled(
            has_change and bool(self._ids) and not self._archive.read_only and self._job is None
        )

    def changes(self) -> dict[str, Any]:
        """The change as ``Archive.bulk_edit`` keyword arguments."""
        changes: dict[str, Any] = {
            "add_tags": self.add_tags_edit.tags(),
            "remove_tags": self.remove_tags_edit.tags(),
        }
        if self.set_source_check.isChecked():
            changes["source"] = self.source_edit.text().strip() or None
        return changes

    def apply(self) -> Job | None:
        """Apply the change to every article in one transaction (a job); closes when done."""
        if self._job is not None:
            return None
        ids, changes = list(self._ids), self.changes()

        def work(context: JobContext) -> int:
            def progress(done: int, total: int) -> None:
                context.progress(done, total, self.tr("Changing the articles"))

            return context.archive.bulk_edit(ids, progress=progress, **changes)

        job = Job(
            self.tr("Changing %n article(s)", "", len(ids)),
            work,
            archive_path=self._archive.path,
            access=ArchiveAccess.WRITE,
            cancellable=True,
            interrupt_on_cancel=True,  # one transaction: a cancel changes nothing
        )
        job.on_success(self._applied)
        job.on_failure(self._failed)
        job.on_finished(self._job_done)
        self._job = job
        self.status_label.setText(self.tr("Changing the articles…"))
        self._update_button()
        return self._runner.submit(job)

    def _applied(self, changed: int) -> None:
        self.changed_count = changed
        self.applied.emit(list(self._ids))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        message = self._job.message if self._job is not None else str(error)
        self.status_label.setText("")
        QMessageBox.warning(self, self.tr("Cannot change the articles"), message)

    def _job_done(self) -> None:
        self._job = None
        self._update_button()

    def reject(self) -> None:
        """Cancel: stops a change under way (nothing is changed) before closing."""
        if self._job is not None:
            self._job.cancel()
        super().reject()
