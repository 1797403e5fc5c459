"""The main window's actions, menus and toolbar, with their texts and shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

LANGUAGE_SYSTEM = "system"
# Edit ▸ Decode again as: the encodings an old file may really be in, named as users
# know them (the font families of the time); the names are the same in every language.
REDECODE_CHOICES = (
    ("tcvn3", "TCVN3 (ABC, .VnTime)"),
    ("vni", "VNI (VNI-Times)"),
    ("cp1258", "Windows-1258"),
    ("utf-8", "UTF-8"),
)


class MainWindowActions(QObject):
    """Every action of the main window; the window connects them to its slots.

    The texts are set in ``retranslate`` so that switching the language updates them.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        style = window.style()

        def action(
            name: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            icon: QStyle.StandardPixmap | None = None,
        ) -> QAction:
            new = QAction(window)
            new.setObjectName(name)
            if shortcut is not None:
                new.setShortcut(QKeySequence(shortcut))
            if icon is not None:
                new.setIcon(style.standardIcon(icon))
            window.addAction(new)
            return new

        sp = QStyle.StandardPixmap
        self.new_archive = action("newArchive")
        self.open_archive = action(
            "openArchive", QKeySequence.StandardKey.Open, sp.SP_DialogOpenButton
        )
        self.import_articles = action("importArticles", "Ctrl+I", sp.SP_ArrowDown)
        self.import_folder = action("importFolder", "Ctrl+Shift+I", sp.SP_DirOpenIcon)
        self.backup_now = action("backupNow")
        self.restore_backup = action("restoreBackup")
        self.export_pdf = action("exportPdf", "Ctrl+P", sp.SP_DialogSaveButton)
        self.export_bundle = action("exportBundle")
        self.merge_bundle = action("mergeBundle")
        self.quit = action("quit", QKeySequence.StandardKey.Quit)
        self.new_article = action("newArticle", QKeySequence.StandardKey.New, sp.SP_FileIcon)
        self.edit_article = action("editArticle", "Ctrl+E", sp.SP_FileDialogDetailedView)
        self.delete_articles = action(
            "deleteArticles", QKeySequence.StandardKey.Delete, sp.SP_TrashIcon
        )
        self.bulk_edit = action("bulkEdit")
        self.history = action("history")
        self.trash = action("trash")
        self.tidy_names = action("tidyNames")
        self.find = action("find", QKeySequence.StandardKey.Find)
        self.refresh = action("refresh", QKeySequence.StandardKey.Refresh, sp.SP_BrowserReload)
        self.zoom_in = action("zoomIn")
        self.zoom_in.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out = action("zoomOut", QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset = action("zoomReset", "Ctrl+0")
        self.show_filter_bar = action("showFilterBar", "Ctrl+Shift+F")
        self.show_filter_bar.setCheckable(True)
        self.show_filter_bar.setChecked(True)
        self.show_browse_panel = action("showBrowsePanel", "Ctrl+Shift+B")
        self.show_timeline = action("showTimeline")
        for view in (self.show_browse_panel, self.show_timeline):
            view.setCheckable(True)
            view.setChecked(True)
        self.about = action("about")
        if QKeySequence(QKeySequence.StandardKey.Refresh).toString() != "F5":
            self.refresh.setShortcuts(
                [QKeySequence(QKeySequence.StandardKey.Refresh), QKeySequence("F5")]
            )

        self.recent_menu = QMenu(window)
        self.redecode_menu = QMenu(window)
        self.redecode_menu.setObjectName("redecodeMenu")
        self.redecode_group = QActionGroup(self)
        self.redecode_actions = []
        for encoding, label in REDECODE_CHOICES:
            choice = QAction(label, window)
            choice.setObjectName(f"redecode_{encoding}")
            choice.setData(encoding)
            self.redecode_group.addAction(choice)
            self.redecode_menu.addAction(choice)
            self.redecode_actions.append(choice)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_system = self._language_action(window, LANGUAGE_SYSTEM)
        # A language is named in itself, so it is found whatever the UI language is.
        self.language_vi = self._language_action(window, "vi", "Tiếng Việt")
        self.language_en = self._language_action(window, "en", "English")

        self.file_menu = QMenu(window)
        self.edit_menu = QMenu(window)
        self.view_menu = QMenu(window)
        self.language_menu = QMenu(window)
        self.help_menu = QMenu(window)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._build(window)
        self.retranslate()

    def _language_action(self, window: QMainWindow, code: str, text: str = "") -> QAction:
        new = QAction(text, window)
        new.setObjectName(f"language_{code}")
        new.setCheckable(True)
        new.setData(code)
        self.language_group.addAction(new)
        return new

    def _build(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)
        self.file_menu.addActions([self.new_archive, self.open_archive])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_articles, self.import_folder, self.export_pdf])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_bundle, self.merge_bundle])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_now, self.restore_backup])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)

        self.edit_menu.addActions([self.new_article, self.edit_article, self.delete_articles])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.bulk_edit, self.history, self.tidy_names, self.trash])
        self.edit_menu.addMenu(self.redecode_menu)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find)

        self.view_menu.addAction(self.refresh)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.show_filter_bar)
        self.view_menu.addActions([self.show_browse_panel, self.show_timeline])
        self.view_menu.addMenu(self.language_menu)
        self.language_menu.addAction(self.language_system)
        self.language_menu.addSeparator()
        self.language_menu.addActions([self.language_vi, self.language_en])

        self.help_menu.addAction(self.about)

        self.toolbar.addActions(
            [self.import_articles, self.new_article, self.edit_article, self.delete_articles]
        )
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.export_pdf, self.refresh])
        window.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        texts = {
            self.new_archive: (self.tr("&New archive…"), self.tr("Create an empty archive file")),
            self.open_archive: (self.tr("&Open archive…"), self.tr("Open another archive file")),
            self.import_articles: (
                self.tr("&Import files…"),
                self.tr("Import article files (or drop them on the window)"),
            ),
            self.import_folder: (
                self.tr("Import &folder…"),
                self.tr("Import every article file in a folder and its subfolders"),
            ),
            self.backup_now: (
                self.tr("&Back up now…"),
                self.tr("Save a copy of the archive in the backups folder or another one"),
            ),
            self.restore_backup: (
                self.tr("&Restore from backup…"),
                self.tr("Replace the archive with a backup (the current file is kept aside)"),
            ),
            self.export_pdf: (
                self.tr("E&xport to PDF…"),
                self.tr("Save the selected articles as a PDF"),
            ),
            self.export_bundle: (
                self.tr("Export &selection as bundle…"),
                self.tr(
                    "Save the selected articles (or the list, or everything) in a bundle file "
                    "for another workstation"
                ),
            ),
            self.merge_bundle: (
                self.tr("&Merge bundle or archive…"),
                self.tr(
                    "Bring in the articles of another workstation's bundle or archive (or drop "
                    "a bundle on the window)"
                ),
            ),
            self.quit: (self.tr("&Quit"), self.tr("Close Archive Viewer")),
            self.new_article: (self.tr("&New article"), self.tr("Write a new article")),
            self.edit_article: (
                self.tr("&Edit article"),
                self.tr("Edit the selected article (Enter)"),
            ),
            self.delete_articles: (
                self.tr("&Delete"),
                self.tr("Move the selected articles to the Trash"),
            ),
            self.bulk_edit: (
                self.tr("Change &several articles…"),
                self.tr("Add tags or set the source of the selected articles"),
            ),
            self.history: (
                self.tr("&History…"),
                self.tr("Earlier versions of the selected article"),
            ),
            self.trash: (self.tr("&Trash…"), self.tr("Articles moved to the Trash")),
            self.tidy_names: (
                self.tr("&Tidy names…"),
                self.tr("Merge spellings of authors, sources and tags"),
            ),
            self.find: (self.tr("&Find"), self.tr("Go to the search box")),
            self.refresh: (self.tr("&Refresh"), self.tr("Read the archive again")),
            self.zoom_in: (self.tr("Zoom &in"), self.tr("Larger text in the reading pane")),
            self.zoom_out: (self.tr("Zoom &out"), self.tr("Smaller text in the reading pane")),
            self.zoom_reset: (self.tr("&Normal size"), self.tr("The usual text size")),
            self.show_filter_bar: (
                self.tr("Show &filter bar"),
                self.tr("Show or hide the search and filters"),
            ),
            self.show_browse_panel: (
                self.tr("Show &browse panel"),
                self.tr("Years, sources, authors and tags with their numbers of articles"),
            ),
            self.show_timeline: (
                self.tr("Show &timeline"),
                self.tr("Articles per month; drag across the bars to choose dates"),
            ),
            self.about: (self.tr("&About Archive Viewer"), self.tr("Version and licences")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
            plain = text.replace("&", "")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({keys}): {tip}" if keys else f"{plain}: {tip}")
        self.language_system.setText(self.tr("Follow the system"))
        self.recent_menu.setTitle(self.tr("Recent archives"))
        self.redecode_menu.setTitle(self.tr("&Decode again as"))
        self.redecode_menu.setToolTip(
            self.tr("Read the article's original file again in another old encoding")
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))

    def update_enabled(
        self,
        *,
        has_archive: bool,
        writable: bool,
        has_rows: bool,
        has_selection: bool,
        has_current: bool,
        redecodable: bool,
    ) -> None:
        """Enable what the window's state allows (a read-only archive: reading only)."""
        for action, enabled in (
            (self.import_articles, writable),
            (self.import_folder, writable),
            (self.export_pdf, has_archive and has_rows),
            # A read-only archive can be sent on; merging into one says why it cannot.
            (self.export_bundle, has_archive),
            (self.merge_bundle, has_archive),
            (self.new_article, writable),
            (self.edit_article, writable and has_current),
            (self.delete_articles, writable and has_selection),
            (self.bulk_edit, writable and has_selection),
            (self.history, has_archive and has_current),
            (self.trash, has_archive),
            (self.tidy_names, writable),
            (self.refresh, has_archive),
            (self.find, has_archive),
            (self.backup_now, has_archive),
            # A read-only archive cannot be replaced; a damaged one is restored from its dialog.
            (self.restore_backup, writable),
        ):
            action.setEnabled(enabled)
        self.redecode_menu.setEnabled(writable and has_current and redecodable)
