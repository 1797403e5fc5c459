"""File ▸ Export to PDF…: the dialog over the selection or everything the list matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.jobs import JobRunner
from desktop.main_window.archive_session import ArchiveSession
from desktop.main_window.article_list import ArticleList

if TYPE_CHECKING:
    from desktop.export.export_dialog import ExportDialog
    from desktop.export.export_types import ExportResult


class ExportCommands(QObject):
    """Opens the export dialog; the export itself is a job of the window's runner.

    Signals:
        message(str): a line for the status bar (what was saved).
    """

    message = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        session: ArchiveSession,
        article_list: ArticleList,
        settings: QSettings,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._session = session
        self._list = article_list
        self._settings = settings
        self._window = window

    def export_selected(self) -> ExportDialog | None:
        """File ▸ Export to PDF…: the selected articles, or all the list shows."""
        archive = self._session.archive
        if archive is None:
            return None
        # Imported when used: the export loads pypdf, which a start of the window need not.
        from desktop.export.export_dialog import ExportDialog

        dialog = ExportDialog(
            archive,
            self._list.selected_ids(),
            self._list.where(),
            self._window,
            runner=self._runner,
            settings=self._settings,
            matching_count=self._list.matching_count(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._exported)
        dialog.open()
        return dialog

    def _exported(self, result: ExportResult) -> None:
        if len(result.paths) == 1:
            text = self.tr("Saved {path} ({pages} pages)").format(
                path=result.paths[0], pages=result.pages
            )
        else:
            text = self.tr("Saved {count} PDF files").format(count=len(result.paths))
        self.message.emit(text)
