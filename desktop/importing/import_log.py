"""The import report as text: shown (copyable) in the report dialog and kept in a log file.

Every import run is appended to ``<archive>.import.log`` beside the archive, so the list
of files that were not imported, and why, outlives the dialog. The log is in English
(for whoever reads it, whatever the UI's language); the dialog passes ``ReportWords`` in
the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db.file_names import display_path
from db.reasons import FailureKind

if TYPE_CHECKING:
    # db.importer loads the readers (bs4, python-docx): for annotations only.
    from db.importer import FileProblem, ImportReport


def _english_kind(kind: FailureKind | None) -> str:
    return kind.value if kind is not None else ""


@dataclass(frozen=True)
class ReportWords:
    """The words of a report; English unless the dialog passes its translation."""

    summary: str = (
        "imported {imported}, duplicates {duplicates}, skipped {skipped}, failed {failed}"
    )
    cancelled: str = " (cancelled)"
    duplicate: str = "duplicate"
    skipped: str = "skipped"
    failed: str = "failed"
    note: str = "note"
    stopped: str = "stopped"
    already_in_article: str = "the archive already has it (article {id})"
    already_in_run: str = "the archive already has it (a file earlier in this import)"
    reason: Callable[[str], str] = field(default=str)
    kind: Callable[[FailureKind | None], str] = field(default=_english_kind)


def log_path(archive_path: Path) -> Path:
    """``<archive>.import.log`` beside the archive file."""
    return archive_path.with_name(archive_path.name + ".import.log")


def summary_line(report: ImportReport, words: ReportWords | None = None) -> str:
    """Imported N, duplicates M, skipped S, failed K (and whether it was cancelled)."""
    words = words or ReportWords()
    text = words.summary.format(
        imported=len(report.imported),
        duplicates=len(report.duplicates),
        skipped=len(report.skipped),
        failed=len(report.failed),
    )
    return text + (words.cancelled if report.cancelled else "")


def problem_line(label: str, problem: FileProblem, words: ReportWords) -> str:
    """``label: path: category: reason`` (no category for notes and plain skips)."""
    category = words.kind(problem.kind)
    detail = words.reason(problem.detail)
    middle = f"{category}: " if category else ""
    return f"{label}: {problem.shown_path}: {middle}{detail}"


def report_lines(report: ImportReport, words: ReportWords | None = None) -> list[str]:
    """One line per file that was not imported, with the category and reason."""
    words = words or ReportWords()
    lines = []
    for path, existing in report.duplicates:
        why = (
            words.already_in_article.format(id=existing)
            if existing is not None
            else words.already_in_run
        )
        lines.append(f"{words.duplicate}: {display_path(path)}: {why}")
    lines.extend(problem_line(words.skipped, problem, words) for problem in report.skipped)
    lines.extend(problem_line(words.failed, problem, words) for problem in report.failed)
    if report.error:
        lines.append(f"{words.stopped}: {words.reason(report.error)}")
    return lines


def note_lines(report: ImportReport, words: ReportWords | None = None) -> list[str]:
    """One line per note about a file that was imported (an encoding guessed, …)."""
    words = words or ReportWords()
    return [problem_line(words.note, note, words) for note in report.notes]


def format_report(report: ImportReport, words: ReportWords | None = None) -> str:
    """The summary line, then ``report_lines``, then ``note_lines``."""
    return "\n".join(
        [summary_line(report, words), *report_lines(report, words), *note_lines(report, words)]
    )


def append_report_log(archive_path: Path, report: ImportReport) -> Path | None:
    """Append the report to the archive's import log; returns its path (None if unwritable)."""
    target = log_path(archive_path)
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    entry = f"== {stamp} import {report.import_id}\n{format_report(report)}\n\n"
    try:
        with target.open("a", encoding="utf-8") as handle:
            handle.write(entry)
    except OSError:
        return None  # a read-only folder: the dialog still shows the report
    return target
