"""Regenerate the translation sources and the compiled catalogues.

``python -m desktop.i18n.update`` runs ``pyside6-lupdate`` over the UI sources (keeping
the translations already in the ``.ts`` files), copies the English source texts into
``archive_viewer_en.ts`` (English needs no translator, but a complete catalogue keeps
Linguist quiet), then ``pyside6-lrelease`` writes the ``.qm`` files next to them.
The import's reasons (``db.reasons``) get their own catalogue, written from the code by
``desktop.i18n.reasons``, and Qt's own words (buttons, file and print dialogs) theirs,
``qtbase_vi.ts``, from Qt's catalogue in the wheel (``desktop.i18n.qt_catalogue``).
Translate new Vietnamese texts in Qt Linguist (``pyside6-linguist``) or in the XML, and
run it again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.i18n import CATALOG, LANGUAGES
from desktop.i18n.qt_catalogue import update_qt_catalogue
from desktop.i18n.reasons import update_reason_catalogue
from desktop.resource_files import resource_path

ROOT = Path(__file__).resolve().parents[2]
# The UI folders whose texts are in the catalogue; add a feature's folder once its
# Vietnamese texts are written.
SOURCES = [
    "desktop/app.py",
    "desktop/main_window",
    "desktop/editing",
    "desktop/importing",
    "desktop/export",
    "desktop/exchange",
    "desktop/jobs",
    "desktop/browse",
]


def _tool(name: str) -> str:
    """A Qt tool from the venv next to this interpreter, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (its tools come with it)")
    return found


def ts_path(language: str) -> Path:
    """The translation source of a language."""
    return resource_path("i18n", f"{CATALOG}_{language}.ts")


def fill_english(path: Path) -> None:
    """Mark every English message as translated by its own source text."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        forms = translation.findall("numerusform")
        if forms:
            # "%n article(s)": singular and plural, English needs no other forms.
            for index, form in enumerate(forms):
                if not (form.text or "").strip():
                    form.text = (source.text or "").replace("(s)", "s" if index else "")
        elif translation.get("type") in ("unfinished", None) and not (translation.text or ""):
            translation.text = source.text
        if translation.get("type") == "unfinished":
            del translation.attrib["type"]
    tree.write(path, encoding="utf-8", xml_declaration=True)


def main() -> int:
    """Update every ``.ts`` and compile it; returns the exit code."""
    sources = [str(ROOT / s) for s in SOURCES]
    for language in LANGUAGES:
        # The import's reasons are written in db/, where lupdate does not look.
        reasons = update_reason_catalogue(language)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(reasons), "-qm", str(reasons.with_suffix(".qm"))],
            check=True,
        )
        target = ts_path(language)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(target),
            ],
            check=True,
        )
        if language == "en":
            fill_english(target)
        subprocess.run(
            [_tool("pyside6-lrelease"), str(target), "-qm", str(target.with_suffix(".qm"))],
            check=True,
        )
        if language != "en":
            # Qt's own texts are English already.
            qt_words = update_qt_catalogue(language)
            subprocess.run(
                [_tool("pyside6-lrelease"), str(qt_words), "-qm", str(qt_words.with_suffix(".qm"))],
                check=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
