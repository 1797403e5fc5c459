"""A job's own side: what its work is handed, how it reports, when it may be cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.jobs import ArchiveAccess, Job, JobCancelled, JobContext, JobState
from desktop.jobs import job as job_module


def test_a_job_on_an_archive_needs_its_path(qtbot: QtBot) -> None:
    del qtbot
    with pytest.raises(ValueError, match="needs an archive path"):
        Job("x", lambda _c: None, access=ArchiveAccess.READ)


def test_progress_is_throttled_but_the_last_step_always_goes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    del qtbot
    sent: list[tuple[int, int, str]] = []
    clock = iter([0.0, 0.01, 0.02, 0.2, 0.21])
    monkeypatch.setattr(job_module.time, "monotonic", lambda: next(clock))
    context = JobContext(Job("x", lambda _c: None), None, lambda *a: sent.append(a))
    for done in (1, 2, 3, 4):
        context.progress(done, 5, f"step {done}")
    context.progress(5, 5, "done")
    # 1 goes (nothing sent yet), 2 and 3 fall within 50 ms of it, 4 is late enough.
    assert [step for step, _total, _text in sent] == [1, 4, 5]


def test_cancel_only_when_the_job_allows_it(qtbot: QtBot) -> None:
    del qtbot
    stubborn = Job("x", lambda _c: None)
    stubborn.cancel()
    assert not stubborn.cancel_requested()
    willing = Job("y", lambda _c: None, cancellable=True)
    context = JobContext(willing, None, lambda *_a: None)
    context.check_cancelled()  # nothing yet
    willing.cancel()
    assert context.cancelled()
    with pytest.raises(JobCancelled):
        context.check_cancelled()


def test_the_context_has_no_archive_unless_asked_for(qtbot: QtBot, tmp_path: Path) -> None:
    del qtbot
    context = JobContext(Job("x", lambda _c: None), None, lambda *_a: None)
    with pytest.raises(RuntimeError, match="not given an archive"):
        _ = context.archive
    job = Job("y", lambda _c: None, archive_path=tmp_path / "a.sqlite3", access=ArchiveAccess.READ)
    assert job.state is JobState.QUEUED and not job.is_done()


def test_callbacks_chain_in_anki_s_shape(qtbot: QtBot) -> None:
    del qtbot
    job = Job("x", lambda _c: None)
    assert job.on_success(print).on_failure(print).on_cancel(print) is job
    assert job.on_progress(print).on_finished(print) is job
