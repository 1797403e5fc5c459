"""The page setup: defaults from administrative practice, checked, stored as plain values."""

from __future__ import annotations

from desktop.export.page_setup import PageSetup


def test_defaults_follow_administrative_practice() -> None:
    setup = PageSetup()
    assert setup.page_size == "A4"
    assert 20 <= setup.margin_top_mm <= 25 and 20 <= setup.margin_bottom_mm <= 25
    assert 30 <= setup.margin_left_mm <= 35 and 15 <= setup.margin_right_mm <= 20
    assert 13 <= setup.font_size_pt <= 14
    assert setup.font_family == "Liberation Serif"
    assert setup.problems() == []


def test_round_trip_and_bad_stored_values() -> None:
    setup = PageSetup(page_size="Letter", margin_left_mm=35.0, font_size_pt=14.0)
    assert PageSetup.from_dict(setup.to_dict()) == setup
    # QSettings gives strings back from INI files.
    assert PageSetup.from_dict({"margin_left_mm": "33.5"}).margin_left_mm == 33.5
    assert PageSetup.from_dict({"margin_left_mm": "wide"}) == PageSetup()
    assert PageSetup.from_dict({"page_size": "A3"}) == PageSetup()
    assert PageSetup(font_size_pt=40).problems()
    assert PageSetup(margin_top_mm=-1).problems()
