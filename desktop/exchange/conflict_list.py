"""The articles a merge found changed on both sides, each one a way into its history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from db.exchange.merge import MergeConflict

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictList(QTreeWidget):
    """One row per conflict: the article's title and whose version is current.

    Args:
        conflicts: the report's conflicts.
        from_bundle: the other side is a bundle (else a whole archive): how it is named.
        parent: the dialog.

    Signals:
        history_requested(int): the user opened a row (double-click, Enter): its article id.
    """

    history_requested = Signal(int)

    def __init__(
        self, conflicts: list[MergeConflict], *, from_bundle: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictList")
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels([self.tr("Article"), self.tr("Current version")])
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        other = self.tr("the bundle's") if from_bundle else self.tr("the other archive's")
        for conflict in conflicts:
            kept = self.tr("this archive's") if conflict.kept == "this" else other
            item = QTreeWidgetItem([conflict.title, kept])
            item.setData(0, ARTICLE_ROLE, conflict.article_id)
            tip = self.tr(
                "Both workstations changed this article since they last agreed. The version "
                "saved later is current; the other one is kept in its history."
            )
            if conflict.other_title != conflict.title:
                tip += "\n" + self.tr("The other version is titled “{title}”.").format(
                    title=conflict.other_title
                )
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            self.addTopLevelItem(item)
        first = self.topLevelItem(0)
        if first is not None:
            self.setCurrentItem(first)
        self.itemActivated.connect(lambda item, _column: self._open(item))

    def current_article_id(self) -> int | None:
        """The article of the selected row."""
        item = self.currentItem()
        value = item.data(0, ARTICLE_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def titles(self) -> list[str]:
        """The titles listed, in order."""
        items = (self.topLevelItem(row) for row in range(self.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def open_current(self) -> None:
        """Ask for the history of the selected row's article."""
        item = self.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, ARTICLE_ROLE)
        if value is not None:
            self.history_requested.emit(int(value))
