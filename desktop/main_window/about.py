"""Help ▸ About: version, licence of the program and of what it bundles, and the box."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

from desktop.resource_files import licenses_dir, resource_path

FONT_LICENCE = ("fonts", "LICENSE-LiberationSerif.txt")
# The order the files are shown in; anything else found in the folder follows.
LICENCE_ORDER = ("README.txt", "GPL-3.0.txt", "Qt-LGPL-NOTICE.txt", "LGPL-3.0.txt")


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


def licence_files() -> list[tuple[str, Path]]:
    """Every licence file shipped: ``(name shown, path)``, the program's own first.

    The Qt LGPL notice, the LGPL and GPL texts, the font licence, and in the built
    program one file per bundled Python library (``python-libraries/``).
    """
    folder = licenses_dir()
    found: list[tuple[str, Path]] = []
    if folder.is_dir():
        paths = sorted(p for p in folder.rglob("*") if p.is_file())
        rank = {name: index for index, name in enumerate(LICENCE_ORDER)}
        paths.sort(key=lambda p: (p.parent != folder, rank.get(p.name, len(rank)), str(p)))
        found = [(p.relative_to(folder).as_posix(), p) for p in paths]
    font = resource_path(*FONT_LICENCE)
    if font.is_file():
        position = next((i for i, (n, _p) in enumerate(found) if "/" in n), len(found))
        found.insert(position, (f"fonts/{font.name}", font))
    return found


def licences_text() -> str:
    """The licence files' list, then their full texts, shown under Details.

    The list is here rather than in the box: on a small screen Qt makes a message box
    narrow, and every line of its text makes it taller than the screen.
    """
    files = licence_files()
    if not files:
        return QCoreApplication.translate(
            "About", "(the licence files are missing from this installation)"
        )
    folder = QCoreApplication.translate("About", "Licence files in {folder}:").format(
        folder=licenses_dir()
    )
    parts = ["\n".join([folder, *(f"  {name}" for name, _path in files)]) + "\n"]
    for name, path in files:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = QCoreApplication.translate(
                "About", "(the licence file is missing from this installation)"
            )
        parts.append(f"==== {name} ====\n\n{text.strip()}\n")
    return "\n".join(parts)


class AboutBox(QMessageBox):
    """The About box: the program's icon, version and licences (full texts under Details)."""

    def __init__(self, version: str, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Archive Viewer"))
        self.setIconPixmap(icon.pixmap(64, 64))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(about_text(version))
        self.setDetailedText(licences_text())
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._room: QSpacerItem | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # On a small screen Qt gives a message box half the screen's width, and the text
        # wrapped that narrow made the box taller than the screen: a row of its grid
        # about 90 characters wide (less than the screen) keeps it wider; the text still
        # wraps. Added when first shown, on the screen it is shown on.
        layout = self.layout()
        screen = self.screen()
        if self._room is None and isinstance(layout, QGridLayout) and screen is not None:
            self._room = QSpacerItem(
                min(
                    self.fontMetrics().averageCharWidth() * 90,
                    screen.availableGeometry().width() - 120,
                ),
                0,
                QSizePolicy.Policy.Minimum,
                QSizePolicy.Policy.Minimum,
            )
            layout.addItem(self._room, layout.rowCount(), 0, 1, layout.columnCount())
        super().showEvent(event)
