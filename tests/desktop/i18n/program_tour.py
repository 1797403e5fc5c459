"""The tour of the whole program: every window, dialog, menu and message a user can meet.

``walk_program`` opens the window without an archive, on an empty archive, on one with
articles (then every command of its menus, the questions they ask, the context menus,
an import with its report) and on a read-only one, reading each with a ``Walker``.
The articles are written in words of neither language's check (see ``NEUTRAL_ARTICLES``):
what the checks judge is the program's own words around them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.errors import VersionConflictError
from db.models import ArticleFields, ArticleFilter
from desktop import i18n
from desktop.main_window.close_wait_dialog import CloseWaitDialog
from desktop.main_window.main_window import MainWindow
from tests.desktop.i18n.walker import (
    Walker,
    click,
    explore_file_dialog,
    explore_print_dialog,
    explore_print_preview,
)
from tests.desktop.main_window.conftest import add_window, close_window, wait_for_job

# The sizes of screen the window must fit: a netbook's and a common laptop's.
WINDOW_SIZES = ((1024, 600), (1366, 768))

# Article data in words of neither language's check: Vietnamese syllables without marks
# (the Vietnamese check takes them as Vietnamese, the English one sees no Vietnamese
# letter). The program's own words around them are what the checks are about.
NEUTRAL_ARTICLES = [
    ArticleFields(
        title=f"Tin moi so {number} ve mua lua",
        body="\n\n".join(["Nong dan thu hoach lua som, gia ban cao hon nam ngoai."] * 30),
        date=f"20{10 + number}-0{number % 9 + 1}",
        author=("Thu Ha", "Ngoc Lan", "Minh Chau")[number % 3],
        source=("Bao Moi", "Tap Chi Lang")[number % 2],
        tags=["thoi su"] if number % 2 else ["nong nghiep", "mua vu"],
    )
    for number in range(12)
]


def make_archive(folder: Path) -> Path:
    """An archive with articles, a second version of one, one in the Trash, and an import."""
    path = folder / "walk.sqlite3"
    with Archive.open(path, create=True) as archive:
        ids = archive.insert_many(NEUTRAL_ARTICLES)
        archive.update(ids[0], title="Tin moi so mot ve mua lua")
        archive.trash([ids[-1]])
    return path


def _import_files(folder: Path) -> Path:
    """A folder to import: one good file, the same file again, one that fails."""
    source = folder / "bai-nhap-vao"
    source.mkdir()
    article = " date 2021-05 Tin nhap vao kho\n\nNoi dung bai viet.\n"
    (source / "a.txt").write_text(article, encoding="utf-8")
    (source / "b.txt").write_text(article, encoding="utf-8")
    (source / "c.docx").write_bytes(b"PK\x03\x04 not really a docx")
    return source


def open_window(
    qtbot: QtBot,
    settings: QSettings,
    path: Path | None,
    size: tuple[int, int] = WINDOW_SIZES[0],
    *,
    read_only: bool = False,
) -> MainWindow:
    """A shown window of ``size`` on ``path`` (None: no archive), its first list loaded."""
    archive = Archive.open(path, read_only=read_only) if path is not None else None
    window = MainWindow(settings, archive)
    add_window(qtbot, window)
    window.resize(*size)
    if archive is not None:
        with qtbot.waitSignal(window.list_updated, timeout=10_000):
            window.show()
    else:
        window.show()
    qtbot.waitExposed(window)
    return window


def walk_program(
    walker: Walker, tmp_path: Path, language: str, size: tuple[int, int] = WINDOW_SIZES[0]
) -> Walker:
    """Every window, dialog and menu of the program in ``language``, read by ``walker``."""
    qtbot = walker.qtbot
    i18n.install_language(language)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/language", language)
    walker.explorers.update(
        {
            "QFileDialog": explore_file_dialog(walker),
            "QPrintPreviewDialog": explore_print_preview(walker),
            "exportPrintPreview": explore_print_preview(walker),
            "QPrintDialog": explore_print_dialog(walker),
            "QUnixPrintDialog": explore_print_dialog(walker),
        }
    )

    # No archive, then an empty one: the welcome pages.
    empty_window = open_window(qtbot, settings, None, size)
    walker.record(empty_window, "Window without an archive")
    close_window(qtbot, empty_window)
    empty = tmp_path / "empty.sqlite3"
    Archive.open(empty, create=True).close()
    empty_window = open_window(qtbot, settings, empty, size)
    walker.record(empty_window, "Window on an empty archive")
    close_window(qtbot, empty_window)

    path = make_archive(tmp_path)
    window = open_window(qtbot, settings, path, size)
    _walk_window(walker, window, tmp_path)
    close_window(qtbot, window)

    read_only = open_window(qtbot, settings, path, size, read_only=True)
    walker.record(read_only, "Window on a read-only archive")
    close_window(qtbot, read_only)
    shutil.rmtree(tmp_path / "bai-nhap-vao", ignore_errors=True)
    return walker


def _walk_window(walker: Walker, window: MainWindow, tmp_path: Path) -> None:
    qtbot = walker.qtbot
    a = window.menu_actions
    walker.record(window, "Main window")
    a.recent_menu.aboutToShow.emit()
    walker.record(a.recent_menu, "File › Recent archives")

    # Context menus of the text fields, the reading pane and the scroll bars.
    walker.record_menu(window.filter_bar.search.createStandardContextMenu(), "Search box menu")
    walker.context_menu("Reading pane menu", window.pane)
    scroll_bar = window.pane.verticalScrollBar()
    assert isinstance(scroll_bar, QScrollBar)
    walker.context_menu("Scroll bar menu", scroll_bar)
    walker.context_menu("List scroll bar menu", window.table.horizontalScrollBar())

    # A search, then one that finds nothing.
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.filter_bar.search.setText("lua")
    walker.record(window, "Main window, searching")
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.filter_bar.search.setText("khong co")
    walker.record(window, "Main window, nothing found")
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.filter_bar.clear()

    # File menu.
    walker.modal("File › New archive", a.new_archive.trigger)
    walker.modal("File › Open archive", a.open_archive.trigger)
    walker.modal("File › Import files", a.import_articles.trigger)
    walker.modal("File › Import folder", a.import_folder.trigger)
    window.select_row(0)
    walker.explorers["exportDialog"] = lambda dialog: _explore_export(walker, dialog)
    walker.window("File › Export to PDF", window.exports.export_selected())
    walker.explorers["backupNowDialog"] = lambda box: click(
        box, QCoreApplication.translate("BackupCommands", "Other folder…")
    )
    walker.modal("File › Back up now", a.backup_now.trigger, count=2)
    walker.explorers["restoreBackupDialog"] = lambda dialog: click(
        dialog, QCoreApplication.translate("RestoreBackupDialog", "Other file…")
    )
    walker.modal("File › Restore from backup", a.restore_backup.trigger, count=2)
    walker.modal(
        "Restore from backup › question",
        lambda: window.backups.confirm_restore(tmp_path / "walk-backup.sqlite3"),
    )

    # Edit menu.
    walker.explorers["EditDialog"] = lambda dialog: _explore_edit(walker, dialog)
    walker.window("Edit › New article", window.articles.new_article())
    window.select_row(0)
    walker.window("Edit › Edit article", window.articles.edit_current())
    walker.modal("Edit › Delete", lambda: window.articles.confirm_delete(window.selected_ids()))
    walker.modal("Edit › Delete several", lambda: window.articles.confirm_delete([1, 2]))
    window.select_row(0)
    walker.window("Edit › Change several articles", window.articles.bulk_edit_selected())
    walker.window("Edit › History", window.articles.show_history())
    walker.explorers["TrashDialog"] = lambda dialog: _explore_trash(walker, dialog)
    walker.window("Edit › Trash", window.articles.show_trash())
    qtbot.waitUntil(lambda: window.names.names().names("author") != [], timeout=5000)
    walker.explorers["TidyNamesDialog"] = lambda dialog: walker.modal(
        "Tidy names › question",
        lambda: dialog.confirm_rename(["Thu Ha", "Thu  Ha"], "Thu Ha"),  # type: ignore[attr-defined]
    )
    walker.window("Edit › Tidy names", window.articles.tidy_names())

    # View and Help.
    walker.explorers["AboutBox"] = lambda box: _explore_about(walker, box)
    walker.window("Help › About", window.show_about())

    # What the window asks and says on its own.
    walker.modal(
        "Reading pane › web link", lambda: window.pane._link_clicked(QUrl("https://example.org/"))
    )
    original = QDesktopServices.openUrl
    try:
        QDesktopServices.openUrl = lambda _url: False  # type: ignore[method-assign]
        if window.pane.open_original_action.isEnabled():
            walker.modal("Open original › cannot", window.pane.open_original_action.trigger)
    finally:
        QDesktopServices.openUrl = original  # type: ignore[method-assign]
    walker.window(
        "An error message",
        window.errors.show_error(
            QCoreApplication.translate("ArchiveCommands", "The archive cannot be created"),
            QCoreApplication.translate("ArchiveCommands", "No recent archives"),
        ),
    )
    assert window.archive is not None
    walker.modal(
        "Damaged archive",
        lambda: window.repair.ask_repair(
            window.archive.path if window.archive else Path(), ["?"], tmp_path / "b.sqlite3"
        ),
    )
    wait = CloseWaitDialog(
        window.jobs,
        QCoreApplication.translate(
            "WindowClosing",
            "Archive Viewer is still working. The window closes as soon as this is "
            "done; nothing is lost by waiting.",
        ),
        QCoreApplication.translate("WindowClosing", "Stop and close"),
        can_keep_working=True,
        parent=window,
    )
    wait.open()
    walker.window("Closing while jobs run", wait)

    _walk_bundles(walker, window, tmp_path)

    # An import: the progress dialog, the status bar's job, the report.
    controller = window.imports.controller
    assert controller is not None
    job = controller.import_paths([_import_files(tmp_path)])
    assert job is not None

    def while_importing(_done: int, _total: int, _current: str) -> None:
        # The job's signals come in order on this thread: the dialog, shown on "started",
        # is there at the first "progress", however fast the import runs.
        if "Import progress" not in walker.opened and controller.progress_dialog is not None:
            walker.record(controller.progress_dialog, "Import progress")
            walker.record(window.statusBar(), "Status bar while importing")

    # Connected before the event loop runs again: none of the job's signals is missed.
    job.progress.connect(while_importing)
    wait_for_job(qtbot, job)
    assert "Import progress" in walker.opened
    qtbot.waitUntil(lambda: controller.report_dialog is not None, timeout=10_000)
    walker.window("Import report", controller.report_dialog)


def _other_workstation(here: Path, folder: Path) -> Path:
    """A bundle from another workstation that changed an article this one changed too."""
    from db.exchange import export_bundle, merge_archive

    other = folder / "other.sqlite3"
    with Archive.open(here) as archive:
        everything = archive.ids() + archive.ids(ArticleFilter(trashed=True))
        export_bundle(archive, folder / "setup.avbundle", everything, overwrite=True)
        first = archive.rows(limit=1)[0]
        archive.update(first.id, body="Sua o tram nay.")
    with Archive.open(other, create=True) as archive:
        merge_archive(archive, folder / "setup.avbundle")
        there = archive.get(first.uid)
        archive.update(there.id, body="Sua o tram kia, muon hon.")
        archive.insert(ArticleFields(title="Bai moi cua tram kia", body="Noi dung moi."))
        bundle = folder / "tram-kia.avbundle"
        export_bundle(archive, bundle, archive.ids(), overwrite=True)
    return bundle


def _walk_bundles(walker: Walker, window: MainWindow, tmp_path: Path) -> None:
    """Export a bundle, choose one to merge, then merge one with a conflict: the question
    before merging and the report after it."""
    a = window.menu_actions
    window.select_row(0)
    walker.modal("File › Export selection as bundle", a.export_bundle.trigger)
    walker.modal("File › Merge bundle or archive", a.merge_bundle.trigger)
    assert window.archive is not None
    bundle = _other_workstation(window.archive.path, tmp_path)
    merges = window.bundles.merges
    merges.merge_files([bundle])
    walker.qtbot.waitUntil(lambda: merges.confirm_dialog is not None, timeout=10_000)
    confirm = merges.confirm_dialog
    assert confirm is not None
    walker.qtbot.waitUntil(confirm.isVisible, timeout=5000)
    walker.record(confirm, "Merge › what will change")
    confirm.accept()
    walker.qtbot.waitUntil(lambda: merges.report_dialog is not None, timeout=20_000)
    report = merges.report_dialog
    assert report is not None and len(report.conflicts.titles()) == 1
    walker.window("Merge › report with a conflict", report)
    walker.record(window.statusBar(), "Status bar after a merge")


def _explore_export(walker: Walker, dialog: QWidget) -> None:
    from desktop.export.export_dialog import ExportDialog

    assert isinstance(dialog, ExportDialog)
    for spin in dialog.findChildren(QAbstractSpinBox)[:1]:
        walker.context_menu("Export › number field menu", spin)
    walker.modal("Export › Browse", dialog.destination.browse)
    walker.modal("Export › Print preview", dialog.print_preview, count=2)
    walker.modal("Export › Print", dialog.print_document)
    walker.modal("Export › file exists", lambda: dialog.ask_replace(Path("report.pdf")))
    walker.modal("Export › files exist", lambda: dialog.ask_existing(3))
    dialog.separate_radio.setChecked(True)
    walker.record(dialog, "Export to PDF, one file per article")
    walker.modal("Export › Browse folder", dialog.destination.browse)


def _explore_edit(walker: Walker, dialog: QWidget) -> None:
    from desktop.editing.edit_dialog import EditDialog

    assert isinstance(dialog, EditDialog)
    for editor in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit):
        if editor.isVisible() and not editor.isReadOnly():
            walker.record_menu(editor.createStandardContextMenu(), "Edit › text menu")
            break
    walker.modal("Edit › unsaved changes", dialog.ask_unsaved)
    walker.modal(
        "Edit › changed elsewhere", lambda: dialog.ask_conflict(VersionConflictError(1, 1, 2))
    )
    walker.modal("Edit › cannot save", lambda: dialog.show_error("?"))


def _explore_trash(walker: Walker, dialog: QWidget) -> None:
    walker.modal("Trash › delete forever", lambda: dialog.confirm_purge(2))  # type: ignore[attr-defined]
    walker.modal("Trash › empty", lambda: dialog.confirm_empty(3))  # type: ignore[attr-defined]


def _explore_about(walker: Walker, box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            button.click()
            walker.record(box, "Help › About, details shown")
            return
