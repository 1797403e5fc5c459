"""The bundled fonts: registered with Qt once, so the pane and PDFs never depend on the OS."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from desktop.resource_files import resource_path

READING_FONT_FAMILY = "Liberation Serif"

_loaded: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Register every font in ``resources/fonts`` (once); returns the families added.

    Needs a QGuiApplication to exist.
    """
    if _loaded:
        return list(_loaded)
    families: set[str] = set()
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    _loaded.extend(sorted(families))
    return list(_loaded)
