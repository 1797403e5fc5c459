"""The layout the window remembers, and the first-run size on a small screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.main_window.main_window import MainWindow
from desktop.main_window.window_settings import FIRST_RUN_SIZE, fit_to_screen, truthy


def test_the_first_run_fits_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    fit_to_screen(window)
    screen = window.screen().availableGeometry()
    assert window.width() <= min(FIRST_RUN_SIZE[0], screen.width())
    assert window.height() <= min(FIRST_RUN_SIZE[1], screen.height())
    del qtbot


def test_settings_read_back_from_ini_files() -> None:
    assert truthy(True) and truthy("true") and truthy("1")
    assert not truthy("false") and not truthy(None) and not truthy("0")
