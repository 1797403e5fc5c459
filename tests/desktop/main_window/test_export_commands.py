"""File ▸ Export to PDF… over the window: the dialog knows the selection and the count."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.main_window.main_window import MainWindow


def test_export_opens_with_the_selection_and_the_list_count(
    qtbot: QtBot, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.list_updated, timeout=5000):
        qtbot.keyClicks(window.filter_bar.search, "thanh hoa")
    window.select_row(0)
    window.menu_actions.export_pdf.trigger()
    dialog = window.findChild(object, "exportDialog")
    assert dialog is not None
    assert dialog.selected_ids == window.selected_ids()
    assert dialog.matching_count == window.model.rowCount() == 8
    assert "8" in dialog.all_radio.text()
    assert dialog.runner is window.jobs
    dialog.reject()
