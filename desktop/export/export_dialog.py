"""File ▸ Export to PDF…: what, how, where; then an export job with progress."""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.archive import Archive
from db.models import ArticleFilter
from desktop import i18n
from desktop.export import export_settings
from desktop.export.destination_field import DestinationField
from desktop.export.errors import ExportError, TargetExistsError
from desktop.export.existing_files_box import ExistingFilesBox
from desktop.export.export_job import export_job
from desktop.export.export_printing import (
    PRINT_SUPPORT,
    not_available_text,
    paint_on_printer,
    print_layout,
    print_with_dialog,
    show_print_preview,
)
from desktop.export.export_types import ExistingFiles, ExportRequest, ExportResult
from desktop.export.page_setup import PageSetup
from desktop.export.page_setup_form import PageSetupForm
from desktop.export.pdf_layout import ReportLayout
from desktop.export.report_texts import ReportTexts
from desktop.jobs import Job, JobRunner

if PRINT_SUPPORT:
    from PySide6.QtPrintSupport import QPrinter

__all__ = ["PRINT_SUPPORT", "ExportDialog", "report_texts"]


def report_texts(language: str) -> ReportTexts:
    """The report's words in the UI language."""
    return ReportTexts.vietnamese() if language == "vi" else ReportTexts()


class ExportDialog(QDialog):
    """Export the selected articles, or all those matching the filter, to PDF.

    Args:
        archive: the window's archive (read here only for the print preview; the export
            job opens its own connection).
        selected_ids: the articles selected in the list, in list order.
        current_filter: the list's filter, for "all N matching".
        parent: the window.
        runner: the window's job runner (the export runs there).
        settings: where the page setup is remembered (the app's settings by default).
        matching_count: how many articles the filter matches, as the list knows it (None:
            counted here).

    Signals:
        exported(object): the ExportResult of a finished export.
        failed(str): the message of a failed export (also shown in the dialog).
    """

    exported = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        archive: Archive,
        selected_ids: list[int] | None,
        current_filter: ArticleFilter | None,
        parent: QWidget | None = None,
        *,
        runner: JobRunner,
        settings: QSettings | None = None,
        matching_count: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.archive = archive
        self.runner = runner
        self.selected_ids = list(selected_ids or [])
        self.current_filter = current_filter or ArticleFilter()
        self.settings = settings if settings is not None else QSettings()
        self.matching_count = (
            archive.count(self.current_filter) if matching_count is None else matching_count
        )
        self._job: Job | None = None
        self._build()
        self.page_form.set_page_setup(export_settings.stored_setup(self.settings))
        self._update_destination_hint()

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Export to PDF"))
        form = QFormLayout()

        self.selected_radio = QRadioButton(
            self.tr("The %n selected article(s)", "", len(self.selected_ids))
        )
        self.all_radio = QRadioButton(
            self.tr("All %n article(s) matching the current filter", "", self.matching_count)
        )
        self._which = QButtonGroup(self)
        for button in (self.selected_radio, self.all_radio):
            self._which.addButton(button)
        self.selected_radio.setEnabled(bool(self.selected_ids))
        (self.selected_radio if self.selected_ids else self.all_radio).setChecked(True)
        form.addRow(self.tr("Export:"), _column(self.selected_radio, self.all_radio))

        self.combined_radio = QRadioButton(self.tr("One report (cover, contents, articles)"))
        self.separate_radio = QRadioButton(self.tr("One PDF file per article, into a folder"))
        self._layout_group = QButtonGroup(self)
        for button in (self.combined_radio, self.separate_radio):
            self._layout_group.addButton(button)
        self.combined_radio.setChecked(True)
        self._layout_group.buttonToggled.connect(lambda *_: self._update_destination_hint())
        form.addRow(self.tr("Layout:"), _column(self.combined_radio, self.separate_radio))

        self.title_edit = QLineEdit(self.tr("Report"))
        self.title_edit.setObjectName("titleEdit")
        form.addRow(self.tr("Title:"), self.title_edit)

        self.destination = DestinationField(export_settings.last_folder(self.settings))
        self.destination_edit = self.destination.edit
        form.addRow(self.tr("Save to:"), self.destination)

        self.page_form = PageSetupForm(self)

        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.export_button: QPushButton = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.preview_button = self.buttons.addButton(
            self.tr("Print preview…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = self.buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self._export_clicked)
        self.preview_button.clicked.connect(self.print_preview)
        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)
        if not PRINT_SUPPORT:
            for print_button in (self.preview_button, self.print_button):
                print_button.setEnabled(False)
                print_button.setToolTip(not_available_text())

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.page_form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    # --- page setup ---------------------------------------------------------------------

    def page_setup(self) -> PageSetup:
        """The page setup the widgets show."""
        return self.page_form.page_setup()

    def set_page_setup(self, setup: PageSetup) -> None:
        """Show ``setup`` in the widgets."""
        self.page_form.set_page_setup(setup)

    def remember_page_setup(self) -> None:
        """Keep the page setup (and the folder) for next time."""
        destination = self.destination_edit.text().strip()
        folder = None
        if destination:
            path = Path(destination)
            folder = path if self.is_separate() else path.parent
        export_settings.remember(self.settings, self.page_setup(), folder)

    # --- what and where -----------------------------------------------------------------

    def is_separate(self) -> bool:
        """One file per article?"""
        return self.separate_radio.isChecked()

    def exports_all(self) -> bool:
        """All the articles the filter matches, rather than the selection?"""
        return not self.selected_radio.isChecked()

    def article_ids(self) -> list[int]:
        """The articles to export, in list order (read now: for printing and tests)."""
        if not self.exports_all():
            return list(self.selected_ids)
        return self.archive.ids(self.current_filter)

    def _update_destination_hint(self) -> None:
        self.destination.set_separate(self.is_separate())

    def browse_destination(self) -> None:
        """Ask for the file (one report) or the folder (one file per article)."""
        self.destination.browse()

    def request(self, existing: ExistingFiles = ExistingFiles.FAIL) -> ExportRequest:
        """The export the dialog describes; raises ExportError when something is missing.

        With "all matching" the ids are left for the job to look up (``ids`` is empty).
        """
        destination = self.destination_edit.text().strip()
        if not destination:
            raise ExportError(self.tr("Choose where to save the PDF."))
        count = self.matching_count if self.exports_all() else len(self.selected_ids)
        if not count:
            raise ExportError(self.tr("Nothing to export: select articles or change the filter."))
        setup = self.page_setup()
        problems = setup.problems()
        if problems:
            raise ExportError(" ".join(problems))
        return ExportRequest(
            ids=[] if self.exports_all() else list(self.selected_ids),
            target=Path(destination).expanduser(),
            separate=self.is_separate(),
            title=self.title_edit.text().strip() or self.tr("Report"),
            setup=setup,
            texts=report_texts(i18n.current_language()),
            existing=existing,
        )

    def ask_replace(self, target: Path) -> bool:
        """Whether to replace the report file that exists."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it?").replace("%1", str(target)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_existing(self, count: int) -> ExistingFiles | None:
        """What to do with ``count`` files that exist in the folder; None: cancel."""
        box = ExistingFilesBox(count, self)
        box.exec()
        box.deleteLater()
        return box.choice

    # --- exporting ----------------------------------------------------------------------

    def _export_clicked(self) -> None:
        self.start_export()

    def is_running(self) -> bool:
        """Is an export under way (or waiting for the runner)?"""
        return self._job is not None

    def start_export(self, existing: ExistingFiles | None = None) -> bool:
        """Start the export job; False when it did not start.

        Args:
            existing: what to do with existing files; None asks the user when needed
                (for one file per article, once the job has found which exist).
        """
        if self.is_running():
            return False
        try:
            request = self.request()
        except ExportError as error:
            self._show_error(str(error))
            return False
        if existing is None:
            existing = ExistingFiles.FAIL
            if not request.separate and request.target.exists():
                if not self.ask_replace(request.target):
                    return False
                existing = ExistingFiles.OVERWRITE
        self._start(replace(request, existing=existing))
        return True

    def _start(self, request: ExportRequest) -> None:
        self.remember_page_setup()
        job = export_job(
            self.archive.path,
            request,
            title=self.tr("Exporting {name}").format(name=request.target.name),
            where=self.current_filter if self.exports_all() else None,
        )
        job.on_progress(self._on_progress)
        job.on_success(self._on_finished)
        job.on_failure(functools.partial(self._on_failed, request))
        job.on_cancel(self._on_cancelled)
        job.on_finished(self._on_job_done)
        self._job = job
        self._set_running(True)
        self.runner.submit(job)

    def cancel_export(self) -> None:
        """Stop the running export; nothing half-written stays."""
        if self._job is not None:
            self._job.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 0)  # busy until the job says how far it is
        for widget in (self.export_button, self.preview_button, self.print_button):
            widget.setEnabled(not running and (widget is self.export_button or PRINT_SUPPORT))
        self.close_button.setText(self.tr("Cancel export") if running else self.tr("Close"))
        if running:
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Starting…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(message)

    def _on_finished(self, result: ExportResult) -> None:
        if len(result.paths) == 1 and not self.is_separate():
            text = self.tr("Saved %1 (%2 pages).").replace("%1", str(result.paths[0]))
            text = text.replace("%2", str(result.pages))
        else:
            text = self.tr("Saved %n file(s).", "", len(result.paths))
        self.status_label.setText(text)
        self.exported.emit(result)

    def _on_failed(self, request: ExportRequest, error: BaseException) -> None:
        if isinstance(error, TargetExistsError) and request.separate:
            # Nothing was written: ask what to do with those files, then start again.
            self._job = None
            self._set_running(False)
            self.progress_bar.setVisible(False)
            choice = self.ask_existing(error.count)
            if choice is not None:
                self._start(replace(request, existing=choice))
            else:
                self.status_label.setText("")
            return
        message = self._job.message if self._job is not None else str(error)
        self._show_error(message)
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self.status_label.setText(self.tr("Cancelled; no file was left half-written."))

    def _on_job_done(self) -> None:
        if self._job is not None and self._job.is_done():
            self._job = None
            self._set_running(False)
            self.progress_bar.setVisible(False)

    def _show_error(self, message: str) -> None:
        self.status_label.setStyleSheet("color: #b00020;")
        self.status_label.setText(message)

    def reject(self) -> None:
        """Close, or cancel the running export first."""
        if self.is_running():
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            # The job finishes in the runner (it stops at the next page); nothing waits here.
            self._job.cancel()
        super().closeEvent(event)

    # --- printing -----------------------------------------------------------------------

    def print_layout(self) -> ReportLayout:
        """The report as the PDF would have it (the preview and the printer use this)."""
        return print_layout(
            self.archive,
            self.article_ids(),
            title=self.title_edit.text().strip() or self.tr("Report"),
            setup=self.page_setup(),
            texts=report_texts(i18n.current_language()),
            separate=self.is_separate(),
        )

    def paint_on_printer(self, printer: QPrinter) -> None:
        """Lay out and paint the report onto ``printer`` (for the preview and printing)."""
        paint_on_printer(self.print_layout(), printer)

    def print_preview(self) -> None:
        """Show the print preview of the report (the same layout as the PDF)."""
        if not PRINT_SUPPORT:
            self._show_error(not_available_text())
            return
        self.remember_page_setup()
        title = self.title_edit.text().strip()
        show_print_preview(self, title, self.page_setup(), self.paint_on_printer)

    def print_document(self) -> None:
        """Print the report after the system's print dialog."""
        if not PRINT_SUPPORT:
            self._show_error(not_available_text())
            return
        self.remember_page_setup()
        print_with_dialog(
            self, self.title_edit.text().strip(), self.page_setup(), self.paint_on_printer
        )


def _column(*widgets: QWidget) -> QWidget:
    box = QVBoxLayout()
    box.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        box.addWidget(widget)
    holder = QWidget()
    holder.setLayout(box)
    return holder
