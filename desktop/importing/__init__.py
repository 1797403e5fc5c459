"""Importing files into the archive from the window: drops, a worker thread, progress, report.

The main window needs only ``ImportController``::

    importer = ImportController(window, archive_path)
    importer.install_drop_target(window)          # the window and every child widget
    importer.finished.connect(window.on_import_finished)   # receives the ImportReport
    importer.import_paths([Path("reports/")])     # File ▸ Import files… / Import folder…
"""

from __future__ import annotations

from desktop.importing.controller import ImportController

__all__ = ["ImportController"]
