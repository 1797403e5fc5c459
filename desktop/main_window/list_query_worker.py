"""The one background thread that runs list queries on its own archive connection.

A newer request supersedes an older one: the thread only ever runs the latest, and a
query still running when a newer one arrives is interrupted through SQLite.

A result comes in two steps when the list is long: first the ids of the first rows
(what the window waits for: ``FIRST_ROWS`` of them, with ``complete`` False), then the
same result with every id, read behind in growing chunks. The model shows the first
rows at once and appends the rest without a reset (see ``ArticleListModel.set_ids``).

The names for the pickers (slow on a big archive: half a second at 100,000 articles) are
read after the list result is sent, so they never delay the rows. The browse panel's
counts (``db.facets``), when asked for, come after the first rows of a long search
(searching again costs less than waiting for the rest of it), otherwise after the list,
counted from its ids.

After an upgrade that changes the search index, this thread also rebuilds it (on a
connection of its own that may write), a step at a time between requests, and reports
its progress (``index_progress``); a search by text waits for the rebuild and is
answered when it is done, while lists without text are answered meanwhile.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from db.archive import NAME_KINDS, Archive
from db.errors import ArchiveError, SearchIndexPendingError
from db.models import ArticleFilter, SortOrder

log = logging.getLogger(__name__)

# The first chunk: enough for the first screens and the rows a refresh re-selects.
FIRST_ROWS = 200
LARGEST_CHUNK = 65_536
# How long this thread leaves the window alone after sending the panel's counts.
FACETS_PAUSE_S = 0.03
# How often a search waiting for the index rebuild is told how far it has come.
PENDING_NOTICE_S = 4.0


@dataclass(frozen=True)
class ListRequest:
    """What the list should show."""

    where: ArticleFilter
    sort: SortOrder = SortOrder.DATE
    descending: bool | None = None
    # Also read the authors, sources and tags in use (sent by ``names_ready`` afterwards).
    with_names: bool = False
    # Also count the browse panel's facets for ``where`` (sent by ``facets_ready``).
    with_facets: bool = False


@dataclass(frozen=True)
class ListResult:
    """The ids of the matching articles in list order, and how many the archive holds.

    ``complete`` is False for the first chunk of a long list: the same generation then
    comes again with every id. ``seconds`` is how long the query took.
    """

    generation: int
    request: ListRequest
    ids: list[int]
    total: int
    complete: bool = True
    seconds: float = 0.0


class ListQueryWorker(QThread):
    """Runs list queries off the UI thread, newest request only.

    Signals:
        result_ready(ListResult): a query (or its first chunk) finished and is still the
            latest one.
        failed(int, str): the query of that generation failed (message for the user);
            with generation 0, how far the index rebuild after an upgrade has come,
            every few seconds while it runs (the window's status line shows it).
        names_ready(dict): authors, sources and tags in use (kind → names, for the
            pickers), after the ``result_ready`` of a request ``with_names``; skipped when
            a newer request is already waiting (which then has to ask again).
        index_progress(int, int): the search index rebuild has indexed this many
            articles of that many; (total, total) when it is done.
        facets_ready(int, object): the ``db.facets.Facets`` of that generation's filter,
            after its ``result_ready``, for a request ``with_facets``; skipped when a
            newer request is already waiting.
    """

    result_ready = Signal(object)
    failed = Signal(int, str)
    names_ready = Signal(object)
    index_progress = Signal(int, int)
    facets_ready = Signal(int, object)

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
            if archive.search_index_progress() is not None:
                self._rebuild_index(archive)
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
            self._answer(archive, generation, request)

    def _answer(self, archive: Archive, generation: int, request: ListRequest) -> None:
        """Run one request: its first chunk, then (unless superseded) the rest."""
        started = time.perf_counter()
        with self._condition:
            self._archive = archive
        try:
            listing = archive.listing(
                request.where, sort=request.sort, descending=request.descending
            )
            ids = listing.take(FIRST_ROWS)
            total = archive.total()
            counted = False
            if not listing.exhausted:
                self._send(generation, request, ids, total, started, complete=False)
                if request.with_facets and request.where.query:
                    # The rest of a long search takes a while (half a second for every
                    # article of 100,000): the panel is counted first, searching again.
                    self._count_facets(archive, generation, request, None)
                    counted = True
                chunk = FIRST_ROWS
                while not listing.exhausted:
                    if self._superseded(generation):
                        return
                    chunk = min(chunk * 4, LARGEST_CHUNK)
                    ids.extend(listing.take(chunk))
        except ArchiveError as error:
            if generation == self._generation:
                self.failed.emit(generation, str(error))
            return
        finally:
            with self._condition:
                self._archive = None
        self._send(generation, request, ids, total, started, complete=True)
        if request.with_facets and not counted and generation == self._generation:
            self._send_facets(archive, generation, request, ids)
        if request.with_names and generation == self._generation:
            self._send_names(archive)

    def _send(
        self,
        generation: int,
        request: ListRequest,
        ids: list[int],
        total: int,
        started: float,
        *,
        complete: bool,
    ) -> None:
        if generation != self._generation:
            return
        seconds = time.perf_counter() - started
        self.result_ready.emit(
            ListResult(generation, request, list(ids), total, complete=complete, seconds=seconds)
        )

    def _superseded(self, generation: int) -> bool:
        with self._condition:
            return self._stopping or self._pending is not None or generation != self._generation

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

    def _send_facets(
        self, archive: Archive, generation: int, request: ListRequest, ids: list[int]
    ) -> None:
        """Count and send the facets (of the ids just listed, not searched for again),
        unless a newer request is already waiting."""
        with self._condition:
            if self._pending is not None or self._stopping:
                return
            self._archive = archive  # a newer request interrupts this too
        try:
            self._count_facets(archive, generation, request, ids)
        finally:
            with self._condition:
                self._archive = None

    def _count_facets(
        self, archive: Archive, generation: int, request: ListRequest, ids: list[int] | None
    ) -> None:
        """Count the facets of ``ids`` (None: search for them) and send them."""
        if self._superseded(generation):
            return
        try:
            facets = archive.facets(request.where, ids=ids)
        except ArchiveError:
            return  # interrupted, or the list's own failure (reported with the list)
        except Exception:
            # The counts are an extra: whatever goes wrong, the list goes on.
            log.exception("counting the browse panel's facets failed")
            return
        if generation == self._generation:
            self.facets_ready.emit(generation, facets)
            # The window shows them in Python (the panel's model): while this thread
            # goes on in Python too, both take turns at Python's lock and the window
            # stalls. A moment's pause lets it take them in; a new request ends it.
            with self._condition:
                self._condition.wait_for(
                    lambda: self._pending is not None or self._stopping, timeout=FACETS_PAUSE_S
                )

    # --- rebuilding the search index after an upgrade ------------------------------------

    def _rebuild_index(self, reader: Archive) -> None:
        """Rebuild the index a step at a time, answering requests without text in between.

        A search by text waits (its sender hears how far the rebuild has come); it is
        answered, with whatever came after it, once the index is complete. An archive
        that cannot be written is left as it is: a search then says why it cannot run.
        """
        try:
            writer = Archive.open(self._archive_path)
        except ArchiveError:
            return
        waiting: tuple[int, ListRequest] | None = None
        noticed = time.monotonic() - PENDING_NOTICE_S / 2
        try:
            while True:
                with self._condition:
                    if self._stopping:
                        return
                    job, self._pending = self._pending, None
                if job is not None:
                    # A newer request replaces a search that was waiting.
                    if job[1].where.query:
                        waiting, noticed = job, 0.0
                    else:
                        waiting = None
                        self._answer(reader, *job)
                left = writer.update_search_index(steps=1)
                if left is None:
                    total = reader.total() + reader.total(trashed=True)
                    self.index_progress.emit(total, total)
                    break
                self.index_progress.emit(left.done, left.total)
                if time.monotonic() - noticed > PENDING_NOTICE_S:
                    # The window shows failures of generation 0 in its status line.
                    noticed = time.monotonic()
                    self.failed.emit(0, str(SearchIndexPendingError(left.done, left.total)))
        except ArchiveError as error:
            if waiting is not None:
                self.failed.emit(waiting[0], str(error))
            return
        finally:
            writer.close()
        with self._condition:
            if waiting is not None and self._pending is None and not self._stopping:
                self._pending = waiting
