"""What the parts of MainWindow may use of each other, for the type checker only.

MainWindow is put together from one mixin per concern (``listing``, ``archive_switching``,
``dialog_commands``, ``import_commands``, ``data_safety``, ``window_settings``). Each mixin
derives from ``WindowParts``: at run time that is ``object``; for mypy it is a QMainWindow
declaring the window's widgets, state and the methods one part calls in another, so each
part is checked as if it were the whole window. MainWindow's real definitions must agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import threading
    from pathlib import Path
    from typing import Any

    from PySide6.QtCore import QSettings, QTimer, SignalInstance
    from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QWidget

    from db.archive import Archive
    from db.errors import ArchiveError
    from db.models import ArticleFilter, SortOrder
    from desktop.main_window.actions import MainWindowActions
    from desktop.main_window.article_list_model import ArticleListModel
    from desktop.main_window.article_table import ArticleTable
    from desktop.main_window.empty_state import EmptyState
    from desktop.main_window.filter_bar import FilterBar
    from desktop.main_window.list_query_worker import ListQueryWorker, ListResult
    from desktop.main_window.quick_check_worker import QuickCheckThread
    from desktop.main_window.reading_pane import ReadingPane
    from desktop.main_window.welcome_widget import WelcomeWidget

    class WindowParts(QMainWindow):
        """The shared surface of the window's parts (see the module docstring)."""

        list_updated: SignalInstance
        archive_changed: SignalInstance
        health_checked: SignalInstance
        names_updated: SignalInstance
        settings: QSettings
        archive: Archive | None
        menu_actions: MainWindowActions
        filter_bar: FilterBar
        model: ArticleListModel
        table: ArticleTable
        empty_state: EmptyState
        list_stack: QStackedWidget
        pane: ReadingPane
        splitter: QSplitter
        welcome: WelcomeWidget
        browse: QWidget
        central: QStackedWidget
        status_label: QLabel
        read_only_notice: QLabel
        _poll: QTimer
        _worker: ListQueryWorker | None
        _importer: Any
        _data_version: int
        _filter: ArticleFilter
        _sort: SortOrder
        _descending: bool | None
        _relevance: bool
        _total: int
        _current_id: int | None
        _dialogs: list[QWidget]
        _names_wanted: bool
        _check_pending: bool
        _quick_check: QuickCheckThread | None
        _backup_threads: list[threading.Thread]

        # main_window
        def _update_actions(self) -> None: ...
        def _set_title(self) -> None: ...
        def _show_read_only(self, read_only: bool) -> None: ...

        # listing
        def refresh(self) -> None: ...
        def data_changed_here(self) -> None: ...
        def selected_ids(self) -> list[int]: ...
        def _show_result(self, result: ListResult) -> None: ...
        def _query_failed(self, generation: int, message: str) -> None: ...
        def _show_names(self, names: dict[str, list[str]]) -> None: ...
        def _reload_names(self) -> None: ...
        def _show_browse_or_welcome(self) -> None: ...
        def _update_status(self) -> None: ...

        # archive_switching
        def set_archive(self, archive: Archive | None, *, auto_backup: bool = True) -> None: ...
        def open_archive(
            self, path: Path | None, *, create: bool = False, read_only: bool = False
        ) -> bool: ...
        def show_error(self, title: str, message: str) -> None: ...
        def show_archive_error(self, title: str, error: ArchiveError) -> None: ...

        # import_commands
        def _install_importer(self, path: Path) -> None: ...
        def _show_last_import(self, archive: Archive, *, show: bool) -> None: ...

        # data_safety
        def _first_rows_shown(self) -> None: ...
        def _release_archive(self, *, auto_backup: bool) -> None: ...
        def wait_for_backups(self, timeout: float | None = None) -> None: ...
        def _stop_quick_check(self) -> None: ...
        def _open_failed(self, path: Path, error: ArchiveError) -> None: ...

else:
    WindowParts = object
