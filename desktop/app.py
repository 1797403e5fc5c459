"""The application: QApplication, fonts, icon, language, settings, and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from db.archive import Archive
from db.errors import ArchiveError
from db.version import __version__
from desktop import i18n
from desktop.fonts import load_bundled_fonts
from desktop.resource_files import resource_path

ORGANIZATION = "ArchiveViewer"
APPLICATION = "Archive Viewer"


def app_icon() -> QIcon:
    """The application icon (SVG, with PNG sizes for platforms that want bitmaps)."""
    icon = QIcon()
    for name in ("archive-viewer.svg", "archive-viewer-256.png", "archive-viewer-48.png"):
        path = resource_path("icons", name)
        if path.exists():
            icon.addFile(str(path))
    return icon


def make_settings() -> QSettings:
    """The user's settings (the platform's native store)."""
    return QSettings(ORGANIZATION, APPLICATION)


def setup_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, icon and bundled fonts (reuses an existing one)."""
    existing = QApplication.instance()
    if existing is None:
        # Fractional scale factors (150 %) stay exact instead of being rounded.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("archive-viewer")
    app.setWindowIcon(app_icon())
    load_bundled_fonts()
    return app


def open_initial_archive(
    db_path: Path | None, settings: QSettings
) -> tuple[Archive | None, str | None]:
    """The archive to show at start: ``--db``, else the last one, else the default.

    Returns the archive (None when it cannot be opened) and the error message.
    """
    if db_path is None:
        last = settings.value("archive/last")
        if last and Path(str(last)).exists():
            db_path = Path(str(last))
    try:
        return Archive.open(db_path, create=True), None
    except ArchiveError as error:
        return None, str(error)


def run_window(db_path: Path | None) -> int:
    """Open the main window on ``db_path`` (the last or default archive when None)."""
    app = setup_application()
    settings = make_settings()
    i18n.install_language(i18n.resolve(str(settings.value("view/language", "system"))))
    # Imported after the translator so that module-level texts are translated too.
    from desktop.main_window.main_window import MainWindow

    archive, error = open_initial_archive(db_path, settings)
    window = MainWindow(settings, archive)
    window.show()
    if error is not None:
        QMessageBox.critical(
            window, QCoreApplication.translate("App", "The archive cannot be opened"), error
        )
    return app.exec()
