"""The authors, sources and tags in use, with their counts: what pickers and dialogs offer."""

from __future__ import annotations

from dataclasses import dataclass

from db.archive import NAME_KINDS, Archive


@dataclass(frozen=True)
class NamesInUse:
    """Each kind's names in Vietnamese order, with the number of live articles using it."""

    author: tuple[tuple[str, int], ...] = ()
    source: tuple[tuple[str, int], ...] = ()
    tag: tuple[tuple[str, int], ...] = ()

    def counts(self, kind: str) -> list[tuple[str, int]]:
        """``(name, articles)`` of one kind ("author", "source" or "tag")."""
        if kind not in NAME_KINDS:
            raise ValueError(f"unknown name kind {kind!r}")
        return list(getattr(self, kind))

    def names(self, kind: str) -> list[str]:
        """The names of one kind, without counts."""
        return [name for name, _count in self.counts(kind)]


def read_names(archive: Archive) -> NamesInUse:
    """Read every kind from ``archive`` (slow on a big archive: call it off the UI thread)."""
    found = {kind: tuple(archive.names(kind)) for kind in NAME_KINDS}
    return NamesInUse(**found)
