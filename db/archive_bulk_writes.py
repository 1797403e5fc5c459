"""Changes to many articles at once: tags and source in bulk, renaming and merging names.

Each public method is one transaction, and every article that changes gets a new version
(so the change can be undone from its history). Part of ``db.archive.Archive``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from db import vietnamese as vn
from db.archive_writes import ArchiveWrites
from db.article_fields import UNSET, clean_name, clean_tags, fields_of, tag_key, validated
from db.connection import sqlite_errors, write_transaction
from db.errors import InvalidArticleError
from db.models import Article

BulkProgress = Callable[[int, int], None]
"""``progress(done, total)``: articles looked at so far of those the change concerns."""

PROGRESS_EVERY = 50


class ArchiveBulkWrites(ArchiveWrites):
    """Bulk edits and renames (see ``db.archive.Archive``)."""

    def add_tags(self, article_ids: Iterable[int], tags: Sequence[str]) -> int:
        """Add tags to several articles in one transaction; returns how many changed."""
        return self.bulk_edit(article_ids, add_tags=tags)

    def remove_tags(self, article_ids: Iterable[int], tags: Sequence[str]) -> int:
        """Remove tags from several articles in one transaction; returns how many changed."""
        return self.bulk_edit(article_ids, remove_tags=tags)

    def set_source(self, article_ids: Iterable[int], source: str | None) -> int:
        """Set the source of several articles in one transaction; returns how many changed."""
        return self.bulk_edit(article_ids, source=source)

    @sqlite_errors
    def bulk_edit(
        self,
        article_ids: Iterable[int],
        *,
        add_tags: Sequence[str] = (),
        remove_tags: Sequence[str] = (),
        source: str | None = UNSET,
        progress: BulkProgress | None = None,
    ) -> int:
        """Add/remove tags and set the source of several articles at once.

        One transaction and one new version per changed article (a tag both added and
        removed ends up added). Returns how many articles changed. ``progress(done,
        total)`` is called every few articles.
        """
        keys = {tag_key(tag) for tag in remove_tags}

        def changes(article: Article) -> dict[str, Any]:
            result: dict[str, Any] = {}
            if add_tags or remove_tags:
                kept = [t for t in article.tags if tag_key(t) not in keys]
                result["tags"] = kept + list(add_tags)
            if source is not UNSET:
                result["source"] = source
            return result

        done = [
            label
            for label, given in (
                ("add tags", add_tags),
                ("remove tags", remove_tags),
                ("set source", source is not UNSET),
            )
            if given
        ]
        change = f"bulk: {done[0]}" if len(done) == 1 else "bulk edit"
        return self._bulk(article_ids, changes, change=change, progress=progress)

    def _bulk(
        self,
        article_ids: Iterable[int],
        make_changes: Callable[[Article], dict[str, Any]],
        *,
        change: str,
        progress: BulkProgress | None = None,
    ) -> int:
        self._require_writable()
        ids = list(article_ids)
        changed = 0
        with write_transaction(self._db):
            for done, article_id in enumerate(ids):
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, len(ids))
                current = self._get(article_id)
                fields = fields_of(current)
                for name, value in make_changes(current).items():
                    setattr(fields, name, value)
                if self._write_version(current, validated(fields), change):
                    changed += 1
        return changed

    @sqlite_errors
    def rename(
        self,
        kind: str,
        old: str | Sequence[str],
        new: str,
        *,
        progress: BulkProgress | None = None,
    ) -> int:
        """Rename (or merge several names into) ``new`` across the archive.

        Each article that changes gets a new version, so the rename can be undone from
        its history. Returns the number of articles changed.
        """
        olds = [old] if isinstance(old, str) else list(old)
        new_name = clean_name(new)
        if not new_name:
            raise InvalidArticleError("The new name is empty: type the name to use.")
        if kind == "tag":
            return self._rename_tags(olds, new_name, progress)
        if kind not in ("author", "source"):
            raise ValueError(f"unknown name kind {kind!r}")
        exact = [clean_name(name) for name in olds]
        rows = self._db.execute(
            f"SELECT id FROM articles WHERE {kind} IN ({','.join('?' * len(exact))})", exact
        ).fetchall()
        return self._bulk(
            [r[0] for r in rows],
            lambda _a: {kind: new_name},
            change=f"rename {kind}",
            progress=progress,
        )

    def _rename_tags(self, olds: list[str], new_name: str, progress: BulkProgress | None) -> int:
        old_keys = {tag_key(name) for name in olds}
        rows = self._db.execute(
            "SELECT DISTINCT at.article_id FROM article_tags at JOIN tags t "
            f"ON t.id = at.tag_id WHERE t.key IN ({','.join('?' * len(old_keys))})",
            list(old_keys),
        ).fetchall()

        def rename_tags(article: Article) -> dict[str, Any]:
            tags = [new_name if tag_key(t) in old_keys else t for t in article.tags]
            return {"tags": clean_tags(tags)}

        with write_transaction(self._db):
            changed = self._bulk(
                [r[0] for r in rows], rename_tags, change="rename tag", progress=progress
            )
            # Tags that differ only in case or marks are one tag: the new spelling
            # becomes its name everywhere.
            self._db.execute(
                "UPDATE tags SET name = ?, sort = ? WHERE key = ?",
                [new_name, vn.sort_key(new_name), tag_key(new_name)],
            )
        return changed
