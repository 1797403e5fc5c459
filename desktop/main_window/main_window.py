"""The main window: filter bar, article list and reading pane over one open archive."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.archive import Archive
from db.models import ArticleFilter, SortOrder
from desktop import i18n
from desktop.main_window.actions import MainWindowActions
from desktop.main_window.archive_switching import ArchiveSwitchingMixin
from desktop.main_window.article_list_model import ArticleListModel
from desktop.main_window.article_table import ArticleTable
from desktop.main_window.data_safety import DataSafetyMixin
from desktop.main_window.dialog_commands import DialogCommandsMixin
from desktop.main_window.empty_state import EmptyState
from desktop.main_window.features import available
from desktop.main_window.filter_bar import FilterBar
from desktop.main_window.import_commands import ImportCommandsMixin
from desktop.main_window.list_query_worker import ListQueryWorker
from desktop.main_window.listing import ListingMixin
from desktop.main_window.quick_check_worker import QuickCheckThread
from desktop.main_window.reading_pane import ReadingPane
from desktop.main_window.welcome_widget import WelcomeWidget
from desktop.main_window.window_settings import WindowSettingsMixin

POLL_MS = 1000
READ_ONLY_STYLE = (
    "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0c36c;"
    " border-radius: 3px; padding: 1px 8px; font-weight: bold; }"
)


class MainWindow(
    ListingMixin,
    ArchiveSwitchingMixin,
    DialogCommandsMixin,
    ImportCommandsMixin,
    DataSafetyMixin,
    WindowSettingsMixin,
    QMainWindow,
):
    """The window a user works in all day.

    Args:
        settings: where geometry, sort, zoom, language and recent archives are kept.
        archive: the archive to show (the window owns it and closes it); None shows the
            "no archive open" state.

    Signals:
        list_updated(): the list shows the result of the latest query.
        archive_changed(): another archive was opened.
        health_checked(problems): the check after opening finished (empty: healthy).
        names_updated(): the pickers got the names in use (read after the first rows).

    Its commands live in one module per concern: ``listing``, ``archive_switching``,
    ``dialog_commands``, ``import_commands``, ``data_safety`` and ``window_settings``.
    """

    list_updated = Signal()
    archive_changed = Signal()
    health_checked = Signal(list)
    names_updated = Signal()

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
        self._check_pending = False
        self._quick_check: QuickCheckThread | None = None
        self._backup_threads: list[threading.Thread] = []
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
        self.read_only_notice = QLabel(self)
        self.read_only_notice.setObjectName("readOnlyNotice")
        self.read_only_notice.setStyleSheet(READ_ONLY_STYLE)
        self.read_only_notice.hide()
        self.statusBar().addPermanentWidget(self.read_only_notice)
        self.statusBar().addPermanentWidget(self.status_label)

        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check_for_changes)

        self._connect()
        self._restore_settings()
        self.retranslate()
        self.set_archive(archive)

    def _connect(self) -> None:
        a = self.menu_actions
        a.new_archive.triggered.connect(self.choose_new_archive)
        a.open_archive.triggered.connect(self.choose_archive)
        a.import_articles.triggered.connect(self.choose_import)
        a.import_folder.triggered.connect(self.choose_import_folder)
        a.backup_now.triggered.connect(self.back_up_now)
        a.restore_backup.triggered.connect(self.restore_from_backup)
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
        # Down in the search box goes on into the list, as in a file manager's filter.
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.filter_bar.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._focus_list)

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

    def _focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        selection = self.table.selectionModel()
        if not selection.hasSelection() and self.model.rowCount() > 0:
            # Focus alone makes the first cell current without selecting it, so the
            # row is selected explicitly (and whole, for Delete and Export).
            flag = QItemSelectionModel.SelectionFlag
            row = max(self.table.currentIndex().row(), 0)
            selection.setCurrentIndex(self.model.index(row, 0), flag.ClearAndSelect | flag.Rows)

    def _update_actions(self) -> None:
        a = self.menu_actions
        has_archive = self.archive is not None
        writable = has_archive and not (self.archive and self.archive.read_only)
        count = len(self.table.selectionModel().selectedRows()) if has_archive else 0
        has_current = self._current_id is not None
        availability = {
            a.import_articles: (writable, "import"),
            a.import_folder: (writable, "import"),
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
            if feature_name is not None and not available(feature_name):
                a.mark_unavailable(action)
                continue
            action.setEnabled(bool(enabled))
        for action in (a.refresh, a.find, a.backup_now):
            action.setEnabled(has_archive)
        # A read-only archive cannot be replaced; a damaged one is restored from its dialog.
        a.restore_backup.setEnabled(writable)

    def _show_read_only(self, read_only: bool) -> None:
        """The notice in the status bar while the archive is read-only."""
        self.read_only_notice.setVisible(read_only)
        self._set_title()

    def _set_title(self) -> None:
        name = self.tr("Archive Viewer")
        if self.archive is None:
            self.setWindowTitle(name)
        elif self.archive.read_only:
            self.setWindowTitle(
                self.tr("{archive} (read-only) — {program}").format(
                    archive=self.archive.path.name, program=name
                )
            )
        else:
            self.setWindowTitle(f"{self.archive.path.name} — {name}")

    def retranslate(self) -> None:
        """Set the window's own texts in the current language."""
        language = i18n.current_language()
        self.menu_actions.retranslate()
        self.model.set_language(language)
        self.pane.set_language(language)
        self._set_title()
        self.read_only_notice.setText(self.tr("Read-only"))
        self.read_only_notice.setToolTip(
            self.tr(
                "This archive is open for reading only (a CD, a read-only share, a file "
                "without write permission, or a damaged file): it can be searched and "
                "exported, but not changed."
            )
        )
        self._update_status()
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.shutdown()
        super().closeEvent(event)
