"""Windows open within the screen: shrunk to its available area, never below their minimum."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import setup_application


def test_a_window_larger_than_the_screen_is_shrunk_onto_it(qtbot: QtBot) -> None:
    setup_application()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(5000, 4000)
    dialog.move(-300, 9000)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    assert area.contains(dialog.frameGeometry().topLeft())


def test_a_window_keeps_its_minimum_size(qtbot: QtBot) -> None:
    setup_application()
    window = QWidget()
    qtbot.addWidget(window)
    area_width = window.screen().availableGeometry().width()
    window.setMinimumWidth(area_width + 50)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() == area_width + 50
