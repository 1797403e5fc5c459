"""The work of the bundle jobs, run on the job runner's thread with the job's connection.

Each function returns the ``work(context)`` of a ``Job``; what it needs from the window
(paths, the chosen articles, the texts in the user's language) is given when it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from db.archive import Archive, BackupCancelled
from db.exchange import MergeProgress, MergeReport, export_bundle, merge_archive
from db.exchange.bundle import BundleResult
from db.exchange.merge import LARGE_MERGE
from db.exchange.source import SourceArchive
from db.models import ArticleFilter
from desktop.jobs import JobCancelled, JobContext


@dataclass(frozen=True)
class BundleScope:
    """Which articles go into a bundle: these ids, what a filter lists, or everything."""

    ids: tuple[int, ...] = ()
    where: ArticleFilter | None = None

    def article_ids(self, archive: Archive) -> list[int]:
        """The ids, read when the job runs (a filter's ids or everything, Trash included)."""
        if self.ids:
            return list(self.ids)
        if self.where is not None:
            return archive.ids(self.where)
        return archive.ids(ArticleFilter()) + archive.ids(ArticleFilter(trashed=True))


@dataclass(frozen=True)
class BundleInfo:
    """What a bundle says about itself: when and where it was written, how many articles."""

    created: str | None
    origin: str | None
    articles: int | None

    @classmethod
    def from_meta(cls, info: dict[str, object]) -> BundleInfo:
        """From the bundle's ``meta`` entry (any field may be missing or odd)."""
        created, origin, articles = info.get("created"), info.get("from"), info.get("articles")
        return cls(
            created=created if isinstance(created, str) else None,
            origin=origin if isinstance(origin, str) else None,
            articles=articles if isinstance(articles, int) else None,
        )


@dataclass
class MergePreview:
    """A dry run's answer: what merging ``source`` would change, and what it is."""

    source: Path
    report: MergeReport
    articles: int
    bundle: BundleInfo | None = None
    will_back_up: bool = False

    def changes_anything(self) -> bool:
        """Whether merging would change the archive at all."""
        r = self.report
        return bool(
            r.added or r.updated or r.linked or r.trashed or r.restored or r.versions_added
        ) or bool(r.conflicts)


def export_work(
    target: Path, scope: BundleScope, text: str
) -> Callable[[JobContext], BundleResult]:
    """Write the bundle ``target`` (replaced if it exists: the user said so) of ``scope``."""

    def work(context: JobContext) -> BundleResult:
        context.progress(0, 0, text)
        ids = scope.article_ids(context.archive)
        result = export_bundle(
            context.archive,
            target,
            ids,
            overwrite=True,
            progress=lambda done, total: context.progress(done, total, text),
            cancelled=context.cancelled,
        )
        if result is None:
            raise JobCancelled
        return result

    return work


def dry_run_work(source: Path, text: str) -> Callable[[JobContext], MergePreview]:
    """What merging ``source`` would change (nothing is written; ``source`` never is)."""

    def work(context: JobContext) -> MergePreview:
        context.progress(0, 0, text)
        report = merge_archive(
            context.archive,
            source,
            dry_run=True,
            progress=_progress(context, text),
            cancelled=context.cancelled,
        )
        if report.cancelled:
            raise JobCancelled
        with SourceArchive.open(source) as other:
            info = other.bundle_info
            count = other.count()
        return MergePreview(
            source=source,
            report=report,
            articles=count,
            bundle=BundleInfo.from_meta(info) if info is not None else None,
            # As ``merge_archive`` decides it: a large merge into an archive with articles.
            will_back_up=count >= LARGE_MERGE and context.archive.total() > 0,
        )

    return work


def merge_work(
    source: Path,
    text: str,
    *,
    backup_folder: Path,
    backup_text: str,
) -> Callable[[JobContext], MergeReport]:
    """Merge ``source``; a cancel between batches keeps what was merged (the report says)."""

    def work(context: JobContext) -> MergeReport:
        def backup_progress(done: int, total: int) -> None:
            if context.cancelled():
                raise BackupCancelled
            context.progress(done, total, backup_text)

        try:
            return merge_archive(
                context.archive,
                source,
                progress=_progress(context, text),
                cancelled=context.cancelled,
                backup_folder=backup_folder,
                backup_progress=backup_progress,
            )
        except BackupCancelled as cancelled:
            raise JobCancelled from cancelled  # stopped in the backup: nothing was merged

    return work


def _progress(context: JobContext, text: str) -> Callable[[MergeProgress], None]:
    def report(step: MergeProgress) -> None:
        context.progress(step.done, step.total, text)

    return report
