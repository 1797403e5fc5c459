"""Months and counts as the browse panel and the timeline write them in each UI language."""

from __future__ import annotations

import functools

from PySide6.QtCore import QLocale

from desktop.rendering.dates import EN_MONTHS, format_partial_date

_EN_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_name(month: int, language: str) -> str:
    """A month under its year in the panel: "Tháng 5" (vi) or "May" (en)."""
    return f"Tháng {month}" if language.startswith("vi") else EN_MONTHS[month - 1]


def short_month(month: int, language: str) -> str:
    """A month under a bar of the timeline: "Th5" (vi) or "May" (en)."""
    return f"Th{month}" if language.startswith("vi") else _EN_SHORT[month - 1]


def month_and_year(value: str, language: str) -> str:
    """``2023-05`` as "tháng 5/2023" (vi) or "May 2023" (en), as the list writes it."""
    return format_partial_date(value, language)


@functools.lru_cache(maxsize=8192)
def count_text(count: int, language: str) -> str:
    """A count with the language's digit grouping: "12.345" (vi) or "12,345" (en)."""
    # Kept: the panel writes a few thousand counts, mostly the same ones, after every
    # change while an import runs, on the window's thread.
    return _locale(language.startswith("vi")).toString(count)


@functools.lru_cache(maxsize=2)
def _locale(vietnamese: bool) -> QLocale:
    return QLocale(QLocale.Language.Vietnamese if vietnamese else QLocale.Language.English)
