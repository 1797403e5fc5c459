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
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db.facets import FacetOrder, Facets
from desktop import i18n
from desktop.browse.browse_choices import BrowseChoices, FacetKind
from desktop.browse.facet_model import KEY_ROLE, SECTIONS, FacetColumn, FacetModel

Key = tuple[FacetKind, str | None]


class BrowsePanel(QWidget):
    """A tree of facets with counts; its checked entries are the list's choices.

    A click on an entry (or Space) checks or unchecks it; several entries of one section
    are alternatives, sections narrow each other and the filter bar. What was expanded
    stays expanded when new counts arrive.

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
        self.tree = QTreeView(self)
        self.tree.setObjectName("browseTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        # Two levels at most: a small indentation leaves the names their room.
        self.tree.setIndentation(max(10, self.fontMetrics().height() * 3 // 4))
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FacetColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FacetColumn.COUNT, QHeaderView.ResizeMode.ResizeToContents)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.order_box, 1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

        self._choices = BrowseChoices()
        self._expanded: set[Key] = {(kind, None) for kind in SECTIONS}
        # A reset collapses everything without a signal and forgets the current entry:
        # what the user had expanded is kept here (from the view's signals) and
        # expanded again, and the current entry is found again by its key.
        self._current: Key | None = None
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_expanded)
        self.tree.expanded.connect(lambda index: self._expanded.add(self._key(index)))
        self.tree.collapsed.connect(lambda index: self._expanded.discard(self._key(index)))
        self.tree.clicked.connect(self._clicked)
        self.tree.installEventFilter(self)
        self.order_box.currentIndexChanged.connect(self._order_chosen)
        self.clear_button.clicked.connect(self.clear)
        self._restore_expanded()
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

    def toggle(self, kind: FacetKind, value: str) -> None:
        """Check or uncheck one entry, as a click on it does."""
        self._choose(self._choices.toggled(kind, value))

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.order_box.setItemText(0, self.tr("By name"))
        self.order_box.setItemText(1, self.tr("By number of articles"))
        self.order_box.setToolTip(self.tr("How the years, sources, authors and tags are ordered"))
        self.clear_button.setText(self.tr("Clear choices"))
        self.clear_button.setToolTip(self.tr("Uncheck every year, source, author and tag"))
        self.tree.setToolTip(
            self.tr("Click to show only these articles; several in one group add up")
        )
        self.model.set_language(i18n.current_language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Space checks the current entry, as a click does (Enter is left to the tree).
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            self._clicked(self.tree.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # --- clicks ------------------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        kind, value = self._key(index)
        if value is None:
            name_index = index.siblingAtColumn(FacetColumn.NAME)
            self.tree.setExpanded(name_index, not self.tree.isExpanded(name_index))
            return
        self.toggle(kind, value)

    def _choose(self, choices: BrowseChoices) -> None:
        self.set_choices(choices)
        self.choices_changed.emit(choices)

    def _order_chosen(self, _row: int) -> None:
        self.model.set_order(self.order())
        self.order_changed.emit(self.order())

    # --- expansion across new counts ---------------------------------------------------

    def _key(self, index: QModelIndex) -> Key:
        key: Key = index.siblingAtColumn(FacetColumn.NAME).data(KEY_ROLE)
        return key

    def _remember_current(self) -> None:
        current = self.tree.currentIndex()
        self._current = self._key(current) if current.isValid() else None

    def _restore_expanded(self) -> None:
        for key in list(self._expanded):
            index = self._index_of(key)
            if index.isValid():
                self.tree.setExpanded(index, True)
        if self._current is not None:
            index = self._index_of(self._current)
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def _index_of(self, key: Key) -> QModelIndex:
        kind, value = key
        return self.model.section_index(kind) if value is None else self.model.find(kind, value)
