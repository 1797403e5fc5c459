"""The export remembers its page setup and folder; unusable stored values are dropped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.export import export_settings
from desktop.export.page_setup import PageSetup


def test_round_trip_and_bad_values(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert export_settings.stored_setup(settings) == PageSetup()
    assert export_settings.last_folder(settings) == Path.home()
    setup = PageSetup(page_size="Letter", font_size_pt=14.0)
    export_settings.remember(settings, setup, tmp_path / "out")
    assert export_settings.stored_setup(settings) == setup
    assert export_settings.last_folder(settings) == tmp_path / "out"
    settings.setValue("export/page/font_size_pt", "huge")
    assert export_settings.stored_setup(settings).font_size_pt == PageSetup().font_size_pt
