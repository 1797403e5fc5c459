"""Back up now, restore, the automatic backup on close, read-only archives: as jobs.

The questions the window asks are methods; the tests answer them and everything after
the answer runs as from the menu, on real archives in tmp_path.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from db import backups
from db.archive import Archive
from desktop.jobs import JobState
from desktop.main_window.main_window import MainWindow
from tests.desktop.main_window.conftest import add_window, close_window, open_window, wait_for_job


def damage(path: Path) -> None:  # used by test_archive_repair too
    """Overwrite pages that hold articles with garbage; the schema stays readable.

    The archive then opens, and the check after opening is what finds the damage.
    """
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [
        row[0]
        for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype != 'internal' "
            "ORDER BY pageno"
        )
    ]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in pages[-3:]:
        start = (page - 1) * page_size
        data[start : start + page_size] = b"\xde\xad\xbe\xef" * (page_size // 4)
    path.write_bytes(bytes(data))


def test_back_up_now_then_restore_round_trip(
    qtbot: QtBot, window: MainWindow, archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands = window.backups
    monkeypatch.setattr(commands, "ask_backup_folder", lambda default: default)
    job = wait_for_job(qtbot, commands.back_up_now())
    backup = job.result
    assert isinstance(backup, Path) and backup.is_file()
    assert backups.list_backups(archive_path) == [backup]
    assert str(backup.parent) in window.statusBar().currentMessage()

    assert window.archive is not None
    window.archive.trash(window.archive.ids(limit=30))
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.data_changed_here()
    assert window.model.rowCount() == 10

    offered: list[list[Path]] = []
    monkeypatch.setattr(
        commands, "ask_backup_to_restore", lambda found: offered.append(found) or found[0]
    )
    monkeypatch.setattr(commands, "confirm_restore", lambda chosen: chosen == backup)
    with qtbot.waitSignal(window.list_updated, timeout=10_000):
        assert commands.restore_from_backup() is not None
    assert offered == [[backup]]
    assert window.archive is not None and window.archive.path == archive_path
    assert window.model.rowCount() == 40
    kept = list(archive_path.parent.glob("archive.before-restore-*.sqlite3"))
    assert len(kept) == 1
    with Archive.open(kept[0], read_only=True) as before:
        assert before.total() == 10  # the file as it was is kept, not lost
    assert "Restored from" in window.statusBar().currentMessage()


def test_restore_is_cancelled_when_not_confirmed(
    window: MainWindow, archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.archive is not None
    backup = backups.backup_now(window.archive)
    monkeypatch.setattr(window.backups, "ask_backup_to_restore", lambda found: found[0])
    monkeypatch.setattr(window.backups, "confirm_restore", lambda _chosen: False)
    archive_before = window.archive
    assert window.backups.restore_from_backup() is None
    assert window.archive is archive_before
    assert backup.is_file()
    assert not list(archive_path.parent.glob("*.before-restore-*"))


def test_a_busy_archive_is_said_to_be_busy(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    assert window.archive is not None
    backup = backups.backup_now(window.archive)
    other = sqlite3.connect(str(archive_path))
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        wait_for_job(qtbot, window.backups.restore(archive_path, backup))
    finally:
        other.rollback()
        other.close()
    boxes = window.errors.open_boxes()
    titles = [box.windowTitle() for box in boxes]
    assert "The archive is busy" in titles
    box = boxes[titles.index("The archive is busy")]
    assert isinstance(box, QMessageBox)
    assert "another program" in box.text().lower()
    assert not list(archive_path.parent.glob("*.before-restore-*"))
    # The archive is shown again, as it was.
    qtbot.waitUntil(lambda: window.archive is not None and window.model.rowCount() == 40)


def test_a_backup_runs_while_the_window_stays_usable(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window.backups, "ask_backup_folder", lambda default: default)
    window.jobs.wait_until_idle()  # the check after opening is done
    job = window.backups.back_up_now()
    assert job is not None
    assert window.job_status.isVisibleTo(window)
    assert "Backing up archive.sqlite3" in window.job_status.label.text()
    # The list answers while the backup waits or runs: it is not on the UI thread.
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        qtbot.keyClicks(window.filter_bar.search, "thanh")
    wait_for_job(qtbot, job)
    qtbot.waitUntil(lambda: not window.job_status.isVisibleTo(window))


def test_a_cancelled_backup_leaves_no_file(
    qtbot: QtBot, window: MainWindow, archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window.backups, "ask_backup_folder", lambda default: default)
    job = window.backups.back_up_now()
    assert job is not None
    job.cancel()
    wait_for_job(qtbot, job)
    assert job.state is JobState.CANCELLED
    folder = archive_path.parent / "backups"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_read_only_archive_shows_a_notice_and_disables_editing(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    window = add_window(qtbot, MainWindow(settings, Archive.open(archive_path, read_only=True)))
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.show()
    window.select_row(0)
    assert window.read_only_notice.isVisible()
    assert window.read_only_notice.text() == "Read-only"
    assert "read-only" in window.windowTitle()
    a = window.menu_actions
    for action in (
        a.import_articles,
        a.import_folder,
        a.new_article,
        a.edit_article,
        a.delete_articles,
        a.bulk_edit,
        a.tidy_names,
        a.restore_backup,
    ):
        assert not action.isEnabled(), action.objectName()
    for action in (a.export_pdf, a.find, a.refresh, a.backup_now):
        assert action.isEnabled(), action.objectName()
    assert window.imports.controller is None  # drops are refused, not imported
    # A writable archive afterwards: the notice goes away.
    with qtbot.waitSignal(window.list_updated, timeout=10_000):
        window.open_archive(archive_path)
    assert not window.read_only_notice.isVisible()
    assert a.new_article.isEnabled()


def test_closing_after_changes_makes_an_automatic_backup(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    folder = archive_path.parent / "backups"
    folder.mkdir()
    for day in ("20200101", "20200102", "20200103"):
        shutil.copy(archive_path, folder / f"archive-{day}-000000.sqlite3")
    settings.setValue("backup/keep", 2)
    window = open_window(qtbot, settings, archive_path)
    assert window.archive is not None
    window.archive.trash(window.archive.ids(limit=1))
    close_window(qtbot, window)
    found = backups.list_backups(archive_path)
    assert len(found) == 2  # the new one and the newest old one; older ones pruned
    assert found[1].name == "archive-20200103-000000.sqlite3"
    with Archive.open(found[0], read_only=True) as copy:
        assert copy.total() == 39


def test_closing_a_read_only_archive_writes_no_backup(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    window = add_window(qtbot, MainWindow(settings, Archive.open(archive_path, read_only=True)))
    close_window(qtbot, window)
    assert backups.list_backups(archive_path) == []
