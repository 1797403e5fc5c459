"""The dialog of a close that waits: the job it waits for, its progress, stop or keep working."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.jobs import Job, JobContext, JobRunner
from desktop.main_window.close_wait_dialog import CloseWaitDialog


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    del qtbot
    jobs = JobRunner()
    yield jobs
    jobs.cancel_all()
    jobs.stop()


def test_follows_the_job_and_stops_it(qtbot: QtBot, runner: JobRunner) -> None:
    release = threading.Event()

    def work(context: JobContext) -> None:
        context.progress(2, 4, "half")
        while not release.wait(0.01):
            context.check_cancelled()

    job = runner.submit(Job("Exporting a.pdf", work, cancellable=True))
    dialog = CloseWaitDialog(runner, "Still working.", "Stop and close", can_keep_working=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.bar.value() == 2, timeout=5000)
    assert dialog.job_label.text() == "Exporting a.pdf…" and dialog.bar.maximum() == 4
    with qtbot.waitSignal(dialog.stop_requested):
        dialog.stop_button.click()
    assert dialog.text_label.text() == "Stopping…" and not dialog.stop_button.isEnabled()
    job.cancel()
    qtbot.waitUntil(job.is_done, timeout=5000)
    with qtbot.waitSignal(dialog.keep_working):
        dialog.reject()  # Escape keeps working when that is offered


def test_without_keep_working_it_cannot_be_closed_away(qtbot: QtBot, runner: JobRunner) -> None:
    dialog = CloseWaitDialog(runner, "Backing up.", "Skip the backup", can_keep_working=False)
    qtbot.addWidget(dialog)
    assert dialog.keep_button is None
    dialog.show()
    dialog.close()
    assert dialog.isVisible()  # the window closes it when the backup is done
    dialog.hide()
