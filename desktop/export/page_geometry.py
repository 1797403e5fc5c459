"""Pages in layout units: every report is laid out against one fixed 1200-dpi device.

Laying out once against the same reference device, whatever the output, gives the PDF,
the print preview and the printer the same line and page breaks.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from desktop.export.page_setup import PageSetup

LAYOUT_DPI = 1200


def mm(value: float) -> float:
    """Millimetres in layout units."""
    return value * LAYOUT_DPI / 25.4


def pt(value: float) -> float:
    """Points in layout units."""
    return value * LAYOUT_DPI / 72.0


class PageGeometry:
    """The page and its text area in layout units."""

    def __init__(self, setup: PageSetup) -> None:
        size_id = (
            QPageSize.PageSizeId.Letter
            if setup.page_size == "Letter"
            else (QPageSize.PageSizeId.A4)
        )
        self.page_size = QPageSize(size_id)
        paper = self.page_size.size(QPageSize.Unit.Millimeter)
        self.width = mm(paper.width())
        self.height = mm(paper.height())
        self.left = mm(setup.margin_left_mm)
        self.right = mm(setup.margin_right_mm)
        self.top = mm(setup.margin_top_mm)
        self.bottom = mm(setup.margin_bottom_mm)
        self.text_width = self.width - self.left - self.right
        self.text_height = self.height - self.top - self.bottom

    def page_layout(self) -> QPageLayout:
        """Full-page layout: the margins are drawn by the report, not by Qt."""
        return QPageLayout(
            self.page_size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )


class LayoutDevice:
    """The reference device every report is laid out against (never painted on)."""

    def __init__(self) -> None:
        self._buffer = QBuffer()  # the writer needs one; nothing is written to it
        self.writer = QPdfWriter(self._buffer)
        self.writer.setResolution(LAYOUT_DPI)
