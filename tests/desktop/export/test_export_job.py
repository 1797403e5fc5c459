"""The export job: "all matching" looked up in the job, a cancel is the job's cancel."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFilter
from desktop.export.export_job import export_job
from desktop.export.export_types import ExportRequest, ExportResult
from desktop.jobs import JobRunner, JobState
from tests.desktop.export.conftest import page_texts


def test_all_matching_is_looked_up_in_the_job(
    qtbot: QtBot, runner: JobRunner, archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    assert article_ids
    target = out_dir / "lê văn thành.pdf"
    job = export_job(
        archive.path,
        ExportRequest(ids=[], target=target, title="Lê Văn Thành"),
        title="Exporting",
        where=ArticleFilter(author="Lê Văn Thành"),
    )
    with qtbot.waitSignal(job.finished, timeout=60_000):
        runner.submit(job)
    assert job.state is JobState.SUCCEEDED and isinstance(job.result, ExportResult)
    text = " ".join(page_texts(target))
    assert "Mùa xuân trên bản vùng cao" in text and "Giúp dân thu hoạch lúa" not in text


def test_a_cancel_before_the_child_starts_writes_nothing(
    qtbot: QtBot, runner: JobRunner, archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    job = export_job(
        archive.path, ExportRequest(ids=article_ids, target=out_dir / "r.pdf"), title="x"
    )
    job.cancel()
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        runner.submit(job)
    assert list(out_dir.iterdir()) == []
