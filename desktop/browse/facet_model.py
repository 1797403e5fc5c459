"""The browse panel's rows: sections (years, sources, authors, tags), their entries with
counts, and under an opened year its months.

The model shows ``db.facets.Facets`` as they come from the query thread, in the order
chosen (by name or by count), with the entries chosen checked. A chosen entry that the
filter leaves no article for stays, with 0, so that it can be unchecked where it was.

A flat table of ``QStandardItem`` cells, on purpose. The view lays out and paints from
data held in C++: a model written in Python is asked for every role of every cell it
paints (a thousand calls for one screen), and while another thread runs Python (an
import) each call waits its turn for Python's lock, freezing the window for a fifth of
a second. A tree view would also lay out every row of an opened section that way. What
is opened is the model's own state; new counts for the same rows change only the cells
whose text changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from db import vietnamese as vn
from db.facets import FacetEntry, FacetOrder, Facets, sorted_entries
from desktop.browse.browse_choices import BrowseChoices, FacetKind
from desktop.browse.month_labels import count_text, month_and_year, month_name

Key = tuple[FacetKind, str | None]

# (kind, value) of an entry; (kind, None) for a section's heading.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
# What the first column shows for something that opens and closes.
OPENED, CLOSED = "▾", "▸"
# How far a month's name is set in under its year.
MONTH_INDENT = "    "


class FacetColumn(IntEnum):
    """The table's columns: open/close, name (with its check box), count."""

    OPEN = 0
    NAME = 1
    COUNT = 2


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


@dataclass(frozen=True)
class _Line:
    """One row: a heading (``entry`` None), an entry, or a month (``month``)."""

    kind: FacetKind
    entry: FacetEntry | None
    month: bool = False
    # A heading, or a year with months: it opens and closes.
    opens: bool = False

    @property
    def key(self) -> Key:
        return (self.kind, self.entry.value if self.entry is not None else None)


class FacetModel(QStandardItemModel):
    """Rows of headings, entries and months (``KEY_ROLE``: ``(kind, value)``).

    Entries are checked (``CheckStateRole``) when chosen; a year is partly checked when
    some of its months are. Every section is open at first, every year closed; the
    panel opens and closes them (``toggle_open``) and changes the choices.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(FacetColumn), parent)
        self._facets = Facets()
        self._choices = BrowseChoices()
        self._order = FacetOrder.NAME
        self._language = "en"
        self._opened: set[Key] = {(kind, None) for kind in SECTIONS}
        self._bold = QFont()
        self._bold.setBold(True)
        self._lines: list[_Line] = []
        self._rows_of: dict[Key, int] = {}
        # What each row's cells show (open mark, name, check, tip, count), to change
        # only the cells that differ.
        self._shown: list[tuple[str, str, Qt.CheckState | None, str, str]] = []
        self._tips = ("", "")  # the tooltips' texts in the current language
        self._update(always=True)

    # --- feeding -------------------------------------------------------------------

    def set_facets(self, facets: Facets) -> None:
        """Show these counts (in place when the rows are the same ones)."""
        self._facets = facets
        self._update()

    def set_choices(self, choices: BrowseChoices) -> None:
        """Check the entries chosen."""
        if choices != self._choices:
            self._choices = choices
            self._update()

    def set_order(self, order: FacetOrder) -> None:
        """Entries by name (Vietnamese order, dates newest first) or by count."""
        if order is not self._order:
            self._order = order
            self._update()

    def set_language(self, language: str) -> None:
        """Name months and format counts for the UI language."""
        self._language = language
        self._update(always=True)

    def toggle_open(self, key: Key) -> None:
        """Open or close a section (``(kind, None)``) or a year."""
        if key in self._opened:
            self._opened.discard(key)
        else:
            self._opened.add(key)
        self._update()

    def is_open(self, key: Key) -> bool:
        """Whether a section or a year shows what is under it."""
        return key in self._opened

    # --- finding rows ----------------------------------------------------------------

    def row_of(self, key: Key) -> int | None:
        """The row of a heading or an entry (None when it is not shown)."""
        return self._rows_of.get(key)

    def find(self, kind: FacetKind, value: str | None) -> QModelIndex:
        """The name cell of an entry (or a heading with ``value`` None), invalid when
        it is not shown."""
        row = self._rows_of.get((kind, value))
        return self.index(row, FacetColumn.NAME) if row is not None else QModelIndex()

    def entries(self, kind: FacetKind, *, months_of: str | None = None) -> list[FacetEntry]:
        """The entries shown in a section (or the months shown under a year)."""
        if months_of is not None:
            return [
                line.entry
                for line in self._lines
                if line.month and line.entry is not None and line.entry.value[:4] == months_of
            ]
        return [
            line.entry
            for line in self._lines
            if line.kind is kind and line.entry is not None and not line.month
        ]

    # --- building ------------------------------------------------------------------

    def _update(self, *, always: bool = False) -> None:
        self._tips = (
            QCoreApplication.translate("FacetModel", "{name}: 1 article"),
            QCoreApplication.translate("FacetModel", "{name}: {count} articles"),
        )
        lines = self._build()
        shown = [self._texts(line) for line in lines]
        if not always and [line.key for line in lines] == [line.key for line in self._lines]:
            self._lines = lines
            changed = [
                row
                for row, (old, new) in enumerate(zip(self._shown, shown, strict=True))
                if old != new
            ]
            # While an import runs most counts change every time: the view hears one
            # signal for the rows changed, not one a cell (each a turn of Python's lock).
            self.blockSignals(True)
            for row in changed:
                self._fill(row, shown[row], self._shown[row])
            self.blockSignals(False)
            self._shown = shown
            if changed:
                self.dataChanged.emit(
                    self.index(changed[0], 0), self.index(changed[-1], len(FacetColumn) - 1)
                )
            return
        # Many rows at once: the view hears one reset, not a signal a cell.
        self.beginResetModel()
        self.blockSignals(True)
        self.setRowCount(0)
        for line, texts in zip(lines, shown, strict=True):
            self.appendRow(self._cells(line))
            self._fill(self.rowCount() - 1, texts, None)
        self.blockSignals(False)
        self._lines, self._shown = lines, shown
        self._rows_of = {line.key: row for row, line in enumerate(lines)}
        self.endResetModel()

    def _cells(self, line: _Line) -> list[QStandardItem]:
        cells = [QStandardItem() for _ in FacetColumn]
        for cell in cells:
            cell.setFlags(_FLAGS)
            cell.setData(line.key, KEY_ROLE)
        cells[FacetColumn.OPEN].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        cells[FacetColumn.COUNT].setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        if line.entry is None:
            cells[FacetColumn.NAME].setFont(self._bold)
        return cells

    def _fill(
        self,
        row: int,
        texts: tuple[str, str, Qt.CheckState | None, str, str],
        old: tuple[str, str, Qt.CheckState | None, str, str] | None,
    ) -> None:
        """Put a row's texts in its cells (those that changed since ``old``)."""
        opener, name, check, tip, count = texts
        for index, value in enumerate(texts):
            if old is not None and old[index] == value:
                continue
            if index == 0:
                self._item(row, FacetColumn.OPEN).setText(opener)
            elif index == 1:
                self._item(row, FacetColumn.NAME).setText(name)
            elif index == 2 and check is not None:
                self._item(row, FacetColumn.NAME).setCheckState(check)
            elif index == 3:
                for column in (FacetColumn.NAME, FacetColumn.COUNT):
                    self._item(row, column).setToolTip(tip)
            elif index == 4:
                self._item(row, FacetColumn.COUNT).setText(count)

    def _item(self, row: int, column: int) -> QStandardItem:
        item = self.item(row, column)
        assert item is not None
        return item

    def _texts(self, line: _Line) -> tuple[str, str, Qt.CheckState | None, str, str]:
        opener = (OPENED if line.key in self._opened else CLOSED) if line.opens else ""
        if line.entry is None:
            return (opener, section_title(line.kind), None, "", "")
        return (
            opener,
            self._name(line),
            self._check_state(line),
            self._tooltip(line),
            count_text(line.entry.count, self._language),
        )

    def _build(self) -> list[_Line]:
        facets = self._facets
        months: dict[str, list[FacetEntry]] = {}
        for month in self._with_chosen(facets.months, FacetKind.PERIOD, months=True):
            months.setdefault(month.value[:4], []).append(month)
        lines: list[_Line] = []
        for kind, entries in (
            (FacetKind.PERIOD, facets.years),
            (FacetKind.SOURCE, facets.sources),
            (FacetKind.AUTHOR, facets.authors),
            (FacetKind.TAG, facets.tags),
        ):
            lines.append(_Line(kind, None, opens=True))
            if (kind, None) not in self._opened:
                continue
            extra = months if kind is FacetKind.PERIOD else None
            for entry in self._with_chosen(entries, kind, extra=extra):
                under = months.get(entry.value, []) if kind is FacetKind.PERIOD else []
                lines.append(_Line(kind, entry, opens=bool(under)))
                if under and (kind, entry.value) in self._opened:
                    for month in sorted_entries(under, self._order, newest_first=True):
                        lines.append(_Line(kind, month, month=True))
        return lines

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

    # --- texts -----------------------------------------------------------------------

    def _name(self, line: _Line) -> str:
        assert line.entry is not None
        if line.month:
            return MONTH_INDENT + month_name(int(line.entry.value[5:7]), self._language)
        return line.entry.name

    def _tooltip(self, line: _Line) -> str:
        assert line.entry is not None
        value, count = line.entry.value, line.entry.count
        name = month_and_year(value, self._language) if line.month else line.entry.name
        one, many = self._tips
        return (one if count == 1 else many).format(
            name=name, count=count_text(count, self._language)
        )

    def _check_state(self, line: _Line) -> Qt.CheckState:
        assert line.entry is not None
        value = line.entry.value
        if self._choices.is_chosen(line.kind, value):
            return Qt.CheckState.Checked
        if line.kind is FacetKind.PERIOD and any(
            chosen.startswith(value + "-") for chosen in self._choices.periods
        ):
            return Qt.CheckState.PartiallyChecked
        return Qt.CheckState.Unchecked


def _sort_key(kind: FacetKind, value: str) -> str:
    return value if kind is FacetKind.PERIOD else vn.sort_key(value) or ""
