"""Importing files and folders into an archive: the one code path of the CLI and the window.

Files are read and checked one by one; articles are committed in small batches, so after
a cancel, a crash or a full disk every file reported as imported is in the archive whole
and nothing is half-written. Duplicates (the same import fingerprint in the archive, the
Trash included, or earlier in the same run) are skipped unless asked otherwise.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from db.archive import Archive, validated
from db.errors import ArchiveError
from db.models import NewArticle
from db.readers import FailureKind, ReadError, article_file_kind, read_article_file

# Articles per transaction: each commit costs a WAL write and a new FTS5 segment, so tiny
# batches are slow; 500 is about half a second of work, all that a crash or a cancel can
# take back (and none of it was reported as imported).
BATCH_SIZE = 500

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileProblem:
    """A file that was not imported, and why."""

    path: Path
    kind: FailureKind | None
    detail: str

    def __str__(self) -> str:
        category = f"{self.kind.value}: " if self.kind else ""
        return f"{self.path}: {category}{self.detail}"


@dataclass
class ImportReport:
    """What an import run did, file by file."""

    import_id: int | None = None
    imported: list[tuple[Path, int]] = field(default_factory=list)
    duplicates: list[tuple[Path, int | None]] = field(default_factory=list)
    skipped: list[FileProblem] = field(default_factory=list)
    failed: list[FileProblem] = field(default_factory=list)
    # Files that were imported with something to say (``NewArticle.notes``).
    notes: list[FileProblem] = field(default_factory=list)
    cancelled: bool = False
    error: str | None = None

    def summary(self) -> str:
        """One line: imported N, duplicates M, skipped S, failed K."""
        text = (
            f"imported {len(self.imported)}, duplicates {len(self.duplicates)}, "
            f"skipped {len(self.skipped)}, failed {len(self.failed)}"
        )
        if self.cancelled:
            text += " (cancelled)"
        return text


@dataclass(frozen=True)
class Progress:
    """Reported after each file."""

    done: int
    total: int
    current: Path


def collect_files(paths: Iterable[Path], problems: list[FileProblem]) -> list[Path]:
    """Every file under ``paths`` (folders recursively, sorted), symlink loops reported."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(_walk(path, problems))
        elif path.exists():
            found.append(path)
        elif path.is_symlink():
            problems.append(FileProblem(path, FailureKind.UNREADABLE, "a broken link"))
        else:
            problems.append(FileProblem(path, FailureKind.UNREADABLE, "no such file or folder"))
    return found


def _walk(root: Path, problems: list[FileProblem]) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
        except OSError as error:
            problems.append(FileProblem(folder, FailureKind.UNREADABLE, str(error.strerror)))
            continue
        identity = (info.st_dev, info.st_ino)
        if identity in seen:
            problems.append(
                FileProblem(
                    folder, FailureKind.UNREADABLE, "a link that loops back to a parent folder"
                )
            )
            continue
        seen.add(identity)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            problems.append(FileProblem(folder, FailureKind.UNREADABLE, str(error.strerror)))
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir():
                    subfolders.append(path)
                elif entry.is_file():
                    yield path
                elif entry.is_symlink():
                    problems.append(FileProblem(path, FailureKind.UNREADABLE, "a broken link"))
            except OSError as error:
                problems.append(FileProblem(path, FailureKind.UNREADABLE, str(error.strerror)))
        stack.extend(reversed(subfolders))


def import_paths(
    archive: Archive,
    paths: Iterable[Path | str],
    *,
    allow_duplicates: bool = False,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import files and folders into ``archive``.

    Args:
        archive: an archive open for writing.
        paths: files and folders (folders are searched recursively).
        allow_duplicates: store articles even when the archive already has them.
        progress: called after each file.
        cancelled: polled between files; when it returns True the run stops after
            committing what was read.
    """
    report = ImportReport()
    problems: list[FileProblem] = []
    files = collect_files([Path(p) for p in paths], problems)
    report.failed.extend(problems)
    report.import_id = archive.start_import()
    pending: list[tuple[Path, NewArticle]] = []
    seen_in_run: dict[str, Path] = {}
    try:
        for index, path in enumerate(files):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            _take(
                path,
                read_for_import(path),
                report,
                pending,
                seen_in_run,
                allow_duplicates=allow_duplicates,
            )
            if len(pending) >= BATCH_SIZE:
                _flush(archive, pending, report, allow_duplicates)
            if progress is not None:
                progress(Progress(index + 1, len(files), path))
        _flush(archive, pending, report, allow_duplicates)
    except ArchiveError as error:
        # Disk full, archive busy: what was committed stays; the batch in hand is not
        # in the archive, so its files are reported as failed, not imported.
        report.error = str(error)
        for path, _ in pending:
            report.failed.append(FileProblem(path, None, f"not imported: {error}"))
        pending.clear()
    finally:
        try:
            archive.finish_import(
                report.import_id,
                imported=len(report.imported),
                duplicates=len(report.duplicates),
                skipped=len(report.skipped),
                failed=len(report.failed),
            )
        except ArchiveError:
            pass  # the counts are only a record; the report itself reaches the user
        _log_report(archive, report)
    return report


def _log_report(archive: Archive, report: ImportReport) -> None:
    """One line per run in the log file, and one per file that failed."""
    log.info("import %s into %s: %s", report.import_id, archive.path, report.summary())
    for problem in report.failed:
        log.warning("import %s: failed: %s", report.import_id, problem)
    for note in report.notes:
        log.info("import %s: note: %s", report.import_id, note)
    if report.error:
        log.error("import %s stopped: %s", report.import_id, report.error)


@dataclass(frozen=True)
class _FileRead:
    """What reading one file gave: an article, or why not."""

    article: NewArticle | None = None
    problem: FileProblem | None = None
    skipped: bool = False


def read_for_import(path: Path) -> _FileRead:
    """Read and check one file; never raises for anything a file can contain."""
    if article_file_kind(path) is None:
        return _FileRead(problem=FileProblem(path, None, "not an article file"), skipped=True)
    try:
        article = read_article_file(path)
        validated(article)
    except ReadError as error:
        return _FileRead(problem=FileProblem(path, error.kind, error.detail))
    except ArchiveError as error:
        return _FileRead(problem=FileProblem(path, FailureKind.DAMAGED, str(error)))
    return _FileRead(article=article)


def _take(
    path: Path,
    result: _FileRead,
    report: ImportReport,
    pending: list[tuple[Path, NewArticle]],
    seen_in_run: dict[str, Path],
    *,
    allow_duplicates: bool,
) -> None:
    if result.article is None:
        assert result.problem is not None
        (report.skipped if result.skipped else report.failed).append(result.problem)
        return
    fingerprint = result.article.fingerprint or ""
    if not allow_duplicates and fingerprint in seen_in_run:
        report.duplicates.append((path, None))
        return
    seen_in_run[fingerprint] = path
    pending.append((path, result.article))


def _flush(
    archive: Archive,
    pending: list[tuple[Path, NewArticle]],
    report: ImportReport,
    allow_duplicates: bool,
) -> None:
    if not pending:
        return
    results = archive.import_batch(
        [article for _, article in pending],
        import_id=report.import_id,
        allow_duplicates=allow_duplicates,
    )
    for (path, article), (article_id, stored) in zip(pending, results, strict=True):
        if stored:
            report.imported.append((path, article_id))
            report.notes.extend(FileProblem(path, None, note) for note in article.notes)
        else:
            report.duplicates.append((path, article_id))
    pending.clear()
