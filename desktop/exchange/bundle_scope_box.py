"""Asked when nothing is selected: the articles listed, or everything (the Trash too)?"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.main_window.article_count_label import format_count


class BundleScopeChoice(Enum):
    """What goes into the bundle when no article is selected."""

    LISTED = "listed"
    EVERYTHING = "everything"


class BundleScopeBox(QMessageBox):
    """The question, with a button per choice; ``choice`` holds the answer (None: cancel).

    Args:
        listed: how many articles the list shows.
        everything: how many the archive holds, the Trash included.
        filtered: whether the list is filtered (else it shows all but the Trash).
        parent: the main window.
    """

    def __init__(
        self, listed: int, everything: int, *, filtered: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleScopeBox")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Export as bundle"))
        self.setText(self.tr("No article is selected. What should go into the bundle?"))
        self.setInformativeText(
            self.tr(
                "A bundle takes the articles with their history, tags, pictures and original "
                "files to another workstation, which merges it with File ▸ Merge bundle or "
                "archive…"
            )
        )
        # {count} rather than %n: the count is written with the language's separator.
        if filtered:
            listed_text = self.tr("The {count} article(s) listed", "", listed)
        else:
            listed_text = self.tr("All {count} article(s) but the Trash", "", listed)
        self.listed_button = self.addButton(
            listed_text.format(count=format_count(listed)), QMessageBox.ButtonRole.AcceptRole
        )
        self.listed_button.setEnabled(listed > 0)
        self.everything_button = self.addButton(
            self.tr("Everything, the Trash included ({count})", "", everything).format(
                count=format_count(everything)
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.everything_button.setEnabled(everything > 0)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.listed_button if listed > 0 else self.everything_button)

    @property
    def choice(self) -> BundleScopeChoice | None:
        """The answer once the box is closed."""
        clicked = self.clickedButton()
        if clicked is self.listed_button:
            return BundleScopeChoice.LISTED
        if clicked is self.everything_button:
            return BundleScopeChoice.EVERYTHING
        return None
