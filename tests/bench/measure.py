"""Measurements through the project's own code: import, search, edit, size, list, PDF.

``python -m tests.bench.measure list-probe ARCHIVE`` is the cold-start child process of
the list measurement; everything else is called from ``tests.bench.__main__``.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.archive import Archive
from db.models import ArticleFilter, SortOrder
from tests.bench.generator import RARE_PLACES, Vocabulary

# The cold-start probe runs this module: the readers the import needs load in
# measure_import only, or their start-up would count as the window's.

WARM_RUNS = 5
PAGE = 50
EDITS = 20
TAGS = 300
MAIN_WINDOW = "desktop.main_window.main_window"


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0..1)."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


def summary_ms(seconds: list[float]) -> dict[str, float]:
    """p50 / p95 / max of a list of durations, in milliseconds."""
    if not seconds:
        return {}
    return {
        "p50_ms": round(percentile(seconds, 0.5) * 1000, 2),
        "p95_ms": round(percentile(seconds, 0.95) * 1000, 2),
        "max_ms": round(max(seconds) * 1000, 2),
        "samples": len(seconds),
    }


def archive_bytes(path: Path) -> int:
    return sum(
        Path(f"{path}{suffix}").stat().st_size
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )


# --- import ------------------------------------------------------------------------


def measure_import(folder: Path, archive_path: Path, count: int) -> dict[str, Any]:
    """Files → archive through ``db.importer.import_paths``, end to end."""
    from db.importer import import_paths

    for suffix in ("", "-wal", "-shm"):
        Path(f"{archive_path}{suffix}").unlink(missing_ok=True)
    start, cpu_start = time.perf_counter(), time.process_time()
    archive = Archive.open(archive_path, create=True)
    try:
        report = import_paths(archive, [folder])
    finally:
        archive.close()
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    return {
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(report.imported) / seconds, 1),
        "cpu_seconds": round(cpu, 3),
        "articles_per_cpu_s": round(len(report.imported) / cpu, 1),
        "imported": len(report.imported),
        "duplicates": len(report.duplicates),
        "failed": len(report.failed),
        "skipped": len(report.skipped),
        "expected": count,
    }


# --- tags --------------------------------------------------------------------------


def add_tags(archive: Archive, count: int) -> dict[str, Any]:
    """A few hundred tags on a slice of the archive, through ``Archive.add_tags``.

    Tagging is an edit (each article gets a version), so it runs after the size is taken
    and only on up to 2,000 articles to keep the run short.
    """
    vocabulary = Vocabulary.build(0)
    names = [f"chủ đề {vocabulary.words[100 + i]}" for i in range(TAGS)]
    tagged = min(count, 2000)
    by_tag: dict[str, list[int]] = {}
    ids = archive.ids(sort=SortOrder.DATE)
    for position, article_id in enumerate(ids[:tagged]):
        for step in range(1 + position % 3):
            by_tag.setdefault(names[(position * 7 + step * 31) % TAGS], []).append(article_id)
    start = time.perf_counter()
    changed = 0
    for name, article_ids in by_tag.items():
        changed += archive.add_tags(article_ids, [name])
    seconds = time.perf_counter() - start
    return {
        "tags": len(by_tag),
        "articles_tagged": tagged,
        "changes": changed,
        "seconds": round(seconds, 3),
        "first_tag": names[0],
    }


# --- search ------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """One benchmark query: the filter and what kind of query it is."""

    label: str
    where: ArticleFilter


def queries(vocabulary: Vocabulary, tag: str | None) -> list[Query]:
    """The fixed query set (deterministic for a seed)."""
    rare = vocabulary.words[len(vocabulary.words) - 10]
    rare2 = vocabulary.words[len(vocabulary.words) - 200]
    mid = vocabulary.words[1000]
    found = [
        Query("common word, marks", ArticleFilter(query="và")),
        Query("common word, no marks", ArticleFilter(query="va")),
        Query("common word folded 2", ArticleFilter(query="cua")),
        Query("two common words", ArticleFilter(query="các được")),
        Query("place, no marks", ArticleFilter(query="thanh hoa")),
        Query("place, old tone", ArticleFilter(query="Thanh Hóa")),
        Query("place, new tone", ArticleFilter(query="Thanh Hoá")),
        Query("đ folded", ArticleFilter(query="dang uy")),
        Query("abbreviation đ", ArticleFilter(query="bdbp")),
        Query("phrase, no marks", ArticleFilter(query='"bien phong"')),
        Query("phrase, marks", ArticleFilter(query='"Bộ đội Biên phòng"')),
        Query("prefix, marks", ArticleFilter(query="hội*")),
        Query("prefix, short", ArticleFilter(query="ng*")),
        Query("prefix, folded", ArticleFilter(query="bien*")),
        Query("while typing", ArticleFilter(query="hoà", prefix_last=True)),
        Query("mid-frequency word", ArticleFilter(query=mid)),
        Query("rare word, marks", ArticleFilter(query=rare)),
        Query("rare word, no marks", ArticleFilter(query=_fold(rare2))),
        Query("two rare words", ArticleFilter(query=f"{rare} {rare2}")),
        Query("rare place, marks", ArticleFilter(query=RARE_PLACES[0])),
        Query("rare place, no marks", ArticleFilter(query=_fold(RARE_PLACES[1]))),
        Query("rare phrase", ArticleFilter(query=f'"{RARE_PLACES[2]}"')),
        Query("absent word", ArticleFilter(query="xyzzyq")),
        Query("common + year", ArticleFilter(query="và", date_from="2015", date_to="2015")),
        Query(
            "common + month",
            ArticleFilter(query="hòa bình", date_from="2020-03", date_to="2020-03"),
        ),
        Query("rare + range", ArticleFilter(query=rare, date_from="2012", date_to="2016")),
        Query("no text, date range", ArticleFilter(date_from="2018-05", date_to="2018-06")),
        Query("everything", ArticleFilter()),
    ]
    if tag:
        found.append(Query("tag filter", ArticleFilter(tags=(tag,))))
        found.append(Query("word + tag", ArticleFilter(query="thanh hoa", tags=(tag,))))
    return found


def _fold(text: str) -> str:
    from db.vietnamese import fold

    return fold(text)


def measure_search(
    archive: Archive, vocabulary: Vocabulary, tag: str | None, *, runs: int = WARM_RUNS
) -> dict[str, Any]:
    """The first page (what the window waits for) per query and sort, ``runs`` warm runs
    each; the exact count, which the window shows when it follows, separately."""
    total = archive.total()
    results = []
    groups: dict[str, list[float]] = {
        "date": [],
        "relevance": [],
        "relevance_common": [],
        "selective": [],
        "count": [],
    }
    cpu_groups: dict[str, list[float]] = {name: [] for name in groups}
    for query in queries(vocabulary, tag):
        sorts = [SortOrder.DATE]
        if query.where.query:
            sorts.append(SortOrder.RELEVANCE)
        count = archive.count(query.where)
        count_times, count_cpu = [], []
        for _ in range(runs):
            cpu_start, start = time.process_time(), time.perf_counter()
            archive.count(query.where)
            count_times.append(time.perf_counter() - start)
            count_cpu.append(time.process_time() - cpu_start)
        groups["count"].extend(count_times)
        cpu_groups["count"].extend(count_cpu)
        share = count / total if total else 0.0
        for sort in sorts:
            archive.rows(query.where, sort=sort, limit=PAGE)
            page_times, cpu = [], []
            for _ in range(runs):
                cpu_start = time.process_time()
                start = time.perf_counter()
                archive.rows(query.where, sort=sort, limit=PAGE)
                page_times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - cpu_start)
            names = [sort.value]
            if sort is SortOrder.RELEVANCE and share >= 0.5:
                names.append("relevance_common")
            if share <= 0.1:
                names.append("selective")
            for name in names:
                groups[name].extend(page_times)
                cpu_groups[name].extend(cpu)
            results.append(
                {
                    "label": query.label,
                    "query": query.where.query,
                    "date_from": query.where.date_from,
                    "date_to": query.where.date_to,
                    "tags": list(query.where.tags),
                    "sort": sort.value,
                    "count": count,
                    "share": round(share, 4),
                    "page": summary_ms(page_times),
                    "count_time": summary_ms(count_times),
                    "cpu": summary_ms(cpu),
                    **summary_ms(page_times),
                }
            )
    return {
        "queries": len({r["label"] for r in results}),
        "what": "first page of 50 (what the window waits for); count separately",
        **{name: summary_ms(times) for name, times in groups.items()},
        "cpu": {name: summary_ms(times) for name, times in cpu_groups.items()},
        "per_query": results,
    }


# --- command line start-up ------------------------------------------------------------


def compile_project() -> None:
    """Compile the project's modules, as the bundle ships them and as a first run leaves
    them: start-up is measured as users meet it, not with every module compiled from
    source (which happens here when ``PYTHONDONTWRITEBYTECODE`` is set, and costs the
    window's cold start about 0.2 s)."""
    import compileall

    root = Path(__file__).resolve().parents[2]
    for package in ("db", "desktop"):
        compileall.compile_dir(str(root / package), quiet=1)


def measure_cli(archive_path: Path, runs: int = 7) -> dict[str, Any]:
    """Wall time of ``archive-viewer list --limit 1``, of ``--version`` and of a bare
    Python (a fresh process each run: the machine's part), and what ``list`` imports."""
    compile_project()

    def run(*arguments: str, importtime: bool = False) -> tuple[float, str]:
        command = [sys.executable, *(["-X", "importtime"] if importtime else [])]
        command += ["-m", "desktop.cli.main", *arguments]
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
        return time.perf_counter() - start, done.stderr

    listing = [run("--db", str(archive_path), "list", "--limit", "1")[0] for _ in range(runs)]
    version = [run("--version")[0] for _ in range(runs)]
    python = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=False, timeout=60)
        python.append(time.perf_counter() - start)
    _, imports = run("--db", str(archive_path), "list", "--limit", "1", importtime=True)
    modules = [
        line.rsplit("|", 1)[1].strip() for line in imports.splitlines() if "import time:" in line
    ]
    heavy = sorted(
        {m.split(".")[0] for m in modules if m.split(".")[0] in ("PySide6", "docx", "pypdf", "bs4")}
        | {m for m in modules if m.startswith(("db.readers", "db.importer"))}
    )
    return {
        "list_ready_ms": round(percentile(listing, 0.5) * 1000, 1),
        "list_ready_min_ms": round(min(listing) * 1000, 1),
        "version_ms": round(percentile(version, 0.5) * 1000, 1),
        "python_ms": round(percentile(python, 0.5) * 1000, 1),
        "modules_imported_by_list": len(modules),
        "heavy_modules_imported_by_list": heavy,
    }


# --- edit --------------------------------------------------------------------------


def measure_edit(archive: Archive) -> dict[str, Any]:
    """``Archive.update`` of one article (history and index included), ``EDITS`` times."""
    ids = archive.ids(sort=SortOrder.DATE)
    step = max(1, len(ids) // EDITS)
    times = []
    for article_id in ids[::step][:EDITS]:
        article = archive.get(article_id)
        body = article.body + "\n\nĐã sửa: bổ sung thông tin về hoà bình."
        start = time.perf_counter()
        archive.update(article_id, body=body, expected_version=article.version)
        times.append(time.perf_counter() - start)
    return summary_ms(times)


# --- list (main window) ------------------------------------------------------------


def measure_list(archive_path: Path) -> dict[str, Any]:
    """Cold start of the main window in a child process (offscreen)."""
    if not _spec_exists(MAIN_WINDOW):
        return {"status": f"not measured: {MAIN_WINDOW} does not exist yet"}
    compile_project()
    return _run_probe("list-probe", str(archive_path), repr(time.time()))


def _construct_window(window_class: Any, archive_path: Path) -> Any:
    """Build the main window on ``archive_path`` whatever its constructor looks like."""
    parameters = inspect.signature(window_class).parameters
    kwargs: dict[str, Any] = {}
    for name, parameter in parameters.items():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if name == "settings":
            from PySide6.QtCore import QSettings

            ini = archive_path.with_name("bench-settings.ini")
            ini.unlink(missing_ok=True)
            kwargs[name] = QSettings(str(ini), QSettings.Format.IniFormat)
        elif "path" in name:
            kwargs[name] = archive_path
        elif "archive" in name:
            kwargs[name] = Archive.open(archive_path)
        elif parameter.default is inspect.Parameter.empty:
            raise TypeError(f"MainWindow needs {name!r}: teach the benchmark about it")
    return window_class(**kwargs)


def _list_probe(archive_path: Path, started: float) -> None:
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    if _spec_exists("desktop.app"):
        app = importlib.import_module("desktop.app").setup_application(["bench"])
    else:
        app = QApplication.instance() or QApplication([])
    module = importlib.import_module(MAIN_WINDOW)
    window = _construct_window(module.MainWindow, archive_path)
    window.show()
    deadline = time.time() + 60
    view = None
    while time.time() < deadline:
        app.processEvents()
        # The article list: the window's ``table`` when it names one (the browse panel
        # is a table too), else the largest view.
        named = getattr(window, "table", None)
        candidates = [named] if isinstance(named, QAbstractItemView) else None
        views = [
            v
            for v in candidates or window.findChildren(QAbstractItemView)
            if v.model() is not None and v.model().rowCount(QModelIndex()) > 0
        ]
        if views:
            view = max(views, key=lambda v: v.model().rowCount(QModelIndex()))
            break
        time.sleep(0.002)
    first_rows = time.time() - started
    if view is None:
        print(json.dumps({"status": "not measured: no rows appeared within 60 s"}), flush=True)
        return
    model = view.model()
    shown_first = model.rowCount(QModelIndex())
    # The rest of a long list follows the first rows: wait for all of it.
    with Archive.open(archive_path, read_only=True) as archive:
        expected = archive.total()
    whole = time.perf_counter()
    while model.rowCount(QModelIndex()) < expected and time.time() < deadline + 600:
        app.processEvents()
        time.sleep(0.002)
    whole_list = time.perf_counter() - whole
    start = time.perf_counter()
    rows = 0
    slowest_page = 0.0
    while True:
        total = model.rowCount(QModelIndex())
        for row in range(rows, total):
            began = time.perf_counter()
            for column in range(model.columnCount(QModelIndex())):
                model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            slowest_page = max(slowest_page, time.perf_counter() - began)
            if row % 500 == 0:
                view.scrollTo(model.index(row, 0))
                app.processEvents()
        rows = total
        if not model.canFetchMore(QModelIndex()):
            break
        model.fetchMore(QModelIndex())
        app.processEvents()
    paging = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "status": "measured",
                "first_rows_s": round(first_rows, 3),
                "first_rows": shown_first,
                "whole_list_s": round(whole_list, 3),
                "page_all_s": round(paging, 3),
                "slowest_row_ms": round(slowest_page * 1000, 1),
                "rows": rows,
                "peak_rss_mb": round(peak_kb / 1024, 1),
            }
        ),
        flush=True,
    )
    window.close()


# --- PDF ---------------------------------------------------------------------------


def measure_pdf(archive_path: Path, out: Path) -> dict[str, Any]:
    """100 articles into one report, in a child process (Qt's teardown stays there)."""
    if not _spec_exists("desktop.export"):
        return {"status": "not measured: desktop.export does not exist yet"}
    return _run_probe("pdf-probe", str(archive_path), str(out))


def _run_probe(*args: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tests.bench.measure", *args],
            capture_output=True,
            text=True,
            timeout=900,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"status": f"not measured: {args[0]} did not finish within 15 minutes"}
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return {"status": f"not measured: {args[0]} failed ({tail})"}
    data: dict[str, Any] = json.loads(lines[-1])
    return data


def _pdf_probe(archive_path: Path, out: Path) -> dict[str, Any]:
    """100 articles into one report through the export module, when it exists."""
    candidates = ["desktop.export.exporter", "desktop.export"]
    export = None
    for name in candidates:
        if _spec_exists(name):
            export = getattr(importlib.import_module(name), "export_pdf", None)
            if export is not None:
                break
    if export is None:
        return {"status": "not measured: no export_pdf(archive, ids, path) in desktop.export"}
    target = out / "bench-report.pdf"
    target.unlink(missing_ok=True)
    archive = Archive.open(archive_path)
    try:
        ids = archive.ids(limit=100)
        start = time.perf_counter()
        exported = export(archive, ids, target)
        seconds = time.perf_counter() - start
    finally:
        archive.close()
    return {
        "status": "measured",
        "seconds": round(seconds, 3),
        "articles": len(ids),
        "pages": getattr(exported, "pages", None),
        "bytes": target.stat().st_size,
    }


def _spec_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "list-probe":
    _list_probe(Path(sys.argv[2]), float(sys.argv[3]))
elif __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "pdf-probe":
    print(json.dumps(_pdf_probe(Path(sys.argv[2]), Path(sys.argv[3]))), flush=True)
