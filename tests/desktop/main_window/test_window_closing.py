"""Closing while jobs run: asked, waited for with progress, backed up, never frozen."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from db import backups
from desktop.jobs import Job, JobContext
from desktop.main_window.main_window import MainWindow
from tests.desktop.main_window.conftest import close_window, open_window


def long_job(release: threading.Event, *, cancellable: bool = True) -> Job:
    def work(context: JobContext) -> None:
        while not release.wait(0.01):
            if cancellable:
                context.check_cancelled()

    return Job("Importing a.txt", work, cancellable=cancellable)


def test_nothing_running_closes_at_once(qtbot: QtBot, window: MainWindow) -> None:
    window.jobs.wait_until_idle()
    window.close()
    qtbot.waitUntil(window.closing.may_close, timeout=10_000)
    assert not window.isVisible()


def test_a_running_job_is_asked_about_and_keep_working_calls_it_off(
    qtbot: QtBot, window: MainWindow
) -> None:
    release = threading.Event()
    job = window.jobs.submit(long_job(release))
    window.close()
    assert window.isVisible() and window.closing.is_closing()
    dialog = window.closing.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Importing a.txt" in dialog.job_label.text()
    assert dialog.keep_button is not None
    dialog.keep_button.click()
    assert not window.closing.is_closing() and window.isVisible()
    assert window.archive is not None  # nothing was let go
    release.set()
    qtbot.waitUntil(job.is_done, timeout=5000)


def test_stop_and_close_cancels_then_backs_up_then_closes(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    assert window.archive is not None
    window.archive.trash(window.archive.ids(limit=1))  # a change: the backup is due
    release = threading.Event()
    job = window.jobs.submit(long_job(release))
    window.close()
    dialog = window.closing.dialog
    assert dialog is not None
    dialog.stop_button.click()
    qtbot.waitUntil(window.closing.may_close, timeout=30_000)
    assert job.cancel_requested()
    assert not window.isVisible()
    assert len(backups.list_backups(archive_path)) == 1


def test_a_job_that_cannot_stop_is_waited_for(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    window = open_window(qtbot, settings, archive_path)
    release = threading.Event()
    job = window.jobs.submit(long_job(release, cancellable=False))
    try:
        window.close()
        dialog = window.closing.dialog
        assert dialog is not None and not dialog.stop_button.isEnabled()
    finally:
        release.set()  # it finishes on its own: the window closes then
    qtbot.waitUntil(window.closing.may_close, timeout=30_000)
    assert job.is_done() and not window.isVisible()
    close_window(qtbot, window)  # a second close is harmless
