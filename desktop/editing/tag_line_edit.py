"""A line edit for several tags, comma-separated, completing the one being typed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from db.archive import clean_tags
from desktop.editing.name_completer import NameCompleter

SEPARATOR = ","


class TagLineEdit(QLineEdit):
    """Tags as "kinh tế, Hà Nội, ..."; completes the tag under the cursor, new ones allowed."""

    def __init__(self, names: Iterable[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._completer = NameCompleter(names, self)
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._update_completion)

    def tag_completer(self) -> NameCompleter:
        """The completer of the tag being typed (not installed as the QLineEdit's own)."""
        return self._completer

    def _popup(self) -> QAbstractItemView:
        popup = self._completer.popup()
        assert popup is not None  # QCompleter always makes one
        return popup

    def set_names(self, names: Iterable[str]) -> None:
        """Replace the tags offered for completion."""
        self._completer.set_names(names)

    def tags(self) -> list[str]:
        """The tags typed, cleaned, repeats dropped, in order."""
        return clean_tags(self.text().split(SEPARATOR))

    def set_tags(self, tags: Sequence[str]) -> None:
        """Show these tags."""
        self.setText(f"{SEPARATOR} ".join(tags))

    def _fragment_bounds(self) -> tuple[int, int]:
        """Start and end of the tag the cursor is in."""
        text = self.text()
        cursor = self.cursorPosition()
        start = text.rfind(SEPARATOR, 0, cursor) + 1
        end = text.find(SEPARATOR, cursor)
        return start, len(text) if end < 0 else end

    def _update_completion(self, _text: str) -> None:
        start, _end = self._fragment_bounds()
        prefix = self.text()[start : self.cursorPosition()].strip()
        popup = self._popup()
        if not prefix:
            popup.hide()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self._completer.completionModel().index(-1, 0))
        self._completer.complete()

    def _insert_completion(self, name: str) -> None:
        start, end = self._fragment_bounds()
        text = self.text()
        before = text[:start].rstrip()
        after = text[end:].lstrip(SEPARATOR).strip()
        pieces = [p for p in (before.rstrip(SEPARATOR).strip(), name) if p]
        head = f"{SEPARATOR} ".join(pieces) + f"{SEPARATOR} "
        self.setText(head + (after if after else ""))
        self.setCursorPosition(len(head))
