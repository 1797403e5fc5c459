"""The main window: filter bar, article list and reading pane over one open archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.archive import Archive
from db.errors import ArchiveError
from db.importer import import_paths
from db.models import ArticleFilter, SortOrder
from db.version import __version__
from desktop import i18n
from desktop.main_window.about import about_text, licences_text
from desktop.main_window.actions import LANGUAGE_SYSTEM, MainWindowActions
from desktop.main_window.article_list_model import SORTABLE, ArticleListModel, Column
from desktop.main_window.article_table import ArticleTable
from desktop.main_window.empty_state import EmptyState
from desktop.main_window.features import feature
from desktop.main_window.filter_bar import FilterBar
from desktop.main_window.list_query_worker import ListQueryWorker, ListRequest, ListResult
from desktop.main_window.reading_pane import DEFAULT_ZOOM, ReadingPane
from desktop.main_window.welcome_widget import WelcomeWidget
from desktop.resource_files import resource_path

POLL_MS = 1000
MAX_RECENT = 8
ARCHIVE_FILTER = "*.sqlite3 *.sqlite *.db"


class MainWindow(QMainWindow):
    """The window a user works in all day.

    Args:
        settings: where geometry, sort, zoom, language and recent archives are kept.
        archive: the archive to show (the window owns it and closes it); None shows the
            "no archive open" state.

    Signals:
        list_updated(): the list shows the result of the latest query.
        archive_changed(): another archive was opened.
    """

    list_updated = Signal()
    archive_changed = Signal()

    def __init__(self, settings: QSettings, archive: Archive | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.archive: Archive | None = None
        self._worker: ListQueryWorker | None = None
        self._importer: Any = None
        self._data_version = 0
        self._filter = ArticleFilter(prefix_last=True)
        self._sort = SortOrder.DATE
        self._descending: bool | None = None
        self._relevance = True
        self._total = 0
        self._restoring_ids: list[int] = []
        self._current_id: int | None = None
        self._dialogs: list[QWidget] = []
        self._names_wanted = True
        self.setObjectName("mainWindow")
        self.setMinimumSize(800, 480)

        self.menu_actions = MainWindowActions(self)
        self.filter_bar = FilterBar(self)
        self.model = ArticleListModel(None, self)
        self.table = ArticleTable(self)
        self.table.setModel(self.model)
        self.table.set_default_widths()
        self.empty_state = EmptyState(self)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_state)
        self.pane = ReadingPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.welcome = WelcomeWidget(self)
        browse = QWidget(self)
        layout = QVBoxLayout(browse)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.browse = browse
        self.central = QStackedWidget(self)
        self.central.addWidget(browse)
        self.central.addWidget(self.welcome)
        self.setCentralWidget(self.central)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("articleCount")
        self.statusBar().addPermanentWidget(self.status_label)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check_for_changes)

        self._connect()
        self._restore_settings()
        self.retranslate()
        self.set_archive(archive)

    # --- wiring ----------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.menu_actions
        a.new_archive.triggered.connect(self.choose_new_archive)
        a.open_archive.triggered.connect(self.choose_archive)
        a.import_articles.triggered.connect(self.choose_import)
        a.export_pdf.triggered.connect(self.export_selected)
        a.quit.triggered.connect(self.close)
        a.new_article.triggered.connect(self.new_article)
        a.edit_article.triggered.connect(self.edit_current)
        a.delete_articles.triggered.connect(self.delete_selected)
        a.bulk_edit.triggered.connect(self.bulk_edit_selected)
        a.history.triggered.connect(self.show_history)
        a.trash.triggered.connect(self.show_trash)
        a.tidy_names.triggered.connect(self.tidy_names)
        a.find.triggered.connect(self.filter_bar.focus_search)
        a.refresh.triggered.connect(self.refresh)
        a.zoom_in.triggered.connect(self.pane.zoom_in_text)
        a.zoom_out.triggered.connect(self.pane.zoom_out_text)
        a.zoom_reset.triggered.connect(self.pane.reset_zoom)
        a.show_filter_bar.toggled.connect(self.filter_bar.setVisible)
        a.about.triggered.connect(self.show_about)
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.filter_bar.clear_search)

        self.filter_bar.filter_changed.connect(self._filter_changed)
        self.empty_state.clear_requested.connect(self.filter_bar.clear)
        self.model.sort_requested.connect(self._sort_requested)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.edit_requested.connect(self.edit_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.pane.zoom_changed.connect(lambda points: self.settings.setValue("view/zoom", points))
        self.welcome.import_requested.connect(self.choose_import)
        self.welcome.samples_requested.connect(self.load_samples)
        self.welcome.open_requested.connect(self.choose_archive)
        self.welcome.new_requested.connect(self.choose_new_archive)

    # --- the archive -----------------------------------------------------------------

    def set_archive(self, archive: Archive | None) -> None:
        """Show ``archive`` (closing the one shown before)."""
        self._stop_worker()
        self._poll.stop()
        if self._importer is not None:
            self._importer.shutdown()
            self._importer.deleteLater()
            self._importer = None
        if self.archive is not None and self.archive is not archive:
            self.archive.close()
        self.archive = archive
        self.model.set_archive(archive)
        self.pane.set_archive(archive)
        self._current_id = None
        self._total = 0
        if archive is None:
            self.setWindowTitle(self.tr("Archive Viewer"))
            self.welcome.set_has_archive(False)
            self.central.setCurrentWidget(self.welcome)
            self._update_actions()
            self._update_status()
            return
        self.setWindowTitle(f"{archive.path.name} — {self.tr('Archive Viewer')}")
        self._remember_archive(archive.path)
        self._worker = ListQueryWorker(archive.path)
        self._worker.result_ready.connect(self._show_result)
        self._worker.failed.connect(self._query_failed)
        self._worker.start()
        self._install_importer(archive.path)
        self._data_version = archive.data_version()
        self._total = archive.total()
        self.welcome.set_has_archive(True)
        self._show_browse_or_welcome()
        self._reload_names()
        self.refresh()
        self._poll.start()
        self._update_actions()
        self.archive_changed.emit()

    def open_archive(self, path: Path, *, create: bool = False) -> bool:
        """Open (or create) the archive at ``path``; an error is shown in a dialog."""
        try:
            archive = Archive.open(path, create=create)
        except ArchiveError as error:
            self.show_error(self.tr("The archive cannot be opened"), str(error))
            return False
        self.set_archive(archive)
        return True

    def choose_archive(self) -> None:
        """File ▸ Open archive…"""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open archive"),
            str(self.archive.path.parent) if self.archive else "",
            self.tr("Archives ({patterns});;All files (*)").format(patterns=ARCHIVE_FILTER),
        )
        if path:
            self.open_archive(Path(path))

    def choose_new_archive(self) -> None:
        """File ▸ New archive…"""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New archive"),
            str(self.archive.path.parent / "archive.sqlite3")
            if self.archive
            else "archive.sqlite3",
            self.tr("Archives ({patterns})").format(patterns=ARCHIVE_FILTER),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".sqlite3")
        if target.exists():
            self.show_error(
                self.tr("The archive cannot be created"),
                self.tr(
                    "{path} already exists. Choose another name, or open it with "
                    "File ▸ Open archive…"
                ).format(path=target),
            )
            return
        self.open_archive(target, create=True)

    def show_error(self, title: str, message: str) -> None:
        """A dialog that says what happened (the message names the file and what to do)."""
        box = QMessageBox(
            QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("errorDialog")
        box.open()
        self._dialogs.append(box)
        box.finished.connect(lambda _result, b=box: self._dialogs.remove(b))

    def _remember_archive(self, path: Path) -> None:
        text = str(path.resolve())
        self.settings.setValue("archive/last", text)
        recent = [p for p in self._recent() if p != text]
        self.settings.setValue("archive/recent", [text, *recent][:MAX_RECENT])

    def _recent(self) -> list[str]:
        value = self.settings.value("archive/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _fill_recent_menu(self) -> None:
        menu = self.menu_actions.recent_menu
        menu.clear()
        current = str(self.archive.path.resolve()) if self.archive else None
        for text in self._recent():
            action = menu.addAction(text)
            action.setEnabled(text != current)
            action.triggered.connect(lambda _checked=False, p=text: self.open_archive(Path(p)))
        if menu.isEmpty():
            empty = menu.addAction(self.tr("No recent archives"))
            empty.setEnabled(False)

    # --- listing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Query the list again (F5), keeping the selection."""
        if self.archive is None or self._worker is None:
            return
        sort, descending = self._effective_sort()
        self._worker.request(ListRequest(self._filter, sort, descending, self._names_wanted))

    def _effective_sort(self) -> tuple[SortOrder, bool | None]:
        if self._filter.query and self._relevance:
            return SortOrder.RELEVANCE, None
        return self._sort, self._descending

    def _filter_changed(self, where: ArticleFilter) -> None:
        if where.query and not self._filter.query:
            self._relevance = True
        self._filter = where
        self.pane.set_query(where.query)
        self.refresh()

    def _sort_requested(self, sort: SortOrder, descending: bool) -> None:
        self._sort = sort
        self._descending = descending
        self._relevance = False
        self.settings.setValue("list/sort", sort.value)
        self.settings.setValue("list/descending", descending)
        self.refresh()

    def _show_result(self, result: ListResult) -> None:
        if self._worker is None or result.generation != self._worker.generation:
            return
        selected = self.selected_ids()
        current = self._current_id
        self._total = result.total
        if result.names is not None:
            self._names_wanted = False
            self.filter_bar.set_names(
                result.names["author"], result.names["source"], result.names["tag"]
            )
        where = result.request.where
        self.model.set_ids(result.ids, query=where.query, prefix_last=where.prefix_last)
        self.table.set_two_line_rows(bool(where.query))
        self._show_sort_indicator(result.request.sort, result.request.descending)
        self._reselect(selected, current)
        self._show_browse_or_welcome()
        self._update_status()
        self._update_actions()
        self.list_updated.emit()

    def _query_failed(self, generation: int, message: str) -> None:
        if self._worker is not None and generation in (0, self._worker.generation):
            self.statusBar().showMessage(message, 10000)

    def _show_sort_indicator(self, sort: SortOrder, descending: bool | None) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        if sort is SortOrder.RELEVANCE:
            header.setSortIndicatorShown(False)
        else:
            column = next(c for c, s in SORTABLE.items() if s is sort)
            natural_descending = sort is SortOrder.DATE
            is_descending = natural_descending if descending is None else descending
            header.setSortIndicatorShown(True)
            header.setSortIndicator(
                int(column),
                Qt.SortOrder.DescendingOrder if is_descending else Qt.SortOrder.AscendingOrder,
            )
        header.blockSignals(False)
        header.viewport().update()

    def _reselect(self, ids: list[int], current: int | None) -> None:
        selection_model = self.table.selectionModel()
        selection = QItemSelection()
        last_column = len(Column) - 1
        for article_id in ids:
            row = self.model.row_of(article_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last_column))
        selection_model.blockSignals(True)
        current_row = self.model.row_of(current) if current is not None else None
        if current_row is not None:
            selection_model.setCurrentIndex(
                self.model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection_model.blockSignals(False)
        self.table.viewport().update()
        if current_row is None:
            self._current_id = None
            self.pane.show_article(None)
        else:
            self._show_article(current)

    def _show_browse_or_welcome(self) -> None:
        if self.archive is None:
            self.central.setCurrentWidget(self.welcome)
            return
        if self._total == 0 and not self.filter_bar.is_filtering():
            self.welcome.set_import_available(feature("import") is not None)
            self.central.setCurrentWidget(self.welcome)
            return
        self.central.setCurrentWidget(self.browse)
        empty = self.model.rowCount() == 0
        self.list_stack.setCurrentWidget(self.empty_state if empty else self.table)

    def _update_status(self) -> None:
        if self.archive is None:
            self.status_label.setText(self.tr("No archive open"))
            return
        if self._total == 0:
            self.status_label.clear()  # the welcome state says it
            return
        text = self.tr("{shown} of {total} articles").format(
            shown=_number(self.model.rowCount()), total=_number(self._total)
        )
        if self._filter.query and self._effective_sort()[0] is SortOrder.RELEVANCE:
            text += " · " + self.tr("best matches first")
        self.status_label.setText(text)

    # --- selection and the reading pane -------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The ids of the selected articles, in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.article_id(row) for row in rows if row < self.model.rowCount()]

    def current_id(self) -> int | None:
        """The article shown in the reading pane."""
        return self._current_id

    def select_row(self, row: int) -> None:
        """Make ``row`` current and the only one selected."""
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._current_id = None
            self.pane.show_article(None)
        else:
            self._show_article(self.model.article_id(current.row()))
        self._update_actions()

    def _show_article(self, article_id: int | None) -> None:
        self._current_id = article_id
        if self.archive is None or article_id is None:
            self.pane.show_article(None)
            return
        try:
            article = self.archive.get(article_id)
        except ArchiveError as error:
            self.pane.show_article(None)
            self.statusBar().showMessage(str(error), 10000)
            return
        self.pane.show_article(article, query=self._filter.query)

    def _selection_changed(self) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        a = self.menu_actions
        has_archive = self.archive is not None
        writable = has_archive and not (self.archive and self.archive.read_only)
        count = len(self.table.selectionModel().selectedRows()) if has_archive else 0
        has_current = self._current_id is not None
        availability = {
            a.import_articles: (writable, "import"),
            a.export_pdf: (has_archive and self.model.rowCount() > 0, "export"),
            a.new_article: (writable, "edit"),
            a.edit_article: (writable and has_current, "edit"),
            a.delete_articles: (writable and count > 0, None),
            a.bulk_edit: (writable and count > 0, "bulk_edit"),
            a.history: (has_archive and has_current, "history"),
            a.trash: (has_archive, "trash"),
            a.tidy_names: (writable, "tidy_names"),
        }
        for action, (enabled, feature_name) in availability.items():
            if feature_name is not None and feature(feature_name) is None:
                a.mark_unavailable(action)
                continue
            action.setEnabled(bool(enabled))
        for action in (a.refresh, a.find):
            action.setEnabled(has_archive)

    # --- commands ---------------------------------------------------------------------

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
            self.show_error(self.tr("Nothing was deleted"), str(error))
            return
        self.statusBar().showMessage(
            self.tr("{count} articles moved to the Trash").format(count=moved), 5000
        )
        self.data_changed_here()

    def load_samples(self) -> None:
        """Import the bundled sample articles into the archive."""
        if self.archive is None:
            return
        report = import_paths(self.archive, [resource_path("samples")])
        if report.error:
            self.show_error(self.tr("The samples were not loaded"), report.error)
        self.statusBar().showMessage(
            self.tr("{count} sample articles loaded").format(count=len(report.imported)), 5000
        )
        self.data_changed_here()

    def data_changed_here(self) -> None:
        """Refresh after a change made through this window's own connection."""
        if self.archive is None:
            return
        self._total = self.archive.total()
        self._reload_names()
        self.refresh()

    def check_for_changes(self) -> None:
        """Refresh when another connection (a program, the command line) changed the archive."""
        if self.archive is None:
            return
        try:
            version = self.archive.data_version()
        except ArchiveError:
            return
        if version != self._data_version:
            self._data_version = version
            self.data_changed_here()

    def _reload_names(self) -> None:
        # Read on the query thread with the next list (slow on a big archive).
        self._names_wanted = True

    # --- other features' dialogs ------------------------------------------------------

    def _install_importer(self, path: Path) -> None:
        controller_class = feature("import")
        if controller_class is None:
            return
        self._importer = controller_class(self, path)
        self._importer.install_drop_target(self)
        self._importer.finished.connect(lambda _report: self.data_changed_here())

    def choose_import(self) -> None:
        """File ▸ Import…: choose files (or a folder) to import."""
        if self._importer is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            "",
            self.tr(
                "Article files (*.txt *.md *.markdown *.docx *.pdf *.html *.htm);;All files (*)"
            ),
        )
        if paths:
            self._importer.import_paths([Path(p) for p in paths])

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

    # --- language ---------------------------------------------------------------------

    def set_language(self, choice: str) -> None:
        """Switch the UI language (``system``, ``vi`` or ``en``) and remember it."""
        self.settings.setValue("view/language", choice)
        i18n.install_language(i18n.resolve(choice))
        self._check_language_action(choice)

    def _check_language_action(self, choice: str) -> None:
        for action in self.menu_actions.language_group.actions():
            action.setChecked(
                action.data() == (choice if choice in i18n.LANGUAGES else LANGUAGE_SYSTEM)
            )

    def retranslate(self) -> None:
        """Set the window's own texts in the current language."""
        language = i18n.current_language()
        self.menu_actions.retranslate()
        self.model.set_language(language)
        self.pane.set_language(language)
        if self.archive is not None:
            self.setWindowTitle(f"{self.archive.path.name} — {self.tr('Archive Viewer')}")
        else:
            self.setWindowTitle(self.tr("Archive Viewer"))
        self._update_status()
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- settings ---------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._fit_to_screen()
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([600, 500])
        header = s.value("list/header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().blockSignals(True)
            self.table.horizontalHeader().restoreState(header)
            self.table.horizontalHeader().blockSignals(False)
        try:
            self._sort = SortOrder(str(s.value("list/sort", SortOrder.DATE.value)))
        except ValueError:
            self._sort = SortOrder.DATE
        if self._sort is SortOrder.RELEVANCE:
            self._sort = SortOrder.DATE
        descending = s.value("list/descending")
        self._descending = None if descending in (None, "") else _truthy(descending)
        try:
            zoom = float(str(s.value("view/zoom", DEFAULT_ZOOM)))
        except ValueError:
            zoom = DEFAULT_ZOOM
        self.pane.set_zoom(zoom)
        visible = _truthy(s.value("view/filterBar", True))
        self.menu_actions.show_filter_bar.setChecked(visible)
        self.filter_bar.setVisible(visible)
        self._check_language_action(str(s.value("view/language", LANGUAGE_SYSTEM)))

    def _fit_to_screen(self) -> None:
        """A first-run size that fits small screens (1024×600 netbooks) with room to spare."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = 1200, 760
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    def save_settings(self) -> None:
        """Write geometry, splitter, columns and view options to the settings."""
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("list/header", self.table.horizontalHeader().saveState())
        s.setValue("view/zoom", self.pane.zoom)
        s.setValue("view/filterBar", self.menu_actions.show_filter_bar.isChecked())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the background threads and close the archive."""
        self._poll.stop()
        self._stop_worker()
        if self._importer is not None:
            self._importer.shutdown()
            self._importer = None
        if self.archive is not None:
            self.archive.close()
            self.archive = None

    def _stop_worker(self) -> None:
        if self._worker is not None:
            self._worker.result_ready.disconnect(self._show_result)
            self._worker.stop()
            self._worker.deleteLater()
            self._worker = None


def _truthy(value: object) -> bool:
    return value is True or str(value).lower() in ("true", "1", "yes")


def _number(value: int) -> str:
    """A count with the thousands separator of the UI language (1.234 in vi, 1,234 in en)."""
    separator = "." if i18n.current_language() == "vi" else ","
    return f"{value:,}".replace(",", separator)
