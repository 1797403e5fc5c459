"""Our Vietnamese for Qt's own words: ``resources/i18n/qtbase_<lang>.ts``.

PySide6's wheel carries Qt's catalogues for some thirty languages, not Vietnamese, so
the standard buttons (OK, Cancel, Save…), the context menus of text fields (Undo, Copy,
Paste…), Qt's file dialog and the print, page-setup and print-preview dialogs would show
English in the Vietnamese UI. This writes the translation source of the Qt contexts the
program shows, with the exact (context, source, comment) of Qt's own catalogue in the
wheel, keeping the translations already made (a message Qt no longer has goes; one it
added comes in unfinished, and the catalogue test fails until it is translated).
``python -m desktop.i18n.update`` calls it and
compiles the ``.qm``, which ``desktop.i18n.install_language`` loads with ours.

The reference is the wheel's German catalogue: Qt's developers keep it current (the
Catalan, Swedish and Kazakh ones hold the same messages in these contexts; older
catalogues still hold strings Qt no longer asks for). Left out on purpose: key names
(``QShortcut``: the shortcuts show what is printed on the keys, Ctrl, Shift, Del, on a
Vietnamese keyboard too), Qt's licence text (the program never shows About Qt), and the
contexts of dialogs the program never opens (colour and font choosers, Qt's command line).
A file's type in the file dialog comes from the MIME database (``QMimeType``); the types a
clerk's folders hold are translated, their source texts taken from the database itself.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QMimeDatabase

from desktop.i18n.qm_file import read_qm
from desktop.resource_files import resource_path

CATALOG = "qtbase"
REFERENCE_LANGUAGE = "de"
CONTEXTS = (
    # Standard buttons of QMessageBox and QDialogButtonBox, and the dialogs' own words.
    "QPlatformTheme",
    "QMessageBox",
    "QDialog",
    "QProgressDialog",
    "QProgressBar",
    # Context menus of text fields, spin boxes and scroll bars; combo boxes and tabs.
    "QWidgetTextControl",
    "QLineEdit",
    "QAbstractSpinBox",
    "QScrollBar",
    "QTabBar",
    "QComboBox",
    "QUnicodeControlCharacterMenu",
    "QWidget",
    # Qt's file dialog (used on every platform: see desktop.app).
    "QFileDialog",
    "QFileSystemModel",
    "QAbstractFileIconProvider",
    # Printing: the print dialog, its properties, page setup and the print preview.
    "QPrintDialog",
    "QPrintWidget",
    "QPrintSettingsOutput",
    "QPrintPropertiesDialog",
    "QPrintPropertiesWidget",
    "QCupsJobWidget",
    "QCupsPrinterSupport",
    "QPageSetupWidget",
    "QPrintPreviewDialog",
    "QPageSize",
)
# Qt's licence, shown only by QMessageBox.aboutQt (never called).
_LEFT_OUT_PREFIXES = ("<p>Qt is a C++ toolkit",)
MIME_CONTEXT = "QMimeType"
# The file types a clerk's folders hold, whose names the file dialog's Type column shows.
MIME_TYPES = (
    "text/plain",
    "text/markdown",
    "text/html",
    "text/csv",
    "text/x-log",
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/rtf",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.sqlite3",
    "application/json",
    "application/xml",
    "application/zip",
    "application/x-7z-compressed",
    "application/vnd.rar",
    "application/octet-stream",
    "application/x-zerosize",
    "application/x-trash",
    "application/x-ms-dos-executable",
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/bmp",
    "image/tiff",
    "image/webp",
    "image/svg+xml",
    "video/mp4",
    "audio/mpeg",
)


@dataclass(frozen=True)
class QtMessage:
    """One of Qt's texts: where Qt asks for it and whether it has plural forms."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False


def ts_path(language: str) -> Path:
    """The translation source of Qt's words in ``language``."""
    return resource_path("i18n", f"{CATALOG}_{language}.ts")


def reference_catalogue() -> Path:
    """Qt's own catalogue in the wheel that the messages are taken from."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return folder / f"{CATALOG}_{REFERENCE_LANGUAGE}.qm"


def mime_messages() -> list[QtMessage]:
    """The names of ``MIME_TYPES`` as Qt's MIME database gives them (untranslated)."""
    database = QMimeDatabase()
    names = {database.mimeTypeForName(name).comment() for name in MIME_TYPES}
    return [QtMessage(MIME_CONTEXT, name) for name in sorted(names) if name]


def reference_messages() -> list[QtMessage]:
    """Every message to translate, in a stable order (context, then source)."""
    wanted = set(CONTEXTS)
    messages = {
        (m.context, m.source, m.comment): QtMessage(
            m.context, m.source, m.comment, numerus=len(m.translations) > 1
        )
        for m in read_qm(reference_catalogue())
        if m.context in wanted and not m.source.startswith(_LEFT_OUT_PREFIXES)
    }
    order = {context: index for index, context in enumerate(CONTEXTS)}
    found = sorted(messages.values(), key=lambda m: (order[m.context], m.source, m.comment))
    return found + mime_messages()


def _existing(path: Path) -> dict[tuple[str, str, str], tuple[list[str], bool]]:
    """(context, source, comment) -> (translation or plural forms, finished)."""
    found: dict[tuple[str, str, str], tuple[list[str], bool]] = {}
    if not path.exists():
        return found
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            found[key] = (forms or [translation.text or ""], finished)
    return found


def update_qt_catalogue(language: str) -> Path:
    """Write ``qtbase_<language>.ts`` from Qt's messages, keeping translations; its path."""
    path = ts_path(language)
    old = _existing(path)
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for message in reference_messages():
        if message.context not in contexts:
            contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[message.context], "name").text = message.context
        element = ET.SubElement(contexts[message.context], "message")
        if message.numerus:
            element.set("numerus", "yes")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        translation = ET.SubElement(element, "translation")
        texts, finished = old.get((message.context, message.source, message.comment), ([], False))
        if message.numerus:
            # Vietnamese has one plural form.
            ET.SubElement(translation, "numerusform").text = texts[0] if texts else None
        elif texts:
            translation.text = texts[0]
        if not finished or not any(texts):
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )
    return path
