"""Importing files and folders into an archive: the one code path of the CLI and the window.

Files are read and checked one by one; articles are committed in small batches, so after
a cancel, a crash or a full disk every file reported as imported is in the archive whole
and nothing is half-written. Duplicates (the same import fingerprint in the archive, the
Trash included, or earlier in the same run) are skipped unless asked otherwise.

One bad file never stops the others: whatever goes wrong while one file is read (any
exception, ours or a library's, RecursionError and MemoryError included) becomes that
file's failure with a one-line reason, and its traceback goes to the log only. A batch
that the archive refuses because of one article is stored again article by article.
Only a full disk, a busy, read-only or damaged archive stop the run.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from db.archive import Archive, validated
from db.errors import (
    ArchiveBusyError,
    ArchiveError,
    DamagedArchiveError,
    InvalidDateError,
    ReadOnlyArchiveError,
)
from db.file_names import display_path
from db.models import NewArticle
from db.readers import FailureKind, ReadError, article_file_kind, read_article_file
from db.readers.errors import Reason, reason
from db.readers.safe_files import not_a_file_reason, os_error_reason

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
        return f"{self.shown_path}: {category}{self.detail}"

    @property
    def shown_path(self) -> str:
        """The path as it can be printed and stored (undecodable bytes as U+FFFD)."""
        return display_path(self.path)


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


def collect_files(
    paths: Iterable[Path],
    problems: list[FileProblem],
    skipped: list[FileProblem] | None = None,
) -> list[Path]:
    """Every regular file under ``paths`` (folders recursively, sorted).

    Broken links, missing paths and link loops go to ``problems``; FIFOs, devices and
    sockets (found in a folder or named directly, through a link or not) are never
    opened and go to ``skipped`` (to ``problems`` when it is None).
    """
    not_files = problems if skipped is None else skipped
    found: list[Path] = []
    for path in paths:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            problems.append(_missing(path))
            continue
        except OSError as error:
            problems.append(FileProblem(path, FailureKind.UNREADABLE, os_error_reason(error)))
            continue
        if path.is_dir():
            found.extend(_walk(path, problems, not_files))
            continue
        why = not_a_file_reason(path, info)
        if why is None:
            found.append(path)
        else:
            not_files.append(FileProblem(path, FailureKind.NOT_A_FILE, why))
    return found


def _missing(path: Path) -> FileProblem:
    if path.is_symlink():
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return FileProblem(
            path, FailureKind.UNREADABLE, reason("file.broken-link", target=display_path(target))
        )
    return FileProblem(path, FailureKind.UNREADABLE, reason("file.missing"))


def _walk(
    root: Path, problems: list[FileProblem], not_files: list[FileProblem]
) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
        except OSError as error:
            problems.append(FileProblem(folder, FailureKind.UNREADABLE, os_error_reason(error)))
            continue
        identity = (info.st_dev, info.st_ino)
        if identity in seen:
            problems.append(FileProblem(folder, FailureKind.UNREADABLE, reason("file.link-loop")))
            continue
        seen.add(identity)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            problems.append(FileProblem(folder, FailureKind.UNREADABLE, os_error_reason(error)))
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir():
                    subfolders.append(path)
                elif entry.is_file():
                    yield path
                else:
                    # A FIFO, socket or device, or a link to one, or a broken link.
                    try:
                        why = not_a_file_reason(path, os.stat(path))
                    except FileNotFoundError:
                        problems.append(_missing(path))
                        continue
                    if why is not None:
                        not_files.append(FileProblem(path, FailureKind.NOT_A_FILE, why))
            except OSError as error:
                problems.append(FileProblem(path, FailureKind.UNREADABLE, os_error_reason(error)))
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
    files = collect_files([Path(p) for p in paths], problems, report.skipped)
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
            report.failed.append(
                FileProblem(path, None, reason("file.batch-not-stored", error=error))
            )
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
    """Read and check one file; never raises for anything a file can contain.

    Any exception of a reader (a bug, a library's surprise, RecursionError,
    MemoryError) becomes this file's failure; its traceback goes to the log.
    """
    if article_file_kind(path) is None:
        return _FileRead(
            problem=FileProblem(path, None, reason("file.not-article-file")), skipped=True
        )
    try:
        with warnings.catch_warnings(record=True) as caught:
            # Libraries' warnings (bs4, lxml, python-docx) are for developers: they go
            # to the log, never to the user's terminal.
            warnings.simplefilter("always")
            article = read_article_file(path)
            _check_fields(article)
        for warning in caught:
            log.info("%s: %s: %s", display_path(path), warning.category.__name__, warning.message)
    except ReadError as error:
        return _FileRead(problem=FileProblem(path, error.kind, error.detail))
    except ArchiveError as error:
        return _FileRead(problem=FileProblem(path, FailureKind.DAMAGED, str(error)))
    except MemoryError:
        return _FileRead(problem=FileProblem(path, FailureKind.TOO_LARGE, reason("file.memory")))
    except RecursionError:
        return _failed_unexpectedly(path, FailureKind.TOO_LARGE, reason("file.nested-too-deep"))
    except Exception:  # noqa: BLE001 - any bug of a reader is this file's failure only
        return _failed_unexpectedly(path, FailureKind.DAMAGED, reason("file.unexpected"))
    return _FileRead(article=article)


def _failed_unexpectedly(path: Path, kind: FailureKind, why: Reason) -> _FileRead:
    log.exception("reading %s failed unexpectedly", display_path(path))
    return _FileRead(problem=FileProblem(path, kind, why))


def _check_fields(article: NewArticle) -> None:
    """Validate as the archive will; a date it cannot store is left out, with a note."""
    try:
        validated(article)
    except InvalidDateError:
        article.notes.append(
            reason("file.date-not-used", value=" ".join(str(article.date).split())[:60])
        )
        article.date = None
        validated(article)


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
    try:
        results = archive.import_batch(
            [article for _, article in pending],
            import_id=report.import_id,
            allow_duplicates=allow_duplicates,
        )
    except Exception as error:
        if _stops_the_run(error):
            raise
        # One article the archive cannot take must not cost the others their place:
        # store them one by one, and fail only the ones that fail alone.
        log.warning(
            "import %s: a batch failed (%s); storing it file by file", report.import_id, error
        )
        _store_one_by_one(archive, pending, report, allow_duplicates)
        return
    _record(pending, results, report)
    pending.clear()


def _store_one_by_one(
    archive: Archive,
    pending: list[tuple[Path, NewArticle]],
    report: ImportReport,
    allow_duplicates: bool,
) -> None:
    while pending:
        path, article = pending[0]
        try:
            results = archive.import_batch(
                [article], import_id=report.import_id, allow_duplicates=allow_duplicates
            )
        except Exception as error:
            if _stops_the_run(error):
                raise
            log.exception("import %s: %s could not be stored", report.import_id, display_path(path))
            report.failed.append(FileProblem(path, FailureKind.DAMAGED, reason("file.not-stored")))
            pending.pop(0)
            continue
        _record(pending[:1], results, report)
        pending.pop(0)


def _stops_the_run(error: Exception) -> bool:
    """A full disk, a busy, read-only or damaged archive: no other file would fare better."""
    if isinstance(error, (ArchiveBusyError, ReadOnlyArchiveError, DamagedArchiveError)):
        return True
    if isinstance(error, MemoryError):
        return False
    cause = f"{error} {error.__cause__ or ''}".lower()
    return isinstance(error, ArchiveError) and ("full" in cause or "disk i/o" in cause)


def _record(
    stored: list[tuple[Path, NewArticle]], results: list[tuple[int, bool]], report: ImportReport
) -> None:
    for (path, article), (article_id, is_new) in zip(stored, results, strict=True):
        if is_new:
            report.imported.append((path, article_id))
            report.notes.extend(FileProblem(path, None, note) for note in article.notes)
        else:
            report.duplicates.append((path, article_id))
