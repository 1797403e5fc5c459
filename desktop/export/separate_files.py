"""One PDF per article into a folder, named from its date and title.

Names are safe on Windows as well as here: no reserved characters (``<>:"/\\|?*``) or
control characters, no reserved device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9), no
trailing dots or spaces, at most ~100 characters (and 200 UTF-8 bytes, for Linux's
255-byte limit). Vietnamese letters are kept, in NFC.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from db.archive import Archive
from desktop.export.errors import ExportError, TargetExistsError, describe_os_error
from desktop.export.export_types import (
    ExistingFiles,
    ExportRequest,
    ExportResult,
    ImageLoader,
    ProgressReport,
    image_loader,
)
from desktop.export.pdf_layout import ReportLayout, ReportOptions, render_pdf_bytes
from desktop.export.pdf_postprocess import AtomicTarget, OutlineEntry, write_pdf

MAX_NAME_CHARS = 100
MAX_NAME_BYTES = 200
EXTENSION = ".pdf"

_RESERVED_NAMES = (
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in [*"123456789", "¹", "²", "³"]}
    | {f"LPT{n}" for n in [*"123456789", "¹", "²", "³"]}
)
_REPLACEMENTS = str.maketrans({"/": "-", "\\": "-", ":": " - ", "|": " - ", '"': "'"})
_DROPPED = re.compile(r"[<>?*\x00-\x1f\x7f]")


class Titled(Protocol):
    """Anything with a title and a (partial) date: an Article or an ArticleRow."""

    id: int
    title: str
    date: str | None


def safe_file_stem(title: str, date: str | None = None, *, fallback: str = "article") -> str:
    """A file name (without extension) for an article, safe on Windows, macOS and Linux."""
    text = unicodedata.normalize("NFC", title or "").translate(_REPLACEMENTS)
    text = _DROPPED.sub("", " ".join(text.split()))  # tabs, newlines: spaces first
    stem = f"{date} {text}" if date else text
    stem = _shorten(stem.strip(" ."))
    stem = stem.rstrip(" .").lstrip(" ")
    if not stem:
        stem = fallback
    if stem.split(".")[0].strip().upper() in _RESERVED_NAMES:
        stem = f"{stem}_"
    return stem


def _shorten(stem: str) -> str:
    if len(stem) <= MAX_NAME_CHARS and len(stem.encode()) <= MAX_NAME_BYTES:
        return stem
    cut = stem[:MAX_NAME_CHARS]
    while len(cut.encode()) > MAX_NAME_BYTES:
        cut = cut[:-1]
    # End at a word boundary when one is reasonably close.
    space = cut.rfind(" ")
    if space > len(cut) * 0.6:
        cut = cut[:space]
    return cut.rstrip(" .-")


def plan_file_names(articles: Sequence[Titled]) -> list[str]:
    """A distinct file name for each article (Windows compares names without case)."""
    taken: set[str] = set()
    names = []
    for article in articles:
        stem = safe_file_stem(article.title, article.date, fallback=f"article-{article.id}")
        name = _unique(stem, taken)
        taken.add(name.casefold())
        names.append(name)
    return names


def _unique(stem: str, taken: set[str], folder: Path | None = None) -> str:
    number = 1
    while True:
        suffix = f" ({number})" if number > 1 else ""
        name = f"{stem}{suffix}{EXTENSION}"
        clash = name.casefold() in taken or (folder is not None and (folder / name).exists())
        if not clash:
            return name
        number += 1


def existing_files(folder: Path, names: Sequence[str]) -> list[Path]:
    """The planned files that exist already in ``folder``."""
    return [folder / name for name in names if (folder / name).exists()]


def export_separate(
    archive: Archive, request: ExportRequest, progress: ProgressReport
) -> ExportResult:
    """Write each article to its own PDF in the folder ``request.target``.

    With ``ExistingFiles.FAIL`` nothing is written when any planned file exists. Each
    file is written atomically, so a cancel leaves only complete files.
    """
    folder = request.target
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as error:
        raise ExportError(f"{folder} is a file, not a folder; choose a folder.") from error
    except OSError as error:
        raise ExportError(describe_os_error(folder / "x", error)) from error
    rows = archive.rows_by_id(list(request.ids))
    found = {row.id for row in rows}
    missing = [i for i in request.ids if i not in found]
    if missing:
        archive.get(missing[0])  # raises the repository's message for that id
    names = plan_file_names(rows)
    clashes = existing_files(folder, names)
    if clashes and request.existing is ExistingFiles.FAIL:
        more = f" (and {len(clashes) - 1} more)" if len(clashes) > 1 else ""
        raise TargetExistsError(
            clashes[0], f"nothing was written{more}; allow replacing them", count=len(clashes)
        )
    loader = image_loader(archive)
    result = ExportResult()
    taken = {name.casefold() for name in names}
    total = len(rows)
    for index, (row, name) in enumerate(zip(rows, names, strict=True)):
        progress(index, total, request.texts.writing_file.format(name=name))
        path = folder / name
        if path.exists():
            if request.existing is ExistingFiles.SKIP:
                result.skipped.append(path)
                continue
            if request.existing is ExistingFiles.KEEP_BOTH:
                path = folder / _unique(Path(name).stem, taken, folder)
                taken.add(path.name.casefold())
        overwrite = request.existing is ExistingFiles.OVERWRITE
        try:
            pages = _write_one(
                archive, row.id, path, request=request, overwrite=overwrite, loader=loader
            )
        except ExportError as error:
            if not result.paths:
                raise
            message = str(error).replace(" Nothing was written.", "")
            raise ExportError(
                f"{message} The {len(result.paths)} file(s) written before it are complete."
            ) from error
        result.paths.append(path)
        result.pages += pages
    progress(total, total, request.texts.saving)
    return result


def _write_one(
    archive: Archive,
    article_id: int,
    path: Path,
    *,
    request: ExportRequest,
    overwrite: bool,
    loader: ImageLoader | None,
) -> int:
    """Write one article's PDF atomically; returns its number of pages."""
    with AtomicTarget(path, overwrite=overwrite) as target:
        article = archive.get(article_id)
        options = ReportOptions(
            title=article.title,
            setup=request.setup,
            texts=request.texts,
            cover=False,
            contents=False,
        )
        with ReportLayout([article], options, image_loader=loader) as layout:
            layout.layout()
            pdf = render_pdf_bytes(layout, title=article.title, author=article.author)
            pages = layout.page_count
        write_pdf(
            pdf,
            path,
            outline=[OutlineEntry(article.title, 0)],
            title=article.title,
            author=article.author,
            overwrite=overwrite,
            target=target,
        )
    return pages
