"""The archive the window shows: opening (as a job), switching, watching, closing."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from db.archive import Archive
from db.errors import ArchiveError
from db.paths import default_archive_path
from desktop.jobs import Job, JobContext, JobRunner

log = logging.getLogger(__name__)

POLL_MS = 1000
MAX_RECENT = 8


class ArchiveSession(QObject):
    """Owns the window's connection to its archive; nothing else keeps a copy of it.

    Opening runs as a job, because opening may upgrade the file (migrations) or rebuild
    its search index, which takes minutes on a big archive; the window's own connection
    is opened once that is done. Changes by other connections (the command line, a
    second window, the window's own jobs) are noticed by polling ``data_version``.

    Args:
        runner: the window's job runner.
        settings: where the last and recent archives are remembered.

    Signals:
        archive_changed(object): the archive shown now (an Archive, or None).
        changed_elsewhere(): another connection committed changes.
        open_failed(object, object): the path and the ArchiveError of a failed open.
        released(object, bool): an archive was closed (its path, whether it was
            read-only) and its automatic backup is due.
    """

    archive_changed = Signal(object)
    changed_elsewhere = Signal()
    open_failed = Signal(object, object)
    released = Signal(object, bool)

    def __init__(self, runner: JobRunner, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._settings = settings
        self._archive: Archive | None = None
        self._data_version = 0
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check_for_changes)

    @property
    def archive(self) -> Archive | None:
        """The archive shown (None: none is open)."""
        return self._archive

    def writable(self) -> bool:
        """Whether an archive is shown and may be changed."""
        return self._archive is not None and not self._archive.read_only

    # --- opening and closing ----------------------------------------------------------

    def open(self, path: Path | None, *, create: bool = False, read_only: bool = False) -> Job:
        """Open (or create) the archive at ``path`` (None: the default one) in a job.

        On success it is shown (``archive_changed``); on failure ``open_failed`` says why.
        """
        target = Path(path) if path is not None else default_archive_path()

        def prepare(_context: JobContext) -> bool:
            if path is None and create:
                target.parent.mkdir(parents=True, exist_ok=True)
            # Migrations and a re-index happen here, on the worker thread.
            with Archive.open(target, create=create, read_only=read_only) as opened:
                return opened.read_only

        job = Job(self.tr("Opening {name}").format(name=target.name), prepare)
        job.on_success(lambda opened_read_only: self._opened(target, bool(opened_read_only)))
        job.on_failure(lambda error: self._failed(target, error))
        return self._runner.submit(job)

    def _opened(self, path: Path, read_only: bool) -> None:
        try:
            archive = Archive.open(path, read_only=read_only)
        except ArchiveError as error:
            self._failed(path, error)
            return
        self.show(archive)

    def _failed(self, path: Path, error: BaseException) -> None:
        log.warning("cannot open %s: %s", path, error)
        if not isinstance(error, ArchiveError):
            error = ArchiveError(f"{path}: {error}")
        self.open_failed.emit(path, error)

    def show(self, archive: Archive | None, *, auto_backup: bool = True) -> None:
        """Show ``archive`` (already open; the session owns it now), closing the one before."""
        if archive is self._archive:
            return
        self._release(auto_backup=auto_backup)
        self._archive = archive
        if archive is not None:
            self._remember(archive.path)
            try:
                self._data_version = archive.data_version()
            except ArchiveError:
                self._data_version = 0
        self.archive_changed.emit(archive)

    def close(self, *, auto_backup: bool = True) -> None:
        """Close the archive shown (its automatic backup follows when ``auto_backup``)."""
        if self._archive is None:
            return
        self._release(auto_backup=auto_backup)
        self.archive_changed.emit(None)

    def _release(self, *, auto_backup: bool) -> None:
        archive, self._archive = self._archive, None
        self._poll.stop()
        if archive is None:
            return
        path, read_only = archive.path, archive.read_only
        archive.close()
        if auto_backup:
            self.released.emit(path, read_only)

    # --- watching for changes ---------------------------------------------------------

    def start_watching(self) -> None:
        """Poll for changes by other connections (from the first list on, not before)."""
        if self._archive is not None and not self._poll.isActive():
            self._poll.start()

    def check_for_changes(self) -> bool:
        """Emit ``changed_elsewhere`` when another connection committed; returns whether."""
        if self._archive is None:
            return False
        try:
            version = self._archive.data_version()
        except ArchiveError:
            return False
        if version == self._data_version:
            return False
        self._data_version = version
        self.changed_elsewhere.emit()
        return True

    # --- recent archives --------------------------------------------------------------

    def recent(self) -> list[str]:
        """The archives opened lately, newest first."""
        value = self._settings.value("archive/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _remember(self, path: Path) -> None:
        text = str(path.resolve())
        self._settings.setValue("archive/last", text)
        recent = [p for p in self.recent() if p != text]
        self._settings.setValue("archive/recent", [text, *recent][:MAX_RECENT])
