"""What the window remembers between runs: geometry, splitter, columns, zoom, filter bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from desktop.main_window.reading_pane import DEFAULT_ZOOM, ReadingPane

FIRST_RUN_SIZE = (1200, 760)


def restore_layout(
    settings: QSettings,
    window: QMainWindow,
    *,
    splitter: QSplitter,
    header: QHeaderView,
    pane: ReadingPane,
    filter_bar_action: QAction,
) -> None:
    """Put the window back as it was left (a first run fits the screen)."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        fit_to_screen(window)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    sizes = settings.value("window/splitter")
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    else:
        splitter.setSizes([600, 500])
    columns = settings.value("list/header")
    if isinstance(columns, QByteArray):
        header.blockSignals(True)
        header.restoreState(columns)
        header.blockSignals(False)
    try:
        zoom = float(str(settings.value("view/zoom", DEFAULT_ZOOM)))
    except ValueError:
        zoom = DEFAULT_ZOOM
    pane.set_zoom(zoom)
    filter_bar_action.setChecked(truthy(settings.value("view/filterBar", True)))


def save_layout(
    settings: QSettings,
    window: QMainWindow,
    *,
    splitter: QSplitter,
    header: QHeaderView,
    pane: ReadingPane,
    filter_bar_action: QAction,
) -> None:
    """Write geometry, splitter, columns and view options to the settings."""
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("list/header", header.saveState())
    settings.setValue("view/zoom", pane.zoom)
    settings.setValue("view/filterBar", filter_bar_action.isChecked())
    settings.sync()


def fit_to_screen(window: QMainWindow) -> None:
    """A first-run size that fits small screens (1024×600 netbooks) with room to spare."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    width, height = FIRST_RUN_SIZE
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width())
        height = min(height, available.height())
    window.resize(width, height)


def truthy(value: object) -> bool:
    """A setting read back as a bool (ini files give strings)."""
    return value is True or str(value).lower() in ("true", "1", "yes")
