"""File ▸ New archive…, Open archive… and Recent archives."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.main_window.main_window import MainWindow
from tests.desktop.main_window.conftest import wait_for_job


def test_a_new_archive_is_created_and_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "new"
    wait_for_job(qtbot, window.archive_commands.create_archive(target))
    created = target.with_suffix(".sqlite3")
    qtbot.waitUntil(lambda: window.archive is not None and window.archive.path == created)
    assert window.central.currentWidget() is window.welcome  # empty: import or samples
    assert window.archive_commands.create_archive(target) is None  # it exists now
    assert "already exists" in window.errors.open_boxes()[-1].text()


def test_recent_archives_are_offered_the_one_shown_disabled(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, archive_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    wait_for_job(qtbot, window.archive_commands.create_archive(other))
    qtbot.waitUntil(lambda: window.archive is not None and window.archive.path == other)
    menu = window.menu_actions.recent_menu
    window.archive_commands.fill_recent_menu(menu)
    entries = {action.text(): action.isEnabled() for action in menu.actions()}
    assert entries == {str(other.resolve()): False, str(archive_path.resolve()): True}
