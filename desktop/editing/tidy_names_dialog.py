"""Tidy names: rename authors, sources and tags, or merge several into one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from db.archive import NAME_KINDS, Archive
from desktop.editing.name_completer import NameCompleter, folded
from desktop.editing.names_in_use import NamesInUse, read_names
from desktop.jobs import ArchiveAccess, Job, JobContext, JobRunner

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2


class TidyNamesDialog(QDialog):
    """Lists the authors, sources or tags in use with their counts; renames or merges them.

    Each article that changes gets a new version, so every rename can be reverted from
    the article's History. A rename runs as a job of ``runner`` and reads the names
    again in the same job; ``names`` are the names in use to start from (the window's
    cache; None: read here).

    Signals:
        renamed(str, str): the kind ("author", "source", "tag") and the new name.
    """

    renamed = Signal(str, str)

    def __init__(
        self,
        archive: Archive,
        kind: str = "author",
        parent: QWidget | None = None,
        *,
        runner: JobRunner,
        names: NamesInUse | None = None,
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._runner = runner
        self._names = names if names is not None else read_names(archive)
        self._job: Job | None = None
        self.changed_count = 0
        self._kind = kind
        self.setObjectName("tidyNamesDialog")
        self.setWindowTitle(self.tr("Tidy names"))
        self.resize(560, 560)
        self._build()
        self.set_kind(kind)

    def _build(self) -> None:
        self.kind_bar = QTabBar()
        self.kind_bar.setObjectName("kindBar")
        for label in (self.tr("Authors"), self.tr("Sources"), self.tr("Tags")):
            self.kind_bar.addTab(label)
        self.kind_bar.currentChanged.connect(lambda index: self.set_kind(NAME_KINDS[index]))

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Find a name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)

        self.names_view = QListWidget()
        self.names_view.setObjectName("namesView")
        self.names_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.names_view.itemSelectionChanged.connect(self._selection_changed)

        self.new_name_edit = QLineEdit()
        self.new_name_edit.setObjectName("newNameEdit")
        self.new_name_edit.setPlaceholderText(self.tr("The name to use"))
        self._completer = NameCompleter([], self.new_name_edit)
        self.new_name_edit.setCompleter(self._completer)
        self.new_name_edit.textChanged.connect(self._update_button)

        hint = QLabel(
            self.tr(
                "Select one name to rename it, or several (Ctrl+click) to merge them into "
                "one. Every changed article keeps its previous version in its History."
            )
        )
        hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&New name:"), self.new_name_edit)

        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setObjectName("renameButton")
        self.rename_button.setAutoDefault(False)
        self.rename_button.clicked.connect(self.rename_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.rename_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_bar)
        layout.addWidget(hint)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.names_view, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    # --- the list ------------------------------------------------------------------------

    def kind(self) -> str:
        """Which names are shown: "author", "source" or "tag"."""
        return self._kind

    def set_kind(self, kind: str) -> None:
        """Show authors, sources or tags."""
        self._kind = kind
        index = NAME_KINDS.index(kind)
        if self.kind_bar.currentIndex() != index:
            self.kind_bar.setCurrentIndex(index)  # comes back here through the signal
            return
        self.new_name_edit.clear()
        self.reload()

    def set_names(self, names: NamesInUse) -> None:
        """Show these names in use (read again meanwhile); the selection is kept."""
        selected = self.selected_names()
        self._names = names
        self.reload()
        self.select_names(selected)

    def reload(self) -> None:
        """Show the names and counts of the kind chosen."""
        names = self._names.counts(self._kind)
        self.names_view.clear()
        for name, count in names:
            item = QListWidgetItem(self.tr("{name}  ({count})").format(name=name, count=count))
            item.setData(NAME_ROLE, name)
            item.setData(COUNT_ROLE, count)
            self.names_view.addItem(item)
        self._completer.set_names([name for name, _count in names])
        self._apply_filter()
        self._update_button()

    def names(self) -> list[tuple[str, int]]:
        """The names listed with their counts."""
        return [
            (str(item.data(NAME_ROLE)), int(item.data(COUNT_ROLE)))
            for row in range(self.names_view.count())
            if (item := self.names_view.item(row)) is not None
        ]

    def _apply_filter(self) -> None:
        wanted = folded(self.filter_edit.text().strip())
        for row in range(self.names_view.count()):
            item = self.names_view.item(row)
            if item is not None:
                item.setHidden(bool(wanted) and wanted not in folded(str(item.data(NAME_ROLE))))

    def select_names(self, names: list[str]) -> None:
        """Select these names in the list."""
        for row in range(self.names_view.count()):
            item = self.names_view.item(row)
            if item is not None:
                item.setSelected(item.data(NAME_ROLE) in names)

    def selected_names(self) -> list[str]:
        """The names selected, most used first."""
        items = sorted(self.names_view.selectedItems(), key=lambda i: -int(i.data(COUNT_ROLE)))
        return [str(item.data(NAME_ROLE)) for item in items]

    def _selection_changed(self) -> None:
        selected = self.selected_names()
        # Offer the most used name: merging usually keeps the common spelling.
        if selected:
            self.new_name_edit.setText(selected[0])
        self._update_button()

    def _update_button(self) -> None:
        selected = self.selected_names()
        self.rename_button.setText(self.tr("&Merge") if len(selected) > 1 else self.tr("&Rename"))
        new_name = " ".join(self.new_name_edit.text().split())
        unchanged = selected == [new_name]
        self.rename_button.setEnabled(
            bool(selected)
            and bool(new_name)
            and not unchanged
            and not self._archive.read_only
            and self._job is None
        )

    # --- renaming --------------------------------------------------------------------------

    def rename_selected(self) -> Job | None:
        """Rename or merge the selected names into the new name, as a job.

        ``renamed`` follows when it is done; ``changed_count`` then holds how many
        articles changed.
        """
        olds = self.selected_names()
        new = " ".join(self.new_name_edit.text().split())
        if self._job is not None or not olds or not new or not self.confirm_rename(olds, new):
            return None
        kind = self._kind

        def work(context: JobContext) -> tuple[int, NamesInUse]:
            def progress(done: int, total: int) -> None:
                context.progress(done, total, self.tr("Renaming"))

            changed = context.archive.rename(kind, olds, new, progress=progress)
            return changed, read_names(context.archive)

        job = Job(
            self.tr("Renaming {names}").format(names=", ".join(olds)),
            work,
            archive_path=self._archive.path,
            access=ArchiveAccess.WRITE,
            cancellable=True,
            interrupt_on_cancel=True,  # one transaction: a cancel renames nothing
        )
        job.on_success(lambda result: self._renamed(kind, new, *result))
        job.on_failure(
            lambda _error: QMessageBox.warning(
                self, self.tr("Cannot rename"), job.message
            )
        )
        job.on_finished(self._job_done)
        self._job = job
        self._update_button()
        return self._runner.submit(job)

    def _renamed(self, kind: str, new: str, changed: int, names: NamesInUse) -> None:
        self.changed_count = changed
        self._names = names
        self.reload()
        self.select_names([new])
        self.renamed.emit(kind, new)

    def _job_done(self) -> None:
        self._job = None
        self._update_button()

    def confirm_rename(self, olds: list[str], new: str) -> bool:
        """Ask before renaming or merging (a method so tests can answer it)."""
        quoted = ", ".join(f"“{name}”" for name in olds)
        if len(olds) > 1:
            text = self.tr("Merge {names} into “{new}”?").format(names=quoted, new=new)
        else:
            text = self.tr("Rename {names} to “{new}”?").format(names=quoted, new=new)
        answer = QMessageBox.question(
            self,
            self.tr("Tidy names"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes
