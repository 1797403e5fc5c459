"""Every window opens within its screen, however small the screen or large the scaling.

Dialogs ask for the size that suits a desktop monitor (the edit dialog 1100×720), and Qt's
own dialogs size themselves from their contents; on a 1024×600 netbook, or at 150 %
scaling, they would open larger than the screen with their buttons out of reach. An
application-wide event filter shrinks every window (ours and Qt's) to the screen's
available area when it is shown, never below its minimum size, and moves it back onto the
screen. (It sees every event of the application: about 3 µs each, measured; it acts on
the Show of a window only.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


class ScreenFit(QObject):
    """The event filter; install it once on the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            if watched.isWindow() and not _is_transient(watched):
                fit_on_screen(watched)
        return False


def _is_transient(widget: QWidget) -> bool:
    # Menus, tooltips and completer lists place themselves next to what opened them.
    kind = widget.windowType()
    return kind in (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


def fit_on_screen(window: QWidget) -> None:
    """Shrink ``window`` to its screen's available area (not below its minimum) and move
    it so that its top left corner is on the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    minimum = window.minimumSize()
    width = max(min(window.width(), area.width()), minimum.width())
    height = max(min(window.height(), area.height()), minimum.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), max(area.left(), area.right() + 1 - frame.width()))
    y = min(max(frame.y(), area.top()), max(area.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(QPoint(x, y))
