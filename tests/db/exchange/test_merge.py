"""Merging bundles and archives between two workstations: nothing lost, nothing twice."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from db import schema
from db.archive import Archive, BackupCancelled
from db.errors import ArchiveError, NewerArchiveError, NotAnArchiveError
from db.exchange import merge, merge_archive
from db.models import ArticleFilter
from tests.db.exchange.workstations import (
    Workstation,
    article,
    imported,
    same_holdings,
)
from tests.db.readers.image_fixtures import tiny_png


@pytest.fixture
def post(tmp_path: Path) -> Workstation:
    return Workstation(tmp_path / "post.sqlite3")


@pytest.fixture
def command(tmp_path: Path) -> Workstation:
    return Workstation(tmp_path / "command.sqlite3")


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_bundle_brings_articles_with_history_tags_images_and_originals(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        first = archive.insert(article(1)).id
        archive.import_batch(
            [imported(2, image=tiny_png())], import_id=None, allow_duplicates=False
        )
        archive.update(first, body="Bản sửa lần một.", tags=["biên phòng", "tổng kết"])
    report = command.merge(post.bundle(stick))
    assert (report.added, report.updated, report.conflicts) == (2, 0, [])
    assert report.bundle
    with post.open() as a, command.open() as b:
        for row in a.rows(limit=None):
            mine = a.get(row.id)
            theirs = b.get(mine.uid)
            assert (theirs.title, theirs.body, theirs.tags, theirs.date, theirs.author) == (
                mine.title, mine.body, mine.tags, mine.date, mine.author)
            assert [v.body for v in b.history(theirs.id)] == [v.body for v in a.history(mine.id)]
            assert b.original_bytes(theirs.id) == a.original_bytes(mine.id)
            assert b.images(theirs.id) == a.images(mine.id)
        # Searchable at once on the other side.
        assert b.count(ArticleFilter(query="ban sua lan mot")) == 1
        assert b.count(ArticleFilter(tags=("tổng kết",))) == 1


def test_merging_the_same_bundle_again_changes_nothing(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        for number in range(3):
            archive.insert(article(number))
    bundle = post.bundle(stick)
    command.merge(bundle)
    again = command.merge(bundle)
    assert (again.added, again.updated, again.unchanged, again.versions_added) == (0, 0, 3, 0)
    assert same_holdings(post, command)


def test_an_edit_on_one_side_wins_and_the_old_version_stays_in_history(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        uid = archive.insert(article(1)).uid
    command.merge(post.bundle(stick))
    with command.open() as archive:
        archive.update(uid, title="Báo cáo đã sửa ở chỉ huy")
    report = post.merge(command.bundle(stick))
    assert (report.updated, report.conflicts) == (1, [])
    with post.open() as archive:
        assert archive.get(uid).title == "Báo cáo đã sửa ở chỉ huy"
        assert [v.title for v in archive.history(uid)] == [
            "Báo cáo đã sửa ở chỉ huy", article(1).title]
    assert same_holdings(post, command)


def test_both_sides_changed_is_a_conflict_the_newer_wins_and_both_are_kept(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        uid = archive.insert(article(1)).uid
    command.merge(post.bundle(stick))
    with post.open() as archive:
        archive.update(uid, body="Đồn sửa trước.")
    with command.open() as archive:
        archive.update(uid, body="Chỉ huy sửa sau.")
    report = post.merge(command.bundle(stick))
    assert len(report.conflicts) == 1
    conflict = report.conflicts[0]
    assert (conflict.uid, conflict.kept) == (uid, "other")
    with post.open() as archive:
        assert archive.get(uid).body == "Chỉ huy sửa sau."
        bodies = [v.body for v in archive.history(uid)]
        assert "Đồn sửa trước." in bodies and article(1).body in bodies
    back = command.merge(post.bundle(stick))
    assert back.conflicts == []  # the command had the newer version already
    assert same_holdings(post, command)


def test_conflict_where_this_side_is_newer_keeps_it_current(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        uid = archive.insert(article(1)).uid
    command.merge(post.bundle(stick))
    with command.open() as archive:
        archive.update(uid, body="Chỉ huy sửa trước.")
    with post.open() as archive:
        archive.update(uid, body="Đồn sửa sau.")
    report = post.merge(command.bundle(stick))
    assert [c.kept for c in report.conflicts] == ["this"]
    with post.open() as archive:
        assert archive.get(uid).body == "Đồn sửa sau."
        assert "Chỉ huy sửa trước." in [v.body for v in archive.history(uid)]
    command.merge(post.bundle(stick))
    assert same_holdings(post, command)


def test_deletions_travel_to_the_trash_and_restores_travel_back(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        kept, gone = archive.insert(article(1)).uid, archive.insert(article(2)).uid
    command.merge(post.bundle(stick))
    with post.open() as archive:
        archive.trash([archive.get(gone).id])
    report = command.merge(post.bundle(stick))
    assert report.trashed == 1
    with command.open() as archive:
        assert archive.get(gone).deleted is not None
        assert archive.get(kept).deleted is None
        archive.restore([archive.get(gone).id])
    report = post.merge(command.bundle(stick))
    assert report.restored == 1
    with post.open() as archive:
        assert archive.get(gone).deleted is None
    assert same_holdings(post, command)


def test_the_same_file_imported_at_both_places_is_linked_not_stored_twice(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    for station in (post, command):
        with station.open() as archive:
            archive.import_batch([imported(7)], import_id=None, allow_duplicates=False)
    report = command.merge(post.bundle(stick))
    assert (report.linked, report.added) == (1, 0)
    with command.open() as archive:
        assert archive.total() == 1
        only = archive.rows(limit=None)[0]
        archive.update(only.id, title="Sửa sau khi liên kết")
    # Later merges keep recognising it (by the linked uid), in both directions.
    report = post.merge(command.bundle(stick))
    assert (report.added, report.updated, report.linked) == (0, 1, 0)
    with post.open() as archive:
        assert archive.total() == 1
        assert archive.rows(limit=None)[0].title == "Sửa sau khi liên kết"
    again = command.merge(post.bundle(stick))
    assert (again.added, again.linked) == (0, 0)
    assert same_holdings(post, command)


def test_a_whole_archive_or_a_backup_merges_like_a_bundle(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        archive.insert(article(1))
        copy = archive.backup(stick / "post-backup.sqlite3")
    report = command.merge(copy)
    assert (report.added, report.bundle) == (1, False)


def test_dry_run_reports_and_changes_nothing(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        archive.insert(article(1))
    bundle = post.bundle(stick)
    with command.open() as archive:
        archive.insert(article(2))
    report = command.merge(bundle, dry_run=True)
    assert report.added == 1 and report.dry_run
    with command.open() as archive:
        assert archive.total() == 1


def test_the_source_is_never_changed_even_when_read_only(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        archive.insert(article(1))
    bundle = post.bundle(stick)
    before = _digest(bundle)
    bundle.chmod(0o444)
    command.merge(bundle)
    command.merge(bundle)
    assert _digest(bundle) == before
    assert sorted(p.name for p in stick.iterdir()) == [bundle.name]


def test_refusals_are_one_clear_line(command: Workstation, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("không phải gói", encoding="utf-8")
    with command.open() as archive:
        with pytest.raises(NotAnArchiveError, match="notes.txt"):
            merge_archive(archive, text)
        with pytest.raises(ArchiveError, match="itself"):
            merge_archive(archive, command.path)
        with pytest.raises(ArchiveError, match="no such file"):
            merge_archive(archive, tmp_path / "missing.avbundle")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    with command.open() as archive, pytest.raises(NotAnArchiveError, match="another program"):
        merge_archive(archive, other)


def test_a_bundle_from_a_newer_version_is_refused_naming_both_versions(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        archive.insert(article(1))
    bundle = post.bundle(stick)
    conn = sqlite3.connect(bundle)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with command.open() as archive, pytest.raises(NewerArchiveError) as caught:
        merge_archive(archive, bundle)
    assert str(schema.SCHEMA_VERSION + 1) in str(caught.value)
    assert str(schema.SCHEMA_VERSION) in str(caught.value)


def test_an_archive_of_an_older_version_merges_without_being_upgraded(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        archive.insert(article(1))
        old = archive.backup(stick / "old.sqlite3")
    conn = sqlite3.connect(old)
    conn.execute("DROP TABLE article_aliases")
    conn.execute("ALTER TABLE articles DROP COLUMN trash_changed")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    before = _digest(old)
    report = command.merge(old)
    assert report.added == 1
    assert _digest(old) == before


def test_numbers_travel_and_the_search_index_stays_sound(
    post: Workstation, command: Workstation, stick: Path
) -> None:
    with post.open() as archive:
        uid = archive.insert(article(1, number="256/2004/QĐ-UB")).uid
    command.merge(post.bundle(stick))
    with command.open() as archive:
        assert archive.get(uid).number == "256/2004/QĐ-UB"
        assert archive.count(ArticleFilter(query="256/2004")) == 1
        archive.update(uid, number="257/2004/QĐ-UB")
    post.merge(command.bundle(stick))
    with post.open() as archive:
        assert archive.get(uid).number == "257/2004/QĐ-UB"
        assert archive.count(ArticleFilter(query="qd-ub 257")) == 1
        assert archive.count(ArticleFilter(query="256")) == 0
        assert archive.check() == []
    with command.open() as archive:
        assert archive.check() == []


def test_a_large_merge_backs_up_first_into_the_folder_given_and_a_stop_there_merges_nothing(
    post: Workstation,
    command: Workstation,
    stick: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(merge, "LARGE_MERGE", 3)
    with post.open() as archive:
        archive.insert_many([article(number) for number in range(4)])
    bundle = post.bundle(stick)
    with command.open() as archive:
        archive.insert(article(10))
    folder = tmp_path / "kept-backups"

    def stop(_done: int, _total: int) -> None:
        raise BackupCancelled

    with command.open() as archive, pytest.raises(BackupCancelled):
        merge_archive(archive, bundle, backup_folder=folder, backup_progress=stop)
    with command.open() as archive:
        assert archive.total() == 1  # stopped in the backup: nothing was merged
    assert not list(folder.glob("*.sqlite3"))  # and no half-written backup is left
    pages: list[int] = []
    report = command.merge(
        bundle, backup_folder=folder, backup_progress=lambda done, _total: pages.append(done)
    )
    assert report.backup is not None and report.backup.parent == folder and pages
    with Archive.open(report.backup, read_only=True) as copy:
        assert copy.total() == 1  # as it was before the merge
    assert report.added == 4
