"""Page setup of exported PDFs: paper, margins and body font.

The defaults follow Vietnamese administrative-document practice (Decree 30/2020/NĐ-CP):
A4, top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm, a Times-like serif at 13–14 pt.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from desktop.fonts import READING_FONT_FAMILY

PAGE_SIZES = ("A4", "Letter")

# What makes a page unusable: the text column would be too narrow or too short.
MIN_TEXT_MM = 60.0
MAX_MARGIN_MM = 80.0
FONT_SIZE_RANGE = (8.0, 24.0)


@dataclass(frozen=True)
class PageSetup:
    """Paper, margins (mm) and body font of a PDF; every field adjustable."""

    page_size: str = "A4"
    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 20.0
    margin_left_mm: float = 30.0
    margin_right_mm: float = 15.0
    font_family: str = READING_FONT_FAMILY
    font_size_pt: float = 13.0

    def problems(self) -> list[str]:
        """What is wrong with this setup, as sentences for the user (empty: usable)."""
        found = []
        if self.page_size not in PAGE_SIZES:
            found.append(f"Unknown page size {self.page_size!r}: choose A4 or Letter.")
        margins = (
            self.margin_top_mm,
            self.margin_bottom_mm,
            self.margin_left_mm,
            self.margin_right_mm,
        )
        if any(m < 0 or m > MAX_MARGIN_MM for m in margins):
            found.append(f"Margins must be between 0 and {MAX_MARGIN_MM:g} mm.")
        low, high = FONT_SIZE_RANGE
        if not low <= self.font_size_pt <= high:
            found.append(f"The font size must be between {low:g} and {high:g} pt.")
        return found

    def to_dict(self) -> dict[str, Any]:
        """Plain values, for QSettings."""
        return asdict(self)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> PageSetup:
        """A setup from stored values; missing or unreadable ones keep their default."""
        setup = cls()
        changes: dict[str, Any] = {}
        for field in fields(cls):
            if field.name not in values:
                continue
            default = getattr(setup, field.name)
            try:
                value = type(default)(values[field.name])
            except (TypeError, ValueError):
                continue
            changes[field.name] = value
        candidate = replace(setup, **changes)
        return candidate if not candidate.problems() else setup
