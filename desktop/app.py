"""The application: QApplication, fonts, icon, language, settings, and the main window."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from db.logging_setup import configure_logging
from db.version import __version__
from desktop import i18n
from desktop.fonts import load_bundled_fonts
from desktop.resource_files import resource_path
from desktop.screen_fit import ScreenFit
from desktop.window_libraries import window_problem

log = logging.getLogger(__name__)

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
    # Qt's own file dialog on every platform: the system's (Windows, a GNOME or KDE
    # desktop) speaks the system's language, not the one chosen in View > Language, and
    # would differ from one workstation to the next.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    if app.findChild(ScreenFit) is None:
        app.installEventFilter(ScreenFit(app))
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("archive-viewer")
    app.setWindowIcon(app_icon())
    load_bundled_fonts()
    return app


def initial_archive_path(db_path: Path | None, settings: QSettings) -> Path | None:
    """The archive to show at start: ``--db``, else the last one, else None (the default)."""
    if db_path is not None:
        return db_path
    last = settings.value("archive/last")
    if last and Path(str(last)).exists():
        return Path(str(last))
    return None


def log_uncaught_exceptions() -> None:
    """Uncaught exceptions (in slots and threads too) go to the log file as well as stderr."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, value, trace))
        previous(kind, value, trace)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.error(
                "uncaught exception in thread %s",
                args.thread.name if args.thread else "?",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        threading.__excepthook__(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def run_window(db_path: Path | None) -> int:
    """Open the main window on ``db_path`` (the last or default archive when None)."""
    configure_logging()  # the command line does it too; a second call changes nothing
    log_uncaught_exceptions()
    # Before the QApplication: without its libraries Qt aborts the process with a message
    # about plugins that names no package.
    problem = window_problem()
    if problem is not None:
        log.error("%s", problem)
        print(f"archive-viewer: {problem}", file=sys.stderr)
        return 1
    app = setup_application()
    settings = make_settings()
    i18n.install_language(i18n.resolve(str(settings.value("view/language", "system"))))
    # Imported after the translator so that module-level texts are translated too.
    from desktop.main_window.main_window import MainWindow

    window = MainWindow(settings)
    window.show()
    # Through the window (a job: it may upgrade or re-index the file first), so a
    # damaged, busy or newer archive gets its dialog.
    path = initial_archive_path(db_path, settings)
    window.open_archive(path, create=True)
    log.info("window started on %s", path or "the default archive")
    return app.exec()
