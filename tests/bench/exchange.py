"""Benchmark of exchange bundles: another workstation's 10,000 articles merged in.

The other workstation is a copy of the bench archive where half of the bundle's articles
were edited and the other half are new; its bundle is merged into a second copy of the
bench archive (the bench's own file is not changed), then merged again (nothing to do).
``small_workstation_bundle`` makes such a bundle without copying the whole archive, for
the UI heartbeat's merge (``ui_stall``).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from db.archive import Archive
from db.exchange import export_bundle, merge_archive
from db.models import ArticleFields

TARGET_S = 30.0


def new_articles(count: int) -> list[ArticleFields]:
    """Articles written at the other workstation only."""
    return [
        ArticleFields(
            title=f"Bài mới ở trạm khác số {number}",
            body=f"Nội dung bài mới số {number} của đồn biên phòng.\n\n" * 20,
            date=f"2024-{number % 12 + 1:02d}",
            author="Trần Thị Bình",
        )
        for number in range(count)
    ]


def small_workstation_bundle(archive_path: Path, work: Path, count: int) -> Path:
    """A bundle of ``count`` articles: half of the archive's, edited over there, half new.

    The other workstation holds only what it was sent (a bundle of the archive's first
    articles), not a copy of the whole archive.
    """
    work.mkdir(parents=True, exist_ok=True)
    edited = count // 2
    with Archive.open(archive_path, read_only=True) as archive:
        sent = export_bundle(
            archive, work / "sent.avbundle", archive.ids(limit=edited), overwrite=True
        )
    assert sent is not None
    with Archive.open(work / "other-workstation.sqlite3", create=True) as other:
        merge_archive(other, sent.path, backup_first=False)
        ids = other.ids(limit=edited)
        other.bulk_edit(ids, add_tags=["từ trạm khác"])
        ids += other.insert_many(new_articles(count - edited))
        result = export_bundle(other, work / "tram-khac.avbundle", ids, overwrite=True)
    assert result is not None
    sent.path.unlink()
    return result.path


def measure_merge(archive_path: Path, work: Path, count: int = 10_000) -> dict[str, Any]:
    """Export and merge ``count`` articles; seconds for each step."""
    work.mkdir(parents=True, exist_ok=True)
    other_path = work / "other-workstation.sqlite3"
    here_path = work / "this-workstation.sqlite3"
    for copy in (other_path, here_path):
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
        with Archive.open(archive_path, read_only=True) as archive:
            archive.backup(copy)
    edited = count // 2
    with Archive.open(other_path) as other:
        ids = other.ids(limit=edited)
        other.bulk_edit(ids, add_tags=["từ trạm khác"])
        new_ids = other.insert_many(new_articles(count - edited))
        started = time.perf_counter()
        result = export_bundle(other, work / "stick.avbundle", ids + new_ids, overwrite=True)
        export_s = time.perf_counter() - started
    assert result is not None
    with Archive.open(here_path) as here:
        before = here.total()
        started = time.perf_counter()
        report = merge_archive(here, result.path, backup_first=False)
        merge_s = time.perf_counter() - started
        started = time.perf_counter()
        again = merge_archive(here, result.path, backup_first=False)
        again_s = time.perf_counter() - started
    shutil.rmtree(work, ignore_errors=True)
    return {
        "bundle_articles": result.articles,
        "archive_articles": before,
        "export_s": round(export_s, 2),
        "seconds": round(merge_s, 2),
        "per_s": round(result.articles / merge_s, 1) if merge_s else None,
        "again_s": round(again_s, 2),
        "added": report.added,
        "updated": report.updated,
        "again_unchanged": again.unchanged,
        "target_s": TARGET_S,
    }
