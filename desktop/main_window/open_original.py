"""Open original: the file an article was imported from, in the system's viewer.

The archive keeps the bytes of a PDF (and of a text file whose encoding was guessed).
This action writes them under the original name into a temporary folder of its own,
read-only (a change there would not reach the archive), and asks the desktop to open
the file. The folder is removed when the program quits.
"""

from __future__ import annotations

import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from db.archive import Archive
from db.errors import ArchiveError
from db.models import Article


def safe_file_name(name: str | None, article_id: int) -> str:
    """The original file's name, without any folder part; a made-up one when it has none."""
    base = Path((name or "").replace("\\", "/")).name.strip(" .")
    return base or f"article-{article_id}"


class OpenOriginalAction(QAction):
    """Enabled for an article whose original file is kept; opens it when triggered."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._archive: Archive | None = None
        self._article: Article | None = None
        self._folder: Path | None = None
        # How a file is handed to the desktop (a seam for tests and other front ends).
        self.opener: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.setObjectName("openOriginalAction")
        self.retranslate()
        self.setEnabled(False)
        self.triggered.connect(self.open_original)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.remove_files)

    def retranslate(self) -> None:
        """Texts in the UI language."""
        self.setText(self.tr("Open original"))
        self.setStatusTip(self.tr("Open the file this article was imported from"))

    def set_archive(self, archive: Archive | None) -> None:
        """The archive the articles come from."""
        self._archive = archive
        self.set_article(None)

    def set_article(self, article: Article | None) -> None:
        """The article shown; the action is enabled when its original is kept."""
        self._article = article
        kept = False
        if article is not None and self._archive is not None:
            try:
                kept = self._archive.has_original(article.id)
            except ArchiveError:
                kept = False
        self.setEnabled(kept)

    def written_file(self) -> Path | None:
        """Write the article's original to the temporary folder (None when not kept)."""
        if self._archive is None or self._article is None:
            return None
        data = self._archive.original_bytes(self._article.id)
        if data is None:
            return None
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="archive-viewer-originals-"))
        folder = self._folder / str(self._article.id)
        folder.mkdir(exist_ok=True)
        path = folder / safe_file_name(self._article.original_name, self._article.id)
        if path.exists():
            path.chmod(stat.S_IWRITE | stat.S_IREAD)
        path.write_bytes(data)
        path.chmod(stat.S_IREAD)
        return path

    def open_original(self) -> None:
        """Write the kept file and open it with the system's viewer."""
        try:
            path = self.written_file()
        except (ArchiveError, OSError) as error:
            message = self.tr("The original file could not be written: {error}")
            self._warn(message.format(error=error))
            return
        if path is None:
            self._warn(self.tr("This article's original file is not kept in the archive."))
            return
        if not self.opener(QUrl.fromLocalFile(str(path))):
            self._warn(
                self.tr("No program is set up to open {name}. It was saved as {path}.").format(
                    name=path.name, path=path
                )
            )

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self._parent, self.tr("Open original"), text)

    def remove_files(self) -> None:
        """Delete the temporary copies (at quit)."""
        if self._folder is None:
            return
        for path in self._folder.rglob("*"):
            if path.is_file():
                path.chmod(stat.S_IWRITE | stat.S_IREAD)
        shutil.rmtree(self._folder, ignore_errors=True)
        self._folder = None

