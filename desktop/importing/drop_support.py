"""Taking files and folders dropped from the file manager, on any widget of a window.

An event filter rather than overridden handlers, so that the main window and widgets it
does not own (list, reading pane, welcome page) need no subclass: ``install`` sets it on a
widget, its children and the viewports of scroll areas, where Qt delivers drag events.
Drags that carry local files or folders are accepted (the cursor shows it); others are
left to the widget, which refuses them unless it takes such drags itself (text dragged
within an editor keeps working). Exchange bundles (``.avbundle``) and archive files are
told apart: they go to the merge, never to the import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from db.exchange.bundle import BUNDLE_SUFFIX
from db.exchange.source import is_sqlite_file

# How archives and their backups are named; a file so named that is not SQLite (Windows'
# Thumbs.db) goes to the import, which skips it as before.
ARCHIVE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def local_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders a drag carries (web links are not files)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def named_for_merge(path: Path) -> bool:
    """Whether ``path`` is named as a bundle or an archive (checked while dragging: cheap)."""
    return path.suffix.lower() in (BUNDLE_SUFFIX, *ARCHIVE_SUFFIXES)


def is_merged(path: Path) -> bool:
    """Whether a dropped ``path`` is merged rather than imported: a bundle or an archive.

    Any file named as a bundle is (a damaged or false one is refused by the merge in one
    line); a file named as an archive only when it starts as SQLite does.
    """
    if not named_for_merge(path) or path.is_dir():
        return False
    return path.suffix.lower() == BUNDLE_SUFFIX or is_sqlite_file(path)


class DropFilter(QObject):
    """Accepts drags of local files on the widgets it is installed on.

    Args:
        parent: the owner.
        files: take files and folders; False: only bundles and archives (an archive that
            takes no imports still answers a dropped bundle).

    Signals:
        paths_dropped(paths): files and folders to import were dropped.
        bundles_dropped(paths): bundles and archive files to merge were dropped (after
            ``paths_dropped`` when a drop holds both: the import is queued first).
    """

    paths_dropped = Signal(list)
    bundles_dropped = Signal(list)

    def __init__(self, parent: QObject | None = None, *, files: bool = True) -> None:
        super().__init__(parent)
        self._files = files

    def _taken(self, mime: QMimeData | None) -> list[Path]:
        paths = local_paths(mime)
        return paths if self._files else [path for path in paths if named_for_merge(path)]

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

    def uninstall(self, widget: QWidget) -> None:
        """Stop taking drops on ``widget`` and its children."""
        for target in [widget, *widget.findChildren(QWidget)]:
            target.removeEventFilter(self)
            if isinstance(target, QAbstractScrollArea):
                target.viewport().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if not self._taken(event.mimeData()):
                return False  # not ours: the widget decides (and by default refuses)
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = self._taken(event.mimeData())
            if not paths:
                return False
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            # Without imports, whatever is named so is for the merge (which says why not).
            bundles = [path for path in paths if is_merged(path) or not self._files]
            others = [path for path in paths if path not in bundles]
            if others:
                self.paths_dropped.emit(others)
            if bundles:
                self.bundles_dropped.emit(bundles)
            return True
        return super().eventFilter(watched, event)
