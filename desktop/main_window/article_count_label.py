"""The status bar's count of articles: "120 of 4.512 articles · best matches first"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop import i18n


class ArticleCountLabel(QLabel):
    """How many articles the list shows of how many the archive holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleCount")

    def show_counts(self, shown: int, total: int, *, by_relevance: bool) -> None:
        """The counts of the list; empty when the archive is (the welcome page says it)."""
        if total == 0:
            self.clear()
            return
        text = self.tr("{shown} of {total} articles").format(
            shown=format_count(shown), total=format_count(total)
        )
        if by_relevance:
            text += " · " + self.tr("best matches first")
        self.setText(text)

    def show_no_archive(self) -> None:
        """No archive is open."""
        self.setText(self.tr("No archive open"))


def format_count(value: int) -> str:
    """A count with the thousands separator of the UI language (1.234 in vi, 1,234 in en)."""
    separator = "." if i18n.current_language() == "vi" else ","
    return f"{value:,}".replace(",", separator)
