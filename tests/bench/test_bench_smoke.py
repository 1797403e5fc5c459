"""The benchmark script runs end to end on 1,000 articles and writes sane JSON.

No timing is asserted: the figures depend on the machine. This only keeps the benchmark
from rotting.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bench.__main__ import main
from tests.bench.generator import ArticleWriter

ARTICLES = 1000
MERGE_SIZE = 100


def test_generator_is_seeded_and_in_the_sample_format() -> None:
    first, again = ArticleWriter(7).article(3), ArticleWriter(7).article(3)
    assert first == again
    assert first != ArticleWriter(8).article(3)
    header, blank, _ = first.split("\n", 2)
    assert header.startswith(" date ") and blank == ""
    assert 3500 <= len(first.encode("utf-8")) <= 6000


@pytest.mark.slow
def test_benchmark_runs_and_writes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    json_path = tmp_path / "bench.json"
    code = main(
        [
            "--articles",
            str(ARTICLES),
            "--out",
            str(tmp_path / "bench"),
            "--json",
            str(json_path),
            "--skip-list",
            "--skip-pdf",
            "--merge-size",
            str(MERGE_SIZE),
        ]
    )
    assert code == 0
    assert "import (articles/s)" in capsys.readouterr().out
    result = json.loads(json_path.read_text(encoding="utf-8"))
    assert result["articles"] == ARTICLES
    assert result["import"]["imported"] == ARTICLES
    assert result["import"]["failed"] == 0 and result["import"]["duplicates"] == 0
    assert result["import"]["articles_per_s"] > 0
    # What the window waits for (the first page) and the exact count are apart.
    search = result["search"]
    assert {"date", "selective", "relevance_common", "count"} <= set(search)
    assert search["date"]["p95_ms"] > 0 and search["count"]["samples"] > 0
    # Known items drawn from the corpus: most are found first; by date few are.
    ranking = result["ranking"]
    assert ranking["queries"] > 0 and ranking["s_at_1"] > ranking["date_s_at_1"]
    assert 0 <= ranking["s_at_1"] <= ranking["s_at_10"] <= 1
    assert result["cli"]["list_ready_ms"] > 0
    assert result["cli"]["heavy_modules_imported_by_list"] == []
    assert result["reference"]["articles_per_s"] > 0
    assert 1.0 < result["size"]["text_multiple"] < 10.0
    search = result["search"]
    assert search["queries"] >= 20
    for group in ("date", "relevance", "selective"):
        assert search[group]["p95_ms"] >= search[group]["p50_ms"] > 0
    counts = {q["label"]: q["count"] for q in search["per_query"]}
    assert counts["everything"] == ARTICLES
    assert counts["absent word"] == 0
    # Both tone placements and the folded form find the same articles.
    assert counts["place, old tone"] == counts["place, new tone"] > 0
    assert counts["place, no marks"] >= counts["place, old tone"]
    assert 0 < counts["rare place, marks"] < ARTICLES // 10 or counts["rare place, marks"] == 0
    assert 0 < counts["common word, marks"] <= ARTICLES
    assert result["edit"]["samples"] > 0
    # The browse panel's counts, per group of filters.
    facets = result["facets"]
    assert {"no_text", "selective", "broad", "choices", "after_list", "panel"} <= set(facets)
    assert facets["cold_ms"] > 0 and facets["panel"]["samples"] > 0
    assert facets["broad"]["p95_ms"] >= facets["broad"]["p50_ms"] > 0
    broad = [f["matches"] for f in facets["per_filter"] if f["group"] == "broad"]
    assert max(broad) > ARTICLES // 2
    assert result["list"]["status"].startswith("skipped")
    assert result["pdf"]["status"].startswith("skipped")
    merge = result["merge"]
    assert (merge["bundle_articles"], merge["archive_articles"]) == (MERGE_SIZE, ARTICLES)
    # Half of the bundle was edited over there, half is new; the second merge has nothing.
    assert (merge["updated"], merge["added"]) == (MERGE_SIZE // 2, MERGE_SIZE // 2)
    assert merge["again_unchanged"] == MERGE_SIZE
    assert merge["seconds"] > 0
