"""Commands that ask a question or open another feature's dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QMessageBox,
)

from db.errors import ArchiveError
from db.version import __version__
from desktop.main_window.about import about_text, licences_text
from desktop.main_window.article_list_model import Column
from desktop.main_window.features import feature
from desktop.main_window.window_parts import WindowParts
from desktop.resource_files import resource_path


class DialogCommandsMixin(WindowParts):
    """Commands that ask first or open a feature's dialog (part of MainWindow)."""

    def delete_selected(self) -> None:
        """Edit ▸ Delete: move the selected articles to the Trash after asking."""
        ids = self.selected_ids()
        if self.archive is None or not ids:
            return
        if len(ids) == 1:
            title = self.model.index(self.model.row_of(ids[0]) or 0, int(Column.TITLE)).data()
            question = self.tr("Move “{title}” to the Trash?").format(title=title)
        else:
            question = self.tr("Move {count} articles to the Trash?").format(count=len(ids))
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question + "\n\n" + self.tr("Articles in the Trash can be restored."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            moved = self.archive.trash(ids)
        except ArchiveError as error:
            self.show_archive_error(self.tr("Nothing was deleted"), error)
            return
        self.statusBar().showMessage(
            self.tr("{count} articles moved to the Trash").format(count=moved), 5000
        )
        self.data_changed_here()

    def load_samples(self) -> None:
        """Import the bundled sample articles into the archive."""
        if self.archive is None:
            return
        # Imported here: db.importer loads the readers (bs4, python-docx), slow at start.
        from db.importer import import_paths

        report = import_paths(self.archive, [resource_path("samples")])
        if report.error:
            self.show_error(self.tr("The samples were not loaded"), report.error)
        self.statusBar().showMessage(
            self.tr("{count} sample articles loaded").format(count=len(report.imported)), 5000
        )
        self.data_changed_here()

    def _open_dialog(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Open the dialog of feature ``name`` (window-modal); refresh when it closes."""
        dialog_class = feature(name)
        if dialog_class is None or self.archive is None:
            return None
        dialog = dialog_class(self.archive, *args, parent=self, **kwargs)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.data_changed_here())
        dialog.open()
        return dialog

    def new_article(self) -> None:
        """Edit ▸ New article."""
        dialog = self._open_dialog("edit", None)
        if dialog is not None:
            dialog.saved.connect(self._select_saved)

    def edit_current(self) -> None:
        """Edit ▸ Edit article (Enter, double-click)."""
        if self._current_id is not None and self.menu_actions.edit_article.isEnabled():
            self._open_dialog("edit", self._current_id)

    def _select_saved(self, article_id: int) -> None:
        self._current_id = article_id

    def show_history(self) -> None:
        """Edit ▸ History…"""
        if self._current_id is not None:
            self._open_dialog("history", self._current_id)

    def show_trash(self) -> None:
        """Edit ▸ Trash…"""
        self._open_dialog("trash")

    def bulk_edit_selected(self) -> None:
        """Edit ▸ Change several articles…"""
        ids = self.selected_ids()
        if ids:
            self._open_dialog("bulk_edit", ids)

    def tidy_names(self) -> None:
        """Edit ▸ Tidy names…"""
        self._open_dialog("tidy_names")

    def export_selected(self) -> None:
        """File ▸ Export to PDF…: the selected articles, or all the list shows."""
        # The dialog offers the selection or everything the filter matches.
        self._open_dialog("export", self.selected_ids(), self._filter, settings=self.settings)

    def show_about(self) -> None:
        """Help ▸ About."""
        box = QMessageBox(self)
        box.setObjectName("aboutDialog")
        box.setWindowTitle(self.tr("About Archive Viewer"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(about_text(__version__))
        box.setDetailedText(licences_text())
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()
        self._dialogs.append(box)
        box.finished.connect(lambda _result, b=box: self._dialogs.remove(b))
