"""The Edit menu's commands: new, edit, delete, history, Trash, bulk edits, tidy names,
decoding an article again. Long ones (deleting many, bulk edits, renames) are jobs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from db.redecode import redecode
from desktop.jobs import ArchiveAccess, Job, JobContext, JobRunner
from desktop.main_window.archive_session import ArchiveSession
from desktop.main_window.article_list import ArticleList
from desktop.main_window.article_list_model import Column
from desktop.main_window.error_messages import ErrorMessages
from desktop.main_window.names_cache import NamesCache

# The dialogs are imported when they open: the window shows its first rows sooner.
if TYPE_CHECKING:
    from desktop.editing.bulk_edit_dialog import BulkEditDialog
    from desktop.editing.edit_dialog import EditDialog
    from desktop.editing.history_dialog import HistoryDialog
    from desktop.editing.tidy_names_dialog import TidyNamesDialog
    from desktop.editing.trash_dialog import TrashDialog


class ArticleCommands(QObject):
    """Changing articles from the window, through dialogs and jobs.

    Args:
        runner: the window's job runner.
        session: the archive shown.
        article_list: the selection and the current article.
        names: the names in use, for the dialogs' pickers.
        errors: where failures are shown.
        window: the parent of the dialogs.

    Signals:
        changed(): articles were changed; the list and the names should be read again.
        message(str): a line for the status bar.
    """

    changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        session: ArchiveSession,
        *,
        article_list: ArticleList,
        names: NamesCache,
        errors: ErrorMessages,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._session = session
        self._list = article_list
        self._names = names
        self._errors = errors
        self._window = window

    # --- dialogs --------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        """Show ``dialog`` window-modal; the list is read again when it closes."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.changed.emit())
        dialog.open()
        return dialog

    def new_article(self) -> EditDialog | None:
        """Edit ▸ New article."""
        archive = self._session.archive
        if archive is None or archive.read_only:
            return None
        from desktop.editing.edit_dialog import EditDialog

        dialog = EditDialog(archive, None, self._window, names=self._names.names())
        dialog.saved.connect(self._list.make_current)
        self._open(dialog)
        return dialog

    def edit_current(self) -> EditDialog | None:
        """Edit ▸ Edit article (Enter, double-click)."""
        archive = self._session.archive
        current = self._list.current_id()
        if archive is None or archive.read_only or current is None:
            return None
        from desktop.editing.edit_dialog import EditDialog

        dialog = EditDialog(archive, current, self._window, names=self._names.names())
        self._open(dialog)
        return dialog

    def show_history(self) -> HistoryDialog | None:
        """Edit ▸ History…"""
        archive = self._session.archive
        current = self._list.current_id()
        if archive is None or current is None:
            return None
        from desktop.editing.history_dialog import HistoryDialog

        dialog = HistoryDialog(archive, current, self._window)
        self._open(dialog)
        return dialog

    def show_trash(self) -> TrashDialog | None:
        """Edit ▸ Trash…"""
        archive = self._session.archive
        if archive is None:
            return None
        from desktop.editing.trash_dialog import TrashDialog

        dialog = TrashDialog(archive, self._window)
        self._open(dialog)
        return dialog

    def bulk_edit_selected(self) -> BulkEditDialog | None:
        """Edit ▸ Change several articles…"""
        archive = self._session.archive
        ids = self._list.selected_ids()
        if archive is None or not ids:
            return None
        from desktop.editing.bulk_edit_dialog import BulkEditDialog

        dialog = BulkEditDialog(
            archive, ids, self._window, runner=self._runner, names=self._names.names()
        )
        self._open(dialog)
        return dialog

    def tidy_names(self) -> TidyNamesDialog | None:
        """Edit ▸ Tidy names…"""
        archive = self._session.archive
        if archive is None:
            return None
        from desktop.editing.tidy_names_dialog import TidyNamesDialog

        dialog = TidyNamesDialog(
            archive, parent=self._window, runner=self._runner, names=self._names.names()
        )
        # Opened before the first read of a big archive is done: the names follow.
        self._names.names_changed.connect(dialog.set_names)
        dialog.renamed.connect(lambda _kind, _name: self.changed.emit())
        self._open(dialog)
        return dialog

    # --- jobs -------------------------------------------------------------------------------

    def delete_selected(self) -> Job | None:
        """Edit ▸ Delete: move the selected articles to the Trash after asking."""
        archive = self._session.archive
        ids = self._list.selected_ids()
        if archive is None or archive.read_only or not ids or not self.confirm_delete(ids):
            return None

        def work(context: JobContext) -> int:
            return context.archive.trash(ids)

        job = Job(
            self.tr("Moving %n article(s) to the Trash", "", len(ids)),
            work,
            archive_path=archive.path,
            access=ArchiveAccess.WRITE,
        )
        job.on_success(self._deleted)
        job.on_failure(
            lambda error: self._errors.show_archive_error(self.tr("Nothing was deleted"), error)
        )
        return self._runner.submit(job)

    def confirm_delete(self, ids: list[int]) -> bool:
        """Whether to move ``ids`` to the Trash (a method, so tests answer it)."""
        if len(ids) == 1:
            row = self._list.model.row_of(ids[0]) or 0
            title = self._list.model.index(row, int(Column.TITLE)).data()
            question = self.tr("Move “{title}” to the Trash?").format(title=title)
        else:
            question = self.tr("Move {count} articles to the Trash?").format(count=len(ids))
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete"),
            question + "\n\n" + self.tr("Articles in the Trash can be restored."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _deleted(self, moved: int) -> None:
        self.message.emit(self.tr("{count} articles moved to the Trash").format(count=moved))
        self.changed.emit()

    def redecode_current(self, encoding: str) -> Job | None:
        """Edit ▸ Decode again as ▸ ENCODING: read the article's file bytes again."""
        archive = self._session.archive
        current = self._list.current_id()
        if archive is None or current is None:
            return None

        def work(context: JobContext) -> int:
            return redecode(context.archive, current, encoding).version

        job = Job(
            self.tr("Decoding article {id} again").format(id=current),
            work,
            archive_path=archive.path,
            access=ArchiveAccess.WRITE,
        )
        job.on_success(lambda version: self._redecoded(current, encoding, version))
        job.on_failure(
            lambda error: self._errors.show_archive_error(
                self.tr("The article was not decoded again"), error
            )
        )
        return self._runner.submit(job)

    def _redecoded(self, article_id: int, encoding: str, version: int) -> None:
        self.message.emit(
            self.tr(
                "Article {id} decoded as {encoding} (version {version}; History undoes it)"
            ).format(id=article_id, encoding=encoding, version=version)
        )
        self.changed.emit()
