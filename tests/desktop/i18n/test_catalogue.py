"""The translation catalogues: complete, compiled, and loadable."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from desktop import i18n
from desktop.i18n.update import ts_path


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


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_text_is_translated(language: str) -> None:
    tree = ET.parse(ts_path(language))
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


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_compiled_catalogue_is_not_older_than_its_source(language: str) -> None:
    source = ts_path(language)
    compiled = source.with_suffix(".qm")
    assert compiled.exists()
    assert compiled.stat().st_mtime >= source.stat().st_mtime - 1


def test_placeholders_survive_translation() -> None:
    tree = ET.parse(ts_path("vi"))
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
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
