"""The import report as text: shown (copyable) in the report dialog and kept in a log file.

Every import run is appended to ``<archive>.import.log`` beside the archive, so the list
of files that were not imported, and why, outlives the dialog.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # db.importer loads the readers (bs4, python-docx): for annotations only.
    from db.importer import ImportReport


def log_path(archive_path: Path) -> Path:
    """``<archive>.import.log`` beside the archive file."""
    return archive_path.with_name(archive_path.name + ".import.log")


def report_lines(report: ImportReport) -> list[str]:
    """One line per file that was not imported, with the category and reason."""
    lines = []
    for path, existing in report.duplicates:
        where = f"article {existing}" if existing is not None else "a file earlier in this import"
        lines.append(f"duplicate: {path}: the archive already has it ({where})")
    for problem in report.skipped:
        lines.append(f"skipped: {problem}")
    for problem in report.failed:
        lines.append(f"failed: {problem}")
    if report.error:
        lines.append(f"stopped: {report.error}")
    return lines


def format_report(report: ImportReport) -> str:
    """The summary line, then ``report_lines``."""
    return "\n".join([report.summary(), *report_lines(report)])


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
