"""The translation catalogues: complete, compiled, and loadable."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import i18n
from desktop.i18n import qt_catalogue, reasons
from desktop.i18n.update import ts_path

# The main catalogue (lupdate), the import's reasons (desktop.i18n.reasons) and Qt's own
# words in Vietnamese (desktop.i18n.qt_catalogue).
CATALOGUES = [
    *(ts_path(language) for language in i18n.LANGUAGES),
    *(reasons.ts_path(language) for language in i18n.LANGUAGES),
    qt_catalogue.ts_path("vi"),
]


def _text(translation: ET.Element) -> str:
    """The translation, or all its plural forms ("%n article(s)") joined."""
    forms = translation.findall("numerusform")
    if forms:
        return (
            ""
            if any(not (form.text or "").strip() for form in forms)
            else "|".join(form.text or "" for form in forms)
        )
    return translation.text or ""


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.name)
def test_every_text_is_translated(path: Path) -> None:
    tree = ET.parse(path)
    unfinished = [
        message.findtext("source")
        for message in tree.iter("message")
        if (translation := message.find("translation")) is not None
        and (
            translation.get("type") in ("unfinished", "obsolete", "vanished")
            or not _text(translation).strip()
        )
    ]
    assert unfinished == []
    assert sum(1 for _ in tree.iter("message")) > 50


@pytest.mark.parametrize("source", CATALOGUES, ids=lambda path: path.name)
def test_the_compiled_catalogue_is_not_older_than_its_source(source: Path) -> None:
    compiled = source.with_suffix(".qm")
    assert compiled.exists()
    assert compiled.stat().st_mtime >= source.stat().st_mtime - 1


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_reason_catalogue_has_every_reason_of_the_code(language: str) -> None:
    """Fails after a merge that added reasons: run ``python -m desktop.i18n.update``."""
    tree = ET.parse(reasons.ts_path(language))
    in_file = {
        (context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")
        for context in tree.iter("context")
        for message in context.iter("message")
    }
    assert in_file == set(reasons.catalogue_messages())


def test_reason_placeholders_survive_translation() -> None:
    import string

    tree = ET.parse(reasons.ts_path("vi"))
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        fields = {name for _, name, _, _ in string.Formatter().parse(source) if name}
        assert fields == {n for _, n, _, _ in string.Formatter().parse(translation) if n}, source


def test_placeholders_survive_translation() -> None:
    tree = ET.parse(ts_path("vi"))
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        translation = _text(element) if element is not None else ""  # plural forms too
        for name in ("{shown}", "{total}", "{count}", "{title}", "{path}", "{url}", "{qt}"):
            assert (name in source) == (name in translation), source


@pytest.mark.usefixtures("qapp")
def test_installing_vietnamese_translates() -> None:
    from PySide6.QtCore import QCoreApplication

    try:
        assert i18n.install_language("vi") == "vi"
        assert QCoreApplication.translate("EmptyState", "Clear filters") == "Xoá bộ lọc"
    finally:
        i18n.install_language("en")
    assert QCoreApplication.translate("EmptyState", "Clear filters") == "Clear filters"


def test_unknown_choices_follow_the_system() -> None:
    assert i18n.resolve("vi") == "vi"
    assert i18n.resolve("system") in i18n.LANGUAGES
    assert i18n.resolve(None) in i18n.LANGUAGES
