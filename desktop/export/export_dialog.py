"""File ▸ Export to PDF…: what, how, where; then a background export with progress."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
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
from desktop.export.errors import ExportError
from desktop.export.export_worker import ExportThread
from desktop.export.exporter import ExistingFiles, ExportRequest, ExportResult, image_loader
from desktop.export.page_setup import FONT_SIZE_RANGE, MAX_MARGIN_MM, PAGE_SIZES, PageSetup
from desktop.export.pdf_layout import PageGeometry, ReportLayout, ReportOptions, ReportTexts
from desktop.export.separate_files import existing_files, plan_file_names

SETTINGS_GROUP = "export"
PRINT_SUPPORT: bool
try:  # QtPrintSupport ships with PySide6-Essentials; still, a trimmed build may lack it.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    PRINT_SUPPORT = True
except ImportError:  # pragma: no cover - depends on the installed Qt
    PRINT_SUPPORT = False


def report_texts(language: str) -> ReportTexts:
    """The report's words in the UI language."""
    return ReportTexts.vietnamese() if language == "vi" else ReportTexts()


class ExportDialog(QDialog):
    """Export the selected articles, or all those matching the filter, to PDF.

    Args:
        archive: the window's archive (read on this thread for counts and the preview;
            the export opens its own connection on the worker thread).
        selected_ids: the articles selected in the list, in list order.
        current_filter: the list's filter, for "all N matching".
        parent: the window.
        settings: where the page setup is remembered (the app's settings by default).

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
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.archive = archive
        self.selected_ids = list(selected_ids or [])
        self.current_filter = current_filter or ArticleFilter()
        self.settings = settings if settings is not None else QSettings()
        self.matching_count = archive.count(self.current_filter)
        self._thread: ExportThread | None = None
        self._build()
        self.set_page_setup(self._stored_setup())
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
        form.addRow(self.tr("Export:"), self._column(self.selected_radio, self.all_radio))

        self.combined_radio = QRadioButton(self.tr("One report (cover, contents, articles)"))
        self.separate_radio = QRadioButton(self.tr("One PDF file per article, into a folder"))
        self._layout_group = QButtonGroup(self)
        for button in (self.combined_radio, self.separate_radio):
            self._layout_group.addButton(button)
        self.combined_radio.setChecked(True)
        self._layout_group.buttonToggled.connect(lambda *_: self._update_destination_hint())
        form.addRow(self.tr("Layout:"), self._column(self.combined_radio, self.separate_radio))

        self.title_edit = QLineEdit(self.tr("Report"))
        self.title_edit.setObjectName("titleEdit")
        form.addRow(self.tr("Title:"), self.title_edit)

        self.page_size_combo = QComboBox()
        self.page_size_combo.addItems(list(PAGE_SIZES))
        form.addRow(self.tr("Page size:"), self.page_size_combo)

        self.margin_spins: dict[str, QDoubleSpinBox] = {}
        margins = QGridLayout()
        for index, (name, label) in enumerate(
            (
                ("margin_top_mm", self.tr("Top")),
                ("margin_bottom_mm", self.tr("Bottom")),
                ("margin_left_mm", self.tr("Left")),
                ("margin_right_mm", self.tr("Right")),
            )
        ):
            spin = QDoubleSpinBox()
            spin.setRange(0.0, MAX_MARGIN_MM)
            spin.setDecimals(1)
            spin.setSuffix(" mm")
            self.margin_spins[name] = spin
            margins.addWidget(QLabel(label), index // 2, (index % 2) * 2)
            margins.addWidget(spin, index // 2, (index % 2) * 2 + 1)
        form.addRow(self.tr("Margins:"), self._wrap(margins))

        self.font_size_spin = QDoubleSpinBox()
        self.font_size_spin.setRange(*FONT_SIZE_RANGE)
        self.font_size_spin.setDecimals(1)
        self.font_size_spin.setSingleStep(0.5)
        self.font_size_spin.setSuffix(" pt")
        defaults_button = QPushButton(self.tr("Restore defaults"))
        defaults_button.clicked.connect(lambda: self.set_page_setup(PageSetup()))
        row = QHBoxLayout()
        row.addWidget(self.font_size_spin)
        row.addStretch(1)
        row.addWidget(defaults_button)
        form.addRow(self.tr("Body font size:"), self._wrap(row))

        self.destination_edit = QLineEdit()
        self.destination_edit.setObjectName("destinationEdit")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse_destination)
        row = QHBoxLayout()
        row.addWidget(self.destination_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Save to:"), self._wrap(row))

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
                print_button.setToolTip(self.tr("Printing is not available in this installation."))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    @staticmethod
    def _column(*widgets: QWidget) -> QWidget:
        box = QVBoxLayout()
        for widget in widgets:
            box.addWidget(widget)
        return ExportDialog._wrap(box)

    @staticmethod
    def _wrap(layout: QVBoxLayout | QHBoxLayout | QGridLayout) -> QWidget:
        layout.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(layout)
        return holder

    # --- page setup ---------------------------------------------------------------------

    def page_setup(self) -> PageSetup:
        """The page setup the widgets show."""
        margins = {name: spin.value() for name, spin in self.margin_spins.items()}
        return PageSetup(
            page_size=self.page_size_combo.currentText(),
            margin_top_mm=margins["margin_top_mm"],
            margin_bottom_mm=margins["margin_bottom_mm"],
            margin_left_mm=margins["margin_left_mm"],
            margin_right_mm=margins["margin_right_mm"],
            font_size_pt=self.font_size_spin.value(),
        )

    def set_page_setup(self, setup: PageSetup) -> None:
        """Show ``setup`` in the widgets."""
        self.page_size_combo.setCurrentText(setup.page_size)
        for name, spin in self.margin_spins.items():
            spin.setValue(getattr(setup, name))
        self.font_size_spin.setValue(setup.font_size_pt)

    def _stored_setup(self) -> PageSetup:
        self.settings.beginGroup(SETTINGS_GROUP)
        try:
            values = {
                field.name: self.settings.value(f"page/{field.name}")
                for field in fields(PageSetup)
                if self.settings.contains(f"page/{field.name}")
            }
        finally:
            self.settings.endGroup()
        return PageSetup.from_dict(values)

    def remember_page_setup(self) -> None:
        """Keep the page setup (and the folder) for next time."""
        self.settings.beginGroup(SETTINGS_GROUP)
        for name, value in self.page_setup().to_dict().items():
            self.settings.setValue(f"page/{name}", value)
        destination = self.destination_edit.text().strip()
        if destination:
            path = Path(destination)
            self.settings.setValue("folder", str(path if self.is_separate() else path.parent))
        self.settings.endGroup()

    # --- what and where -----------------------------------------------------------------

    def is_separate(self) -> bool:
        """One file per article?"""
        return self.separate_radio.isChecked()

    def article_ids(self) -> list[int]:
        """The articles to export, in list order."""
        if self.selected_radio.isChecked():
            return list(self.selected_ids)
        return self.archive.ids(self.current_filter)

    def _update_destination_hint(self) -> None:
        folder = str(self.settings.value(f"{SETTINGS_GROUP}/folder", "") or Path.home())
        current = self.destination_edit.text().strip()
        base = Path(current).parent if current and not self.is_separate() else Path(folder)
        if current and self.is_separate():
            base = Path(current) if Path(current).suffix.lower() != ".pdf" else Path(current).parent
        if self.is_separate():
            self.destination_edit.setText(str(base))
        else:
            name = Path(current).name if current.lower().endswith(".pdf") else "report.pdf"
            self.destination_edit.setText(str(base / name))

    def browse_destination(self) -> None:
        """Ask for the file (one report) or the folder (one file per article)."""
        current = self.destination_edit.text().strip()
        if self.is_separate():
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the PDF files"), current
            )
        else:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the report as"), current, self.tr("PDF files (*.pdf)")
            )
            if chosen and not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
        if chosen:
            self.destination_edit.setText(chosen)

    def request(self, existing: ExistingFiles = ExistingFiles.FAIL) -> ExportRequest:
        """The export the dialog describes; raises ExportError when something is missing."""
        destination = self.destination_edit.text().strip()
        if not destination:
            raise ExportError(self.tr("Choose where to save the PDF."))
        ids = self.article_ids()
        if not ids:
            raise ExportError(self.tr("Nothing to export: select articles or change the filter."))
        setup = self.page_setup()
        problems = setup.problems()
        if problems:
            raise ExportError(" ".join(problems))
        return ExportRequest(
            ids=ids,
            target=Path(destination).expanduser(),
            separate=self.is_separate(),
            title=self.title_edit.text().strip() or self.tr("Report"),
            setup=setup,
            texts=report_texts(i18n.current_language()),
            existing=existing,
        )

    def _ask_existing(self, request: ExportRequest) -> ExistingFiles | None:
        """Ask what to do with files that exist; None: the user cancelled."""
        if not request.separate:
            if not request.target.exists():
                return ExistingFiles.FAIL
            answer = QMessageBox.question(
                self,
                self.tr("Replace the file?"),
                self.tr("%1 already exists. Replace it?").replace("%1", str(request.target)),
            )
            return ExistingFiles.OVERWRITE if answer == QMessageBox.StandardButton.Yes else None
        rows = self.archive.rows_by_id(list(request.ids))
        folder = request.target
        clashes = existing_files(folder, plan_file_names(rows)) if folder.is_dir() else []
        if not clashes:
            return ExistingFiles.FAIL
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Files exist"))
        box.setText(self.tr("%n of the files exist already in this folder.", "", len(clashes)))
        replace_button = box.addButton(
            self.tr("Replace them"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep_button = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        skip_button = box.addButton(self.tr("Skip them"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is replace_button:
            return ExistingFiles.OVERWRITE
        if clicked is keep_button:
            return ExistingFiles.KEEP_BOTH
        if clicked is skip_button:
            return ExistingFiles.SKIP
        return None

    # --- exporting ----------------------------------------------------------------------

    def _export_clicked(self) -> None:
        self.start_export()

    def is_running(self) -> bool:
        """Is an export under way?"""
        return self._thread is not None

    def start_export(self, existing: ExistingFiles | None = None) -> bool:
        """Start the export on the worker thread; False when it did not start.

        Args:
            existing: what to do with existing files; None asks the user when needed.
        """
        if self.is_running():
            return False
        try:
            request = self.request()
        except ExportError as error:
            self._show_error(str(error))
            return False
        choice = existing if existing is not None else self._ask_existing(request)
        if choice is None:
            return False
        request = replace(request, existing=choice)
        self.remember_page_setup()
        thread = ExportThread(self.archive.path, request, self)
        thread.progress.connect(self._on_progress)
        thread.finished.connect(self._on_finished)
        thread.failed.connect(self._on_failed)
        thread.cancelled.connect(self._on_cancelled)
        thread.ended.connect(self._on_thread_done)
        self._thread = thread
        self._set_running(True)
        thread.start()
        return True

    def cancel_export(self) -> None:
        """Stop the running export; nothing half-written stays."""
        if self._thread is not None:
            self._thread.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.progress_bar.setValue(0)
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

    def _on_failed(self, message: str) -> None:
        self._show_error(message)
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self.status_label.setText(self.tr("Cancelled; no file was left half-written."))

    def _on_thread_done(self) -> None:
        self._thread = None
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
        if self._thread is not None:
            self._thread.cancel()
            self._thread.wait()
        super().closeEvent(event)

    # --- printing -----------------------------------------------------------------------

    def print_layout(self) -> ReportLayout:
        """The report as the PDF would have it (the preview and the printer use this)."""
        ids = self.article_ids()
        articles = [self.archive.get(article_id) for article_id in ids]
        separate = self.is_separate()
        layout = ReportLayout(
            articles,
            ReportOptions(
                title=self.title_edit.text().strip() or self.tr("Report"),
                setup=self.page_setup(),
                texts=report_texts(i18n.current_language()),
                cover=not separate,
                contents=not separate,
            ),
            image_loader=image_loader(self.archive),
        )
        layout.layout()
        return layout

    def paint_on_printer(self, printer: QPrinter) -> None:
        """Lay out and paint the report onto ``printer`` (for the preview and printing)."""
        with self.print_layout() as layout:
            printer.setFullPage(True)
            printer.setPageLayout(layout.geometry.page_layout())
            layout.paint(printer)

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setDocName(self.title_edit.text().strip())
        printer.setPageLayout(PageGeometry(self.page_setup()).page_layout())
        return printer

    def print_preview(self) -> None:
        """Show the print preview of the report (the same layout as the PDF)."""
        if not PRINT_SUPPORT:
            self._show_error(self.tr("Printing is not available in this installation."))
            return
        self.remember_page_setup()
        preview = QPrintPreviewDialog(self._printer(), self)
        preview.setObjectName("exportPrintPreview")
        preview.paintRequested.connect(self.paint_on_printer)
        preview.exec()

    def print_document(self) -> None:
        """Print the report after the system's print dialog."""
        if not PRINT_SUPPORT:
            self._show_error(self.tr("Printing is not available in this installation."))
            return
        self.remember_page_setup()
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.paint_on_printer(printer)
