"""The menu actions open the other features' dialogs (when this build has them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.main_window.features import feature
from desktop.main_window.main_window import MainWindow

CASES = [
    ("edit_article", "edit", "editDialog"),
    ("new_article", "edit", "editDialog"),
    ("history", "history", "historyDialog"),
    ("trash", "trash", "trashDialog"),
    ("bulk_edit", "bulk_edit", None),
    ("tidy_names", "tidy_names", None),
    ("export_pdf", "export", "exportDialog"),
]


# The offscreen platform warns when a dialog is shown; a real desktop does not.
@pytest.mark.parametrize(("action_name", "feature_name", "object_name"), CASES)
def test_action_opens_its_dialog(
    window: MainWindow, action_name: str, feature_name: str, object_name: str | None
) -> None:
    dialog_class = feature(feature_name)
    if dialog_class is None:
        action = getattr(window.menu_actions, action_name)
        assert not action.isEnabled()
        pytest.skip(f"this build has no {feature_name} dialog")
    window.select_row(0)
    getattr(window.menu_actions, action_name).trigger()
    dialogs = [d for d in window.findChildren(QDialog) if isinstance(d, dialog_class)]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    if object_name is not None:
        assert dialog.objectName() == object_name
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.done(QDialog.DialogCode.Rejected)


def test_enter_in_the_list_edits_the_current_article(qtbot: QtBot, window: MainWindow) -> None:
    edit_class = feature("edit")
    if edit_class is None:
        pytest.skip("this build has no edit dialog")
    window.select_row(3)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    dialogs = [d for d in window.findChildren(QDialog) if isinstance(d, edit_class)]
    assert len(dialogs) == 1
    assert dialogs[0].article_id == window.current_id()
    dialogs[0].done(QDialog.DialogCode.Rejected)
