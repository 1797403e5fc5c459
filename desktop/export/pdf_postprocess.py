"""What Qt's PDF output cannot do, done with pypdf, and writing the file safely.

Qt writes neither an outline (bookmarks) nor the author; pypdf adds both. The file is
written under a temporary name in the destination folder and moved into place with
``os.replace`` at the end, so a cancel, a full disk or a crash never leaves a broken PDF
under the name the user chose.
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from db.version import __version__
from desktop.export.errors import ExportError, TargetExistsError, describe_os_error

PART_SUFFIX = ".part"
_BINARY = getattr(os, "O_BINARY", 0)  # Windows


@dataclass(frozen=True)
class OutlineEntry:
    """A bookmark: its title and the page (0-based) it opens."""

    title: str
    page_index: int


class AtomicTarget:
    """A temporary file next to ``path``, moved over it by ``commit()``.

    Creating it checks at once that the folder can be written to, before any slow work.
    Use it as a context manager: leaving the block without ``commit()`` deletes it.
    """

    def __init__(self, path: Path, *, overwrite: bool) -> None:
        self.path = Path(path)
        self.overwrite = overwrite
        if self.path.exists() and not overwrite:
            raise TargetExistsError(self.path)
        if self.path.is_dir():
            raise ExportError(f"{self.path} is a folder; give a file name ending in .pdf.")
        folder = self.path.parent
        if not folder.is_dir():
            raise ExportError(f"{folder}: no such folder; create it or choose another one.")
        # Not mkstemp: its 0600 mode would stay on the final file; 0666 & ~umask is usual.
        self.temp_path = folder / f".{self.path.stem[:60]}.{secrets.token_hex(4)}{PART_SUFFIX}"
        try:
            handle = os.open(self.temp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
        except OSError as error:
            raise ExportError(describe_os_error(self.path, error)) from error
        self.file: IO[bytes] = os.fdopen(handle, "wb")
        self._done = False

    def commit(self) -> Path:
        """Flush the data to disk and move the file into place."""
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            if self.path.exists() and not self.overwrite:
                raise TargetExistsError(self.path)
            os.replace(self.temp_path, self.path)
        except OSError as error:
            self.discard()
            raise ExportError(describe_os_error(self.path, error)) from error
        except BaseException:
            self.discard()
            raise
        self._done = True
        return self.path

    def discard(self) -> None:
        """Close and delete the temporary file (safe to call twice)."""
        if self._done:
            return
        self._done = True
        try:
            self.file.close()
        except OSError:
            pass
        self.temp_path.unlink(missing_ok=True)

    def __enter__(self) -> AtomicTarget:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self._done:
            self.discard()


def finish_pdf(
    pdf: bytes,
    out: IO[bytes],
    *,
    outline: Sequence[OutlineEntry],
    title: str,
    author: str | None,
    language: str = "vi",
) -> None:
    """Write ``pdf`` to ``out`` with bookmarks, metadata and the document language."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for entry in outline:
        writer.add_outline_item(title=entry.title, page_number=entry.page_index)
    metadata = {"/Title": title, "/Creator": f"Archive Viewer {__version__}"}
    if author:
        metadata["/Author"] = author
    writer.add_metadata(metadata)
    if outline:
        writer.page_mode = "/UseOutlines"
    # Screen readers and text extraction pick the right language.
    writer.root_object[NameObject("/Lang")] = TextStringObject(language)
    writer.write(out)


def write_pdf(
    pdf: bytes,
    path: Path,
    *,
    outline: Sequence[OutlineEntry],
    title: str,
    author: str | None,
    overwrite: bool,
    target: AtomicTarget | None = None,
) -> Path:
    """Post-process ``pdf`` into ``path`` atomically; returns ``path``.

    Args:
        target: a temporary file reserved earlier (to fail fast on an unwritable
            folder); one is made here when None.
    """
    atomic = target or AtomicTarget(path, overwrite=overwrite)
    with atomic:
        try:
            finish_pdf(pdf, atomic.file, outline=outline, title=title, author=author)
        except OSError as error:
            raise ExportError(describe_os_error(path, error)) from error
        return atomic.commit()
