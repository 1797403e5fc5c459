"""The browse panel's tree: sections (years, sources, authors, tags), their entries with
counts, and under each year its months.

The model shows ``db.facets.Facets`` as they come from the query thread, in the order
chosen (by name or by count), with the entries chosen checked. A chosen entry that the
filter leaves no article for stays, with 0, so that it can be unchecked where it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from db import vietnamese as vn
from db.facets import FacetEntry, FacetOrder, Facets, sorted_entries
from desktop.browse.browse_choices import BrowseChoices, FacetKind
from desktop.browse.month_labels import count_text, month_and_year, month_name

_Index = QModelIndex | QPersistentModelIndex

# (kind, value) of an entry; (kind, None) for a section.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class FacetColumn(IntEnum):
    """The tree's columns."""

    NAME = 0
    COUNT = 1


SECTIONS = (FacetKind.PERIOD, FacetKind.SOURCE, FacetKind.AUTHOR, FacetKind.TAG)


def section_title(kind: FacetKind) -> str:
    """A section's heading in the current language."""
    titles = {
        FacetKind.PERIOD: QCoreApplication.translate("FacetModel", "Years"),
        FacetKind.SOURCE: QCoreApplication.translate("FacetModel", "Sources"),
        FacetKind.AUTHOR: QCoreApplication.translate("FacetModel", "Authors"),
        FacetKind.TAG: QCoreApplication.translate("FacetModel", "Tags"),
    }
    return titles[kind]


@dataclass(eq=False)
class _Node:
    kind: FacetKind
    entry: FacetEntry | None  # None: the section itself
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0

    def add(self, child: _Node) -> _Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


class FacetModel(QAbstractItemModel):
    """Sections with their entries (``KEY_ROLE``: ``(kind, value)``), counts in a column.

    Entries are checked (``CheckStateRole``) when chosen; a year is partly checked when
    some of its months are. The panel changes the choices; the model only shows them.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._facets = Facets()
        self._choices = BrowseChoices()
        self._order = FacetOrder.NAME
        self._language = "en"
        self._roots = [_Node(kind, None, row=row) for row, kind in enumerate(SECTIONS)]
        self._rebuild()

    # --- feeding -------------------------------------------------------------------

    def set_facets(self, facets: Facets) -> None:
        """Show these counts (the tree is rebuilt: the view keeps what was expanded)."""
        self._facets = facets
        self._reset()

    def set_choices(self, choices: BrowseChoices) -> None:
        """Check the entries chosen."""
        if choices != self._choices:
            self._choices = choices
            self._reset()

    def set_order(self, order: FacetOrder) -> None:
        """Entries by name (Vietnamese order, dates newest first) or by count."""
        if order is not self._order:
            self._order = order
            self._reset()

    def set_language(self, language: str) -> None:
        """Name months and format counts for the UI language."""
        self._language = language
        self._reset()

    def section_index(self, kind: FacetKind) -> QModelIndex:
        """The index of a section's heading."""
        return self.createIndex(SECTIONS.index(kind), 0, self._roots[SECTIONS.index(kind)])

    def find(self, kind: FacetKind, value: str) -> QModelIndex:
        """The index of an entry (invalid when it is not shown)."""
        for node in self._walk():
            if node.kind is kind and node.entry is not None and node.entry.value == value:
                return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def _walk(self) -> list[_Node]:
        found: list[_Node] = []
        stack = list(self._roots)
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(node.children)
        return found

    def _reset(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        for root in self._roots:
            root.children = []
        facets = self._facets
        periods, sources, authors, tags = self._roots
        months: dict[str, list[FacetEntry]] = {}
        for month in self._with_chosen(facets.months, FacetKind.PERIOD, months=True):
            months.setdefault(month.value[:4], []).append(month)
        for year in self._with_chosen(facets.years, FacetKind.PERIOD, extra=months):
            node = periods.add(_Node(FacetKind.PERIOD, year))
            for month in sorted_entries(months.get(year.value, []), self._order, newest_first=True):
                node.add(_Node(FacetKind.PERIOD, month))
        for root, entries in ((sources, facets.sources), (authors, facets.authors)):
            for entry in self._with_chosen(entries, root.kind):
                root.add(_Node(root.kind, entry))
        for entry in self._with_chosen(facets.tags, FacetKind.TAG):
            tags.add(_Node(FacetKind.TAG, entry))

    def _with_chosen(
        self,
        entries: list[FacetEntry],
        kind: FacetKind,
        *,
        months: bool = False,
        extra: dict[str, list[FacetEntry]] | None = None,
    ) -> list[FacetEntry]:
        """The entries, plus the chosen ones the counts left out (with 0), in order."""
        shown = {entry.value for entry in entries}
        wanted = [
            v
            for v in self._choices.values(kind)
            if kind is not FacetKind.PERIOD or (len(v) > 4) == months
        ]
        if extra is not None:
            # A chosen month needs its year, even when the year has no article left.
            wanted += [year for year in extra if year not in wanted]
        added = [FacetEntry(v, v, 0, _sort_key(kind, v)) for v in wanted if v not in shown]
        return sorted_entries(
            [*entries, *added], self._order, newest_first=kind is FacetKind.PERIOD
        )

    # --- Qt model interface ------------------------------------------------------------

    def index(
        self,
        row: int,
        column: int,
        parent: _Index = QModelIndex(),  # noqa: B008 - Qt signature
    ) -> QModelIndex:
        siblings = self._children_of(parent)
        if not (0 <= row < len(siblings) and 0 <= column < len(FacetColumn)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 - Qt signature
        node = self._node(child)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children_of(parent))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, ARG002 - Qt signature
        return len(FacetColumn)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        if node.entry is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self._node(index)
        if node is None:
            return None
        column = FacetColumn(index.column())
        entry = node.entry
        if role == KEY_ROLE:
            return (node.kind, entry.value if entry is not None else None)
        if entry is None:
            if role == Qt.ItemDataRole.DisplayRole and column is FacetColumn.NAME:
                return section_title(node.kind)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column is FacetColumn.COUNT:
                return self._number(entry.count)
            return self._name(node)
        if role == Qt.ItemDataRole.CheckStateRole and column is FacetColumn.NAME:
            return self._check_state(node)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is FacetColumn.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = (
                QCoreApplication.translate("FacetModel", "{name}: 1 article")
                if entry.count == 1
                else QCoreApplication.translate("FacetModel", "{name}: {count} articles")
            )
            return text.format(name=self._long_name(node), count=self._number(entry.count))
        return None

    # --- helpers ---------------------------------------------------------------------

    def _children_of(self, parent: _Index) -> list[_Node]:
        node = self._node(parent)
        return self._roots if node is None else node.children

    def _node(self, index: _Index) -> _Node | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, _Node) else None

    def _name(self, node: _Node) -> str:
        assert node.entry is not None
        value = node.entry.value
        if node.kind is FacetKind.PERIOD and len(value) > 4:
            return month_name(int(value[5:7]), self._language)
        return node.entry.name

    def _long_name(self, node: _Node) -> str:
        assert node.entry is not None
        value = node.entry.value
        if node.kind is FacetKind.PERIOD and len(value) > 4:
            return month_and_year(value, self._language)
        return node.entry.name

    def _number(self, count: int) -> str:
        return count_text(count, self._language)

    def _check_state(self, node: _Node) -> Qt.CheckState:
        assert node.entry is not None
        value = node.entry.value
        if self._choices.is_chosen(node.kind, value):
            return Qt.CheckState.Checked
        if node.kind is FacetKind.PERIOD and any(
            chosen.startswith(value + "-") for chosen in self._choices.periods
        ):
            return Qt.CheckState.PartiallyChecked
        return Qt.CheckState.Unchecked


def _sort_key(kind: FacetKind, value: str) -> str:
    return value if kind is FacetKind.PERIOD else vn.sort_key(value) or ""
