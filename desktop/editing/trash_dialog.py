"""The Trash: deleted articles, to restore or to delete for good."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.archive import Archive
from db.errors import ArchiveError
from db.models import ArticleFilter
from desktop.editing.history_dialog import local_time
from desktop.editing.preview import ui_language
from desktop.rendering.dates import format_partial_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TrashDialog(QDialog):
    """Lists the articles in the Trash; restores them or deletes them for good (asks first).

    Signals:
        changed(): articles were restored or deleted; the list should be refreshed.
    """

    changed = Signal()

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self.resize(820, 480)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = QTreeWidget()
        self.view.setObjectName("trashView")
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setHeaderLabels(
            [self.tr("Title"), self.tr("Date"), self.tr("Author"), self.tr("Deleted")]
        )
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.itemSelectionChanged.connect(self._update_buttons)

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.purge_button = QPushButton(self.tr("&Delete permanently…"))
        self.purge_button.setObjectName("purgeButton")
        self.empty_button = QPushButton(self.tr("&Empty Trash…"))
        self.empty_button.setObjectName("emptyButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

    def reload(self) -> None:
        """Read the Trash again."""
        self.view.clear()
        rows = self._archive.rows(ArticleFilter(trashed=True), limit=None)
        language = ui_language()
        for row in rows:
            date = format_partial_date(row.date, language) if row.date else ""
            item = QTreeWidgetItem(
                [row.title, date, row.author or "", local_time(row.deleted or "")]
            )
            item.setData(0, ID_ROLE, row.id)
            self.view.addTopLevelItem(item)
        if rows:
            self.summary.setText(
                self.tr(
                    "Articles in the Trash: {count}. They are not listed or searched; "
                    "restore them to bring them back."
                ).format(count=len(rows))
            )
        else:
            self.summary.setText(self.tr("The Trash is empty."))
        self._update_buttons()

    def ids(self) -> list[int]:
        """The ids of every article in the Trash, as listed."""
        return [
            int(item.data(0, ID_ROLE))
            for row in range(self.view.topLevelItemCount())
            if (item := self.view.topLevelItem(row)) is not None
        ]

    def selected_ids(self) -> list[int]:
        """The ids of the selected articles."""
        return [int(item.data(0, ID_ROLE)) for item in self.view.selectedItems()]

    def select_ids(self, ids: list[int]) -> None:
        """Select these articles in the list."""
        wanted = set(ids)
        for row in range(self.view.topLevelItemCount()):
            item = self.view.topLevelItem(row)
            if item is not None:
                item.setSelected(int(item.data(0, ID_ROLE)) in wanted)

    def _update_buttons(self) -> None:
        writable = not self._archive.read_only
        selected = bool(self.view.selectedItems())
        self.restore_button.setEnabled(writable and selected)
        self.purge_button.setEnabled(writable and selected)
        self.empty_button.setEnabled(writable and self.view.topLevelItemCount() > 0)

    # --- actions -------------------------------------------------------------------------

    def restore_selected(self) -> int:
        """Bring the selected articles back; returns how many."""
        ids = self.selected_ids()
        if not ids:
            return 0
        return self._run(lambda: self._archive.restore(ids))

    def purge_selected(self) -> int:
        """Delete the selected articles for good, after asking; returns how many."""
        ids = self.selected_ids()
        if not ids or not self.confirm_purge(len(ids)):
            return 0
        return self._run(lambda: self._archive.purge(ids))

    def empty(self) -> int:
        """Delete everything in the Trash for good, after asking; returns how many."""
        count = self.view.topLevelItemCount()
        if not count or not self.confirm_empty(count):
            return 0
        return self._run(self._archive.empty_trash)

    def _run(self, action: Callable[[], int]) -> int:
        try:
            done = int(action())
        except ArchiveError as error:
            QMessageBox.warning(self, self.tr("Trash"), str(error))
            return 0
        self.reload()
        if done:
            self.changed.emit()
        return done

    # --- questions (methods so tests can answer them) ------------------------------------

    def confirm_purge(self, count: int) -> bool:
        """Ask before deleting ``count`` articles for good."""
        return self._ask(
            self.tr(
                "Delete the selected articles ({count}) permanently? This cannot be undone."
            ).format(count=count),
            self.tr("Delete permanently"),
        )

    def confirm_empty(self, count: int) -> bool:
        """Ask before emptying the Trash of ``count`` articles."""
        return self._ask(
            self.tr(
                "Empty the Trash? All its articles ({count}) will be deleted permanently. "
                "This cannot be undone."
            ).format(count=count),
            self.tr("Empty Trash"),
        )

    def _ask(self, text: str, action: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Trash"))
        box.setText(text)
        confirm = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is confirm
