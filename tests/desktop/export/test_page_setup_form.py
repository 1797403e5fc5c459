"""The "Page" group of the export dialog shows and gives back a page setup."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.export.page_setup import PageSetup
from desktop.export.page_setup_form import PageSetupForm


def test_round_trip_and_defaults(qtbot: QtBot) -> None:
    form = PageSetupForm()
    qtbot.addWidget(form)
    setup = PageSetup(page_size="Letter", margin_left_mm=35.0, font_size_pt=14.5)
    form.set_page_setup(setup)
    assert form.page_setup() == setup
    form.defaults_button.click()
    assert form.page_setup() == PageSetup()
