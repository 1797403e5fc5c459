"""File ▸ Export selection as bundle…, File ▸ Merge bundle or archive…, and dropped bundles.

Writing a bundle is a job of the window's runner; a merge goes through ``MergeFlow``
(dry run, confirmation, merge, report). The questions are methods (``ask_scope``,
``ask_bundle_path``, ``confirm_replace``, ``ask_merge_source``) so that tests answer
them; everything after the answer is the code path the menu uses.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db.archive import Archive
from db.errors import ArchiveError
from db.exchange import BUNDLE_SUFFIX
from db.exchange.bundle import BundleResult
from db.models import ArticleFilter
from desktop.exchange.bundle_jobs import BundleScope, export_work
from desktop.exchange.bundle_scope_box import BundleScopeBox, BundleScopeChoice
from desktop.exchange.merge_flow import MergeFlow
from desktop.importing.drop_support import DropFilter
from desktop.jobs import ArchiveAccess, Job, JobRunner
from desktop.main_window.archive_session import ArchiveSession
from desktop.main_window.article_count_label import format_count
from desktop.main_window.article_list import ArticleList
from desktop.main_window.error_messages import ErrorMessages

SETTING_FOLDER = "exchange/folder"
BUNDLE_PATTERN = "*" + BUNDLE_SUFFIX
ARCHIVE_PATTERNS = "*.sqlite3 *.sqlite *.db"


class BundleCommands(QObject):
    """Exchange bundles from the window: writing them, and where merges start.

    Args:
        runner: the window's job runner.
        session: the archive shown.
        article_list: the selection and the filter of the list.
        settings: where the bundles' folder is remembered (and the backups' is read).
        window: the parent of the dialogs, and where bundles are dropped.

    Signals:
        changed(): articles were changed here (a revert from a conflict's history).
        message(str): a line for the status bar.
    """

    changed = Signal()
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
        self.errors = ErrorMessages(window)  # its message boxes are the tests' to see
        self._settings = settings
        self._window = window
        self.merges = MergeFlow(runner, session, self.errors, settings, window)
        self.merges.changed.connect(self.changed)
        self.merges.message.connect(self.message)
        # A writable archive's drops come from the import's filter (bundles told apart);
        # a read-only archive takes no imports, but a dropped bundle still gets an answer.
        self._read_only_drops = DropFilter(self, files=False)
        self._read_only_drops.bundles_dropped.connect(self.merge_files)
        session.archive_changed.connect(self._archive_changed)

    def _archive_changed(self, archive: Archive | None) -> None:
        self._read_only_drops.uninstall(self._window)
        if archive is not None and archive.read_only:
            self._read_only_drops.install(self._window)

    # --- File ▸ Export selection as bundle… ----------------------------------------------

    def export_selection(self) -> Job | None:
        """The selected articles (nothing selected: the list or everything) into a bundle."""
        archive = self._session.archive
        if archive is None:
            return None
        selected = self._list.selected_ids()
        if selected:
            scope, count = BundleScope(ids=tuple(selected)), len(selected)
        else:
            try:
                everything = self._list.total() + archive.total(trashed=True)
            except ArchiveError as error:
                self.errors.show_archive_error(self.tr("The bundle was not written"), error)
                return None
            if everything == 0:
                self.errors.show_error(
                    self.tr("Nothing to export"),
                    self.tr("{name} holds no articles yet: there is nothing to put in a bundle.")
                    .format(name=archive.path.name),
                )
                return None
            where = self._list.where()
            listed = self._list.matching_count()
            filtered = _is_filtered(where)
            if not filtered and listed == everything:
                choice: BundleScopeChoice | None = BundleScopeChoice.EVERYTHING  # no choice
            else:
                choice = self.ask_scope(listed, everything, filtered=filtered)
            if choice is None:
                return None
            if choice is BundleScopeChoice.LISTED:
                scope, count = BundleScope(where=where), listed
            else:
                scope, count = BundleScope(), everything
        chosen = self.ask_bundle_path(self._default_bundle(archive.path), count)
        target = self._with_suffix(chosen) if chosen is not None else None
        if target is None:
            return None
        self._settings.setValue(SETTING_FOLDER, str(target.parent))
        return self.export(archive.path, target, scope)

    def export(self, archive_path: Path, target: Path, scope: BundleScope) -> Job:
        """Write the bundle ``target`` of ``scope`` as a job (``target`` is replaced)."""
        job = Job(
            self.tr("Writing the bundle {name}").format(name=target.name),
            export_work(target, scope, self.tr("Copying the articles")),
            archive_path=archive_path,
            access=ArchiveAccess.READ,
            cancellable=True,
        )
        job.on_success(self._exported)
        job.on_failure(
            lambda error: self.errors.show_archive_error(
                self.tr("The bundle was not written"), error
            )
        )
        job.on_cancel(
            lambda: self.message.emit(
                self.tr("The bundle was not written (cancelled); no file was left behind.")
            )
        )
        return self._runner.submit(job)

    def ask_scope(
        self, listed: int, everything: int, *, filtered: bool
    ) -> BundleScopeChoice | None:
        """With nothing selected: the articles listed, or everything (None: cancelled)."""
        box = BundleScopeBox(listed, everything, filtered=filtered, parent=self._window)
        box.exec()
        box.deleteLater()
        return box.choice

    def ask_bundle_path(self, default: Path, count: int) -> Path | None:
        """The file name the user chose for the bundle, or None (cancelled)."""
        chosen, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export %n article(s) as a bundle", "", count),
            str(default),
            self.tr("Archive Viewer bundles ({pattern})").format(pattern=BUNDLE_PATTERN),
        )
        return Path(chosen) if chosen else None

    def _with_suffix(self, chosen: Path) -> Path | None:
        """``chosen`` with the bundle extension (None: the user would not replace that)."""
        target = chosen
        if target.suffix.lower() != BUNDLE_SUFFIX:
            # The window knows a bundle by its extension (a drop merges it): always give it.
            # The dialog asked about replacing the name typed, not this one.
            target = target.with_name(target.name + BUNDLE_SUFFIX)
            if target.exists() and not self.confirm_replace(target):
                return None
        return target

    def confirm_replace(self, target: Path) -> bool:
        """Whether to replace the file ``target`` that exists."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Replace the file?"),
            self.tr("{name} already exists in {folder}. Replace it?").format(
                name=target.name, folder=target.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _exported(self, result: BundleResult) -> None:
        self.message.emit(
            self.tr("Saved {count} article(s) in the bundle {path}", "", result.articles).format(
                count=format_count(result.articles), path=result.path
            )
        )

    def _default_bundle(self, archive_path: Path) -> Path:
        return self._folder() / f"{archive_path.stem}-{date.today().isoformat()}{BUNDLE_SUFFIX}"

    def _folder(self) -> Path:
        remembered = Path(str(self._settings.value(SETTING_FOLDER, "") or ""))
        return remembered if str(remembered) != "." and remembered.is_dir() else Path.home()

    # --- File ▸ Merge bundle or archive…, and dropped bundles ------------------------------

    def choose_merge(self) -> Job | None:
        """Choose a bundle or an archive file, then merge it (after a dry run and asking)."""
        archive = self._session.archive
        if archive is None:
            return None
        if archive.read_only:
            self.merges.refuse_read_only(archive.path)
            return None
        source = self.ask_merge_source(self._folder())
        return self.merge_files([source]) if source is not None else None

    def ask_merge_source(self, folder: Path) -> Path | None:
        """The bundle or archive file to merge, or None (cancelled)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Merge a bundle or an archive"),
            str(folder),
            self.tr(
                "Bundles and archives ({both});;Bundles ({bundles});;Archives ({archives});;"
                "All files (*)"
            ).format(
                both=f"{BUNDLE_PATTERN} {ARCHIVE_PATTERNS}",
                bundles=BUNDLE_PATTERN,
                archives=ARCHIVE_PATTERNS,
            ),
        )
        return Path(chosen) if chosen else None

    def merge_files(self, paths: list[Path]) -> Job | None:
        """Merge each file in turn (a drop, the file chosen); the first dry run's job."""
        return self.merges.merge_files(paths)


def _is_filtered(where: ArticleFilter) -> bool:
    """Whether the list shows less than every article outside the Trash."""
    return replace(where, prefix_last=False, query=where.query or None) != ArticleFilter()
