"""``python -m tests.bench.doc_reading [FOLDER...] [--runs N] [--json PATH]``: .doc reading speed.

Reads every ``.doc`` of the folders (by default the project's fixtures and, when
``../shared`` is there, its legacy-office and word-structure folders) with the reader
alone, ``--runs`` times each, and keeps each file's best time (wall and CPU): the
import's other costs (search index, SQLite) are the main benchmark's. The target is a
typical 50-300 KB file in under 50 ms. The main benchmark calls ``measure`` too.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from db.readers import ReadError
from db.readers.word_binary import read_word_document

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "db" / "readers" / "word_binary" / "fixtures"
SHARED = ROOT.parent / "shared" / "corpus"
TARGET_MS = 50.0
TYPICAL_KB = (50, 300)


def default_folders() -> list[Path]:
    """The fixtures, and the shared .doc folders when they are there."""
    shared = [SHARED / "legacy-office" / "doc", SHARED / "word-structure"]
    return [FIXTURES, *(folder for folder in shared if folder.is_dir())]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


def measure(folders: list[Path], *, runs: int = 3) -> dict[str, Any]:
    """Best-of-``runs`` reading times of every .doc in ``folders`` (JSON-ready)."""
    per_file = []
    for path in sorted(p for folder in folders for p in folder.glob("*.doc")):
        data = path.read_bytes()
        best_wall = best_cpu = float("inf")
        outcome = "article"
        for _ in range(runs):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                read_word_document(data, name=path.name)
            except ReadError as error:
                outcome = error.kind.value
            best_wall = min(best_wall, time.perf_counter() - wall)
            best_cpu = min(best_cpu, time.process_time() - cpu)
        per_file.append(
            {
                "file": f"{path.parent.name}/{path.name}",
                "kb": round(len(data) / 1024, 1),
                "ms": round(best_wall * 1000, 2),
                "cpu_ms": round(best_cpu * 1000, 2),
                "outcome": outcome,
            }
        )
    typical = [f["ms"] for f in per_file if TYPICAL_KB[0] <= f["kb"] <= TYPICAL_KB[1]]
    return {
        "files": len(per_file),
        "runs": runs,
        "total_ms": round(sum(f["ms"] for f in per_file), 1),
        "total_cpu_ms": round(sum(f["cpu_ms"] for f in per_file), 1),
        "typical_files": len(typical),
        "typical_p50_ms": _percentile(typical, 0.5) if typical else None,
        "typical_p95_ms": _percentile(typical, 0.95) if typical else None,
        "typical_max_ms": max(typical) if typical else None,
        "max_ms": max((f["ms"] for f in per_file), default=None),
        "target_ms": TARGET_MS,
        "per_file": per_file,
    }


def table_row(result: dict[str, Any]) -> tuple[str, str, str, str]:
    """The main benchmark's line for .doc reading."""
    if not result.get("typical_files"):
        return (".doc reading", f"{result['files']} files, {result['total_ms']:.0f} ms", "", "")
    worst = result["typical_max_ms"]
    return (
        ".doc reading, 50-300 KB p50/max",
        f"{result['typical_p50_ms']:.1f} / {worst:.1f} ms "
        f"({result['files']} files in {result['total_ms']:.0f} ms)",
        "< 50 ms",
        "ok" if worst < TARGET_MS else "MISSED",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.doc_reading", description=__doc__)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    result = measure(args.folders or default_folders(), runs=args.runs)
    for entry in result["per_file"]:
        print(
            f"{entry['ms']:8.1f} ms {entry['cpu_ms']:8.1f} ms CPU {entry['kb']:8.1f} KB  "
            f"{entry['file']}  {entry['outcome']}"
        )
    print("  ".join(table_row(result)))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
