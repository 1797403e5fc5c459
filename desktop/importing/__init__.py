"""Importing files into the archive from the window: drops, a job per run, progress, report.

The main window needs only ``ImportController``::

    importer = ImportController(window, archive_path, runner=runner)
    importer.install_drop_target(window)          # the window and every child widget
    importer.finished.connect(window.on_import_finished)   # receives the ImportReport
    importer.import_paths([Path("reports/")])     # File ▸ Import files… / Import folder…
    importer.shutdown()                           # cancels its runs (the window closes)

Widgets added to the window after ``install_drop_target`` need their own call when they
take drops themselves (text editors, text views); others pass drops up to the window.
Each run is a job of the window's ``JobRunner`` (``desktop.jobs``), so it waits behind a
backup or an export and shows in the status bar. ``finished`` carries the
``db.importer.ImportReport``; ``ArticleFilter(import_id=
report.import_id)`` lists what that run imported.
"""

from __future__ import annotations

from desktop.importing.controller import ImportController

__all__ = ["ImportController"]
