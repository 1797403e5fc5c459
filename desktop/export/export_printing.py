"""Print preview and printing of a report: the same layout as the PDF, onto a printer."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from db.archive import Archive
from desktop.export.export_types import image_loader
from desktop.export.page_geometry import PageGeometry
from desktop.export.page_setup import PageSetup
from desktop.export.pdf_layout import ReportLayout
from desktop.export.report_texts import ReportOptions, ReportTexts

PRINT_SUPPORT: bool
try:  # QtPrintSupport ships with PySide6-Essentials; still, a trimmed build may lack it.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    PRINT_SUPPORT = True
except ImportError:  # pragma: no cover - depends on the installed Qt
    PRINT_SUPPORT = False


def not_available_text() -> str:
    """What the print buttons say when this installation cannot print."""
    return QCoreApplication.translate(
        "ExportDialog", "Printing is not available in this installation."
    )


def print_layout(
    archive: Archive,
    ids: Sequence[int],
    *,
    title: str,
    setup: PageSetup,
    texts: ReportTexts,
    separate: bool,
) -> ReportLayout:
    """The report as the PDF would have it, laid out (the preview and the printer use it).

    Read and laid out on the calling thread, as Qt's print preview paints on the UI thread.
    """
    articles = [archive.get(article_id) for article_id in ids]
    layout = ReportLayout(
        articles,
        ReportOptions(
            title=title, setup=setup, texts=texts, cover=not separate, contents=not separate
        ),
        image_loader=image_loader(archive),
    )
    layout.layout()
    return layout


def paint_on_printer(layout: ReportLayout, printer: QPrinter) -> None:
    """Paint a laid-out report onto ``printer`` (full page: the report draws its margins)."""
    with layout:
        printer.setFullPage(True)
        printer.setPageLayout(layout.geometry.page_layout())
        layout.paint(printer)


def make_printer(title: str, setup: PageSetup) -> QPrinter:
    """A high-resolution printer set up for the report's paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setDocName(title)
    printer.setPageLayout(PageGeometry(setup).page_layout())
    return printer


def show_print_preview(
    parent: QWidget, title: str, setup: PageSetup, paint: Callable[[QPrinter], None]
) -> None:
    """Qt's print preview of the report (``paint`` lays it out onto the printer)."""
    # Held here while the preview runs: the dialog does not own its printer, and a
    # temporary one is freed under it (a crash when the preview paints).
    printer = make_printer(title, setup)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setObjectName("exportPrintPreview")
    preview.paintRequested.connect(paint)
    preview.exec()


def print_with_dialog(
    parent: QWidget, title: str, setup: PageSetup, paint: Callable[[QPrinter], None]
) -> None:
    """The system's print dialog, then the report onto the printer chosen."""
    printer = make_printer(title, setup)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        paint(printer)
