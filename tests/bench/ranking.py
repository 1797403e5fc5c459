"""Known-item search on the generated corpus: is the article a user remembers first?

A seeded set of queries is drawn from the corpus itself, the way a clerk remembers a
report: two to five consecutive words of its title or of a sentence of its body, typed
with their marks or without, now and then in the wrong order. For each, the wanted
article's place in the list sorted by relevance gives s@1 (first) and s@10 (in the first
ten); the same for the list sorted by date shows what relevance adds. The time of each
relevance query (first page, what the window waits for) is reported too.

``python -m tests.bench.ranking ARCHIVE CORPUS [--queries N]`` runs it on an archive
made by the benchmark (its files keep their names as ``original_name``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from db import vietnamese as vn
from db.archive import Archive
from db.models import ArticleFilter, SortOrder
from tests.bench.generator import ArticleWriter

QUERIES = 300
PAGE = 10


@dataclass(frozen=True)
class KnownItem:
    """A query and the article it was drawn from (its file name in the corpus)."""

    query: str
    file_name: str
    where: str  # "title" or "body"
    marks: bool
    scrambled: bool


def draw_queries(writer: ArticleWriter, articles: int, count: int, seed: int) -> list[KnownItem]:
    """``count`` known-item queries from the corpus of ``articles`` files (deterministic)."""
    rng = random.Random(f"known-items-{seed}")
    found: list[KnownItem] = []
    while len(found) < count:
        index = rng.randrange(articles)
        text = writer.article(index)
        header, _, body = text.partition("\n\n")
        title = header.split(" ", 3)[3] if header.count(" ") >= 3 else header
        sentences = [s for s in body.replace("\n", " ").split(".") if len(vn.words(s)) >= 6]
        in_title = rng.random() < 0.4 or not sentences
        words = vn.words(title if in_title else rng.choice(sentences))
        size = min(len(words), rng.choice((2, 3, 3, 4, 4, 5)))
        start = rng.randrange(len(words) - size + 1)
        picked = words[start : start + size]
        scrambled = size > 2 and rng.random() < 0.2
        if scrambled:
            rng.shuffle(picked)
        marks = rng.random() < 0.5
        query = " ".join(picked if marks else (vn.fold(word) for word in picked))
        found.append(
            KnownItem(query, f"{index:07d}.txt", "title" if in_title else "body", marks, scrambled)
        )
    return found


def _ids_by_file(archive: Archive) -> dict[str, int]:
    rows = archive._db.execute("SELECT original_name, id FROM articles")
    return {name: article_id for name, article_id in rows if name}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def measure_ranking(
    archive: Archive, articles: int, *, seed: int = 1, count: int = QUERIES
) -> dict[str, Any]:
    """s@1 and s@10 by relevance (and by date, for comparison), with query times."""
    writer = ArticleWriter(seed)
    ids = _ids_by_file(archive)
    items = [item for item in draw_queries(writer, articles, count, seed) if item.file_name in ids]
    groups: dict[str, list[int]] = {}
    places: list[int] = []
    date_places: list[int] = []
    seconds: list[float] = []
    for item in items:
        where = ArticleFilter(query=item.query)
        start = time.perf_counter()
        ranked = archive.ids(where, sort=SortOrder.RELEVANCE, limit=PAGE)
        seconds.append(time.perf_counter() - start)
        wanted = ids[item.file_name]
        place = ranked.index(wanted) + 1 if wanted in ranked else 0
        places.append(place)
        by_date = archive.ids(where, sort=SortOrder.DATE, limit=PAGE)
        date_places.append(by_date.index(wanted) + 1 if wanted in by_date else 0)
        for name in (
            item.where,
            "marks" if item.marks else "no marks",
            "scrambled" if item.scrambled else "in order",
        ):
            groups.setdefault(name, []).append(place)

    def share(found: list[int], top: int) -> float:
        return round(sum(1 for p in found if 0 < p <= top) / len(found), 3) if found else 0.0

    return {
        "queries": len(items),
        "s_at_1": share(places, 1),
        "s_at_10": share(places, 10),
        "date_s_at_1": share(date_places, 1),
        "date_s_at_10": share(date_places, 10),
        "groups": {
            name: {"queries": len(found), "s_at_1": share(found, 1), "s_at_10": share(found, 10)}
            for name, found in sorted(groups.items())
        },
        "p50_ms": round(_percentile(seconds, 0.5) * 1000, 2) if seconds else None,
        "p95_ms": round(_percentile(seconds, 0.95) * 1000, 2) if seconds else None,
        "missed": [
            {**asdict(item), "place": place}
            for item, place in zip(items, places, strict=True)
            if place != 1
        ][:20],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.ranking", description=__doc__)
    parser.add_argument("archive", type=Path)
    parser.add_argument("articles", type=int, help="how many articles the corpus has")
    parser.add_argument("--queries", type=int, default=QUERIES)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with Archive.open(args.archive, read_only=True) as archive:
        result = measure_ranking(archive, args.articles, seed=args.seed, count=args.queries)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
