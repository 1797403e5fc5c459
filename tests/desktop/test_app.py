"""The application's start: which archive opens first, the icon, the settings' names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.app import app_icon, initial_archive_path, setup_application


def test_the_archive_at_start(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    given = tmp_path / "given.sqlite3"
    assert initial_archive_path(given, settings) == given
    assert initial_archive_path(None, settings) is None  # the default archive
    last = tmp_path / "last.sqlite3"
    settings.setValue("archive/last", str(last))
    assert initial_archive_path(None, settings) is None  # gone: not offered
    last.write_bytes(b"")
    assert initial_archive_path(None, settings) == last


def test_the_application_has_its_names_and_icon(qtbot: QtBot) -> None:
    del qtbot
    app = setup_application()
    assert app.applicationName() == "Archive Viewer"
    assert not app_icon().isNull() and not app.windowIcon().isNull()
    # Qt's own file dialog everywhere: it speaks the language chosen in the program.
    assert app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
