"""The repository against real SQLite files."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.archive import Archive
from db.errors import (
    ArchiveNotFoundError,
    ArticleNotFoundError,
    InvalidArticleError,
    InvalidDateError,
    ReadOnlyArchiveError,
    VersionConflictError,
)
from db.models import ArticleFields, ArticleFilter, SortOrder


def make(archive: Archive, title: str, **fields: object) -> int:
    return archive.insert(ArticleFields(title=title, **fields)).id  # type: ignore[arg-type]


def test_insert_and_get_round_trip(archive: Archive) -> None:
    stored = archive.insert(
        ArticleFields(
            title="  Hội nghị  tổng kết ",
            body="Nội dung",
            date="2023-12",
            author="Quốc Toản (CTV)",
            source="Báo Biên phòng",
            tags=["Biên phòng", "biên phòng", " hội nghị "],
        )
    )
    again = archive.get(stored.id)
    assert again.title == "Hội nghị tổng kết"
    assert again.date == "2023-12"
    assert again.tags == ["Biên phòng", "hội nghị"]
    assert len(again.uid) == 32
    assert archive.get(again.uid).id == again.id
    assert again.version == 1


def test_missing_article_is_reported(archive: Archive) -> None:
    with pytest.raises(ArticleNotFoundError, match="No article with id 99"):
        archive.get(99)


def test_title_is_required_and_dates_are_checked(archive: Archive) -> None:
    with pytest.raises(InvalidArticleError):
        archive.insert(ArticleFields(title="   "))
    with pytest.raises(InvalidDateError):
        archive.insert(ArticleFields(title="x", date="2023-13"))
    with pytest.raises(InvalidDateError):
        archive.insert(ArticleFields(title="x", date="2023-02-30"))
    assert archive.total() == 0


def test_open_missing_archive_without_create(tmp_path: Path) -> None:
    with pytest.raises(ArchiveNotFoundError):
        Archive.open(tmp_path / "none.sqlite3")
    assert not (tmp_path / "none.sqlite3").exists()


def test_pragmas(archive: Archive) -> None:
    assert archive._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert archive._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_sort_by_date_newest_first_undated_last(archive: Archive) -> None:
    old = make(archive, "Cũ", date="2010")
    undated = make(archive, "Không ngày")
    month = make(archive, "Tháng", date="2023-12")
    day = make(archive, "Ngày", date="2023-12-05")
    assert archive.ids() == [day, month, old, undated]
    assert archive.ids(descending=False) == [old, month, day, undated]


def test_sort_by_title_and_author_in_vietnamese_order(archive: Archive) -> None:
    ids = {
        t: make(archive, t, author=a) for t, a in [("Đà Nẵng", "Ân"), ("Dân", "Ăn"), ("Âm", "An")]
    }
    titles = [r.title for r in archive.rows(sort=SortOrder.TITLE)]
    assert titles == ["Âm", "Dân", "Đà Nẵng"]
    authors = [r.author for r in archive.rows(sort=SortOrder.AUTHOR)]
    assert authors == ["An", "Ăn", "Ân"]
    assert len(ids) == 3


def test_date_filter_overlaps_partial_dates(archive: Archive) -> None:
    month = make(archive, "Tháng 12", date="2023-12")
    year = make(archive, "Năm 2023", date="2023")
    make(archive, "Không ngày")
    make(archive, "2022", date="2022-05-01")
    assert set(archive.ids(ArticleFilter(date_from="2023-12-10", date_to="2023-12-20"))) == {
        month,
        year,
    }
    assert archive.ids(ArticleFilter(date_from="2024")) == []
    assert archive.count(ArticleFilter(date_to="2022-12")) == 1


def test_author_source_tag_filters(archive: Archive) -> None:
    a = make(archive, "A", author="Quốc Toản", source="Báo Biên phòng", tags=["biên giới", "2023"])
    b = make(archive, "B", author="Quốc Toản (CTV)", tags=["biên giới"])
    assert archive.ids(ArticleFilter(author="quoc toan")) == [a]
    assert archive.ids(ArticleFilter(source="BAO BIEN PHONG")) == [a]
    assert set(archive.ids(ArticleFilter(tags=("Biên Giới",)))) == {a, b}
    assert archive.ids(ArticleFilter(tags=("biên giới", "2023"))) == [a]
    assert archive.ids(ArticleFilter(query="a", author="Quốc Toản")) == [a]


def test_paging_and_count(archive: Archive) -> None:
    ids = [make(archive, f"Bài {n}", date=f"2020-01-{n:02d}") for n in range(1, 11)]
    assert archive.count() == 10
    page = archive.rows(limit=3, offset=3)
    assert [r.id for r in page] == list(reversed(ids))[3:6]
    assert archive.rows_by_id([ids[2], ids[0]])[0].id == ids[2]


def test_update_keeps_history_and_detects_conflicts(archive: Archive) -> None:
    article_id = make(archive, "Bản đầu", body="một")
    archive.update(article_id, body="hai", expected_version=1)
    with pytest.raises(VersionConflictError):
        archive.update(article_id, body="ba", expected_version=1)
    archive.update(article_id, body="ba")
    history = archive.history(article_id)
    assert [v.version for v in history] == [3, 2, 1]
    assert [v.body for v in history] == ["ba", "hai", "một"]
    assert history[0].current
    reverted = archive.revert(article_id, 1)
    assert reverted.body == "một" and reverted.version == 4
    assert archive.history(article_id)[0].change == "revert to version 1"


def test_unchanged_save_makes_no_version(archive: Archive) -> None:
    article_id = make(archive, "Tin", body="x")
    archive.update(article_id, body="x")
    assert archive.get(article_id).version == 1


def test_trash_restore_purge(archive: Archive) -> None:
    keep = make(archive, "Giữ")
    gone = make(archive, "Bỏ", tags=["tạm"])
    assert archive.trash([gone]) == 1
    assert archive.ids() == [keep]
    assert archive.total(trashed=True) == 1
    assert archive.restore([gone]) == 1
    archive.trash([gone])
    assert archive.empty_trash() == 1
    with pytest.raises(ArticleNotFoundError):
        archive.get(gone)
    assert archive.names("tag") == []
    assert archive.check() == []


def test_bulk_tags_and_source_in_one_step(archive: Archive) -> None:
    ids = [make(archive, f"Bài {n}") for n in range(3)]
    assert archive.add_tags(ids, ["biên giới", "2024"]) == 3
    assert archive.count(ArticleFilter(tags=("bien gioi",))) == 3
    assert archive.remove_tags(ids[:1], ["2024"]) == 1
    assert archive.set_source(ids, "Đồn Biên phòng") == 3
    assert archive.get(ids[0]).tags == ["biên giới"]
    assert archive.get(ids[0]).version == 4


def test_rename_merges_authors_with_history(archive: Archive) -> None:
    a = make(archive, "A", author="Quốc Toản")
    b = make(archive, "B", author="Quốc Toản (CTV)")
    assert archive.rename("author", ["Quốc Toản", "Quốc Toản (CTV)"], "Quốc Toản") == 1
    assert archive.names("author") == [("Quốc Toản", 2)]
    assert archive.history(b)[1].author == "Quốc Toản (CTV)"
    assert archive.get(a).version == 1


def test_rename_tag(archive: Archive) -> None:
    a = make(archive, "A", tags=["bien gioi", "x"])
    archive.rename("tag", "bien gioi", "Biên giới")
    assert archive.get(a).tags == ["Biên giới", "x"]


def test_names_are_sorted_the_vietnamese_way(archive: Archive) -> None:
    for author in ["Đỗ Linh", "Dương Phong", "Ánh"]:
        make(archive, "t", author=author)
    assert [n for n, _ in archive.names("author")] == ["Ánh", "Dương Phong", "Đỗ Linh"]


def test_data_version_changes_with_another_connection(archive_path: Path) -> None:
    with Archive.open(archive_path, create=True) as first, Archive.open(archive_path) as second:
        before = first.data_version()
        second.insert(ArticleFields(title="Mới"))
        assert first.data_version() != before
        assert first.total() == 1


def test_read_only_archive_refuses_writes(archive_path: Path) -> None:
    with Archive.open(archive_path, create=True) as archive:
        make(archive, "Biên phòng")
    with Archive.open(archive_path, read_only=True) as archive:
        assert archive.read_only
        assert archive.count(ArticleFilter(query="bien phong")) == 1
        with pytest.raises(ReadOnlyArchiveError):
            make(archive, "x")


def test_backup_is_a_usable_archive(archive: Archive, tmp_path: Path) -> None:
    make(archive, "Biên phòng")
    target = archive.backup(tmp_path / "copy.sqlite3")
    with Archive.open(target) as copy:
        assert copy.count(ArticleFilter(query="bien phong")) == 1


def test_uids_are_time_ordered_uuids(archive: Archive) -> None:
    import time
    import uuid

    first = archive.insert(ArticleFields(title="Một")).uid
    time.sleep(0.002)
    second = archive.insert(ArticleFields(title="Hai")).uid
    assert uuid.UUID(first).version == uuid.UUID(second).version == 7
    assert first < second
