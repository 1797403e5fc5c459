"""The backup settings as the window reads them, with unusable values falling back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from db import backups
from desktop.main_window.backup_settings import BackupSettings


def test_defaults_and_choices(settings: QSettings, tmp_path: Path) -> None:
    chosen = BackupSettings(settings)
    archive = tmp_path / "a.sqlite3"
    assert chosen.keep() == backups.DEFAULT_KEEP and chosen.automatic()
    assert chosen.folder() is None and chosen.folder_for(archive) == tmp_path / "backups"
    settings.setValue("backup/keep", "0")
    settings.setValue("backup/folder", str(tmp_path / "usb"))
    settings.setValue("backup/auto", "false")
    assert chosen.keep() == 1 and not chosen.automatic()
    assert chosen.folder_for(archive) == tmp_path / "usb"
    settings.setValue("backup/keep", "many")
    assert chosen.keep() == backups.DEFAULT_KEEP
