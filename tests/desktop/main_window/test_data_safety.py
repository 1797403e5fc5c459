"""Backups, restore, damaged and read-only archives, through the window's own code paths.

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
from desktop.main_window.damaged_archive_dialog import RepairChoice
from desktop.main_window.main_window import MainWindow
from tests.desktop.main_window.conftest import open_window


def damage(path: Path) -> None:
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
    monkeypatch.setattr(window, "ask_backup_folder", lambda default: default)
    backup = window.back_up_now()
    assert backup is not None and backup.is_file()
    assert backups.list_backups(archive_path) == [backup]
    assert str(backup.parent) in window.statusBar().currentMessage()

    assert window.archive is not None
    window.archive.trash(window.archive.ids(limit=30))
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.data_changed_here()
    assert window.model.rowCount() == 10

    offered: list[list[Path]] = []
    monkeypatch.setattr(
        window, "ask_backup_to_restore", lambda found: offered.append(found) or found[0]
    )
    monkeypatch.setattr(window, "confirm_restore", lambda chosen: chosen == backup)
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        assert window.restore_from_backup()
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
    monkeypatch.setattr(window, "ask_backup_to_restore", lambda found: found[0])
    monkeypatch.setattr(window, "confirm_restore", lambda _chosen: False)
    archive_before = window.archive
    assert not window.restore_from_backup()
    assert window.archive is archive_before
    assert backup.is_file()
    assert not list(archive_path.parent.glob("*.before-restore-*"))


def test_a_busy_archive_is_said_to_be_busy(window: MainWindow, archive_path: Path) -> None:
    assert window.archive is not None
    backup = backups.backup_now(window.archive)
    other = sqlite3.connect(str(archive_path))
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        window.restore(archive_path, backup)
    finally:
        other.rollback()
        other.close()
    titles = [dialog.windowTitle() for dialog in window._dialogs]
    assert "The archive is busy" in titles
    box = window._dialogs[titles.index("The archive is busy")]
    assert isinstance(box, QMessageBox)
    assert "another program" in box.text().lower()
    assert not list(archive_path.parent.glob("*.before-restore-*"))


def test_read_only_archive_shows_a_notice_and_disables_editing(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    window = MainWindow(settings, Archive.open(archive_path, read_only=True))
    qtbot.addWidget(window)
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
    assert window._importer is None  # drops are refused, not imported
    # A writable archive afterwards: the notice goes away.
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        window.open_archive(archive_path)
    assert not window.read_only_notice.isVisible()
    assert a.new_article.isEnabled()


def test_damaged_archive_offers_the_newest_good_backup_and_restores_it(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "good.sqlite3"
    from tests.desktop.main_window.conftest import make_articles

    with Archive.open(source, create=True) as archive:
        archive.insert_many(make_articles(40))
        good = backups.backup_now(archive)
    damage(source)
    asked: list[tuple[Path, list[str], Path | None]] = []

    def answer(path: Path, problems: list[str], backup: Path | None) -> RepairChoice:
        asked.append((path, problems, backup))
        return RepairChoice.RESTORE

    monkeypatch.setattr(MainWindow, "ask_repair", lambda _self, *args: answer(*args))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.health_checked, timeout=10_000) as checked:
        window.open_archive(source)
    assert checked.args is not None and checked.args[0]  # problems were found
    qtbot.waitUntil(lambda: bool(asked) and window.model.rowCount() == 40, timeout=10_000)
    path, problems, backup = asked[0]
    assert path == source and problems and backup == good
    assert window.archive is not None and window.archive.path == source
    assert not window.archive.read_only
    assert len(list(tmp_path.glob("good.before-restore-*.sqlite3"))) == 1
    # The restored file is healthy: its own check finds nothing.
    with qtbot.waitSignal(window.health_checked, timeout=10_000) as again:
        pass
    assert again.args == [[]]


def test_damaged_archive_without_backup_is_salvaged_into_a_new_one(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    from tests.desktop.main_window.conftest import make_articles

    with Archive.open(damaged, create=True) as archive:
        archive.insert_many(make_articles(200))
    damage(damaged)
    original = damaged.read_bytes()
    salvaged = tmp_path / "salvaged.sqlite3"
    offered: list[Path | None] = []
    monkeypatch.setattr(
        MainWindow,
        "ask_repair",
        lambda _self, _path, _problems, backup: offered.append(backup) or RepairChoice.SALVAGE,
    )
    monkeypatch.setattr(MainWindow, "ask_salvage_target", lambda _self, _damaged: salvaged)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_archive(damaged)
    qtbot.waitUntil(
        lambda: window.archive is not None and window.archive.path == salvaged, timeout=10_000
    )
    assert offered == [None]
    assert window.archive is not None
    assert 0 < window.archive.total() <= 200
    assert damaged.read_bytes() == original  # salvage never writes to the damaged file
    assert "salvaged" in window.statusBar().currentMessage()


def test_damaged_archive_can_be_kept_open_read_only(
    qtbot: QtBot, settings: QSettings, archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage(archive_path)
    monkeypatch.setattr(MainWindow, "ask_repair", lambda *_args: RepairChoice.READ_ONLY)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_archive(archive_path)
    qtbot.waitUntil(lambda: window.archive is not None and window.archive.read_only, timeout=10_000)
    assert window.read_only_notice.isVisible()
    assert not window.menu_actions.new_article.isEnabled()


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
    window.close()
    window.wait_for_backups(10)
    found = backups.list_backups(archive_path)
    assert len(found) == 2  # the new one and the newest old one; older ones pruned
    assert found[1].name == "archive-20200103-000000.sqlite3"
    with Archive.open(found[0], read_only=True) as copy:
        assert copy.total() == 39


def test_closing_a_read_only_archive_writes_no_backup(
    qtbot: QtBot, settings: QSettings, archive_path: Path
) -> None:
    window = MainWindow(settings, Archive.open(archive_path, read_only=True))
    qtbot.addWidget(window)
    window.close()
    window.wait_for_backups(10)
    assert backups.list_backups(archive_path) == []
