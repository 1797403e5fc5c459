"""The one background thread that runs list queries on its own archive connection.

A newer request supersedes an older one: the thread only ever runs the latest, and a
query still running when a newer one arrives is interrupted through SQLite.

The names for the pickers (slow on a big archive: half a second at 100,000 articles) are
read after the list result is sent, so they never delay the rows.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from db.archive import NAME_KINDS, Archive
from db.errors import ArchiveError
from db.models import ArticleFilter, SortOrder


@dataclass(frozen=True)
class ListRequest:
    """What the list should show."""

    where: ArticleFilter
    sort: SortOrder = SortOrder.DATE
    descending: bool | None = None
    # Also read the authors, sources and tags in use (sent by ``names_ready`` afterwards).
    with_names: bool = False


@dataclass(frozen=True)
class ListResult:
    """The ids of the matching articles in list order, and how many the archive holds."""

    generation: int
    request: ListRequest
    ids: list[int]
    total: int


class ListQueryWorker(QThread):
    """Runs list queries off the UI thread, newest request only.

    Signals:
        result_ready(ListResult): a query finished and is still the latest one.
        failed(int, str): the query of that generation failed (message for the user).
        names_ready(dict): authors, sources and tags in use (kind → names, for the
            pickers), after the ``result_ready`` of a request ``with_names``; skipped when
            a newer request is already waiting (which then has to ask again).
    """

    result_ready = Signal(object)
    failed = Signal(int, str)
    names_ready = Signal(object)

    def __init__(self, archive_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive_path = archive_path
        self._condition = threading.Condition()
        self._pending: tuple[int, ListRequest] | None = None
        self._generation = 0
        self._stopping = False
        self._archive: Archive | None = None

    @property
    def generation(self) -> int:
        """The generation of the latest request."""
        return self._generation

    def request(self, request: ListRequest) -> int:
        """Queue ``request`` in place of any waiting one; returns its generation."""
        with self._condition:
            self._generation += 1
            self._pending = (self._generation, request)
            if self._archive is not None:
                # sqlite3's interrupt() is safe to call from another thread.
                self._archive.interrupt()
            self._condition.notify()
            return self._generation

    def stop(self) -> None:
        """Ask the thread to finish and wait for it."""
        with self._condition:
            self._stopping = True
            if self._archive is not None:
                self._archive.interrupt()
            self._condition.notify()
        self.wait()

    def run(self) -> None:
        try:
            archive = Archive.open(self._archive_path, read_only=True)
        except ArchiveError as error:
            self.failed.emit(0, str(error))
            return
        try:
            self._serve(archive)
        finally:
            with self._condition:
                self._archive = None
            archive.close()

    def _serve(self, archive: Archive) -> None:
        while True:
            with self._condition:
                while self._pending is None and not self._stopping:
                    self._condition.wait()
                if self._stopping:
                    return
                assert self._pending is not None
                generation, request = self._pending
                self._pending = None
                self._archive = archive
            try:
                ids = archive.ids(request.where, sort=request.sort, descending=request.descending)
                total = archive.total()
            except ArchiveError as error:
                if generation == self._generation:
                    self.failed.emit(generation, str(error))
                continue
            finally:
                with self._condition:
                    self._archive = None
            if generation != self._generation:
                continue
            self.result_ready.emit(ListResult(generation, request, ids, total))
            if request.with_names:
                self._send_names(archive)

    def _send_names(self, archive: Archive) -> None:
        """Read and send the picker names, unless a newer request is already waiting."""
        with self._condition:
            if self._pending is not None or self._stopping:
                return
            self._archive = archive  # a newer request interrupts this too
        try:
            names = {kind: [name for name, _ in archive.names(kind)] for kind in NAME_KINDS}
        except ArchiveError:
            return  # interrupted (or failing): the next request with names asks again
        finally:
            with self._condition:
                self._archive = None
        self.names_ready.emit(names)
