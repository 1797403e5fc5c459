"""File ▸ New archive…, Open archive… and Recent archives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from desktop.jobs import Job
from desktop.main_window.archive_session import ArchiveSession
from desktop.main_window.error_messages import ErrorMessages

ARCHIVE_FILTER = "*.sqlite3 *.sqlite *.db"


class ArchiveCommands(QObject):
    """Choosing which archive the window shows; the opening itself is the session's job."""

    def __init__(self, session: ArchiveSession, errors: ErrorMessages, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._errors = errors
        self._window = window

    def open_archive(
        self, path: Path | None, *, create: bool = False, read_only: bool = False
    ) -> Job:
        """Open (or create) the archive at ``path`` (None: the default one), as a job."""
        return self._session.open(path, create=create, read_only=read_only)

    def choose_archive(self) -> None:
        """File ▸ Open archive…"""
        archive = self._session.archive
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Open archive"),
            str(archive.path.parent) if archive else "",
            self.tr("Archives ({patterns});;All files (*)").format(patterns=ARCHIVE_FILTER),
        )
        if path:
            self.open_archive(Path(path))

    def choose_new_archive(self) -> None:
        """File ▸ New archive…"""
        archive = self._session.archive
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("New archive"),
            str(archive.path.parent / "archive.sqlite3") if archive else "archive.sqlite3",
            self.tr("Archives ({patterns})").format(patterns=ARCHIVE_FILTER),
        )
        if path:
            self.create_archive(Path(path))

    def create_archive(self, target: Path) -> Job | None:
        """Make a new archive at ``target`` and show it; an existing file is refused."""
        if target.suffix == "":
            target = target.with_suffix(".sqlite3")
        if target.exists():
            self._errors.show_error(
                self.tr("The archive cannot be created"),
                self.tr(
                    "{path} already exists. Choose another name, or open it with "
                    "File ▸ Open archive…"
                ).format(path=target),
            )
            return None
        return self.open_archive(target, create=True)

    def fill_recent_menu(self, menu: QMenu) -> None:
        """Fill File ▸ Recent archives (the one shown is there, disabled)."""
        menu.clear()
        archive = self._session.archive
        current = str(archive.path.resolve()) if archive else None
        for text in self._session.recent():
            action = menu.addAction(text)
            action.setEnabled(text != current)
            action.triggered.connect(lambda _checked=False, p=text: self.open_archive(Path(p)))
        if menu.isEmpty():
            empty = menu.addAction(self.tr("No recent archives"))
            empty.setEnabled(False)
