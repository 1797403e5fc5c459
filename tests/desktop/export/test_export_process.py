"""The PDF written by a child process: its result, its errors and a stop come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.archive import Archive
from desktop.export.errors import ExportCancelled, ExportError, TargetExistsError
from desktop.export.export_process import export_in_process
from desktop.export.export_types import ExistingFiles, ExportRequest, ExportResult
from tests.desktop.export.conftest import page_texts


def test_the_child_writes_the_report_and_reports_progress(
    archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    seen: list[tuple[int, int]] = []
    target = out_dir / "báo cáo.pdf"
    result = export_in_process(
        archive.path,
        ExportRequest(ids=article_ids, target=target, title="Báo cáo"),
        progress=lambda done, total, _message: seen.append((done, total)),
        cancelled=lambda: False,
    )
    assert isinstance(result, ExportResult) and result.paths == [target]
    assert seen and seen[-1][0] == seen[-1][1]
    assert "Báo cáo" in page_texts(target)[0]


def test_errors_come_back_as_the_same_kind(
    archive: Archive, article_ids: list[int], out_dir: Path
) -> None:
    (out_dir / "a.pdf").write_bytes(b"keep")
    with pytest.raises(TargetExistsError) as exists:
        export_in_process(
            archive.path,
            ExportRequest(ids=article_ids[:1], target=out_dir / "a.pdf"),
            progress=lambda *_a: None,
            cancelled=lambda: False,
        )
    assert exists.value.path == out_dir / "a.pdf" and exists.value.count == 1
    with pytest.raises(ExportError, match="No article with id 999"):
        export_in_process(
            archive.path,
            ExportRequest(ids=[999], target=out_dir / "b.pdf", existing=ExistingFiles.OVERWRITE),
            progress=lambda *_a: None,
            cancelled=lambda: False,
        )
    assert (out_dir / "a.pdf").read_bytes() == b"keep"


def test_a_stop_leaves_no_file(archive: Archive, article_ids: list[int], out_dir: Path) -> None:
    steps: list[int] = []

    def progress(done: int, _total: int, _message: str) -> None:
        steps.append(done)
        if len(steps) == 2:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export_in_process(
            archive.path,
            ExportRequest(ids=article_ids * 20, target=out_dir / "big.pdf"),
            progress=progress,
            cancelled=lambda: False,
        )
    assert list(out_dir.iterdir()) == []
