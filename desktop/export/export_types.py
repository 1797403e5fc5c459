"""What an export is asked to do and what it did: shared by the report and the one-per-file
export, the dialog, the command line and the export job (so none imports another for them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from db.archive import Archive
from db.errors import ArchiveError
from desktop.export.page_setup import PageSetup
from desktop.export.report_texts import ReportTexts

ProgressReport = Callable[[int, int, str], None]
"""``report(done, total, message)``; it may raise ExportCancelled to stop the export."""

ImageLoader = Callable[[int, str], bytes | None]
"""``load(article_id, image_name)``: a picture's bytes, None when the archive lacks it."""


class ExistingFiles(Enum):
    """What to do with a file of the same name in the destination."""

    FAIL = "fail"
    OVERWRITE = "overwrite"
    SKIP = "skip"
    KEEP_BOTH = "keep-both"


@dataclass(frozen=True)
class ExportRequest:
    """What to export and where.

    Attributes:
        ids: the articles, in report order.
        target: the PDF file (one report) or the folder (one file per article).
        separate: one file per article instead of one report.
        title: the report's title (cover, running header, PDF metadata).
        existing: what to do with files that exist (FAIL: nothing is written).
        author: the PDF's author; by default the articles' authors.
    """

    ids: Sequence[int]
    target: Path
    separate: bool = False
    title: str = "Report"
    setup: PageSetup = field(default_factory=PageSetup)
    texts: ReportTexts = field(default_factory=ReportTexts)
    existing: ExistingFiles = ExistingFiles.FAIL
    author: str | None = None


@dataclass
class ExportResult:
    """What an export wrote."""

    paths: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    pages: int = 0


def image_loader(archive: Archive) -> ImageLoader:
    """The archive's pictures for the layout (a missing or unreadable one is left out)."""

    def load(article_id: int, name: str) -> bytes | None:
        try:
            return archive.image(article_id, name)
        except ArchiveError:
            return None

    return load
