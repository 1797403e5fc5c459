"""What is chosen in the browse panel: alternatives within a facet, narrowing together."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from db.models import ArticleFilter


class FacetKind(StrEnum):
    """The panel's sections, named as the filter's fields they fill."""

    PERIOD = "periods"
    SOURCE = "sources"
    AUTHOR = "authors"
    TAG = "any_tags"


@dataclass(frozen=True)
class BrowseChoices:
    """The entries checked in the panel, per facet, in the order they were checked."""

    periods: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    any_tags: tuple[str, ...] = ()

    def values(self, kind: FacetKind) -> tuple[str, ...]:
        """The values chosen in one facet."""
        chosen: tuple[str, ...] = getattr(self, kind.value)
        return chosen

    def is_chosen(self, kind: FacetKind, value: str) -> bool:
        """Whether an entry is checked."""
        return value in self.values(kind)

    def toggled(self, kind: FacetKind, value: str) -> BrowseChoices:
        """These choices with one entry checked or unchecked.

        Checking a year takes its months out (the year holds them); checking a month
        takes its year out, so that the month narrows the list.
        """
        values = self.values(kind)
        if value in values:
            return replace(self, **{kind.value: tuple(v for v in values if v != value)})
        if kind is FacetKind.PERIOD:
            values = tuple(
                v for v in values if not (v.startswith(value + "-") or value.startswith(v + "-"))
            )
        return replace(self, **{kind.value: (*values, value)})

    @property
    def is_empty(self) -> bool:
        """Whether nothing is chosen."""
        return self == BrowseChoices()

    def applied_to(self, where: ArticleFilter) -> ArticleFilter:
        """``where`` narrowed by these choices (they replace any there)."""
        return replace(
            where,
            periods=self.periods,
            sources=self.sources,
            authors=self.authors,
            any_tags=self.any_tags,
        )
