"""A job runner per test, stopped at the end; an archive of a few articles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.models import ArticleFields
from desktop.jobs import JobRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    del qtbot  # the QApplication
    jobs = JobRunner()
    yield jobs
    jobs.stop()


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    path = tmp_path / "archive.sqlite3"
    with Archive.open(path, create=True) as archive:
        archive.insert_many([ArticleFields(title=f"Bài số {n}", body="…") for n in range(5)])
    return path
