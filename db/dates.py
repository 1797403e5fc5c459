"""Partial ISO dates: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

The sample articles carry only a month, so a date is a range of days. Filters match an
article when its range overlaps the filter's range.
"""

from __future__ import annotations

import calendar
import re

from db.errors import InvalidDateError

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_partial_date(text: str) -> str:
    """Return ``text`` as a canonical partial date, or raise InvalidDateError.

    Accepts ``2023``, ``2023-12``, ``2023-1``, ``2023-12-05``; returns zero-padded forms.
    """
    value = text.strip()
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise InvalidDateError(
            f"{text!r} is not a date: write a year (2023), a year and month (2023-12) "
            "or a full date (2023-12-25)."
        )
    year_s, month_s, day_s = match.groups()
    year = int(year_s)
    if year < 1:
        raise InvalidDateError(f"{text!r}: the year must be 0001 or later.")
    if month_s is None:
        return f"{year:04d}"
    month = int(month_s)
    if not 1 <= month <= 12:
        raise InvalidDateError(f"{text!r}: the month must be between 1 and 12.")
    if day_s is None:
        return f"{year:04d}-{month:02d}"
    day = int(day_s)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise InvalidDateError(f"{text!r}: {year:04d}-{month:02d} has no day {day}.")
    return f"{year:04d}-{month:02d}-{day:02d}"


def date_bounds(date: str) -> tuple[str, str]:
    """First and last day covered by a canonical partial date, as ``YYYY-MM-DD``."""
    parts = date.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(parts[1])
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return date, date
