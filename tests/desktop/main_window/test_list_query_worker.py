"""The query thread: results by signal, a newer request supersedes older ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from db import archive as archive_module
from db import search_index
from db.archive import Archive
from db.models import ArticleFilter, SortOrder
from desktop.main_window import list_query_worker
from desktop.main_window.list_query_worker import ListQueryWorker, ListRequest, ListResult
from tests.desktop.main_window.conftest import make_articles


@pytest.fixture
def worker(archive_path: Path) -> Iterator[ListQueryWorker]:
    thread = ListQueryWorker(archive_path)
    thread.start()
    yield thread
    thread.stop()


def test_result_arrives_by_signal(qtbot: QtBot, worker: ListQueryWorker) -> None:
    with qtbot.waitSignal(worker.result_ready, timeout=5000) as blocker:
        generation = worker.request(ListRequest(ArticleFilter(query="thanh hoa")))
    result: ListResult = blocker.args[0]
    assert result.generation == generation
    assert len(result.ids) == 8
    assert result.total == 40


def test_only_the_latest_request_is_answered(qtbot: QtBot, worker: ListQueryWorker) -> None:
    results: list[ListResult] = []
    worker.result_ready.connect(results.append)
    for text in ("t", "th", "tha", "than", "thanh"):
        worker.request(ListRequest(ArticleFilter(query=text, prefix_last=True)))
    last = worker.request(
        ListRequest(ArticleFilter(query="thanh hoa"), sort=SortOrder.TITLE, descending=False)
    )
    qtbot.waitUntil(lambda: bool(results) and results[-1].generation == last, timeout=5000)
    assert all(r.generation == last for r in results[-1:])
    assert results[-1].request.sort is SortOrder.TITLE
    assert len(results[-1].ids) == 8


def test_names_follow_the_rows(qtbot: QtBot, worker: ListQueryWorker) -> None:
    order: list[str] = []
    worker.result_ready.connect(lambda _result: order.append("rows"))
    with qtbot.waitSignal(worker.names_ready, timeout=5000) as blocker:
        worker.request(ListRequest(ArticleFilter(), with_names=True))
    names = blocker.args[0]
    assert order == ["rows"]  # the rows never wait for the (slow) names
    assert sorted(names) == ["author", "source", "tag"]
    assert "Thu Hà" in names["author"]


def test_a_long_list_comes_first_in_part_then_whole(
    qtbot: QtBot, big_archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_query_worker, "FIRST_ROWS", 30)
    thread = ListQueryWorker(big_archive_path)
    results: list[ListResult] = []
    thread.result_ready.connect(results.append)
    thread.start()
    try:
        generation = thread.request(ListRequest(ArticleFilter(), sort=SortOrder.TITLE))
        qtbot.waitUntil(lambda: bool(results) and results[-1].complete, timeout=5000)
    finally:
        thread.stop()
    first, last = results[0], results[-1]
    assert first.generation == last.generation == generation
    assert not first.complete and len(first.ids) == 30
    assert len(last.ids) == 350 and last.ids[:30] == first.ids
    assert len(results) == 2


def test_an_upgraded_archive_is_reindexed_here_and_the_search_waits(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    with Archive.open(path, create=True) as archive:
        archive.insert_many(make_articles(60))
    # As after an upgrade that changes the index: the next open starts a rebuild,
    # too large (here) to finish while opening.
    db = Database(str(path))
    db.execute("UPDATE meta SET value = 'old' WHERE key = 'index_version'")
    db.conn.commit()
    db.close()
    monkeypatch.setattr(archive_module, "OPEN_REINDEX_LIMIT", 10)
    monkeypatch.setattr(search_index, "REBUILD_STEP", 9)
    monkeypatch.setattr(list_query_worker, "PENDING_NOTICE_S", 0.0)
    Archive.open(path).close()
    thread = ListQueryWorker(path)
    progress: list[tuple[int, int]] = []
    notices: list[str] = []
    results: list[ListResult] = []
    thread.index_progress.connect(lambda done, total: progress.append((done, total)))
    thread.failed.connect(lambda _generation, message: notices.append(message))
    thread.result_ready.connect(results.append)
    thread.request(ListRequest(ArticleFilter(query="thanh hoa")))
    thread.start()
    try:
        qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    finally:
        thread.stop()
    assert progress[-1] == (60, 60) and len(progress) > 2
    assert any("being rebuilt" in notice for notice in notices)
    assert len(results[-1].ids) == 12
    with Archive.open(path) as archive:
        assert archive.search_index_progress() is None and archive.check() == []


def test_facets_follow_the_rows_when_asked_for(qtbot: QtBot, worker: ListQueryWorker) -> None:
    order: list[str] = []
    worker.result_ready.connect(lambda _result: order.append("rows"))
    worker.facets_ready.connect(lambda _generation, _facets: order.append("facets"))
    with qtbot.waitSignal(worker.facets_ready, timeout=5000) as blocker:
        generation = worker.request(
            ListRequest(ArticleFilter(query="thanh hoa"), with_facets=True)
        )
    assert blocker.args[0] == generation
    assert sum(entry.count for entry in blocker.args[1].sources) == 8
    assert order == ["rows", "facets"]
    with qtbot.assertNotEmitted(worker.facets_ready, wait=300):
        worker.request(ListRequest(ArticleFilter(query="thanh hoa")))


def test_a_long_list_is_counted_before_its_rest_is_read(
    qtbot: QtBot, big_archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_query_worker, "FIRST_ROWS", 30)
    thread = ListQueryWorker(big_archive_path)
    order: list[str] = []
    thread.result_ready.connect(
        lambda result: order.append("complete" if result.complete else "first")
    )
    thread.facets_ready.connect(lambda _generation, _facets: order.append("facets"))
    thread.start()
    try:
        thread.request(ListRequest(ArticleFilter(query="tin"), with_facets=True))
        qtbot.waitUntil(lambda: "complete" in order, timeout=5000)
    finally:
        thread.stop()
    assert order == ["first", "facets", "complete"]
