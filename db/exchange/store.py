"""The writes of a merge, inside the caller's transaction.

Unlike an edit, a merge writes versions that were made elsewhere: with their own times
and change notes, and the other workstation's uid for new articles. Version numbers stay
local: versions that come in are numbered after the article's own.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import cast

from sqlite_utils import Database

from db import search_index
from db import vietnamese as vn
from db.article_fields import clean_tags, name_key_or_none
from db.dates import date_bounds
from db.exchange.content import Version
from db.exchange.source import SourceArticle
from db.models import Article, ArticleImage


def _derived(version: Version) -> list[object]:
    """Sort keys, date bounds and name keys, in the column order of ``_FIELDS_SQL``."""
    date_lo, date_hi = date_bounds(version.date) if version.date else (None, None)
    return [
        version.title,
        vn.sort_key(version.title),
        version.body,
        version.date,
        date_lo,
        date_hi,
        version.author,
        name_key_or_none(version.author),
        vn.sort_key(version.author),
        version.source,
        name_key_or_none(version.source),
        version.number,
    ]


_FIELDS = (
    "title, title_sort, body, date, date_lo, date_hi, author, author_key, author_sort, "
    "source, source_key, number"
)
_FIELD_COUNT = _FIELDS.count(",") + 1


def current_version(article: Article) -> Version:
    """A stored article's current state as a merge version."""
    return Version(
        title=article.title,
        body=article.body,
        date=article.date,
        author=article.author,
        source=article.source,
        number=article.number,
        tags=list(article.tags),
        saved=article.updated,
        change=article.change,
    )


def history(db: Database, article_id: int) -> list[Version]:
    """An article's past versions, oldest first."""
    rows = db.execute(
        "SELECT saved, change, title, date, author, source, tags, body, number "
        "FROM article_versions WHERE article_id = ? ORDER BY version",
        [article_id],
    )
    return [
        Version(
            title=title,
            body=body,
            date=date,
            author=author,
            source=source,
            number=number,
            tags=json.loads(tags),
            saved=saved,
            change=change,
        )
        for saved, change, title, date, author, source, tags, body, number in rows
    ]


def insert_article(db: Database, article: SourceArticle, history_rows: Sequence[Version]) -> int:
    """Store an article of the other side as new (its uid, times and history kept)."""
    current = article.current
    version = len(history_rows) + 1
    cursor = db.execute(
        f"INSERT INTO articles (uid, {_FIELDS}, version, change, fingerprint, original_name, "
        "encoding, created, updated, deleted, trash_changed) "
        f"VALUES (?, {', '.join('?' * _FIELD_COUNT)}, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            article.uid,
            *_derived(current),
            version,
            current.change,
            article.fingerprint,
            article.original_name,
            article.encoding,
            article.created,
            article.updated,
            article.deleted,
            article.trash_changed,
        ],
    )
    article_id = cast(int, cursor.lastrowid)
    search_index.add(
        db, [(article_id, search_index.title_text(current.title, current.number), current.body)]
    )
    _set_tags(db, article_id, current.tags)
    _add_history(db, article_id, history_rows, first_version=1)
    return article_id


def replace_current(
    db: Database,
    stored: Article,
    new: Version,
    *,
    history_rows: Sequence[Version],
    updated: str,
    change: str,
) -> None:
    """Append ``history_rows`` (the stored current first, if it is among them) and make
    ``new`` the current version; the tags follow (the search index follows by itself)."""
    _add_history(db, stored.id, history_rows, first_version=stored.version)
    db.execute(
        f"UPDATE articles SET ({_FIELDS}, version, change, updated) = "
        f"({', '.join('?' * _FIELD_COUNT)}, ?, ?, ?) WHERE id = ?",
        [*_derived(new), stored.version + len(history_rows), change, updated, stored.id],
    )
    # The search indexes follow title, number, body and date through a trigger.
    if clean_tags(new.tags) != stored.tags:
        _set_tags(db, stored.id, new.tags)


def set_trashed(db: Database, article_id: int, deleted: str | None, changed: str | None) -> None:
    """Put the article into the Trash (``deleted`` set) or take it out."""
    db.execute(
        "UPDATE articles SET deleted = ?, trash_changed = ? WHERE id = ?",
        [deleted, changed, article_id],
    )


def add_alias(db: Database, uid: str, article_id: int) -> None:
    """Remember that ``uid`` (from another workstation) is this article."""
    db.execute(
        "INSERT OR IGNORE INTO article_aliases (uid, article_id) VALUES (?, ?)", [uid, article_id]
    )


def image_names(db: Database, article_id: int) -> set[str]:
    """The names of the images an article already has."""
    rows = db.execute("SELECT name FROM images WHERE article_id = ?", [article_id])
    return {row[0] for row in rows}


def add_images(db: Database, article_id: int, images: Sequence[ArticleImage]) -> None:
    """Keep images with the article (a name it already has keeps its own image)."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO images (article_id, name, mime, data) VALUES (?, ?, ?, ?)",
        [(article_id, image.name, image.mime, image.data) for image in images],
    )


def has_original(db: Database, article_id: int) -> bool:
    """Whether the article's original file is kept."""
    row = db.execute("SELECT 1 FROM originals WHERE article_id = ?", [article_id]).fetchone()
    return row is not None


def add_original(db: Database, article_id: int, data: bytes) -> None:
    """Keep the original file's bytes with the article."""
    db.execute(
        "INSERT OR IGNORE INTO originals (article_id, data) VALUES (?, ?)", [article_id, data]
    )


def _add_history(
    db: Database, article_id: int, versions: Sequence[Version], *, first_version: int
) -> None:
    db.conn.executemany(
        "INSERT INTO article_versions (article_id, version, saved, change, title, date, "
        "author, source, tags, body, number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                first_version + index,
                version.saved,
                version.change,
                version.title,
                version.date,
                version.author,
                version.source,
                json.dumps(version.tags, ensure_ascii=False),
                version.body,
                version.number,
            )
            for index, version in enumerate(versions)
        ],
    )


def _set_tags(db: Database, article_id: int, tags: Sequence[str]) -> None:
    db.execute("DELETE FROM article_tags WHERE article_id = ?", [article_id])
    for name in clean_tags(tags):
        key = vn.name_key(name) or name.lower()
        row = db.execute("SELECT id FROM tags WHERE key = ?", [key]).fetchone()
        if row is None:
            cursor = db.execute(
                "INSERT INTO tags (name, key, sort) VALUES (?, ?, ?)",
                [name, key, vn.sort_key(name)],
            )
            tag_id = cast(int, cursor.lastrowid)
        else:
            tag_id = row[0]
        db.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
            [article_id, tag_id],
        )


def drop_unused_tags(db: Database) -> None:
    """Forget tags no article has any more (once per batch: it reads every tag)."""
    db.execute(
        "DELETE FROM tags WHERE NOT EXISTS "
        "(SELECT 1 FROM article_tags WHERE article_tags.tag_id = tags.id)"
    )
