"""The browse panel's counts (``Archive.facets``): what the panel waits for after each
request, with no text, a selective search, a broad one, and choices in the panel.

Measured as the window asks (the last word typed is a prefix), warm, ``runs`` times a
filter, searching again each time; ``after_list`` is the same with the ids the list has
just read handed over (as the window does for a list that fits its first rows).
``panel`` is what the panel waits for in the window: from a request to the list's query
thread to its counts (for the broad searches, counted right after the first rows).
``cold_ms`` is the first count on a fresh connection, which reads what each article is
counted by (``db.facet_cache``) before counting.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from db.archive import Archive
from db.models import ArticleFilter
from tests.bench.generator import RARE_PLACES, Vocabulary
from tests.bench.measure import summary_ms

TARGET_MS = 100.0


def filters(vocabulary: Vocabulary, author: str | None) -> dict[str, list[ArticleFilter]]:
    """The filters of each group (deterministic for a seed)."""
    rare = vocabulary.words[len(vocabulary.words) - 10]
    window = {"prefix_last": True}
    choices = [ArticleFilter(periods=("2015",)), ArticleFilter(periods=("2012", "2020-03"))]
    if author:
        choices.append(ArticleFilter(authors=(author,), periods=("2018",)))
    return {
        "no_text": [ArticleFilter(), ArticleFilter(date_from="2018-05", date_to="2019-06")],
        "selective": [
            ArticleFilter(query=RARE_PLACES[0], **window),
            ArticleFilter(query=rare, **window),
            ArticleFilter(query="Mường Tè", **window),
        ],
        "broad": [
            ArticleFilter(query="và", **window),
            ArticleFilter(query="thanh hoa", **window),
            ArticleFilter(query="các được", **window),
            ArticleFilter(query="bien phong", **window),
        ],
        "choices": [
            *choices,
            ArticleFilter(query="thanh hoa", periods=("2015",), **window),
        ],
    }


def measure_facets(archive_path: Path, vocabulary: Vocabulary, *, runs: int) -> dict[str, Any]:
    """p50/p95 per group, the matches of each filter, and the first (cold) count."""
    with Archive.open(archive_path, read_only=True) as archive:
        start = time.perf_counter()
        first = archive.facets()
        cold = time.perf_counter() - start
        author = first.authors[0].value if first.authors else None
        result: dict[str, Any] = {
            "what": "Archive.facets on the list's read-only connection, warm",
            "target_ms": TARGET_MS,
            "cold_ms": round(cold * 1000, 1),
            "per_filter": [],
        }
        after_list: list[float] = []
        for group, group_filters in filters(vocabulary, author).items():
            times: list[float] = []
            for where in group_filters:
                archive.facets(where)
                mine = []
                for _ in range(runs):
                    start = time.perf_counter()
                    archive.facets(where)
                    mine.append(time.perf_counter() - start)
                times += mine
                result["per_filter"].append(
                    {
                        "group": group,
                        "query": where.query,
                        "periods": list(where.periods),
                        "matches": archive.count(where),
                        **summary_ms(mine),
                    }
                )
                if group == "broad":
                    after_list += _after_list(archive, where, runs)
            result[group] = summary_ms(times)
        result["after_list"] = summary_ms(after_list)
    result["panel"] = _panel_in_child(archive_path, runs)
    return result


def _panel_in_child(archive_path: Path, runs: int) -> dict[str, Any]:
    """``_panel`` in a child process: Qt's application object stays there."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.facets", str(archive_path), str(runs)],
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"status": f"not measured: {tail}"}
    found: dict[str, Any] = json.loads(lines[-1])
    return found


def _panel(archive_path: Path, runs: int) -> list[float]:
    """Request to counts on the window's query thread (``ListQueryWorker``), by relevance,
    for the broad searches."""
    from PySide6.QtCore import QCoreApplication

    from db.models import SortOrder
    from desktop.main_window.list_query_worker import ListQueryWorker, ListRequest

    broad = filters(Vocabulary.build(0), None)["broad"]
    app = QCoreApplication.instance() or QCoreApplication([])
    worker = ListQueryWorker(archive_path)
    arrived: list[float] = []
    worker.facets_ready.connect(lambda _generation, _facets: arrived.append(time.perf_counter()))
    worker.start()
    times = []
    try:
        for where in broad:
            for run in range(runs + 1):
                arrived.clear()
                start = time.perf_counter()
                worker.request(ListRequest(where, SortOrder.RELEVANCE, with_facets=True))
                while not arrived and time.perf_counter() - start < 60:
                    app.processEvents()
                    time.sleep(0.0005)
                if run and arrived:  # the first run warms the thread's connection
                    times.append(arrived[0] - start)
    finally:
        worker.stop()
    return times


def _after_list(archive: Archive, where: ArticleFilter, runs: int) -> list[float]:
    ids = archive.ids(where)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        archive.facets(where, ids=ids)
        times.append(time.perf_counter() - start)
    return times


def table_rows(facets: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """The terminal table's rows for the ``facets`` key."""
    rows = []
    for group, label in (
        ("no_text", "browse counts, no text"),
        ("selective", "browse counts, selective search"),
        ("broad", "browse counts, broad search"),
        ("choices", "browse counts, panel choices"),
        ("after_list", "browse counts, broad, ids of the list"),
        ("panel", "browse counts, broad, in the window"),
    ):
        stats = facets.get(group) or {}
        if stats:
            ok = stats["p95_ms"] <= TARGET_MS
            rows.append(
                (
                    f"{label} p50/p95 ms",
                    f"{stats['p50_ms']:.1f} / {stats['p95_ms']:.1f}",
                    f"p95 <= {TARGET_MS:.0f}",
                    "ok" if ok else "MISSED",
                )
            )
    if "cold_ms" in facets:
        rows.append(("browse counts, first after a change", f"{facets['cold_ms']:.0f} ms", "", ""))
    return rows


if __name__ == "__main__" and len(sys.argv) == 3:
    print(json.dumps(summary_ms(_panel(Path(sys.argv[1]), int(sys.argv[2])))), flush=True)
