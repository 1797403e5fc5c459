"""Writes keep the derived columns true: sort keys, date bounds and name keys follow edits."""

from __future__ import annotations

from db import vietnamese as vn
from db.archive import Archive
from db.article_fields import derived_columns
from db.models import ArticleFields, ArticleFilter, SortOrder


def stored_derived(archive: Archive, article_id: int) -> dict[str, str | None]:
    # The test reads the columns themselves: they are what the list queries use.
    row = archive._db.execute(
        "SELECT title_sort, date_lo, date_hi, author_key, author_sort, source_key "
        "FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    names = ("title_sort", "date_lo", "date_hi", "author_key", "author_sort", "source_key")
    return dict(zip(names, row, strict=True))


def test_insert_and_update_store_the_same_derived_columns(archive: Archive) -> None:
    fields = ArticleFields(title="Đà Nẵng", date="2023-12", author="Thu Hà", source="Báo Mẫu")
    article = archive.insert(fields)
    assert stored_derived(archive, article.id) == derived_columns(fields)
    archive.update(article.id, title="Ăn Tết", date="2024", author=None, source="Tạp chí")
    changed = archive.get(article.id)
    assert stored_derived(archive, article.id) == derived_columns(changed)
    assert stored_derived(archive, article.id)["title_sort"] == vn.sort_key("Ăn Tết")
    assert archive.ids(ArticleFilter(date_from="2024", date_to="2024")) == [article.id]
    assert archive.ids(ArticleFilter(source="tap chi")) == [article.id]


def test_recomputing_after_a_new_sort_key_version_gives_the_same(archive: Archive) -> None:
    ids = archive.insert_many([ArticleFields(title=t) for t in ("Em bé", "An Giang", "Đà Lạt")])
    archive._db.execute("UPDATE articles SET title_sort = 'z', date_lo = 'x'")  # stale keys
    archive._recompute_derived_columns()
    assert archive.ids(sort=SortOrder.TITLE) == [ids[1], ids[2], ids[0]]
    assert all(stored_derived(archive, i)["date_lo"] is None for i in ids)


def test_redecoded_text_is_a_new_version_with_its_encoding(archive: Archive) -> None:
    article = archive.insert(ArticleFields(title="Th«ng t­", body="x"))
    stored = archive.store_redecoded(
        article.id,
        ArticleFields(title="Thông tư", body="x"),
        encoding="tcvn3",
        expected_version=article.version,
    )
    assert stored.title == "Thông tư" and stored.encoding == "tcvn3"
    assert archive.history(article.id)[0].change == "re-decoded as tcvn3"
