"""An import as a job: on the runner's thread, its own connection, progress, cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from db.importer import ImportReport
from desktop.importing.import_job import import_work
from desktop.jobs import ArchiveAccess, Job, JobRunner
from tests.desktop.importing.test_drop_support import write_articles


def test_the_work_imports_on_the_thread_it_is_run_on(
    qtbot: QtBot, runner: JobRunner, tmp_path: Path, archive_path: Path
) -> None:
    paths = write_articles(tmp_path / "w", 3)
    threads: list[threading.Thread] = []
    seen: list[tuple[int, int]] = []
    work = import_work(paths, allow_duplicates=False)

    def recorded(context: object) -> ImportReport:
        threads.append(threading.current_thread())
        return work(context)  # type: ignore[arg-type]

    job = Job("import", recorded, archive_path=archive_path, access=ArchiveAccess.CREATE)
    job.on_progress(lambda done, total, _c: seen.append((done, total)))
    with qtbot.waitSignal(job.succeeded, timeout=10_000) as finished:
        runner.submit(job)
    assert finished.args is not None and len(finished.args[0].imported) == 3
    assert seen[-1] == (3, 3)
    assert threads and threads[0] is not threading.main_thread()


def test_a_cancel_stops_after_the_file_in_hand(
    qtbot: QtBot, runner: JobRunner, tmp_path: Path, archive_path: Path
) -> None:
    paths = write_articles(tmp_path / "many", 600)
    job = Job(
        "import",
        import_work([tmp_path / "many"], allow_duplicates=False),
        archive_path=archive_path,
        access=ArchiveAccess.CREATE,
        cancellable=True,
    )
    job.on_progress(lambda done, _total, _c: job.cancel() if done >= 5 else None)
    with qtbot.waitSignal(job.succeeded, timeout=30_000) as finished:
        runner.submit(job)
    assert finished.args is not None
    report = finished.args[0]
    assert isinstance(report, ImportReport) and report.cancelled
    assert 5 <= len(report.imported) < len(paths)
