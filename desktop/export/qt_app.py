"""A QGuiApplication for exporting without a window (command line, scripts)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from desktop.fonts import load_bundled_fonts

_app: list[QGuiApplication] = []


def ensure_gui_application() -> QCoreApplication:
    """The running application, or a new QGuiApplication; the bundled fonts are loaded.

    On Linux without a display, the offscreen platform is chosen, so the command line
    works over SSH and in cron jobs.
    """
    app = QCoreApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["archive-viewer"])
        _app.append(app)
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("PDF export needs a QGuiApplication, not a QCoreApplication")
    load_bundled_fonts()
    return app
