"""Merging a bundle or an archive from the window: dry run, confirmation, merge, report.

One file at a time, each in steps: a dry run (a job) says what would change; the
confirmation dialog shows it and asks; the merge runs as a job; its report lists the
conflicts, each opening the article's history. A file dropped or chosen while another is
under way waits for it. The confirmation and the report are opened without blocking
(``confirm_dialog``, ``report_dialog``), so that tests and the benchmark answer them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from db.errors import ArchiveBusyError, ArchiveError, ReadOnlyArchiveError
from db.exchange import MergeReport
from desktop.exchange.bundle_jobs import MergePreview, dry_run_work, merge_work
from desktop.exchange.merge_errors import itself_text, merge_error_text, read_only_text
from desktop.jobs import ArchiveAccess, Job, JobRunner
from desktop.main_window.archive_session import ArchiveSession
from desktop.main_window.article_count_label import format_count
from desktop.main_window.backup_settings import BackupSettings
from desktop.main_window.error_messages import ErrorMessages

# The dialogs are imported when they open: the window shows its first rows sooner.
if TYPE_CHECKING:
    from desktop.editing.history_dialog import HistoryDialog
    from desktop.exchange.merge_confirm_dialog import MergeConfirmDialog
    from desktop.exchange.merge_report_dialog import MergeReportDialog


class MergeFlow(QObject):
    """Merges files into the archive shown, one at a time, asking before each.

    Args:
        runner: the window's job runner.
        session: the archive shown.
        errors: where failures are shown.
        settings: where the backups' folder is read (the backup before a large merge).
        window: the parent of the dialogs.

    Signals:
        changed(): articles were changed here (a revert from a conflict's history).
        merged(object): a merge ended (its MergeReport; ``cancelled`` when stopped).
        message(str): a line for the status bar.
    """

    changed = Signal()
    merged = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        runner: JobRunner,
        session: ArchiveSession,
        errors: ErrorMessages,
        settings: QSettings,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._session = session
        self._errors = errors
        self._settings = settings
        self._window = window
        self.confirm_dialog: MergeConfirmDialog | None = None
        self.report_dialog: MergeReportDialog | None = None
        self.merge_job: Job | None = None  # the latest merge (tests, the benchmark)
        self._pending: list[Path] = []
        self._merging: Path | None = None  # the file whose merge is under way
        # Files waiting were meant for the archive shown when they were dropped.
        session.archive_changed.connect(lambda _archive: self._pending.clear())

    def merge_files(self, paths: list[Path]) -> Job | None:
        """Merge each file in turn (a drop, the file chosen); the first dry run's job."""
        archive = self._session.archive
        if archive is None or not paths:
            return None
        if archive.read_only:
            self.refuse_read_only(archive.path)
            return None
        self._pending.extend(Path(path) for path in paths)
        return self._start_next()

    def _start_next(self) -> Job | None:
        archive = self._session.archive
        while self._merging is None and self._pending and archive is not None:
            source = self._pending.pop(0)
            if _same_file(source, archive.path):
                self._errors.show_error(self.tr("Nothing was merged"), itself_text(source))
                continue
            return self._dry_run(archive.path, source)
        return None

    def _dry_run(self, target: Path, source: Path) -> Job:
        self._merging = source
        job = Job(
            self.tr("Reading {name}").format(name=source.name),
            dry_run_work(source, self.tr("Comparing the articles")),
            archive_path=target,
            access=ArchiveAccess.READ,
            cancellable=True,
        )
        job.on_success(lambda preview: self._confirm(target, preview))
        job.on_failure(lambda error: self._failed(target, source, error, merging=False))
        job.on_cancel(lambda: self._finish(self._not_merged_text(source)))
        ahead = self._runner.jobs()
        if ahead:
            # A drop of articles and bundles together: the import was queued first. Short,
            # for it shares the status bar with the progress of the job it waits for.
            self.message.emit(
                self.tr("{name} waits its turn; it asks before merging.").format(name=source.name)
            )
        return self._runner.submit(job)

    def _confirm(self, target: Path, preview: MergePreview) -> None:
        archive = self._session.archive
        if archive is None or archive.path != target:
            self._finish(
                self.tr("{name} was not merged: another archive is shown now.").format(
                    name=preview.source.name
                )
            )
            return
        from desktop.exchange.merge_confirm_dialog import MergeConfirmDialog

        dialog = MergeConfirmDialog(preview, target, self._backup_folder(target), self._window)
        self.confirm_dialog = dialog
        dialog.finished.connect(lambda result: self._answered(dialog, target, preview, result))
        dialog.open()

    def _answered(
        self, dialog: MergeConfirmDialog, target: Path, preview: MergePreview, result: int
    ) -> None:
        self.confirm_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            if preview.changes_anything():
                self._finish(self._not_merged_text(preview.source))
            else:
                self._finish(
                    self.tr("Nothing to merge from {name}: this archive holds all of it.").format(
                        name=preview.source.name
                    )
                )
            return
        self.merge(target, preview.source)

    def merge(self, target: Path, source: Path) -> Job:
        """Merge ``source`` into the archive ``target`` as a job, then show the report."""
        self._merging = source
        job = Job(
            self.tr("Merging {name}").format(name=source.name),
            merge_work(
                source,
                self.tr("Merging the articles"),
                backup_folder=self._backup_folder(target),
                backup_text=self.tr("Backing up the archive first"),
            ),
            archive_path=target,
            access=ArchiveAccess.WRITE,
            cancellable=True,
        )
        job.on_success(lambda report: self._merged(target, report))
        job.on_failure(lambda error: self._failed(target, source, error, merging=True))
        job.on_cancel(lambda: self._finish(self._not_merged_text(source)))
        self.merge_job = job
        return self._runner.submit(job)

    def _merged(self, target: Path, report: MergeReport) -> None:
        self.merged.emit(report)
        self.changed.emit()
        self.show_report(target, report)
        name = report.source.name
        if report.cancelled:
            text = self.tr(
                "The merge of {name} was cancelled; what was merged stays. Merge it again to "
                "finish."
            ).format(name=name)
        else:
            text = self.tr(
                "Merged {name}: new {added}, updated {updated}, linked as the same article "
                "{linked}, conflicts {conflicts}"
            ).format(
                name=name,
                added=format_count(report.added),
                updated=format_count(report.updated),
                linked=format_count(report.linked),
                conflicts=format_count(len(report.conflicts)),
            )
        self._finish(text)

    def show_report(self, target: Path, report: MergeReport) -> MergeReportDialog:
        """The report of a merge (the previous one's dialog closes), not blocking the window."""
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        from desktop.exchange.merge_report_dialog import MergeReportDialog

        dialog = MergeReportDialog(report, target, self._window)
        dialog.history_requested.connect(self.show_history)
        self.report_dialog = dialog
        dialog.show()
        return dialog

    def show_history(self, article_id: int) -> HistoryDialog | None:
        """The History dialog of an article of the archive shown (a conflict's, say)."""
        archive = self._session.archive
        if archive is None:
            return None
        try:
            from desktop.editing.history_dialog import HistoryDialog

            dialog = HistoryDialog(archive, article_id, self.report_dialog or self._window)
        except ArchiveError as error:
            self._errors.show_archive_error(self.tr("The history cannot be shown"), error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A revert there changes the article: the list is read again.
        dialog.finished.connect(lambda _result: self.changed.emit())
        dialog.open()
        return dialog

    def _failed(self, target: Path, source: Path, error: BaseException, *, merging: bool) -> None:
        if merging:
            title = self.tr("The merge of {name} stopped").format(name=source.name)
        else:
            title = self.tr("{name} was not merged").format(name=source.name)
        if isinstance(error, ArchiveBusyError):
            self._errors.show_archive_error(title, error)
        else:
            text = merge_error_text(error, source, target)
            if merging and not isinstance(error, ReadOnlyArchiveError):
                text += " " + self.tr(
                    "Whatever was merged before it stopped stays; merge the file again to finish."
                )
            self._errors.show_error(title, text)
        self._finish(None)

    def refuse_read_only(self, archive_path: Path) -> None:
        """Say that nothing can be merged into the read-only archive ``archive_path``."""
        self._pending.clear()
        self._errors.show_error(self.tr("Nothing was merged"), read_only_text(archive_path))

    def _not_merged_text(self, source: Path) -> str:
        return self.tr("{name} was not merged; nothing was changed.").format(name=source.name)

    def _finish(self, message: str | None) -> None:
        self._merging = None
        if message:
            self.message.emit(message)
        self._start_next()

    def _backup_folder(self, target: Path) -> Path:
        return BackupSettings(self._settings).folder_for(target)


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False
