"""The menus enable what the window's state allows: a read-only archive is for reading."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.main_window.main_window import MainWindow


def test_read_only_allows_reading_and_exporting_only(qtbot: QtBot, window: MainWindow) -> None:
    a = window.menu_actions
    a.update_enabled(
        has_archive=True,
        writable=False,
        has_rows=True,
        has_selection=True,
        has_current=True,
        redecodable=True,
    )
    assert a.export_pdf.isEnabled() and a.history.isEnabled() and a.backup_now.isEnabled()
    for action in (a.import_articles, a.new_article, a.delete_articles, a.restore_backup):
        assert not action.isEnabled(), action.objectName()
    assert not a.redecode_menu.isEnabled()
    a.update_enabled(
        has_archive=True,
        writable=True,
        has_rows=False,
        has_selection=False,
        has_current=True,
        redecodable=True,
    )
    assert a.redecode_menu.isEnabled() and a.edit_article.isEnabled()
    assert not a.export_pdf.isEnabled() and not a.bulk_edit.isEnabled()
    del qtbot


def test_decode_again_offers_the_old_encodings_by_their_usual_names(window: MainWindow) -> None:
    labels = [action.text() for action in window.menu_actions.redecode_actions]
    assert labels[0].startswith("TCVN3") and "VNI-Times" in labels[1]
    assert window.menu_actions.redecode_menu.title() == "&Decode again as"
