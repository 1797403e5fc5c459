"""The number and symbol of a document: stored, versioned, searched, migrated, salvaged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from db import schema
from db.archive import Archive
from db.errors import InvalidArticleError
from db.models import ArticleFields, ArticleFilter, NewArticle
from db.redecode import redecode
from db.salvage import salvage
from db.text_decoding import encode_tcvn3

DECISION = NewArticle(
    title="Quyết định về việc ban hành Chương trình cải cách hành chính",
    body="Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;",
    date="2004-07-01",
    source="Ủy ban nhân dân thành phố Cần Thơ",
    number="256/2004/QĐ-UB",
)


def search(archive: Archive, text: str, **options: object) -> list[int]:
    return archive.ids(ArticleFilter(query=text, **options))  # type: ignore[arg-type]


def test_stored_and_read_back_everywhere(archive: Archive) -> None:
    article = archive.insert(DECISION)
    assert article.number == "256/2004/QĐ-UB"
    assert article.to_dict()["number"] == "256/2004/QĐ-UB"
    (row,) = archive.rows()
    assert row.number == "256/2004/QĐ-UB" and row.to_dict()["number"] == "256/2004/QĐ-UB"
    assert archive.rows_by_id([article.id])[0].number == "256/2004/QĐ-UB"
    plain = archive.insert(ArticleFields(title="Tin thường"))
    assert plain.number is None and plain.to_dict()["number"] is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  256 / 2004 / QĐ-UB ", "256/2004/QĐ-UB"),
        ("12 - BC/ĐU", "12-BC/ĐU"),
        ("Qu\u0110", "QuĐ"),
        ("", None),
        ("   ", None),
    ],
)
def test_typed_numbers_are_cleaned(archive: Archive, typed: str, stored: str | None) -> None:
    assert archive.insert(ArticleFields(title="x", number=typed)).number == stored


def test_a_number_longer_than_any_is_refused(archive: Archive) -> None:
    with pytest.raises(InvalidArticleError, match="at most 80 characters"):
        archive.insert(ArticleFields(title="x", number="1/" * 50))
    assert archive.total() == 0


@pytest.mark.parametrize(
    "query", ["256/2004", "qd-ub", "QĐ-UB", "256", "qđ", '"2004 qd ub"', "256/2004/QĐ-UB"]
)
def test_the_number_is_searchable(archive: Archive, query: str) -> None:
    article = archive.insert(DECISION)
    archive.insert(ArticleFields(title="Kế hoạch năm 2005", body="Số liệu 2005."))
    assert search(archive, query) == [article.id]
    assert search(archive, query, prefix_last=True) == [article.id]


def test_editing_the_number_keeps_history_and_the_index(archive: Archive) -> None:
    article = archive.insert(DECISION)
    edited = archive.update(article.id, number="257/2004/QĐ-UB")
    assert edited.version == 2 and edited.number == "257/2004/QĐ-UB"
    assert search(archive, "257") == [article.id] and search(archive, "256") == []
    history = archive.history(article.id)
    assert [v.number for v in history] == ["257/2004/QĐ-UB", "256/2004/QĐ-UB"]
    assert history[1].to_dict()["number"] == "256/2004/QĐ-UB"
    # Other edits leave it alone; saving the same number is no change.
    assert archive.update(article.id, title="Quyết định mới").number == "257/2004/QĐ-UB"
    assert archive.update(article.id, number="257/2004/QĐ-UB").version == 3
    reverted = archive.revert(article.id, 1)
    assert reverted.number == "256/2004/QĐ-UB" and reverted.version == 4
    assert search(archive, "256") == [article.id] and search(archive, "257") == []
    cleared = archive.update(article.id, number=None)
    assert cleared.number is None and search(archive, "256") == []
    assert archive.check() == []


def test_bulk_edits_renames_and_the_trash_keep_it(archive: Archive) -> None:
    article = archive.insert(DECISION)
    archive.bulk_edit([article.id], add_tags=["cải cách"], source="UBND TP Cần Thơ")
    archive.rename("source", "UBND TP Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ")
    assert archive.get(article.id).number == "256/2004/QĐ-UB"
    archive.trash([article.id])
    (row,) = archive.rows(ArticleFilter(trashed=True))
    assert row.number == "256/2004/QĐ-UB"
    assert search(archive, "256/2004", trashed=True) == [article.id]
    archive.restore([article.id])
    assert archive.get(article.id).number == "256/2004/QĐ-UB"
    archive.trash([article.id])
    assert archive.empty_trash() == 1
    # The index rows were removed with the values they were made from.
    assert archive.check() == [] and search(archive, "256") == []


def test_redecode_keeps_a_number_the_file_does_not_give(archive: Archive) -> None:
    text = "Quyết định về việc giao chỉ tiêu\n\nCăn cứ Luật Tổ chức Chính phủ."
    stored = archive.insert(
        NewArticle(
            title="wrong",
            body="wrong",
            number="12/QĐ",
            original_name="qd.txt",
            encoding="cp1258",
            original_bytes=encode_tcvn3(text),
        )
    )
    fresh = redecode(archive, stored.id, "tcvn3")
    assert fresh.title == "Quyết định về việc giao chỉ tiêu" and fresh.number == "12/QĐ"


def version_3_archive(path: Path) -> None:
    """An archive as the previous version (schema 3) wrote it, with an edited article."""
    db = Database(path)
    db.conn.execute("PRAGMA journal_mode = WAL")
    schema.migrations.apply(db, stop_before="0004_document_number")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "number" not in db["articles"].columns_dict
    db.execute(
        "INSERT INTO articles (id, uid, title, title_sort, body, created, updated, version) "
        "VALUES (1, 'u1', 'Quyết định cũ', 'x', 'Nội dung cũ', '2020', '2021', 2)"
    )
    db.execute(
        "INSERT INTO article_versions (article_id, version, saved, change, title, tags, body) "
        "VALUES (1, 1, '2020', 'create', 'Quyết định', '[]', 'Nội dung')"
    )
    # The index rows version 3 wrote (row id = article id, the title alone).
    db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (1, 'quyet inh cu', 'x')")
    db.execute("INSERT INTO articles_marks (rowid, text) VALUES (1, 'Quyết định cũ')")
    db.execute("INSERT INTO meta (key, value) VALUES ('index_version', '2')")
    db.execute("INSERT INTO meta (key, value) VALUES ('sort_key_version', '1')")
    db.conn.commit()
    db.close()


def test_an_archive_of_schema_3_gains_the_number(archive_path: Path) -> None:
    version_3_archive(archive_path)
    with Archive.open(archive_path) as archive:
        assert archive._db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        for table in ("articles", "article_versions"):
            assert "number" in archive._db[table].columns_dict
        old = archive.get(1)
        assert (old.title, old.number) == ("Quyết định cũ", None)
        assert [v.number for v in archive.history(1)] == [None, None]
        # The index of the older version is rebuilt on opening (a small archive at once).
        assert archive.check() == [] and search(archive, "quyet dinh cu") == [1]
        archive.update(1, number="5/QĐ")
        assert search(archive, "5/QĐ") == [1] and archive.check() == []
        # Applying the migration again changes nothing.
        schema._document_number(archive._db)
        assert archive.get(1).number == "5/QĐ"


def test_salvage_copies_the_number(archive: Archive, tmp_path: Path) -> None:
    archive.insert(DECISION)
    target = tmp_path / "saved.sqlite3"
    assert salvage(archive.path, target) == 1
    with Archive.open(target) as saved:
        (row,) = saved.rows()
        assert row.number == "256/2004/QĐ-UB"


def test_salvage_reads_an_archive_of_schema_3(archive_path: Path, tmp_path: Path) -> None:
    version_3_archive(archive_path)
    target = tmp_path / "saved.sqlite3"
    assert salvage(archive_path, target) == 1
    with Archive.open(target) as saved:
        assert saved.get(saved.ids()[0]).number is None
