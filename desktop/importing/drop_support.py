"""Taking files and folders dropped from the file manager, on any widget of a window.

An event filter rather than overridden handlers, so that the main window and widgets it
does not own (list, reading pane, welcome page) need no subclass: ``install`` sets it on a
widget, its children and the viewports of scroll areas, where Qt delivers drag events.
Drags that carry local files or folders are accepted (the cursor shows it); others are
left to the widget, which refuses them unless it takes such drags itself (text dragged
within an editor keeps working).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def local_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders a drag carries (web links are not files)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DropFilter(QObject):
    """Accepts drags of local files on the widgets it is installed on.

    Signals:
        paths_dropped(paths): a list of Paths was dropped.
    """

    paths_dropped = Signal(list)

    def install(self, widget: QWidget) -> None:
        """Accept drops on ``widget`` and on every widget inside it now.

        Widgets that take no drops of their own hand a drag to the nearest parent that
        accepts drops, so ``widget`` accepting them covers labels, splitters and empty
        lists; the filter on each child catches the widgets (editors, text views) that
        would take a file drop themselves. Call again for widgets added later.
        """
        targets = [widget, *widget.findChildren(QWidget)]
        for target in list(targets):
            if isinstance(target, QAbstractScrollArea):
                targets.append(target.viewport())
        for target in targets:
            target.installEventFilter(self)
        widget.setAcceptDrops(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if not local_paths(event.mimeData()):
                return False  # not ours: the widget decides (and by default refuses)
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = local_paths(event.mimeData())
            if not paths:
                return False
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.paths_dropped.emit(paths)
            return True
        return super().eventFilter(watched, event)
