"""The question about files that exist: each button gives its choice, Cancel none."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.export.existing_files_box import ExistingFilesBox
from desktop.export.export_types import ExistingFiles


def test_each_button_gives_its_choice(qtbot: QtBot) -> None:
    box = ExistingFilesBox(3)
    qtbot.addWidget(box)
    assert "3 of the files" in box.text()
    found = {button.text(): button for button in box.buttons()}
    found["Keep both"].click()
    assert box.choice is ExistingFiles.KEEP_BOTH
    found["Replace them"].click()
    assert box.choice is ExistingFiles.OVERWRITE
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    cancel.click()
    assert box.choice is None
