"""The archive shown: opened as a job, the window's own connection, changes noticed, released."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.errors import ArchiveError, NotAnArchiveError
from db.models import ArticleFields
from desktop.jobs import JobRunner
from desktop.main_window.archive_session import ArchiveSession


@pytest.fixture
def session(qtbot: QtBot, settings: QSettings) -> Iterator[ArchiveSession]:
    del qtbot
    runner = JobRunner()
    opened = ArchiveSession(runner, settings)
    yield opened
    opened.close(auto_backup=False)
    runner.stop()


def test_opening_is_a_job_then_the_archive_is_shown(
    qtbot: QtBot, session: ArchiveSession, archive_path: Path, settings: QSettings
) -> None:
    with qtbot.waitSignal(session.archive_changed, timeout=10_000) as shown:
        session.open(archive_path)
    assert shown.args is not None and shown.args[0] is session.archive
    assert session.archive is not None and session.archive.path == archive_path
    assert session.writable()
    assert settings.value("archive/last") == str(archive_path.resolve())
    assert session.recent() == [str(archive_path.resolve())]


def test_a_file_that_is_no_archive_fails_with_its_reason(
    qtbot: QtBot, session: ArchiveSession, tmp_path: Path
) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("not SQLite")
    with qtbot.waitSignal(session.open_failed, timeout=10_000) as failed:
        session.open(bogus)
    assert failed.args is not None
    path, error = failed.args
    assert path == bogus and isinstance(error, NotAnArchiveError)
    assert session.archive is None


def test_a_new_archive_is_created_in_the_job(
    qtbot: QtBot, session: ArchiveSession, tmp_path: Path
) -> None:
    target = tmp_path / "new.sqlite3"
    with qtbot.waitSignal(session.archive_changed, timeout=10_000):
        session.open(target, create=True)
    assert target.is_file() and session.archive is not None
    assert session.archive.total() == 0


def test_changes_by_other_connections_are_noticed(
    qtbot: QtBot, session: ArchiveSession, archive_path: Path
) -> None:
    session.show(Archive.open(archive_path))
    assert not session.check_for_changes()
    with Archive.open(archive_path) as other:
        other.insert(ArticleFields(title="Từ dòng lệnh"))
    with qtbot.waitSignal(session.changed_elsewhere, timeout=1000):
        assert session.check_for_changes()
    assert not session.check_for_changes()  # taken in once
    session.start_watching()  # the poll does the same every second
    with Archive.open(archive_path) as other:
        other.insert(ArticleFields(title="Lần nữa"))
    with qtbot.waitSignal(session.changed_elsewhere, timeout=10_000):
        pass


def test_closing_releases_for_the_automatic_backup(
    qtbot: QtBot, session: ArchiveSession, archive_path: Path
) -> None:
    archive = Archive.open(archive_path)
    session.show(archive)
    released: list[tuple[Path, bool]] = []
    session.released.connect(lambda path, read_only: released.append((path, read_only)))
    with qtbot.waitSignal(session.archive_changed, timeout=1000):
        session.close()
    assert released == [(archive_path, False)]
    assert session.archive is None
    with pytest.raises(ArchiveError):
        archive.total()  # the connection is closed: nobody keeps a copy of it
    session.show(Archive.open(archive_path))
    with qtbot.assertNotEmitted(session.released):
        session.close(auto_backup=False)
