"""Merging a bundle or another archive into the open archive, without losing a version.

For each article of the other file (the *source*):

- it is the same article as one here when it has the same uid, a uid linked to it in
  an earlier merge (on either side), or, failing those, the same import fingerprint (the
  same file imported at both places: linked now, and the uid remembered);
- versions are compared by content (``content.Version.hash``): if the source's current
  version is one this archive has had, nothing changes; if this archive's current version
  is in the source's history, the source is simply newer and becomes current; otherwise
  both sides changed since they last agreed (a *conflict*): the version saved later wins
  and the other stays in the history, and the report names the article;
- every version the source has and this archive lacks is added to the history, so after
  merging both ways two workstations hold the same versions;
- trashing and restoring travel too: the later of the two sides' Trash changes wins;
  images and original files come along when this archive lacks them.

Merging the same file twice changes nothing the second time. Work is done in batches,
each one transaction: a crash or a cancel leaves every batch whole, and merging again
completes the rest. A large merge is preceded by a backup.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from db import backups
from db.archive import Archive, CopyProgress
from db.connection import sqlite_errors, write_transaction
from db.errors import ArchiveError, ReadOnlyArchiveError
from db.exchange import store
from db.exchange.content import Version
from db.exchange.source import SourceArchive, SourceArticle
from db.models import Article

BATCH_SIZE = 500
# Merges of at least this many articles into a non-empty archive are preceded by a backup.
LARGE_MERGE = 1000

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MergeProgress:
    """Reported after each batch."""

    done: int
    total: int


@dataclass(frozen=True)
class MergeConflict:
    """An article both sides changed since they last agreed: which version is current now."""

    article_id: int | None
    uid: str
    title: str
    kept: str  # "this" (this archive's version stayed current) or "other"
    other_title: str

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict."""
        return {
            "id": self.article_id,
            "uid": self.uid,
            "title": self.title,
            "kept": self.kept,
            "other_title": self.other_title,
        }


@dataclass
class MergeReport:
    """What a merge did (or, with ``dry_run``, would do)."""

    source: Path
    dry_run: bool = False
    bundle: bool = False
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    linked: int = 0
    trashed: int = 0
    restored: int = 0
    versions_added: int = 0
    conflicts: list[MergeConflict] = field(default_factory=list)
    cancelled: bool = False
    backup: Path | None = None

    def summary(self) -> str:
        """One line: added, updated, unchanged, linked, conflicts, trashed."""
        text = (
            f"added {self.added}, updated {self.updated}, unchanged {self.unchanged}, "
            f"linked as the same article {self.linked}, conflicts {len(self.conflicts)}, "
            f"trashed {self.trashed}"
        )
        if self.restored:
            text += f", restored {self.restored}"
        if self.dry_run:
            text += " (dry run: nothing was changed)"
        if self.cancelled:
            text += " (cancelled: merge again to finish)"
        return text

    def to_dict(self) -> dict[str, object]:
        """JSON-ready dict (``merge --json``)."""
        return {
            "source": str(self.source),
            "bundle": self.bundle,
            "dry_run": self.dry_run,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "linked": self.linked,
            "trashed": self.trashed,
            "restored": self.restored,
            "versions_added": self.versions_added,
            "conflicts": [conflict.to_dict() for conflict in self.conflicts],
            "cancelled": self.cancelled,
            "backup": str(self.backup) if self.backup else None,
        }


@dataclass
class _Plan:
    """What to do with one incoming article that this archive has."""

    history_rows: list[Version]
    new_current: Version | None  # None: the current version stays
    conflict: str | None = None  # "this" or "other" when both sides changed
    change: str = ""


def plan_versions(stored: Article, past: list[Version], incoming: SourceArticle) -> _Plan:
    """Compare an incoming article with the stored one (see the module docstring)."""
    ours = store.current_version(stored)
    theirs = incoming.current
    known = {version.hash for version in past} | {ours.hash}
    missing: list[Version] = []
    for version in [*incoming.history, theirs]:
        digest = version.hash
        if digest not in known:
            known.add(digest)
            missing.append(version)
    their_past = {version.hash for version in incoming.history}
    if theirs.hash == ours.hash or theirs.hash in {v.hash for v in past}:
        # Nothing newer over there; only versions this side never saw go to the history.
        return _Plan(history_rows=missing, new_current=None, change=stored.change)
    older_here = [v for v in missing if v is not theirs]
    if ours.hash in their_past:
        return _Plan(
            history_rows=[ours, *older_here], new_current=theirs, change=theirs.change
        )
    if (theirs.saved, theirs.hash) > (ours.saved, ours.hash):
        return _Plan(
            history_rows=[ours, *older_here],
            new_current=theirs,
            conflict="other",
            change="merge: both changed, the newer version is kept",
        )
    return _Plan(
        history_rows=missing,
        new_current=None,
        conflict="this",
        change="merge: both changed, the newer version is kept",
    )


def trash_decision(
    stored: Article, stored_changed: str | None, incoming: SourceArticle
) -> tuple[str | None, str | None] | None:
    """The Trash state to take from the incoming article, or None to keep this one's.

    The side whose last trash or restore happened later wins; an article never trashed
    counts as changed at the beginning of time.
    """
    if bool(stored.deleted) == bool(incoming.deleted):
        return None
    ours = stored_changed or stored.deleted or ""
    theirs = incoming.trash_changed or incoming.deleted or ""
    if theirs > ours:
        return incoming.deleted, theirs
    return None


@sqlite_errors
def merge_archive(
    archive: Archive,
    source_path: Path | str,
    *,
    dry_run: bool = False,
    progress: Callable[[MergeProgress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    backup_first: bool = True,
    backup_folder: Path | str | None = None,
    backup_progress: CopyProgress | None = None,
) -> MergeReport:
    """Merge the bundle or archive at ``source_path`` into ``archive``.

    Args:
        archive: the open archive (writable unless ``dry_run``).
        source_path: a bundle or an archive file; opened read-only and never changed.
        dry_run: only report what would change.
        progress: called after each batch.
        cancelled: polled between batches; what was merged so far stays.
        backup_first: back the archive up before a large merge.
        backup_folder: where that backup goes (default: ``backups`` beside the archive).
        backup_progress: the backup's progress (raising ``BackupCancelled`` in it stops
            the backup, and the merge before it starts).

    Raises:
        ArchiveError: the source cannot be read (not a bundle, damaged, newer version),
            is this archive itself, or the archive cannot be written.
    """
    source_file = Path(source_path)
    if source_file.exists() and _same_file(source_file, archive.path):
        raise ArchiveError(f"{source_file} is the open archive itself; choose another file.")
    if not dry_run and archive.read_only:
        raise ReadOnlyArchiveError(
            f"{archive.path}: the archive is open read-only; nothing can be merged into it."
        )
    with SourceArchive.open(source_file) as source:
        report = MergeReport(source=source_file, dry_run=dry_run, bundle=source.is_bundle)
        total = source.count()
        if not dry_run and backup_first and total >= LARGE_MERGE and archive.total(trashed=False):
            report.backup = backups.backup_now(
                archive, backup_folder, progress=backup_progress
            )
        merger = _Merger(archive, source, report)
        done = 0
        for batch in source.batches(BATCH_SIZE):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if dry_run:
                merger.merge_batch(batch, write=False)
            else:
                with write_transaction(archive._db):
                    merger.merge_batch(batch, write=True)
            done += len(batch)
            if progress is not None:
                progress(MergeProgress(done, total))
    log.info("merge of %s into %s: %s", source_file, archive.path, report.summary())
    return report


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


class _Merger:
    """Merges batches of incoming articles; remembers what this run matched."""

    def __init__(self, archive: Archive, source: SourceArchive, report: MergeReport) -> None:
        self._archive = archive
        self._db = archive._db
        self._source = source
        self._report = report
        self._matched: set[int] = set()

    def merge_batch(self, batch: list[SourceArticle], *, write: bool) -> None:
        uids = {a.uid for a in batch} | {alias for a in batch for alias in a.aliases}
        by_uid = self._lookup("SELECT uid, id FROM articles WHERE uid IN ({})", uids)
        by_alias = self._lookup(
            "SELECT uid, article_id FROM article_aliases WHERE uid IN ({})", uids
        )
        unmatched = [a for a in batch if _find(a, by_uid, by_alias) is None]
        fingerprints = self._archive.find_fingerprints(
            a.fingerprint for a in unmatched if a.fingerprint
        )
        for incoming in batch:
            target = _find(incoming, by_uid, by_alias)
            linked = False
            if target is None and incoming.fingerprint in fingerprints:
                candidate = fingerprints[incoming.fingerprint]
                if candidate not in self._matched:
                    target, linked = candidate, True
            if target is None:
                self._add(incoming, write=write)
            else:
                self._matched.add(target)
                self._merge_into(target, incoming, linked=linked, write=write)
        if write:
            store.drop_unused_tags(self._db)

    def _lookup(self, sql: str, keys: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        wanted = sorted(keys)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self._db.execute(sql.format(",".join("?" * len(chunk))), chunk)
            found.update({uid: article_id for uid, article_id in rows})
        return found

    def _add(self, incoming: SourceArticle, *, write: bool) -> None:
        report = self._report
        rows = _unique(incoming.history, exclude=incoming.current.hash)
        report.added += 1
        report.versions_added += len(rows) + 1
        if not write:
            return
        article_id = store.insert_article(self._db, incoming, rows)
        for alias in incoming.aliases:
            if alias != incoming.uid:
                store.add_alias(self._db, alias, article_id)
        self._copy_files(article_id, incoming)
        self._matched.add(article_id)

    def _merge_into(
        self, target: int, incoming: SourceArticle, *, linked: bool, write: bool
    ) -> None:
        report = self._report
        stored = self._archive._get(target)
        past = store.history(self._db, target)
        plan = plan_versions(stored, past, incoming)
        if linked:
            report.linked += 1
        elif plan.new_current is not None:
            report.updated += 1
        elif not plan.history_rows:
            report.unchanged += 1
        else:
            report.updated += 1
        # The stored current version moves into the history when another becomes current:
        # the count of new versions is the same either way.
        report.versions_added += len(plan.history_rows)
        if plan.conflict is not None:
            other = incoming.current
            report.conflicts.append(
                MergeConflict(
                    article_id=stored.id,
                    uid=stored.uid,
                    title=(plan.new_current or store.current_version(stored)).title,
                    kept=plan.conflict,
                    other_title=stored.title if plan.conflict == "other" else other.title,
                )
            )
        trash_changed = self._db.execute(
            "SELECT trash_changed FROM articles WHERE id = ?", [target]
        ).fetchone()[0]
        trash = trash_decision(stored, trash_changed, incoming)
        if trash is not None:
            if trash[0]:
                report.trashed += 1
            else:
                report.restored += 1
        if not write:
            return
        if plan.history_rows or plan.new_current is not None:
            new = plan.new_current or store.current_version(stored)
            store.replace_current(
                self._db,
                stored,
                new,
                history_rows=plan.history_rows,
                updated=new.saved if plan.new_current is not None else stored.updated,
                change=plan.change,
            )
        if trash is not None:
            store.set_trashed(self._db, target, *trash)
        for uid in [incoming.uid, *incoming.aliases]:
            if uid != stored.uid:
                store.add_alias(self._db, uid, target)
        self._copy_files(target, incoming)

    def _copy_files(self, article_id: int, incoming: SourceArticle) -> None:
        names = store.image_names(self._db, article_id)
        wanted = self._source.image_names(incoming.source_id) - names
        if wanted:
            images = [i for i in self._source.images(incoming.source_id) if i.name in wanted]
            store.add_images(self._db, article_id, images)
        if not store.has_original(self._db, article_id):
            data = self._source.original(incoming.source_id)
            if data is not None:
                store.add_original(self._db, article_id, data)


def _find(
    incoming: SourceArticle, by_uid: dict[str, int], by_alias: dict[str, int]
) -> int | None:
    for uid in (incoming.uid, *incoming.aliases):
        found = by_uid.get(uid) or by_alias.get(uid)
        if found is not None:
            return found
    return None


def _unique(versions: list[Version], *, exclude: str) -> list[Version]:
    seen = {exclude}
    kept = []
    for version in versions:
        if version.hash not in seen:
            seen.add(version.hash)
            kept.append(version)
    return kept
