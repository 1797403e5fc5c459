"""The job runner: one job at a time, in order, on one thread, results on the UI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from db.errors import ArchiveError
from db.models import ArticleFields
from desktop.jobs import ArchiveAccess, Job, JobContext, JobRunner, JobState


def test_jobs_run_in_order_off_the_ui_thread(qtbot: QtBot, runner: JobRunner) -> None:
    ran: list[tuple[str, threading.Thread]] = []
    delivered: list[tuple[object, QThread | None]] = []

    def work(name: str) -> Job:
        def run(_context: JobContext) -> str:
            time.sleep(0.02)
            ran.append((name, threading.current_thread()))
            return name

        job = Job(name, run)
        job.on_success(lambda result: delivered.append((result, QThread.currentThread())))
        return job

    for name in ("a", "b", "c"):
        runner.submit(work(name))
    assert runner.is_busy()
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass
    assert [name for name, _ in ran] == ["a", "b", "c"]
    assert len({thread for _, thread in ran}) == 1
    assert ran[0][1] is not threading.main_thread()
    assert [result for result, _ in delivered] == ["a", "b", "c"]
    assert all(thread is QThread.currentThread() for _, thread in delivered)
    assert not runner.is_busy()


def test_each_job_gets_its_own_connection(
    qtbot: QtBot, runner: JobRunner, archive_path: Path
) -> None:
    def insert(context: JobContext) -> int:
        return context.archive.insert(ArticleFields(title="Bài mới")).id

    job = runner.submit(
        Job("insert", insert, archive_path=archive_path, access=ArchiveAccess.WRITE)
    )
    with qtbot.waitSignal(job.succeeded, timeout=5000) as done:
        pass
    assert done.args is not None and done.args[0] == 6

    def write_read_only(context: JobContext) -> None:
        context.archive.insert(ArticleFields(title="Không được"))

    refused = runner.submit(
        Job("refused", write_read_only, archive_path=archive_path, access=ArchiveAccess.READ)
    )
    with qtbot.waitSignal(refused.failed, timeout=5000) as failed:
        pass
    assert failed.args is not None and isinstance(failed.args[0], ArchiveError)
    assert "read-only" in refused.message
    assert refused.state is JobState.FAILED


def test_progress_then_result_arrive_in_order(qtbot: QtBot, runner: JobRunner) -> None:
    seen: list[object] = []

    def work(context: JobContext) -> str:
        for step in range(1, 4):
            context.progress(step, 3, f"step {step}")
            time.sleep(0.06)  # longer than the throttle: every step is sent
        return "done"

    job = Job("steps", work).on_progress(lambda d, t, m: seen.append((d, t, m)))
    job.on_success(seen.append)
    runner.submit(job)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert seen == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3"), "done"]
    assert job.last_progress == (3, 3, "step 3")


def test_cancel_a_running_job_and_one_that_waits(qtbot: QtBot, runner: JobRunner) -> None:
    started = threading.Event()

    def long_work(context: JobContext) -> None:
        started.set()
        while True:
            context.check_cancelled()
            time.sleep(0.01)

    running = runner.submit(Job("long", long_work, cancellable=True))
    waiting = runner.submit(Job("never", lambda _c: "ran", cancellable=True))
    stubborn = runner.submit(Job("not cancellable", lambda _c: "ran"))
    assert started.wait(5)
    with qtbot.waitSignal(waiting.cancelled, timeout=1000):
        waiting.cancel()  # taken out of the queue at once
    assert waiting.state is JobState.CANCELLED
    with qtbot.waitSignal(running.cancelled, timeout=5000):
        running.cancel()
    stubborn.cancel()  # ignored: it runs
    qtbot.waitUntil(stubborn.is_done, timeout=5000)
    assert [j.state for j in (running, waiting, stubborn)] == [
        JobState.CANCELLED,
        JobState.CANCELLED,
        JobState.SUCCEEDED,
    ]


def test_cancel_interrupts_a_long_statement(
    qtbot: QtBot, runner: JobRunner, archive_path: Path
) -> None:
    started = threading.Event()
    endless = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    )

    def endless_query(context: JobContext) -> None:
        started.set()
        # Only an interrupt stops this statement (the test reaches into the connection).
        context.archive._db.execute(endless).fetchone()

    job = runner.submit(
        Job(
            "query",
            endless_query,
            archive_path=archive_path,
            access=ArchiveAccess.READ,
            cancellable=True,
            interrupt_on_cancel=True,
        )
    )
    assert started.wait(5)
    time.sleep(0.05)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()
    assert job.state is JobState.CANCELLED


def test_an_unexpected_error_is_a_failure_not_a_hang(qtbot: QtBot, runner: JobRunner) -> None:
    def broken(_context: JobContext) -> None:
        raise KeyError("bug")

    job = runner.submit(Job("broken", broken))
    with qtbot.waitSignal(job.failed, timeout=5000):
        pass
    assert "unexpected error (KeyError)" in job.message
    after = runner.submit(Job("after", lambda _c: 1))
    with qtbot.waitSignal(after.succeeded, timeout=5000):
        pass


def test_a_missing_archive_fails_the_job_with_its_message(
    qtbot: QtBot, runner: JobRunner, tmp_path: Path
) -> None:
    job = runner.submit(
        Job("x", lambda _c: 1, archive_path=tmp_path / "none.sqlite3", access=ArchiveAccess.READ)
    )
    with qtbot.waitSignal(job.failed, timeout=5000):
        pass
    assert "no archive there" in job.message


def test_wait_until_idle_and_stop(qtbot: QtBot) -> None:
    del qtbot  # the QApplication
    runner = JobRunner()
    first = runner.submit(Job("sleep", lambda _c: time.sleep(0.05)))
    assert runner.wait_until_idle(5000)
    assert first.state is JobState.SUCCEEDED
    runner.submit(Job("sleep", lambda _c: time.sleep(0.2)))
    queued = runner.submit(Job("queued", lambda _c: 1))
    runner.stop()  # the job in hand finishes; the one waiting never starts
    assert queued.state is JobState.CANCELLED


def test_stop_starts_no_job_after_the_one_in_hand(qtbot: QtBot) -> None:
    # Stopping used to take queued jobs back one by one, and the worker could start the
    # next one in between, although stop() had been called before it started.
    del qtbot
    for _ in range(20):
        _stop_with_200_jobs_queued()


def _stop_with_200_jobs_queued() -> None:
    runner = JobRunner()
    stopping = threading.Event()
    ran: list[int] = []
    ran_after_stop: list[int] = []

    def work_of(n: int) -> Callable[[JobContext], None]:
        return lambda _c: (ran_after_stop if stopping.is_set() else ran).append(n)

    jobs = [runner.submit(Job(str(n), work_of(n))) for n in range(200)]
    stopping.set()
    runner.stop()
    assert len(ran_after_stop) <= 1  # at most the one the worker had just taken
    started = set(ran) | set(ran_after_stop)
    assert all(job.state is JobState.CANCELLED for n, job in enumerate(jobs) if n not in started)
