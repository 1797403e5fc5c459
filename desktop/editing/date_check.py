"""Why a typed date is not accepted, in words for the user (translated by the caller)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from db.dates import parse_partial_date
from db.errors import InvalidDateError

_SHAPE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class DateProblem(Enum):
    """What is wrong with a date."""

    SHAPE = "shape"
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True)
class DateCheck:
    """The result of checking a typed date: the stored form, or what is wrong."""

    date: str | None = None
    problem: DateProblem | None = None
    year: int = 0
    month: int = 0
    day: int = 0

    @property
    def ok(self) -> bool:
        """True when the text is empty (no date) or a valid partial date."""
        return self.problem is None


def check_date(text: str) -> DateCheck:
    """Check ``text`` as the archive would (``parse_partial_date``); empty means no date."""
    value = text.strip()
    if not value:
        return DateCheck()
    try:
        return DateCheck(date=parse_partial_date(value))
    except InvalidDateError:
        pass
    match = _SHAPE.match(value)
    if not match:
        return DateCheck(problem=DateProblem.SHAPE)
    year, month, day = (int(part) if part else 0 for part in match.groups())
    if year < 1:
        return DateCheck(problem=DateProblem.YEAR, year=year)
    if not 1 <= month <= 12:
        return DateCheck(problem=DateProblem.MONTH, year=year, month=month)
    return DateCheck(problem=DateProblem.DAY, year=year, month=month, day=day)
