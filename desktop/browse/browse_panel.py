"""The browse panel: years (with their months), sources, authors and tags with counts;
clicking entries narrows the list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.facets import FacetOrder, Facets
from desktop import i18n
from desktop.browse.browse_choices import BrowseChoices
from desktop.browse.facet_model import KEY_ROLE, FacetColumn, FacetModel, Key


class BrowsePanel(QWidget):
    """Sections of entries with counts; its checked entries are the list's choices.

    A click on an entry (or Space) checks or unchecks it; several entries of one section
    are alternatives, sections narrow each other and the filter bar. A click on a
    section's heading, or on the arrow of a year, opens or closes it (Right and Left
    too). The current entry stays current when new counts arrive.

    Signals:
        choices_changed(BrowseChoices): the user checked or unchecked entries.
        order_changed(FacetOrder): the user chose another order of the entries.
    """

    choices_changed = Signal(object)
    order_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("browsePanel")
        self.model = FacetModel(self)
        self.order_box = QComboBox(self)
        self.order_box.setObjectName("browseOrder")
        # Its longest item must not set the panel's narrowest width.
        self.order_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.order_box.setMinimumContentsLength(6)
        for order in FacetOrder:
            self.order_box.addItem("", order.value)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("browseClear")
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.clear_button.setEnabled(False)
        self.table = QTableView(self)
        self.table.setObjectName("browseTable")
        self.table.setModel(self.model)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.table.verticalHeader()
        rows.hide()
        # Every row as tall as the font: the view never asks a row for its height.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 4)
        columns = self.table.horizontalHeader()
        columns.hide()
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setSectionResizeMode(FacetColumn.NAME, QHeaderView.ResizeMode.Stretch)
        columns.resizeSection(FacetColumn.OPEN, self.fontMetrics().horizontalAdvance("▸") + 10)
        columns.resizeSection(
            FacetColumn.COUNT, self.fontMetrics().horizontalAdvance("000.000") + 8
        )

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.order_box, 1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self._choices = BrowseChoices()
        # New rows forget the current one: it is found again by its key.
        self._current: Key | None = None
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.table.clicked.connect(self._clicked)
        self.table.installEventFilter(self)
        self.order_box.currentIndexChanged.connect(self._order_chosen)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    # --- what it shows -------------------------------------------------------------

    def set_facets(self, facets: Facets) -> None:
        """Show the counts of the list's current filter."""
        self.model.set_facets(facets)

    def choices(self) -> BrowseChoices:
        """The entries checked."""
        return self._choices

    def set_choices(self, choices: BrowseChoices) -> None:
        """Check these entries (without announcing it)."""
        self._choices = choices
        self.model.set_choices(choices)
        self.clear_button.setEnabled(not choices.is_empty)

    def clear(self) -> None:
        """Uncheck everything (the list shows what the filter bar says again)."""
        if not self._choices.is_empty:
            self._choose(BrowseChoices())

    def order(self) -> FacetOrder:
        """The order of the entries."""
        return FacetOrder(self.order_box.currentData())

    def set_order(self, order: FacetOrder) -> None:
        """Order the entries by name or by count (without announcing it)."""
        self.order_box.blockSignals(True)
        self.order_box.setCurrentIndex(self.order_box.findData(order.value))
        self.order_box.blockSignals(False)
        self.model.set_order(order)

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.order_box.setItemText(0, self.tr("By name"))
        self.order_box.setItemText(1, self.tr("By number of articles"))
        self.order_box.setToolTip(self.tr("How the years, sources, authors and tags are ordered"))
        self.clear_button.setText(self.tr("Clear choices"))
        self.clear_button.setToolTip(self.tr("Uncheck every year, source, author and tag"))
        self.table.setToolTip(
            self.tr("Click to show only these articles; several in one group add up")
        )
        self.model.set_language(i18n.current_language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Space checks the current entry as a click does; Right and Left open and close.
        if watched is self.table and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and self._key_pressed(event.key()):
                return True
        return super().eventFilter(watched, event)

    # --- clicks and keys ---------------------------------------------------------------

    def _key_pressed(self, key: int) -> bool:
        current = self.table.currentIndex()
        if not current.isValid():
            return False
        if key == Qt.Key.Key_Space:
            self._activate(current.siblingAtColumn(FacetColumn.NAME))
            return True
        opens = bool(current.siblingAtColumn(FacetColumn.OPEN).data())
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and opens:
            row_key = self._key(current)
            if self.model.is_open(row_key) != (key == Qt.Key.Key_Right):
                self.model.toggle_open(row_key)
            return True
        return False

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._activate(index)

    def _activate(self, index: QModelIndex) -> None:
        kind, value = self._key(index)
        opens = bool(index.siblingAtColumn(FacetColumn.OPEN).data())
        if value is None or (opens and index.column() == FacetColumn.OPEN):
            self.model.toggle_open((kind, value))
            return
        self._choose(self._choices.toggled(kind, value))

    def _choose(self, choices: BrowseChoices) -> None:
        self.set_choices(choices)
        self.choices_changed.emit(choices)

    def _order_chosen(self, _row: int) -> None:
        self.model.set_order(self.order())
        self.order_changed.emit(self.order())

    def _key(self, index: QModelIndex) -> Key:
        key: Key = index.siblingAtColumn(FacetColumn.NAME).data(KEY_ROLE)
        return key

    def _remember_current(self) -> None:
        current = self.table.currentIndex()
        self._current = self._key(current) if current.isValid() else None

    def _restore_current(self) -> None:
        if self._current is not None:
            row = self.model.row_of(self._current)
            if row is not None:
                self.table.setCurrentIndex(self.model.index(row, FacetColumn.NAME))
