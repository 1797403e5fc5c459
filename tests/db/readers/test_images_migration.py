"""Migration 0002_images: an archive made before images existed gets the table on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db import schema
from db.archive import Archive
from db.models import ArticleImage, NewArticle


def make_schema_1_archive(path: Path) -> None:
    """An archive as the previous version wrote it: 0001 only, user_version 1."""
    Archive.open(path, create=True).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TABLE images")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0002_images'")
        conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_schema_1_archive_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    make_schema_1_archive(path)
    with Archive.open(path) as archive:
        assert archive._db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        (article_id,) = archive.insert_many(
            [
                NewArticle(
                    title="Bài có ảnh",
                    body="![Ảnh](image:a.png)",
                    images=[ArticleImage(name="a.png", mime="image/png", data=b"\x89PNG")],
                )
            ]
        )
        assert archive.image(article_id, "a.png") == b"\x89PNG"
        assert archive.check() == []
    # Applying the migrations again changes nothing.
    with Archive.open(path) as archive:
        assert archive.images(article_id)[0].name == "a.png"
