"""An import in a child process under hard limits of memory and CPU time.

For hostile files (zip bombs, endless nesting, huge streams): the child imports the
given paths into a fresh archive under ``resource.setrlimit`` (address space and CPU
seconds) and prints its report as JSON, so that a reader that needs more than the
bound fails here (the child dies or reports MemoryError) instead of exhausting the
machine that runs the tests. Any reader's tests can use it::

    from tests.db.bounded_import import import_bounded

    result = import_bounded([tmp_path / "bomb.docx"], tmp_path)
    assert result.failed == {"bomb.docx": "too large"}
    assert result.peak_mb < 600

POSIX only (``resource``); tests using it skip elsewhere.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The promise: an import stays under 600 MB whatever the input.
MEMORY_LIMIT_MB = 600
CPU_LIMIT_S = 120

_CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    limit_mb, cpu_s, archive, *paths = sys.argv[1:]
    resource.setrlimit(resource.RLIMIT_AS, (int(limit_mb) << 20,) * 2)
    resource.setrlimit(resource.RLIMIT_CPU, (int(cpu_s), int(cpu_s)))
    from db.archive import Archive
    from db.file_names import display_name as shown
    from db.importer import import_paths

    started = time.monotonic()
    with Archive.open(archive, create=True) as opened:
        report = import_paths(opened, paths)
        articles = [
            {"title": row.title, "author": row.author, "source": row.source}
            for row in opened.rows(limit=10_000)
        ]
    seconds = time.monotonic() - started
    # VmHWM is this process's own peak; ru_maxrss on Linux also counts the parent's
    # peak from before exec (the test runner's memory).
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak_kb = int(line.split()[1])
    except OSError:
        pass
    print(json.dumps({
        "imported": [shown(path.name) for path, _ in report.imported],
        "failed": {shown(p.path.name): [p.kind.value if p.kind else "", p.detail]
                   for p in report.failed},
        "skipped": {shown(p.path.name): [p.kind.value if p.kind else "", p.detail]
                    for p in report.skipped},
        "notes": [[shown(p.path.name), p.detail] for p in report.notes],
        "error": report.error,
        "articles": articles,
        "seconds": seconds,
        "peak_mb": peak_kb / 1024,
    }, ensure_ascii=False))
    """
)


@dataclass(frozen=True)
class BoundedImport:
    """What the child reported (file names, not paths), and what it took."""

    imported: list[str]
    failed: dict[str, str]  # name -> category
    reasons: dict[str, str]  # name -> reason (failed and skipped)
    skipped: dict[str, str]  # name -> category ("" for not an article file)
    notes: list[tuple[str, str]]
    error: str | None
    articles: list[dict[str, str | None]]
    seconds: float
    peak_mb: float


def import_bounded(
    paths: list[Path],
    work: Path,
    *,
    memory_mb: int = MEMORY_LIMIT_MB,
    cpu_seconds: int = CPU_LIMIT_S,
) -> BoundedImport:
    """Import ``paths`` in a child limited to ``memory_mb`` and ``cpu_seconds``.

    Fails the test (with the child's stderr) when the child does not finish cleanly:
    killed for CPU time, out of memory outside a reader, or any traceback.
    """
    pytest.importorskip("resource")
    archive = work / "bounded.sqlite3"
    archive.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(memory_mb), str(cpu_seconds), str(archive)]
        + [str(path) for path in paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=cpu_seconds * 3,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"the bounded import died (exit {done.returncode}):\n{done.stderr[-3000:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return BoundedImport(
        imported=data["imported"],
        failed={name: kind for name, (kind, _) in data["failed"].items()},
        reasons={name: detail for name, (_, detail) in (data["failed"] | data["skipped"]).items()},
        skipped={name: kind for name, (kind, _) in data["skipped"].items()},
        notes=[(name, detail) for name, detail in data["notes"]],
        error=data["error"],
        articles=data["articles"],
        seconds=data["seconds"],
        peak_mb=data["peak_mb"],
    )
