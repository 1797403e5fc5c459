"""What the export dialog remembers: the page setup and the folder last written to."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.export.page_setup import PageSetup

SETTINGS_GROUP = "export"


def stored_setup(settings: QSettings) -> PageSetup:
    """The page setup used last (the defaults for what is missing or unusable)."""
    settings.beginGroup(SETTINGS_GROUP)
    try:
        values = {
            field.name: settings.value(f"page/{field.name}")
            for field in fields(PageSetup)
            if settings.contains(f"page/{field.name}")
        }
    finally:
        settings.endGroup()
    return PageSetup.from_dict(values)


def remember(settings: QSettings, setup: PageSetup, folder: Path | None) -> None:
    """Keep ``setup`` and the folder written to for next time."""
    settings.beginGroup(SETTINGS_GROUP)
    for name, value in setup.to_dict().items():
        settings.setValue(f"page/{name}", value)
    if folder is not None:
        settings.setValue("folder", str(folder))
    settings.endGroup()


def last_folder(settings: QSettings) -> Path:
    """The folder written to last (the home folder at first)."""
    return Path(str(settings.value(f"{SETTINGS_GROUP}/folder", "") or Path.home()))
