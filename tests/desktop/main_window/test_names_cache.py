"""The one cache of names in use: read off the UI thread, again after changes, never stale."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFields
from desktop.main_window.names_cache import NamesCache


def test_reads_the_names_with_their_counts_on_its_own_thread(
    qtbot: QtBot, archive_path: Path
) -> None:
    cache = NamesCache()
    assert cache.names().names("author") == []
    cache.set_archive(archive_path)
    with qtbot.waitSignal(cache.updated, timeout=5000):
        cache.refresh(now=True)
    assert cache.names().names("author") == ["Bảo Châu", "Đức Minh", "Ngọc Lan", "Thu Hà"]
    assert dict(cache.names().counts("author"))["Thu Hà"] == 10
    assert cache.names().names("tag") == ["thời sự"]
    cache.stop()


def test_a_refresh_during_a_read_reads_again_after(qtbot: QtBot, archive_path: Path) -> None:
    cache = NamesCache()
    cache.set_archive(archive_path)
    cache.refresh(now=True)
    with Archive.open(archive_path) as other:
        other.insert(ArticleFields(title="Mới", author="An Nhiên"))
    cache.refresh()  # while the first read runs (or just after): read again
    qtbot.waitUntil(lambda: "An Nhiên" in cache.names().names("author"), timeout=5000)
    cache.stop()


def test_another_archive_drops_the_old_names(
    qtbot: QtBot, archive_path: Path, tmp_path: Path
) -> None:
    cache = NamesCache()
    cache.set_archive(archive_path)
    cache.refresh(now=True)
    other = tmp_path / "other.sqlite3"
    with Archive.open(other, create=True) as archive:
        archive.insert(ArticleFields(title="Một bài", author="Lê Thị Mai"))
    cache.set_archive(other)  # the read of the first one is stale now
    assert cache.names().names("author") == []
    with qtbot.waitSignal(cache.updated, timeout=5000):
        cache.refresh(now=True)
    qtbot.waitUntil(lambda: not cache.is_reading(), timeout=5000)
    assert cache.names().names("author") == ["Lê Thị Mai"]
    assert threading.current_thread() is threading.main_thread()
    cache.stop()


def test_a_missing_archive_leaves_the_cache_empty(qtbot: QtBot, tmp_path: Path) -> None:
    cache = NamesCache()
    cache.set_archive(tmp_path / "gone.sqlite3")
    cache.refresh(now=True)
    qtbot.waitUntil(lambda: not cache.is_reading(), timeout=5000)
    assert cache.names().names("tag") == []
    cache.stop()
