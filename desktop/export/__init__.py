"""Exporting articles to PDF: one report (cover, contents, articles) or one file each.

``export_pdf(archive, ids, path)`` is the short way in for scripts and the benchmark;
the window uses ``ExportDialog`` (``desktop.export.export_dialog``) and the command line
``archive-viewer export-pdf``.
"""

from desktop.export.exporter import export_pdf

__all__ = ["export_pdf"]
