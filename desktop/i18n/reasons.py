"""The translation source of the import's reasons: ``resources/i18n/import_reasons_<lang>.ts``.

The reasons are written in ``db`` (which never imports Qt), so ``pyside6-lupdate`` cannot
find them; this writes their ``.ts`` from the catalogue itself (``db.reasons.REASONS``,
every reader's reasons registered, and the ``FailureKind`` categories), keeping the
translations already made. A reason whose English text changed keeps its old
translation marked unfinished, as lupdate does. Called by ``python -m desktop.i18n.update``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.resource_files import resource_path

CATALOG = "import_reasons"
REASON_CONTEXT = "ImportReason"
KIND_CONTEXT = "FailureKind"


def ts_path(language: str) -> Path:
    """The translation source of the reasons in ``language``."""
    return resource_path("i18n", f"{CATALOG}_{language}.ts")


def catalogue_messages() -> list[tuple[str, str, str]]:
    """Every (context, English text, key) to translate, in a stable order."""
    import db.readers  # noqa: F401 - registers every reader's reasons
    from db.reasons import REASONS, FailureKind

    messages = [(REASON_CONTEXT, REASONS[key], key) for key in sorted(REASONS)]
    messages += [(KIND_CONTEXT, kind.value, "") for kind in FailureKind]
    return messages


def _existing(path: Path) -> dict[tuple[str, str], tuple[str, str, bool]]:
    """(context, key or text) -> (English text, translation, finished)."""
    found: dict[tuple[str, str], tuple[str, str, bool]] = {}
    if not path.exists():
        return found
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            key = message.findtext("comment") or source
            translation = message.find("translation")
            if translation is None:
                continue
            finished = translation.get("type") not in ("unfinished", "obsolete", "vanished")
            found[(name, key)] = (source, translation.text or "", finished)
    return found


def update_reason_catalogue(language: str) -> Path:
    """Write ``import_reasons_<language>.ts`` from the catalogue; returns its path."""
    path = ts_path(language)
    old = _existing(path)
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for context, source, key in catalogue_messages():
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        if key:
            ET.SubElement(message, "comment").text = key
        translation = ET.SubElement(message, "translation")
        before = old.get((context, key or source))
        if language == "en":
            translation.text = source
        elif before is not None and before[1]:
            translation.text = before[1]
            if before[0] != source or not before[2]:
                translation.set("type", "unfinished")
        else:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )
    return path
