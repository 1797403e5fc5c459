"""Importing files into the archive from the window: drops, a worker thread, progress, report.

The main window needs only ``ImportController``::

    importer = ImportController(window, archive_path)
    importer.install_drop_target(window)          # the window and every child widget
    importer.finished.connect(window.on_import_finished)   # receives the ImportReport
    importer.import_paths([Path("reports/")])     # File ▸ Import files… / Import folder…
    importer.shutdown()                           # in closeEvent (also done on aboutToQuit)

Widgets added to the window after ``install_drop_target`` need their own call when they
take drops themselves (text editors, text views); others pass drops up to the window.
``finished`` carries the ``db.importer.ImportReport``; ``ArticleFilter(import_id=
report.import_id)`` lists what that run imported.
"""

from __future__ import annotations

from desktop.importing.controller import ImportController

__all__ = ["ImportController"]
