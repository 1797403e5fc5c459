"""Our Vietnamese for Qt's own words: Qt's exact messages, all translated, and loaded."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.app import setup_application
from desktop.i18n import qt_catalogue
from desktop.i18n.qm_file import read_qm

TS = qt_catalogue.ts_path("vi")


def _messages() -> list[tuple[str, str, str, str]]:
    """(context, source, comment, translation) of every message of qtbase_vi.ts."""
    found = []
    for context in ET.parse(TS).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.findtext("translation") or "",
                )
            )
    return found


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    setup_application()
    yield
    i18n.install_language("en")


def test_the_wheel_has_no_vietnamese_catalogue_of_qt() -> None:
    """Why ours exists: when a PySide6 ships one, use it and drop ours."""
    folder = qt_catalogue.reference_catalogue().parent
    assert qt_catalogue.reference_catalogue().exists()
    assert not (folder / "qtbase_vi.qm").exists()


def test_every_message_is_one_qt_asks_for() -> None:
    """A message whose context, source or comment differs by a letter is never used."""
    qt = {(m.context, m.source, m.comment) for m in read_qm(qt_catalogue.reference_catalogue())}
    mime = {(m.context, m.source, m.comment) for m in qt_catalogue.mime_messages()}
    unknown = [m[:3] for m in _messages() if m[:3] not in qt | mime]
    assert unknown == []


def test_the_catalogue_holds_every_message_of_its_contexts() -> None:
    """Fails after a PySide6 upgrade that changed Qt's texts: run desktop.i18n.update."""
    wanted = {(m.context, m.source, m.comment) for m in qt_catalogue.reference_messages()}
    assert {m[:3] for m in _messages()} == wanted
    assert {"QPlatformTheme", "QFileDialog", "QPrintDialog", "QLineEdit"} <= {m[0] for m in wanted}


def test_placeholders_and_lines_survive_translation() -> None:
    for _context, source, _comment, translation in _messages():
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation))
        assert source.count("\n") == translation.count("\n"), source
        assert translation.replace("&&", "").count("&") == source.replace("&&", "").count("&")


def test_the_compiled_catalogue_holds_the_translations() -> None:
    compiled = {
        (m.context, m.source, m.comment): m.translations for m in read_qm(TS.with_suffix(".qm"))
    }
    for context, source, comment, translation in _messages():
        assert compiled.get((context, source, comment)) == (translation,), source


def test_qt_s_own_words_follow_the_language(qtbot: QtBot) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    field = QLineEdit()
    qtbot.addWidget(buttons)
    qtbot.addWidget(field)

    def shown() -> tuple[list[str], list[str]]:
        menu = field.createStandardContextMenu()
        entries = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        menu.deleteLater()
        return [b.text() for b in buttons.buttons()], entries

    i18n.install_language("vi")
    button_texts, menu_texts = shown()
    assert sorted(button_texts) == ["Hủy", "Đồng ý"]
    assert "&Dán" in menu_texts and "Chọn tất cả" in menu_texts
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Tên tệp:"
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Save).text() == "Lưu"
    i18n.install_language("en")
    button_texts, menu_texts = shown()
    assert sorted(button_texts) == ["Cancel", "OK"]
    assert "&Paste" in menu_texts


def test_file_types_are_named_in_vietnamese() -> None:
    from PySide6.QtCore import QMimeDatabase

    i18n.install_language("vi")
    assert QMimeDatabase().mimeTypeForName("application/pdf").comment() == "Tài liệu PDF"
