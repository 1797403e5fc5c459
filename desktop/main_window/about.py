"""The texts of Help ▸ About: version, licence of the program and of what it bundles."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion

from desktop.resource_files import resource_path

FONT_LICENCE = ("fonts", "LICENSE-LiberationSerif.txt")


def about_text(version: str) -> str:
    """The rich text of the About box."""
    translate = QCoreApplication.translate
    paragraphs = [
        translate(
            "About", "An offline archive of articles: read, search, edit, import and export to PDF."
        ),
        translate("About", "Licensed under the GNU General Public License, version 3 or later."),
        translate(
            "About",
            "Built with Qt {qt} and Qt for Python (PySide6) {pyside}, used "
            "under the GNU Lesser General Public License v3 (LGPL); you may replace "
            "them with your own build of the same libraries.",
        ).format(qt=qVersion(), pyside=pyside_version),
        translate(
            "About", "The reading font is Liberation Serif, under the SIL Open Font License 1.1."
        ),
        translate("About", "Show Details for the full licence texts."),
    ]
    title = html.escape(QCoreApplication.translate("About", "Archive Viewer"))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"<h3>{title} {html.escape(version)}</h3>{body}"


def licences_text() -> str:
    """The full licence texts shown under Details."""
    parts = [
        QCoreApplication.translate(
            "About",
            "Qt and Qt for Python (PySide6): GNU Lesser General Public License v3. "
            "See https://www.qt.io/licensing/ and https://doc.qt.io/qt-6/lgpl.html.",
        ),
        "",
        QCoreApplication.translate("About", "Liberation Serif font:"),
    ]
    try:
        parts.append(resource_path(*FONT_LICENCE).read_text(encoding="utf-8"))
    except OSError:
        parts.append(
            QCoreApplication.translate(
                "About", "(the licence file is missing from this installation)"
            )
        )
    return "\n".join(parts)
