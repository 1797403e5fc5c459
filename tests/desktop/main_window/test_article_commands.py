"""The Edit menu: each action opens its dialog over the window; long changes are jobs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from db.archive import Archive
from db.text_decoding import encode_tcvn3
from desktop.editing.bulk_edit_dialog import BulkEditDialog
from desktop.editing.edit_dialog import EditDialog
from desktop.editing.history_dialog import HistoryDialog
from desktop.editing.tidy_names_dialog import TidyNamesDialog
from desktop.editing.trash_dialog import TrashDialog
from desktop.main_window.main_window import MainWindow
from tests.desktop.main_window.conftest import wait_for_job

CASES = [
    ("edit_article", EditDialog, "editDialog"),
    ("new_article", EditDialog, "editDialog"),
    ("history", HistoryDialog, "historyDialog"),
    ("trash", TrashDialog, "trashDialog"),
    ("bulk_edit", BulkEditDialog, "bulkEditDialog"),
    ("tidy_names", TidyNamesDialog, "tidyNamesDialog"),
]


# The offscreen platform warns when a dialog is shown; a real desktop does not.
@pytest.mark.parametrize(("action_name", "dialog_class", "object_name"), CASES)
def test_action_opens_its_dialog(
    window: MainWindow, action_name: str, dialog_class: type[QDialog], object_name: str
) -> None:
    window.select_row(0)
    getattr(window.menu_actions, action_name).trigger()
    dialogs = [d for d in window.findChildren(QDialog) if isinstance(d, dialog_class)]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.objectName() == object_name
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.done(QDialog.DialogCode.Rejected)


def test_enter_in_the_list_edits_the_current_article(qtbot: QtBot, window: MainWindow) -> None:
    window.select_row(3)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    dialogs = [d for d in window.findChildren(QDialog) if isinstance(d, EditDialog)]
    assert len(dialogs) == 1
    assert dialogs[0].article_id == window.current_id()
    dialogs[0].done(QDialog.DialogCode.Rejected)


def test_dialogs_take_the_names_from_the_cache(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: bool(window.names.names().names("author")), timeout=5000)
    window.select_row(0)
    dialog = window.articles.edit_current()
    assert dialog is not None
    model = dialog.author_edit.completer().model()
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == sorted(
        window.names.names().names("author")
    )
    dialog.done(QDialog.DialogCode.Rejected)


def test_delete_is_a_job_and_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_row(0)
    doomed = window.current_id()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    assert window.articles.delete_selected() is None
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.list_updated, timeout=10_000):
        job = window.articles.delete_selected()
    wait_for_job(qtbot, job)
    assert doomed not in window.model.ids()
    assert "1 articles moved to the Trash" in window.statusBar().currentMessage()


def test_decode_again_from_the_edit_menu(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    legacy = tmp_path / "cu.txt"
    legacy.write_bytes(encode_tcvn3(" date 2004 Thông tư liên tịch\n\nBộ Tài chính hướng dẫn.\n"))
    importer = window.imports.controller
    assert importer is not None
    importer.show_report = False
    with qtbot.waitSignal(importer.finished, timeout=10_000):
        importer.import_paths([legacy])
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)  # the last import
    window.select_row(0)
    menu = window.menu_actions.redecode_menu
    assert menu.isEnabled()
    tcvn3 = next(a for a in window.menu_actions.redecode_actions if a.data() == "tcvn3")
    article_id = window.current_id()
    assert article_id is not None
    tcvn3.trigger()
    qtbot.waitUntil(
        lambda: "decoded as tcvn3" in window.statusBar().currentMessage(), timeout=10_000
    )
    with Archive.open(window.archive.path if window.archive else None) as archive:
        assert archive.get(article_id).title == "Thông tư liên tịch"
    # An article typed in the window has no file bytes to read again.
    window.filter_bar.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 41, timeout=5000)
    window.select_row(window.model.row_of(1) or 0)
    assert not menu.isEnabled()
