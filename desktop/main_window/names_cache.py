"""The one cache of the names in use (authors, sources, tags) for pickers and dialogs.

Reading them is slow on a big archive (half a second a kind at 100,000 articles), so it
happens on a thread of its own with its own read-only connection, never when a dialog
opens: dialogs take what the cache holds. The cache is read again a moment after the
archive changes; a read that a newer one makes stale is interrupted.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from db.archive import Archive
from db.errors import ArchiveError
from desktop.editing.names_in_use import NamesInUse, read_names

log = logging.getLogger(__name__)

# Changes come in bursts (an import refreshes the list several times): read once after.
REFRESH_DELAY_MS = 300


class _NamesReader(QThread):
    """Reads the names of one archive once, on its own connection.

    Signals:
        done(object, object): the archive's path and its NamesInUse (None on failure).
    """

    done = Signal(object, object)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.setObjectName("names")
        self.path = path
        self._lock = threading.Lock()
        self._archive: Archive | None = None
        self._stopped = False

    def interrupt(self) -> None:
        """Stop the read (safe from any thread); ``done`` then carries None."""
        with self._lock:
            self._stopped = True
            if self._archive is not None:
                self._archive.interrupt()

    def run(self) -> None:
        names: NamesInUse | None = None
        try:
            with Archive.open(self.path, read_only=True) as archive:
                with self._lock:
                    if self._stopped:
                        return
                    self._archive = archive
                try:
                    names = read_names(archive)
                finally:
                    with self._lock:
                        self._archive = None
        except ArchiveError as error:
            log.info("the names of %s were not read: %s", self.path, error)
        finally:
            self.done.emit(self.path, names)


class NamesCache(QObject):
    """The names in use in the archive shown, read off the UI thread.

    Signals:
        updated(): ``names()`` holds a fresh read.
        names_changed(object): the same, with the NamesInUse (for dialogs open meanwhile).
    """

    updated = Signal()
    names_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path: Path | None = None
        self._names = NamesInUse()
        self._reader: _NamesReader | None = None
        self._finishing: list[_NamesReader] = []
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._read)
        # A reader has no Qt parent (it may outlive a switch of archive): should the cache
        # go before ``stop``, its threads are still joined rather than destroyed running.
        finishing = self._finishing
        self.destroyed.connect(lambda *_: [reader.wait() for reader in finishing])

    def names(self) -> NamesInUse:
        """What the cache holds (empty until the first read is done)."""
        return self._names

    def is_reading(self) -> bool:
        """Whether a read is under way or due."""
        return self._reader is not None or self._timer.isActive()

    def set_archive(self, path: Path | None) -> None:
        """Hold the names of another archive (None: none); read them with ``refresh``."""
        self._stop_reader()
        self._path = path
        self._names = NamesInUse()
        self._timer.stop()
        self.updated.emit()

    def refresh(self, *, now: bool = False) -> None:
        """Read the names again in a moment (``now``: at once)."""
        if self._path is None:
            return
        if self._reader is not None:
            self._again = True
            return
        if now:
            self._timer.stop()
            self._read()
        else:
            self._timer.start()

    def stop(self) -> None:
        """Stop reading (the window closes); waits for the reader thread, briefly."""
        self._timer.stop()
        self._stop_reader()
        for reader in self._finishing:
            reader.wait()
        self._finishing.clear()

    def _read(self) -> None:
        if self._path is None or self._reader is not None:
            return
        self._again = False
        reader = _NamesReader(self._path)
        reader.done.connect(self._done)
        reader.finished.connect(lambda r=reader: self._forget(r))
        self._reader = reader
        self._finishing.append(reader)
        reader.start()

    def _done(self, path: Path, names: NamesInUse | None) -> None:
        reader = self._reader
        if reader is None or reader.path != path or path != self._path:
            return
        self._reader = None
        if names is not None:
            self._names = names
            self.updated.emit()
            self.names_changed.emit(names)
        if self._again:
            self.refresh(now=True)

    def _stop_reader(self) -> None:
        if self._reader is not None:
            self._reader.done.disconnect(self._done)
            self._reader.interrupt()
            self._reader = None
        self._again = False

    def _forget(self, reader: _NamesReader) -> None:
        if reader in self._finishing:
            reader.wait()
            self._finishing.remove(reader)
