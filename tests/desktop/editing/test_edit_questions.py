"""The edit dialog's questions, answered the way a user clicks them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from db.errors import VersionConflictError
from desktop.editing.edit_questions import (
    ConflictChoice,
    UnsavedChoice,
    ask_conflict,
    ask_unsaved,
)


def answer_with(pick: Callable[[QMessageBox], None], seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)  # the box is not up yet
            return
        seen.append(box.text())
        pick(box)

    QTimer.singleShot(0, answer)


def test_a_conflict_names_both_versions_and_reload_is_reload(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def reload(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if b.text() == "&Reload"]
        button.click()

    answer_with(reload, seen)
    conflict = VersionConflictError(7, expected=2, found=3)
    assert ask_conflict(parent, conflict) is ConflictChoice.RELOAD
    assert "now version 3" in seen[0] and "version 2" in seen[0]


def test_a_conflict_closed_any_other_way_cancels(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answer_with(lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), [])
    conflict = VersionConflictError(7, expected=2, found=3)
    assert ask_conflict(parent, conflict) is ConflictChoice.CANCEL


def test_unsaved_changes_can_be_discarded_or_kept(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answer_with(lambda box: box.button(QMessageBox.StandardButton.Discard).click(), [])
    assert ask_unsaved(parent) is UnsavedChoice.DISCARD
    answer_with(lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), [])
    assert ask_unsaved(parent) is UnsavedChoice.KEEP_EDITING
