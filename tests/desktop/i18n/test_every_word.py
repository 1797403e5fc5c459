"""Every word the program shows is in the UI's language, Qt's own words included.

The whole program is walked (``program_tour``) in Vietnamese and in English, reading
every window, dialog, menu and message it can show. In Vietnamese, no text may hold a
word of the program's English texts (ours, the import's reasons, Qt's own): an English
word left on screen is one of them. A text the Vietnamese catalogues give as it is (a
paper size such as "Letter / ANSI A") is what the translator chose. In English, no text
may hold a Vietnamese letter. The walk also notes every text Qt asked its catalogues for:
each of Qt's own must be in our Qt catalogue.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from db.syllables import vietnamese_syllable_share
from desktop import i18n
from desktop.app import setup_application
from desktop.i18n import qt_catalogue, reasons
from desktop.i18n.qm_file import read_qm
from desktop.i18n.update import ts_path
from tests.desktop.i18n.program_tour import walk_program
from tests.desktop.i18n.visible_texts import Seen, plain
from tests.desktop.i18n.walker import Recorder, Walker

# Names, not English: the program's, formats and encodings, the language menu's
# "English", fonts and licences, and the keys printed on the keyboard.
NAMES = {
    "archive", "viewer", "pdf", "markdown", "html", "docx", "doc", "rtf", "txt", "md",
    "zip", "utf", "tcvn", "vni", "vntime", "times", "abc", "windows", "word", "english",
    "sqlite", "pyside", "qt", "gnu", "gpl", "lgpl", "liberation", "serif", "sil", "ofl",
    "python", "letter", "web", "ctrl", "shift", "alt", "del", "enter", "esc", "tab",
}  # fmt: skip
# Names of several words, taken out before the words are looked at.
_NAMED = re.compile(r"Qt for Python")
# The licences are legal texts, shown as they were written (About › details).
LEGAL_TEXTS = ("Help › About, details shown › QTextEdit",)
# The language menu names each language in itself.
OWN_NAMES = {"Tiếng Việt"}
_PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n|%L\d|&\w+;")
_PATH = re.compile(r"\S*[/\\]\S*|\S+\.\w{1,8}\b")
_WORD = re.compile(r"[A-Za-z]{2,}")
_VIETNAMESE_LETTER = re.compile(
    r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ"
    r"\u1ea0-\u1ef9]"
)


def _words(text: str) -> Iterator[str]:
    text = _NAMED.sub(" ", re.sub(r"<[^>]+>", " ", text))
    text = _PATH.sub(" ", _PLACEHOLDER.sub(" ", plain(text)))
    for word in _WORD.findall(text):
        yield word.lower()


def _catalogues(language: str) -> list[Path]:
    found = [ts_path(language), reasons.ts_path(language)]
    if language != "en":
        found.append(qt_catalogue.ts_path(language))
    return found


def english_words() -> set[str]:
    """Every word of the program's English texts that is neither a name nor Vietnamese."""
    words: set[str] = set()
    for path in [*_catalogues("en"), qt_catalogue.ts_path("vi")]:
        for message in ET.parse(path).iter("message"):
            words.update(_words(message.findtext("source") or ""))
    return {w for w in words if w not in NAMES and vietnamese_syllable_share(w) < 1}


def vietnamese_translations() -> set[str]:
    """Every text the Vietnamese catalogues give, as shown (mnemonics removed)."""
    texts: set[str] = set()
    for path in _catalogues("vi"):
        for translation in ET.parse(path).iter("translation"):
            forms = translation.findall("numerusform") or [translation]
            texts.update(plain(form.text or "") for form in forms)
    return texts


def _shown(seen: Seen) -> str:
    # A menu entry's shortcut follows a tab; key names are what the keys say.
    return "" if seen.where.endswith("(shortcut)") else seen.text.split("\t")[0]


def english_left(seen: list[Seen]) -> list[str]:
    """The texts of a Vietnamese walk that hold English words (with the words)."""
    english = english_words()
    chosen = vietnamese_translations()
    left = []
    for item in seen:
        text = _shown(item)
        if not text or plain(text) in chosen or item.where.startswith(LEGAL_TEXTS):
            continue
        found = sorted({w for w in _words(text) if w in english})
        if found:
            left.append(f"{item}  ← {', '.join(found)}")
    return sorted(set(left))


def vietnamese_left(seen: list[Seen]) -> list[str]:
    """The texts of an English walk that hold Vietnamese letters.

    File names and document numbers (``256/2004/QĐ-UB`` as an example of one) are left
    out: they are what the archive holds.
    """
    return sorted(
        {
            str(item)
            for item in seen
            if _shown(item) not in OWN_NAMES
            and _VIETNAMESE_LETTER.search(_PATH.sub(" ", _shown(item)))
        }
    )


def qt_words_missing(asked: set[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Qt's own texts the walk asked for that our Qt catalogue lacks (key names aside)."""
    ours = {(m.context, m.source, m.comment) for m in qt_catalogue.reference_messages()}
    reference = {
        (m.context, m.source, m.comment) for m in read_qm(qt_catalogue.reference_catalogue())
    }
    return sorted(
        key for key in asked if key in reference and key not in ours and key[0] != "QShortcut"
    )


# The offscreen platform says the first for every dialog it shows; Qt the second when the
# print preview's page setup opens on a machine without printers (a PDF printer).
QT_NOISE = ("This plugin does not support", "QPageSetupDialog: Cannot be used on non-native")


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    setup_application()
    yield
    i18n.install_language("en")


@pytest.mark.qt_log_ignore(*QT_NOISE)
def test_every_word_is_vietnamese(qtbot: QtBot, tmp_path: Path) -> None:
    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)
    try:
        walker = walk_program(Walker(qtbot), tmp_path, "vi")
    finally:
        QCoreApplication.removeTranslator(recorder)
    assert len(walker.opened) > 60  # the tour went everywhere
    assert english_left(walker.seen) == []
    assert qt_words_missing(recorder.asked) == []


@pytest.mark.qt_log_ignore(*QT_NOISE)
def test_every_word_is_english(qtbot: QtBot, tmp_path: Path) -> None:
    walker = walk_program(Walker(qtbot), tmp_path, "en")
    assert len(walker.opened) > 60
    assert vietnamese_left(walker.seen) == []
