"""Completion of author, source and tag names that ignores case and Vietnamese marks."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

from db import vietnamese as vn

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1


def folded(text: str) -> str:
    """The form names are matched in: "Quốc Toản" and "quoc toan" are the same."""
    return vn.fold(vn.clean(text))


class NameCompleter(QCompleter):
    """A QCompleter over a list of names; typing "quoc" offers "Quốc Toản".

    Matching runs on a folded copy of each name (``FOLDED_ROLE``); the popup shows and
    inserts the name as written.
    """

    def __init__(self, names: Iterable[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = QStandardItemModel(self)
        self.setModel(self._names)
        self.set_names(names)
        self.setCompletionRole(FOLDED_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.setMaxVisibleItems(12)

    def set_names(self, names: Iterable[str]) -> None:
        """Replace the names offered."""
        self._names.clear()
        for name in names:
            item = QStandardItem(name)
            item.setData(folded(name), FOLDED_ROLE)
            item.setEditable(False)
            self._names.appendRow(item)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt override)
        return [folded(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(Qt.ItemDataRole.DisplayRole))
