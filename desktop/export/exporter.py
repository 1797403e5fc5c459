"""Exporting articles to PDF: the one code path of the dialog's worker and the CLI.

Plain functions over an ``Archive``; they need a QGuiApplication (fonts, layout) but no
window and may run on a worker thread (with that thread's own ``Archive``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from db.archive import Archive
from db.models import Article
from desktop.export.errors import ExportError
from desktop.export.export_types import (
    ExistingFiles,
    ExportRequest,
    ExportResult,
    ProgressReport,
    image_loader,
)
from desktop.export.page_setup import PageSetup
from desktop.export.pdf_layout import ReportLayout, ReportOptions, render_pdf_bytes
from desktop.export.pdf_postprocess import AtomicTarget, OutlineEntry, write_pdf
from desktop.export.separate_files import export_separate

__all__ = [
    "ExistingFiles",
    "ExportRequest",
    "ExportResult",
    "export",
    "export_combined",
    "export_pdf",
    "load_articles",
    "report_author",
]

MAX_AUTHORS_IN_METADATA = 3


def load_articles(archive: Archive, ids: Sequence[int]) -> list[Article]:
    """The articles in ``ids`` order; an unknown id raises ArchiveError."""
    return [archive.get(article_id) for article_id in ids]


def report_author(articles: Sequence[Article]) -> str | None:
    """The articles' authors for the PDF metadata: "A, B, C et al." when there are more."""
    names: list[str] = []
    for article in articles:
        if article.author and article.author not in names:
            names.append(article.author)
    if not names:
        return None
    shown = ", ".join(names[:MAX_AUTHORS_IN_METADATA])
    return shown + (" et al." if len(names) > MAX_AUTHORS_IN_METADATA else "")


def _no_report(_done: int, _total: int, _message: str) -> None:
    return None


def export(
    archive: Archive, request: ExportRequest, progress: ProgressReport | None = None
) -> ExportResult:
    """Run ``request`` (one report or one file per article)."""
    if not request.ids:
        raise ExportError("Nothing to export: select articles or change the filter.")
    problems = request.setup.problems()
    if problems:
        raise ExportError(" ".join(problems))
    if request.separate:
        return export_separate(archive, request, progress or _no_report)
    return export_combined(archive, request, progress or _no_report)


def export_combined(
    archive: Archive, request: ExportRequest, progress: ProgressReport
) -> ExportResult:
    """One report: cover, contents, articles; written atomically to ``request.target``."""
    overwrite = request.existing is ExistingFiles.OVERWRITE
    # Reserved first, so an unwritable folder or an existing file fails before the work.
    with AtomicTarget(request.target, overwrite=overwrite) as target:
        articles = load_articles(archive, request.ids)
        count = len(articles)
        total = 2 * count
        texts = request.texts
        progress(0, total, texts.laying_out.format(done=0, count=count))
        author = request.author or report_author(articles)
        with ReportLayout(
            articles,
            ReportOptions(title=request.title, setup=request.setup, texts=request.texts),
            image_loader=image_loader(archive),
        ) as layout:
            layout.layout(
                lambda done, _n: progress(
                    done, total, texts.laying_out.format(done=done, count=count)
                )
            )

            def painted(page: int, pages: int) -> None:
                progress(
                    count + count * page // pages,
                    total,
                    texts.writing_page.format(page=page, pages=pages),
                )

            pdf = render_pdf_bytes(layout, title=request.title, author=author, progress=painted)
            pages = layout.page_count
            outline = [
                OutlineEntry(request.texts.contents, page - 1) for page in layout.contents_pages[:1]
            ]
            outline += [
                OutlineEntry(article.title, page - 1)
                for article, page in zip(articles, layout.article_pages, strict=True)
            ]
        progress(total, total, texts.saving)
        path = write_pdf(
            pdf,
            request.target,
            outline=outline,
            title=request.title,
            author=author,
            overwrite=overwrite,
            target=target,
        )
    return ExportResult(paths=[path], pages=pages)


def export_pdf(
    archive: Archive,
    ids: Sequence[int],
    path: Path | str,
    *,
    title: str = "Report",
    setup: PageSetup | None = None,
    overwrite: bool = False,
) -> ExportResult:
    """One report of ``ids`` into ``path`` with the default page setup (scripts, benchmark)."""
    from desktop.export.qt_app import ensure_gui_application

    ensure_gui_application()
    request = ExportRequest(
        ids=list(ids),
        target=Path(path),
        title=title,
        setup=setup or PageSetup(),
        existing=ExistingFiles.OVERWRITE if overwrite else ExistingFiles.FAIL,
    )
    return export(archive, request)
