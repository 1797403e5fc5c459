"""The check after opening, and a damaged archive: restore its newest good backup,
salvage it into a new archive, or keep it open read-only; each step a job.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from db import backups
from db.archive import Archive
from desktop.main_window.archive_repair import ArchiveRepair
from desktop.main_window.damaged_archive_dialog import RepairChoice
from desktop.main_window.main_window import MainWindow
from tests.desktop.main_window.conftest import add_window, make_articles
from tests.desktop.main_window.test_backup_commands import damage


def test_damaged_archive_offers_the_newest_good_backup_and_restores_it(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "good.sqlite3"
    with Archive.open(source, create=True) as archive:
        archive.insert_many(make_articles(40))
        good = backups.backup_now(archive)
    damage(source)
    asked: list[tuple[Path, list[str], Path | None]] = []

    def answer(path: Path, problems: list[str], backup: Path | None) -> RepairChoice:
        asked.append((path, problems, backup))
        return RepairChoice.RESTORE

    monkeypatch.setattr(ArchiveRepair, "ask_repair", lambda _self, *args: answer(*args))
    window = add_window(qtbot, MainWindow(settings))
    checks: list[list[str]] = []
    window.health_checked.connect(checks.append)
    window.show()
    window.open_archive(source)
    qtbot.waitUntil(lambda: bool(asked) and window.model.rowCount() == 40, timeout=10_000)
    assert checks[0]  # problems were found
    path, problems, backup = asked[0]
    assert path == source and problems and backup == good
    assert window.archive is not None and window.archive.path == source
    assert not window.archive.read_only
    assert len(list(tmp_path.glob("good.before-restore-*.sqlite3"))) == 1
    # The restored file is healthy: its own check finds nothing.
    qtbot.waitUntil(lambda: len(checks) == 2, timeout=10_000)
    assert checks[1] == []


def test_damaged_archive_without_backup_is_salvaged_into_a_new_one(
    qtbot: QtBot, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    with Archive.open(damaged, create=True) as archive:
        archive.insert_many(make_articles(200))
    damage(damaged)
    original = damaged.read_bytes()
    salvaged = tmp_path / "salvaged.sqlite3"
    offered: list[Path | None] = []
    monkeypatch.setattr(
        ArchiveRepair,
        "ask_repair",
        lambda _self, _path, _problems, backup: offered.append(backup) or RepairChoice.SALVAGE,
    )
    monkeypatch.setattr(ArchiveRepair, "ask_salvage_target", lambda _self, _damaged: salvaged)
    window = add_window(qtbot, MainWindow(settings))
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
    monkeypatch.setattr(ArchiveRepair, "ask_repair", lambda *_args: RepairChoice.READ_ONLY)
    window = add_window(qtbot, MainWindow(settings))
    window.show()
    window.open_archive(archive_path)
    qtbot.waitUntil(lambda: window.archive is not None and window.archive.read_only, timeout=10_000)
    assert window.read_only_notice.isVisible()
    assert not window.menu_actions.new_article.isEnabled()
