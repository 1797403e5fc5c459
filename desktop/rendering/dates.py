"""Partial dates the way each UI language writes them."""

from __future__ import annotations

EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_partial_date(date: str, language: str) -> str:
    """``2023-12`` → "tháng 12/2023" (vi) or "December 2023" (en); days likewise."""
    parts = [int(part) for part in date.split("-")]
    if language.startswith("vi"):
        if len(parts) == 1:
            return f"năm {parts[0]}"
        if len(parts) == 2:
            return f"tháng {parts[1]}/{parts[0]}"
        return f"{parts[2]:02d}/{parts[1]:02d}/{parts[0]}"
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{EN_MONTHS[parts[1] - 1]} {parts[0]}"
    return f"{parts[2]} {EN_MONTHS[parts[1] - 1]} {parts[0]}"
