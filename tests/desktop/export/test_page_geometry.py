"""Pages in layout units: A4 and Letter, margins, the text area between them."""

from __future__ import annotations

import pytest

from desktop.export.page_geometry import LAYOUT_DPI, PageGeometry, mm, pt
from desktop.export.page_setup import PageSetup


def test_units() -> None:
    assert mm(25.4) == pytest.approx(LAYOUT_DPI)
    assert pt(72) == pytest.approx(LAYOUT_DPI)


def test_the_text_area_is_the_page_less_its_margins() -> None:
    a4 = PageGeometry(PageSetup())
    assert a4.width == pytest.approx(mm(210), rel=1e-3)
    assert a4.text_width == pytest.approx(a4.width - mm(30) - mm(15))
    letter = PageGeometry(PageSetup(page_size="Letter", margin_top_mm=10, margin_bottom_mm=10))
    assert letter.width == pytest.approx(mm(215.9), rel=1e-3)
    assert letter.text_height == pytest.approx(letter.height - mm(20))
