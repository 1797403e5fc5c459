"""The tables open around the current element of a Word body, rows and cells as they come.

Tables nest (a cell may hold tables); past ``MAX_TABLE_DEPTH`` the inner ones are read
as part of the cell around them, which keeps every cell's text without a structure no
document has. A row whose ``w:trPr`` marks it as a tracked deletion is dropped.
"""

from __future__ import annotations

from db.readers.docx_items import Cell, Item, Table

MAX_TABLE_DEPTH = 32


class _OpenTable:
    __slots__ = ("cell", "deleted", "row", "table")

    def __init__(self) -> None:
        self.table = Table()
        self.row: list[Cell] | None = None
        self.deleted = False
        self.cell: Cell | None = None


class TableStack:
    """The open tables, innermost last."""

    def __init__(self) -> None:
        self._open: list[_OpenTable] = []
        self._flat = 0  # tables past MAX_TABLE_DEPTH, read as plain paragraphs

    @property
    def cell_open(self) -> bool:
        """Whether the element beginning now is in a cell of a table being kept."""
        return bool(self._open) and not self._flat

    def start_table(self) -> None:
        """``w:tbl`` begins."""
        if len(self._open) >= MAX_TABLE_DEPTH or self._flat:
            self._flat += 1
        else:
            self._open.append(_OpenTable())

    def end_table(self) -> Table | None:
        """``w:tbl`` ends: the table, if it is kept as one and has rows."""
        if self._flat:
            self._flat -= 1
            return None
        if not self._open:
            return None
        table = self._open.pop().table
        return table if table.rows else None

    def start_row(self) -> None:
        """``w:tr`` begins."""
        if self.cell_open:
            self._open[-1].row = []
            self._open[-1].deleted = False

    def delete_row(self) -> None:
        """The row's properties hold a tracked deletion."""
        if self.cell_open:
            self._open[-1].deleted = True

    def end_row(self) -> None:
        """``w:tr`` ends."""
        if not self.cell_open:
            return
        table = self._open[-1]
        if table.row and not table.deleted:
            table.table.rows.append(table.row)
        table.row = None

    def start_cell(self) -> bool:
        """``w:tc`` begins; True when it is a cell of its own (give it a container)."""
        if not self.cell_open:
            return False
        self._open[-1].cell = Cell()
        return True

    def span(self, columns: int) -> None:
        """The cell's ``w:gridSpan``."""
        if self.cell_open and self._open[-1].cell is not None:
            self._open[-1].cell.span = max(1, min(columns, 64))

    def merge(self, value: str | None) -> None:
        """The cell's ``w:vMerge``: ``restart`` begins a merged cell, others continue one."""
        if self.cell_open and self._open[-1].cell is not None:
            self._open[-1].cell.merged = (value or "continue") != "restart"

    def end_cell(self, items: list[Item]) -> None:
        """``w:tc`` ends with what the cell holds."""
        table = self._open[-1]
        cell = table.cell or Cell()
        cell.items = items
        table.cell = None
        if table.row is None:
            table.row = []
        table.row.append(cell)

    def abandon(self) -> list[Table]:
        """The tables a damaged part left open, with the rows they had, outermost first."""
        tables = []
        for open_table in self._open:
            if open_table.row:
                open_table.table.rows.append(open_table.row)
            if open_table.table.rows:
                tables.append(open_table.table)
        self._open = []
        return tables
