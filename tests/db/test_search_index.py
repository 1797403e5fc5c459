"""The search indexes follow every write, and are rebuilt in steps after an upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from db import archive as archive_module
from db import schema, search_index
from db.archive import Archive, RebuildProgress
from db.errors import SearchIndexPendingError
from db.models import ArticleFields, ArticleFilter, SortOrder


def _fill(archive: Archive, count: int) -> list[int]:
    return archive.insert_many(
        [
            ArticleFields(
                title=f"Tuần tra biên giới số {number}",
                body=f"Đồn Biên phòng số {number} tuần tra.\n\nThanh Hóa, {number}.",
                date=f"{2000 + number % 20}-{number % 12 + 1:02d}",
            )
            for number in range(count)
        ]
    )


def test_edits_move_an_article_in_the_index(archive: Archive) -> None:
    first, second = _fill(archive, 2)
    archive.update(first, title="Hải đảo", body="Biển đảo quê hương", date="2030-01-01")
    assert archive.ids(ArticleFilter(query="hai dao")) == [first]
    assert archive.ids(ArticleFilter(query="bien gioi")) == [second]
    # Only the date changed: the article's key moves, so date order and ranges follow.
    archive.update(second, date="2031")
    assert archive.ids(ArticleFilter(query="bien", date_from="2031")) == [second]
    assert archive.ids(ArticleFilter(query="bien", date_to="2030")) == [first]
    assert archive.check() == []


def test_purge_takes_articles_out_of_every_index(archive: Archive) -> None:
    ids = _fill(archive, 3)
    archive.trash(ids[:2])
    assert archive.count(ArticleFilter(query="tuan tra")) == 1
    assert archive.count(ArticleFilter(query="tuan tra", trashed=True)) == 2
    archive.empty_trash()
    assert archive.check() == []
    docs = archive._db.execute("SELECT count(*) FROM articles_titles_docsize").fetchone()[0]
    assert docs == 1


def _old_archive(path: Path, count: int) -> None:
    """An archive as the previous version left it: schema 3, its index built then."""
    with Archive.open(path, create=True) as archive:
        _fill(archive, count)
    db = Database(str(path))
    for table in ("search_words", "search_words_due", "articles_titles"):
        db.execute(f"DROP TABLE {table}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_search_in_date_order'")
    db.execute("UPDATE meta SET value = '2' WHERE key = 'index_version'")
    db.execute("PRAGMA user_version = 3")
    db.conn.commit()
    db.close()


def test_a_large_upgraded_archive_opens_at_once_and_is_reindexed_in_steps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    _old_archive(path, 30)
    monkeypatch.setattr(archive_module, "OPEN_REINDEX_LIMIT", 10)
    monkeypatch.setattr(search_index, "REBUILD_STEP", 7)
    with Archive.open(path) as archive:
        assert archive._db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert archive.search_index_progress() == RebuildProgress(done=0, total=30)
        # Lists without text work; a search says the index is being rebuilt.
        assert len(archive.ids(ArticleFilter())) == 30
        with pytest.raises(SearchIndexPendingError, match="0% done"):
            archive.rows(ArticleFilter(query="bien gioi"))
        # The old indexes were set aside, not emptied: opening stayed quick.
        tables = {row[0] for row in archive._db.execute("SELECT name FROM sqlite_master")}
        assert "articles_fts_stale" in tables
        steps: list[RebuildProgress] = []
        left = archive.update_search_index(progress=steps.append, steps=2)
        assert left is not None and left.done < 30
        # An edit of an article already indexed, and a new article, meanwhile.
        archive.update(1, title="Hải đảo xa")
        (new,) = _fill(archive, 1)
    with Archive.open(path) as archive:  # stopped and resumed
        archive.update_search_index(progress=steps.append)
        assert archive.search_index_progress() is None
        assert [s.done for s in steps] == sorted(s.done for s in steps)
        assert steps[-1].done == steps[-1].total == 31
        tables = {row[0] for row in archive._db.execute("SELECT name FROM sqlite_master")}
        assert not any(name.endswith("_stale") for name in tables)
        assert archive.check() == []
        assert archive.count(ArticleFilter(query="bien gioi")) == 30
        assert archive.ids(ArticleFilter(query="hai dao")) == [1]
        assert new in archive.ids(ArticleFilter(query="bien gioi"), sort=SortOrder.RELEVANCE)


def test_a_small_upgraded_archive_is_reindexed_while_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_archive(path, 12)
    with Archive.open(path) as archive:
        assert archive.search_index_progress() is None
        assert archive.count(ArticleFilter(query="thanh hoa")) == 12
        assert archive.check() == []


def test_a_read_only_archive_with_the_rebuild_under_way_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    _old_archive(path, 20)
    monkeypatch.setattr(archive_module, "OPEN_REINDEX_LIMIT", 5)
    Archive.open(path).close()
    with Archive.open(path, read_only=True) as archive:
        assert archive.search_index_progress() == RebuildProgress(done=0, total=20)
        with pytest.raises(SearchIndexPendingError):
            archive.count(ArticleFilter(query="tuan"))
        assert archive.check() == []  # being rebuilt is not damage


def test_check_finds_an_index_out_of_step(archive: Archive) -> None:
    _fill(archive, 3)
    key = archive._db.execute("SELECT max(rowid) FROM articles_titles").fetchone()[0]
    archive._db.execute(
        "INSERT INTO articles_titles (articles_titles, rowid, title) VALUES ('delete', ?, ?)",
        [key, search_index.folded_sql("'x'")],
    )
    problems = archive.check()
    assert problems and "articles_titles" in " ".join(problems)


def test_text_given_to_the_indexes_is_the_same_from_python_and_sql() -> None:
    conn = sqlite3.connect(":memory:")
    text = "Đảng ủy ðó"
    assert conn.execute(f"SELECT {search_index.folded_sql('?')}", [text]).fetchone()[0] == (
        "Dảng ủy dó"
    )
