"""The query thread: results by signal, a newer request supersedes older ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.models import ArticleFilter, SortOrder
from desktop.main_window.list_query_worker import ListQueryWorker, ListRequest, ListResult


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
