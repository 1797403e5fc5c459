"""Bulk edits and renames: one transaction, a version per changed article, progress."""

from __future__ import annotations

import pytest

from db.archive import Archive
from db.errors import ArticleNotFoundError
from db.models import ArticleFields


@pytest.fixture
def ids(archive: Archive) -> list[int]:
    return archive.insert_many(
        [
            ArticleFields(title=f"Bài {n}", author="Quốc Toản", tags=["!!", "Văn hoá"])
            for n in range(120)
        ]
    )


def test_bulk_edit_reports_progress(archive: Archive, ids: list[int]) -> None:
    seen: list[tuple[int, int]] = []
    changed = archive.bulk_edit(ids, add_tags=["mới"], progress=lambda d, t: seen.append((d, t)))
    assert changed == 120
    assert seen == [(0, 120), (50, 120), (100, 120)]


def test_removing_a_tag_matches_it_by_its_key(archive: Archive, ids: list[int]) -> None:
    archive.bulk_edit(ids[:1], remove_tags=["VĂN HOA"])
    assert archive.get(ids[0]).tags == ["!!"]
    archive.bulk_edit(ids[:1], remove_tags=["??"])  # another punctuation tag: not this one
    assert archive.get(ids[0]).tags == ["!!"]


def test_a_missing_article_changes_none(archive: Archive, ids: list[int]) -> None:
    with pytest.raises(ArticleNotFoundError):
        archive.bulk_edit([*ids[:3], 99_999], add_tags=["x"])
    assert all("x" not in archive.get(i).tags for i in ids[:3])


def test_rename_reports_progress_and_keeps_history(archive: Archive, ids: list[int]) -> None:
    seen: list[int] = []
    assert (
        archive.rename(
            "author", "Quốc Toản", "Quốc Toản (CTV)", progress=lambda d, _t: seen.append(d)
        )
        == 120
    )
    assert seen[0] == 0
    assert archive.history(ids[0])[1].author == "Quốc Toản"
    assert archive.rename("tag", ["văn hóa"], "Văn hóa") == 120
    assert archive.get(ids[5]).tags == ["!!", "Văn hóa"]
