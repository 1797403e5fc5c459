"""The main window: it assembles the objects that own the state, and owns menus and layout.

Each concern is an object in a file named after it, given what it needs and talking
through signals: ``ArchiveSession`` (the archive shown), ``ArticleList`` (filter, order,
query thread, model, selection), ``NamesCache`` (names for pickers), ``BackupCommands``
and ``ArchiveRepair`` (data safety), ``ImportCommands``, ``ExportCommands``,
``ArticleCommands`` (the Edit menu), ``BundleCommands`` (exchange bundles), ``BrowseArea``
(browse panel and timeline) and ``WindowClosing``. Every long job runs on the one
``JobRunner`` (``desktop.jobs``), shown in the status bar by ``JobStatusWidget``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from db.archive import Archive
from db.errors import ArchiveError
from db.redecode import can_redecode
from db.version import __version__
from desktop import i18n
from desktop.browse.browse_area import BrowseArea
from desktop.exchange.bundle_commands import BundleCommands
from desktop.jobs import Job, JobRunner
from desktop.jobs.job_status_widget import JobStatusWidget
from desktop.main_window.about import AboutBox
from desktop.main_window.actions import LANGUAGE_SYSTEM, MainWindowActions
from desktop.main_window.archive_commands import ArchiveCommands
from desktop.main_window.archive_repair import ArchiveRepair
from desktop.main_window.archive_session import ArchiveSession
from desktop.main_window.article_commands import ArticleCommands
from desktop.main_window.article_count_label import ArticleCountLabel
from desktop.main_window.article_list import ArticleList
from desktop.main_window.article_list_model import ArticleListModel
from desktop.main_window.article_table import ArticleTable
from desktop.main_window.backup_commands import BackupCommands
from desktop.main_window.backup_settings import BackupSettings
from desktop.main_window.empty_state import EmptyState
from desktop.main_window.error_messages import ErrorMessages
from desktop.main_window.export_commands import ExportCommands
from desktop.main_window.filter_bar import FilterBar
from desktop.main_window.import_commands import ImportCommands
from desktop.main_window.names_cache import NamesCache
from desktop.main_window.read_only_notice import ReadOnlyNotice
from desktop.main_window.reading_pane import ReadingPane
from desktop.main_window.welcome_widget import WelcomeWidget
from desktop.main_window.window_closing import WindowClosing
from desktop.main_window.window_settings import restore_layout, save_layout

MESSAGE_MS = 10_000


class MainWindow(QMainWindow):
    """The window a user works in all day.

    Args:
        settings: where geometry, sort, zoom, language and recent archives are kept.
        archive: the archive to show (the window owns it and closes it); None shows the
            "no archive open" state (``open_archive`` opens one as a job).

    Signals:
        list_updated(): the list shows the result of the latest query.
        archive_changed(): another archive (or none) is shown.
        health_checked(list): the check after opening finished (empty: healthy).
        names_updated(): the pickers got the names in use.
    """

    list_updated = Signal()
    archive_changed = Signal()
    health_checked = Signal(list)
    names_updated = Signal()

    def __init__(self, settings: QSettings, archive: Archive | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.setObjectName("mainWindow")
        # Fits a 1024×600 screen at 150 % (683×400 pixels of the UI).
        self.setMinimumSize(600, 360)
        self.jobs = JobRunner(self)
        self.menu_actions = MainWindowActions(self)
        self._build_widgets()
        self.errors = ErrorMessages(self)
        self.session = ArchiveSession(self.jobs, settings, self)
        self.archive_commands = ArchiveCommands(self.session, self.errors, self)
        self.names = NamesCache(self)
        self.article_list = ArticleList(self.table, self.filter_bar, settings, self)
        self.browse_area.attach(self.article_list, self.filter_bar, self.empty_state, self.jobs)
        backup_settings = BackupSettings(settings)
        self.backups = BackupCommands(self.jobs, self.session, backup_settings, self.errors, self)
        self.repair = ArchiveRepair(
            self.jobs,
            self.session,
            backup_commands=self.backups,
            settings=backup_settings,
            errors=self.errors,
            window=self,
        )
        self.imports = ImportCommands(self.jobs, self.session, self.errors, self)
        self.exports = ExportCommands(self.jobs, self.session, self.article_list, settings, self)
        self.bundles = BundleCommands(self.jobs, self.session, self.article_list, settings, self)
        self.articles = ArticleCommands(
            self.jobs,
            self.session,
            article_list=self.article_list,
            names=self.names,
            errors=self.errors,
            window=self,
        )
        self.closing = WindowClosing(self.jobs, self, self._let_go)
        self._connect()
        restore_layout(
            settings,
            self,
            splitter=self.splitter,
            header=self.table.horizontalHeader(),
            pane=self.pane,
            filter_bar_action=self.menu_actions.show_filter_bar,
        )
        self._check_language_action(str(settings.value("view/language", LANGUAGE_SYSTEM)))
        self.retranslate()
        self._archive_changed(None)
        if archive is not None:
            self.session.show(archive)

    # --- layout ------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.filter_bar = FilterBar(self)
        self.table = ArticleTable(self)
        self.empty_state = EmptyState(self)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_state)
        self.pane = ReadingPane(self)
        self.browse_area = BrowseArea(self.settings, self.menu_actions, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.browse_area.above_list(self.list_stack))
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.welcome = WelcomeWidget(self)
        self.browse = QWidget(self)
        layout = QVBoxLayout(self.browse)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.browse_area.beside(self.splitter), 1)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.browse)
        self.central.addWidget(self.welcome)
        self.setCentralWidget(self.central)
        self.job_status = JobStatusWidget(self.jobs, self)
        self.read_only_notice = ReadOnlyNotice(self)
        self.status_label = ArticleCountLabel(self)
        bar = self.statusBar()
        bar.addPermanentWidget(self.job_status)
        bar.addPermanentWidget(self.read_only_notice)
        bar.addPermanentWidget(self.status_label)
        # As tall from the start as with a job shown: a job starting or ending must not
        # change the height of the list and the reading pane (a relayout of both).
        bar.setMinimumHeight(max(bar.sizeHint().height(), self.job_status.sizeHint().height()))

    def _connect(self) -> None:
        a = self.menu_actions
        for action, slot in (
            (a.new_archive, self.archive_commands.choose_new_archive),
            (a.open_archive, self.archive_commands.choose_archive),
            (a.import_articles, self.imports.choose_import),
            (a.import_folder, self.imports.choose_import_folder),
            (a.backup_now, self.backups.back_up_now),
            (a.restore_backup, self.backups.restore_from_backup),
            (a.export_pdf, self.exports.export_selected),
            (a.export_bundle, self.bundles.export_selection),
            (a.merge_bundle, self.bundles.choose_merge),
            (a.quit, self.close),
            (a.new_article, self.articles.new_article),
            (a.edit_article, self.articles.edit_current),
            (a.delete_articles, self.articles.delete_selected),
            (a.bulk_edit, self.articles.bulk_edit_selected),
            (a.history, self.articles.show_history),
            (a.trash, self.articles.show_trash),
            (a.tidy_names, self.articles.tidy_names),
            (a.find, self.filter_bar.focus_search),
            (a.refresh, self.article_list.refresh),
            (a.zoom_in, self.pane.zoom_in_text),
            (a.zoom_out, self.pane.zoom_out_text),
            (a.zoom_reset, self.pane.reset_zoom),
            (a.about, self.show_about),
        ):
            action.triggered.connect(lambda _checked=False, run=slot: run())
        a.show_filter_bar.toggled.connect(self.filter_bar.setVisible)
        a.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        a.redecode_group.triggered.connect(
            lambda action: self.articles.redecode_current(str(action.data()))
        )
        a.recent_menu.aboutToShow.connect(
            lambda: self.archive_commands.fill_recent_menu(a.recent_menu)
        )
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.filter_bar.clear_search)
        # Down in the search box goes on into the list, as in a file manager's filter.
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.filter_bar.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self.article_list.focus_list)

        self.session.archive_changed.connect(self._archive_changed)
        self.session.changed_elsewhere.connect(self._read_again)
        lst = self.article_list
        lst.list_updated.connect(self._list_updated)
        lst.first_rows_shown.connect(self._first_rows_shown)
        lst.current_changed.connect(self._show_article)
        lst.selection_changed.connect(self._update_actions)
        lst.query_failed.connect(self.show_message)
        self.filter_bar.filter_changed.connect(lambda where: self.pane.set_query(where.query))
        self.names.updated.connect(self._names_updated)
        self.repair.health_checked.connect(self.health_checked)
        self.imports.last_import_changed.connect(
            lambda import_id, show: self.filter_bar.set_last_import(import_id, show=show)
        )
        self.imports.imported.connect(lambda _report: self.data_changed_here())
        self.articles.changed.connect(self.data_changed_here)
        self.imports.bundles_dropped.connect(self.bundles.merge_files)
        for source in (self.backups, self.repair, self.imports, self.exports, self.articles):
            source.message.connect(self.show_message)
        self.bundles.changed.connect(self.data_changed_here)
        self.bundles.message.connect(self.show_message)
        self.jobs.job_finished.connect(self._job_finished)
        self.empty_state.clear_requested.connect(self.filter_bar.clear)
        self.table.edit_requested.connect(self.articles.edit_current)
        self.table.doubleClicked.connect(lambda _index: self.articles.edit_current())
        self.pane.zoom_changed.connect(lambda points: self.settings.setValue("view/zoom", points))
        self.welcome.import_requested.connect(self.imports.choose_import)
        self.welcome.samples_requested.connect(self.imports.load_samples)
        self.welcome.open_requested.connect(self.archive_commands.choose_archive)
        self.welcome.new_requested.connect(self.archive_commands.choose_new_archive)

    # --- what the objects say ------------------------------------------------------------

    def _archive_changed(self, archive: Archive | None) -> None:
        self.article_list.set_archive(archive)
        self.pane.set_archive(archive)
        self.names.set_archive(archive.path if archive is not None else None)
        self.read_only_notice.setVisible(archive is not None and archive.read_only)
        self.welcome.set_has_archive(archive is not None)
        self._set_title()
        self._show_browse_or_welcome()
        self._update_status()
        self._update_actions()
        self.archive_changed.emit()

    def _list_updated(self) -> None:
        self._show_browse_or_welcome()
        self._update_status()
        self._update_actions()
        self.list_updated.emit()

    def _first_rows_shown(self) -> None:
        # The poll, the names and the check wait for the first rows, so as not to delay them.
        self.session.start_watching()
        self.names.refresh(now=True)
        self.repair.check_archive()

    def _names_updated(self) -> None:
        names = self.names.names()
        self.filter_bar.set_names(names.names("author"), names.names("source"), names.names("tag"))
        self.names_updated.emit()

    def _show_article(self, article_id: int | None) -> None:
        archive = self.session.archive
        if archive is None or article_id is None:
            self.pane.show_article(None)
        else:
            query = self.article_list.where().query
            try:
                self.pane.show_article(archive.get(article_id), query=query)
            except ArchiveError as error:
                self.pane.show_article(None)
                self.show_message(str(error))
        self._update_actions()

    def _job_finished(self, job: Job) -> None:
        # A job writes through its own connection: the poll would notice it within a
        # second; the list and the names are read again now instead.
        if job.archive_path is not None and self.session.check_for_changes():
            return
        self._update_actions()

    def data_changed_here(self) -> None:
        """Read the list and the names again after a change (by this window or another)."""
        # Taking in another connection's change reads again too (and the poll won't).
        if not self.session.check_for_changes():
            self._read_again()

    def check_for_changes(self) -> bool:
        """Read again now if another connection changed the archive (the poll does it too)."""
        return self.session.check_for_changes()

    def _read_again(self) -> None:
        self.article_list.refresh()
        self.names.refresh()

    def show_message(self, text: str) -> None:
        """A line in the status bar for a while."""
        self.statusBar().showMessage(text, MESSAGE_MS)

    # --- the state of the window -----------------------------------------------------------

    def _show_browse_or_welcome(self) -> None:
        archive = self.session.archive
        if archive is None:
            self.central.setCurrentWidget(self.welcome)
            return
        if self.article_list.total() == 0 and not self.filter_bar.is_filtering():
            self.welcome.set_import_available(not archive.read_only)
            self.central.setCurrentWidget(self.welcome)
            return
        self.central.setCurrentWidget(self.browse)
        empty = self.model.rowCount() == 0
        self.list_stack.setCurrentWidget(self.empty_state if empty else self.table)

    def _update_status(self) -> None:
        if self.session.archive is None:
            self.status_label.show_no_archive()
        else:
            self.status_label.show_counts(
                self.article_list.matching_count(),
                self.article_list.total(),
                by_relevance=self.article_list.by_relevance(),
            )

    def _update_actions(self) -> None:
        archive = self.session.archive
        article = self.pane.article
        self.menu_actions.update_enabled(
            has_archive=archive is not None,
            writable=self.session.writable(),
            has_rows=self.model.rowCount() > 0,
            has_selection=archive is not None and self.article_list.has_selection(),
            has_current=self.article_list.current_id() is not None,
            redecodable=article is not None and can_redecode(article),
        )

    def _set_title(self) -> None:
        name = self.tr("Archive Viewer")
        archive = self.session.archive
        if archive is None:
            self.setWindowTitle(name)
        elif archive.read_only:
            self.setWindowTitle(
                self.tr("{archive} (read-only) — {program}").format(
                    archive=archive.path.name, program=name
                )
            )
        else:
            self.setWindowTitle(f"{archive.path.name} — {name}")

    def open_archive(
        self, path: Path | None, *, create: bool = False, read_only: bool = False
    ) -> Job:
        """Open (or create) the archive at ``path`` (None: the default one), as a job.

        It is shown when ready; a failure gets its dialog (a damaged file: the repair).
        """
        return self.archive_commands.open_archive(path, create=create, read_only=read_only)

    # --- for the tests, the benchmark and other windows ---------------------------------

    @property
    def archive(self) -> Archive | None:
        """The archive shown (owned by ``session``)."""
        return self.session.archive

    @property
    def model(self) -> ArticleListModel:
        """The list's model (owned by ``article_list``)."""
        return self.article_list.model

    def selected_ids(self) -> list[int]:
        """The ids of the selected articles, in list order."""
        return self.article_list.selected_ids()

    def current_id(self) -> int | None:
        """The article shown in the reading pane."""
        return self.article_list.current_id()

    def select_row(self, row: int) -> None:
        """Make ``row`` current and the only one selected."""
        self.article_list.select_row(row)

    # --- language, About, closing --------------------------------------------------------

    def set_language(self, choice: str) -> None:
        """Switch the UI language (``system``, ``vi`` or ``en``) and remember it."""
        self.settings.setValue("view/language", choice)
        i18n.install_language(i18n.resolve(choice))
        self._check_language_action(choice)

    def _check_language_action(self, choice: str) -> None:
        wanted = choice if choice in i18n.LANGUAGES else LANGUAGE_SYSTEM
        for action in self.menu_actions.language_group.actions():
            action.setChecked(action.data() == wanted)

    def retranslate(self) -> None:
        """Set the window's own texts in the current language."""
        language = i18n.current_language()
        self.menu_actions.retranslate()
        self.model.set_language(language)
        self.pane.set_language(language)
        self._set_title()
        self._update_status()
        self._update_actions()

    def show_about(self) -> AboutBox:
        """Help ▸ About."""
        box = AboutBox(__version__, self.windowIcon(), self)
        box.open()
        return box

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.closing.may_close():
            self.closing.request()
        if self.closing.may_close():
            super().closeEvent(event)
        else:
            event.ignore()  # waiting for jobs, with progress; closes by itself after

    def _let_go(self) -> None:
        """Save the layout and close the archive (its automatic backup is queued)."""
        save_layout(
            self.settings,
            self,
            splitter=self.splitter,
            header=self.table.horizontalHeader(),
            pane=self.pane,
            filter_bar_action=self.menu_actions.show_filter_bar,
        )
        self.names.stop()
        self.article_list.stop()
        self.session.close()
