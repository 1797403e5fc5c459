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
from db.errors import ArchiveError
from desktop.editing.name_completer import NameCompleter
from desktop.editing.tag_line_edit import TagLineEdit


class BulkEditDialog(QDialog):
    """Changes several articles at once: one transaction, one new version per article.

    Signals:
        applied(list): the ids of the articles the change was applied to.
    """

    applied = Signal(list)

    def __init__(
        self, archive: Archive, article_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._ids = list(article_ids)
        self.changed_count = 0
        self.setObjectName("bulkEditDialog")
        self.setWindowTitle(self.tr("Edit several articles ({count})").format(count=len(self._ids)))
        self.resize(560, 200)
        self._build()

    def _build(self) -> None:
        tag_names = [name for name, _count in self._archive.names("tag")]
        present: list[str] = []
        for row in self._archive.rows_by_id(self._ids):
            present += row.tags

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
            NameCompleter([n for n, _c in self._archive.names("source")], self.source_edit)
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

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_button()

    def _update_button(self) -> None:
        has_change = bool(
            self.add_tags_edit.tags()
            or self.remove_tags_edit.tags()
            or self.set_source_check.isChecked()
        )
        self.apply_button.setEnabled(has_change and bool(self._ids) and not self._archive.read_only)

    def apply(self) -> bool:
        """Apply the change to every article in one transaction; closes on success."""
        changes: dict[str, Any] = {
            "add_tags": self.add_tags_edit.tags(),
            "remove_tags": self.remove_tags_edit.tags(),
        }
        if self.set_source_check.isChecked():
            changes["source"] = self.source_edit.text().strip() or None
        try:
            self.changed_count = self._archive.bulk_edit(self._ids, **changes)
        except ArchiveError as error:
            QMessageBox.warning(self, self.tr("Cannot change the articles"), str(error))
            return False
        self.applied.emit(list(self._ids))
        self.accept()
        return True
