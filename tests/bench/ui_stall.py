"""The UI heartbeat: how long the window's event loop stalls while long jobs run.

A timer on the UI thread beats every 10 ms while the window backs up the bench's
archive, imports fresh files, exports a report, loads the samples, merges another
workstation's bundle (its dry run, the confirmation answered, the merge and its report)
and restores the backup (which puts the archive back as it was). The longest gap
between two beats, minus the interval, is how long the window could not answer:
``ui_stall.max_ms`` overall and per job under ``ui_stall.jobs``. It runs in a child
process (offscreen), through the window's own commands, with their questions answered.

``python -m tests.bench.ui_stall ARCHIVE OUT SEED`` is that child.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BEAT_MS = 10
IMPORT_FILES = 1000
EXPORT_ARTICLES = 100
# Below the size that backs up first: the backup's own stall is measured on its own.
MERGE_ARTICLES = 900
GOAL_MS = 100.0
JOB_TIMEOUT_S = 3600


def measure_ui_stall(archive_path: Path, out: Path, args: Any) -> dict[str, Any]:
    """The heartbeat measure for the bench (skipped with ``--skip-list``: it drives the window)."""
    if getattr(args, "skip_list", False):
        return {"status": "skipped (--skip-list)"}
    from tests.bench.measure import compile_project

    # Compiled as users run it: a module compiled from source holds Python's lock for
    # the whole compilation, which the window would then wait for (the readers' modules
    # are loaded by the first import, on the job's thread).
    compile_project()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "tests.bench.ui_stall", str(archive_path), str(out)]
    try:
        result = subprocess.run(
            [*command, str(getattr(args, "seed", 1))],
            capture_output=True,
            text=True,
            timeout=4 * JOB_TIMEOUT_S,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"status": "not measured: the heartbeat probe did not finish"}
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return {"status": f"not measured: the heartbeat probe failed ({tail})"}
    data: dict[str, Any] = json.loads(lines[-1])
    if data.get("status") == "measured":
        worst = ", ".join(f"{name} {job['max_ms']:.0f}" for name, job in data["jobs"].items())
        print(
            f"[bench] UI stall, longest gap between {BEAT_MS} ms beats: {data['max_ms']:.0f} ms "
            f"(goal <= {GOAL_MS:.0f}); per job (ms): {worst}",
            file=sys.stderr,
            flush=True,
        )
    return data


class Heartbeat:
    """A timer on the UI thread; remembers the longest gap between its beats."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._last = time.perf_counter()
        self.max_gap = 0.0
        self.beats = 0

    def start(self) -> None:
        self.reset()
        self._timer.start()

    def reset(self) -> None:
        self._last = time.perf_counter()
        self.max_gap = 0.0
        self.beats = 0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self._last)
        self._last = now
        self.beats += 1

    def stall_ms(self) -> float:
        """The longest gap beyond the beat interval itself."""
        return round(max(0.0, self.max_gap * 1000 - BEAT_MS), 1)


def _probe(archive_path: Path, out: Path, seed: int) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, QItemSelection, QItemSelectionModel, QSettings, QTimer

    from db.archive import Archive
    from desktop.app import setup_application
    from desktop.export.export_types import ExistingFiles
    from desktop.jobs import Job
    from desktop.main_window.main_window import MainWindow
    from tests.bench.exchange import small_workstation_bundle
    from tests.bench.generator import write_corpus

    app = setup_application(["bench"])
    work = out / "ui-stall"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    fresh, _bytes = write_corpus(work, IMPORT_FILES, seed + 1000)
    bundle = small_workstation_bundle(archive_path, work / "exchange", MERGE_ARTICLES)
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("backup/auto", False)  # closing the probe writes no second copy
    window = MainWindow(settings, Archive.open(archive_path))
    window.show()

    def wait(done: Callable[[], bool], timeout_s: float = JOB_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout_s
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("a job of the heartbeat probe did not finish")
            loop = QEventLoop()
            QTimer.singleShot(5, loop.quit)
            loop.exec()

    wait(lambda: window.model.rowCount() > 0, 600)
    wait(lambda: not window.jobs.is_busy(), 600)  # the check after opening
    heart = Heartbeat()
    heart.start()
    jobs: dict[str, dict[str, Any]] = {}

    def measure(name: str, start: Callable[[], Job | None], done: Callable[[], bool]) -> None:
        wait(lambda: not window.jobs.is_busy(), 60)
        heart.reset()
        began = time.perf_counter()
        job = start()
        wait(lambda: (job is None or job.is_done()) and done())
        jobs[name] = {
            "max_ms": heart.stall_ms(),
            "seconds": round(time.perf_counter() - began, 2),
            "beats": heart.beats,
            "state": job.state.value if job is not None else "not started",
        }

    backups = work / "backups"
    window.backups.ask_backup_folder = lambda _default: backups  # type: ignore[method-assign]
    measure("backup", window.backups.back_up_now, lambda: True)
    backup = next(backups.glob("*.sqlite3"))

    controller = window.imports.controller
    assert controller is not None
    controller.show_report = False
    listed = [False]
    window.list_updated.connect(lambda: listed.__setitem__(0, True))

    def start_import() -> Job | None:
        listed[0] = False
        return controller.import_paths([fresh])

    # Until the list shows what came in: reading it again is part of the import.
    measure("import", start_import, lambda: listed[0])

    window.filter_bar.clear()
    wait(lambda: window.model.rowCount() > EXPORT_ARTICLES, 600)
    selection = QItemSelection(window.model.index(0, 0), window.model.index(EXPORT_ARTICLES - 1, 0))
    window.table.selectionModel().select(
        selection,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    dialog = window.exports.export_selected()
    assert dialog is not None
    dialog.destination_edit.setText(str(work / "report.pdf"))
    settle = time.monotonic() + 0.5  # the dialog is shown, as before a user clicks Export
    wait(lambda: time.monotonic() > settle)

    def start_export() -> Job | None:
        dialog.start_export(ExistingFiles.OVERWRITE)
        return dialog._job

    measure("export", start_export, lambda: True)
    dialog.done(0)

    measure("samples", window.imports.load_samples, lambda: True)

    flow = window.bundles.merges
    merged: list[object] = []
    flow.merged.connect(merged.append)

    def merge_answered() -> bool:
        # As a user does: Merge in the confirmation, then Close in the report.
        if flow.confirm_dialog is not None and flow.confirm_dialog.isVisible():
            flow.confirm_dialog.accept()
        if merged and flow.report_dialog is not None:
            flow.report_dialog.close()
        return bool(merged) and flow.merge_job is not None and flow.merge_job.is_done()

    # From the dry run to the report: the list read again afterwards is the poll's.
    measure("merge", lambda: flow.merge_files([bundle]), merge_answered)

    restored = [False]
    window.list_updated.connect(lambda: restored.__setitem__(0, window.archive is not None))

    def start_restore() -> Job | None:
        restored[0] = False
        return window.backups.restore(archive_path, backup)

    # Until the archive is open again and listed: the reopening is part of the restore.
    measure("restore", start_restore, lambda: restored[0] and window.archive is not None)
    result = {
        "status": "measured",
        "beat_ms": BEAT_MS,
        "max_ms": max(job["max_ms"] for job in jobs.values()),
        "goal_ms": GOAL_MS,
        "import_files": IMPORT_FILES,
        "export_articles": EXPORT_ARTICLES,
        "merge_articles": MERGE_ARTICLES,
        "jobs": jobs,
    }
    window.close()
    wait(window.closing.may_close, 600)
    for aside in archive_path.parent.glob(f"{archive_path.stem}.before-restore-*"):
        aside.unlink()
    shutil.rmtree(work, ignore_errors=True)
    del app
    return result


if __name__ == "__main__" and len(sys.argv) == 4:
    print(json.dumps(_probe(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))), flush=True)
