"""The first screen of an empty archive: its paragraph wraps and shows whole."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop import i18n
from desktop.main_window.welcome_widget import WelcomeWidget
from tests.desktop.layout_fit import label_problem


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("width", [420, 683, 1024, 1366])
def test_the_paragraph_is_never_clipped(qtbot: QtBot, language: str, width: int) -> None:
    i18n.install_language(language)
    welcome = WelcomeWidget()
    qtbot.addWidget(welcome)
    welcome.resize(width, 500)
    welcome.show()
    qtbot.waitExposed(welcome)
    for has_archive in (True, False):
        welcome.set_has_archive(has_archive)
        welcome.layout().activate()
        assert label_problem(welcome.text) is None
        assert label_problem(welcome.title) is None
        # Wrapped: at most about 70 characters a line, and on more than one line.
        assert welcome.text.width() <= welcome.text.fontMetrics().averageCharWidth() * 70
