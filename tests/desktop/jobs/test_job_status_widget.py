"""The status bar says what runs, how far it is, how many wait, and offers Cancel."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from desktop.jobs import Job, JobContext, JobRunner
from desktop.jobs.job_status_widget import JobStatusWidget


def test_shows_the_running_job_and_cancels_it(qtbot: QtBot, runner: JobRunner) -> None:
    widget = JobStatusWidget(runner)
    qtbot.addWidget(widget)
    assert widget.isHidden()  # nothing runs
    release = threading.Event()

    def work(context: JobContext) -> None:
        context.progress(3, 10, "three")
        while not release.wait(0.01):
            context.check_cancelled()

    running = runner.submit(Job("Backing up a.sqlite3", work, cancellable=True))
    runner.submit(Job("Exporting b.pdf", lambda _c: None))
    qtbot.waitUntil(lambda: widget.bar.value() == 3, timeout=5000)
    assert not widget.isHidden()
    assert widget.label.text() == "Backing up a.sqlite3…"
    assert widget.bar.maximum() == 10 and widget.bar.toolTip() == "three"
    assert widget.waiting.text() == "(1 more waiting)"
    assert not widget.cancel_button.isHidden()
    with qtbot.waitSignal(running.cancelled, timeout=5000):
        widget.cancel_button.click()
    qtbot.waitUntil(widget.isHidden, timeout=5000)
    release.set()


def test_a_job_that_cannot_be_cancelled_shows_no_cancel(qtbot: QtBot, runner: JobRunner) -> None:
    widget = JobStatusWidget(runner)
    qtbot.addWidget(widget)
    release = threading.Event()
    job = runner.submit(Job("Opening a.sqlite3", lambda _c: release.wait(5)))
    qtbot.waitUntil(lambda: not widget.isHidden(), timeout=5000)
    assert widget.cancel_button.isHidden()
    assert widget.bar.maximum() == 0  # busy: no measure yet
    release.set()
    qtbot.waitUntil(job.is_done, timeout=5000)
