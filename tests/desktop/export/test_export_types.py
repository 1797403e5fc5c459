"""What an export is asked and gives back; the archive's pictures for the layout."""

from __future__ import annotations

from pathlib import Path

from db.archive import Archive
from desktop.export.export_types import ExistingFiles, ExportRequest, image_loader


def test_the_request_defaults_fail_on_existing_files(tmp_path: Path) -> None:
    request = ExportRequest(ids=[1], target=tmp_path / "r.pdf")
    assert request.existing is ExistingFiles.FAIL and not request.separate


def test_pictures_come_from_the_archive_or_not_at_all(
    archive: Archive, article_ids: list[int]
) -> None:
    load = image_loader(archive)
    picture = load(article_ids[1], "anh-1.png")
    assert picture is not None and picture.startswith(b"\x89PNG")
    assert load(article_ids[1], "missing.png") is None
    assert load(99_999, "anh-1.png") is None
