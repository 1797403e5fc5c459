"""Exporting articles to PDF: one report (cover, contents, articles) or one file each.

``export_pdf(archive, ids, path)`` is the short way in for scripts and the benchmark;
the window uses ``ExportDialog`` (``desktop.export.export_dialog``) and the command line
``archive-viewer export-pdf``. Importing the package does not load Qt.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ExportDialog", "export_pdf"]


def __getattr__(name: str) -> Any:
    if name == "export_pdf":
        from desktop.export.exporter import export_pdf

        return export_pdf
    if name == "ExportDialog":
        from desktop.export.export_dialog import ExportDialog

        return ExportDialog
    raise AttributeError(name)
