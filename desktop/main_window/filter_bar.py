"""The filter bar above the list: search box, date range, author/source/tag pickers."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from db.models import ArticleFilter

DEBOUNCE_MS = 200

_PARTIAL_DATE = re.compile(r"^\d{4}(-(0?[1-9]|1[0-2]))?$")


class NamePicker(QComboBox):
    """An editable combo box of names with completion anywhere in the name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Narrow enough for the bar to fit a 1024×600 screen at 150 %.
        self.setMinimumContentsLength(3)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_names(self, names: list[str]) -> None:
        """Offer these names (the typed text is kept)."""
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(names)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def set_placeholder(self, text: str) -> None:
        """The grey hint shown while the picker is empty."""
        line_edit = self.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(text)

    def value(self) -> str | None:
        """The chosen or typed name, None when empty."""
        return self.currentText().strip() or None


class FilterBar(QWidget):
    """Search text and filters; emits the resulting filter when it changes.

    Typing in the search box is debounced; other fields apply at once. The last word of
    the search text is a prefix while typing.

    Signals:
        filter_changed(ArticleFilter): the filter to list articles with.
    """

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.date_from = QLineEdit(self)
        self.date_to = QLineEdit(self)
        validator = QRegularExpressionValidator(QRegularExpression(r"^\d{0,4}(-\d{0,2})?$"), self)
        for field in (self.date_from, self.date_to):
            field.setValidator(validator)
            field.setMaximumWidth(90)
            field.setMinimumWidth(48)
            field.setClearButtonEnabled(True)
        self.author = NamePicker(self)
        self.source = NamePicker(self)
        self.tag = NamePicker(self)
        self.last_import = QToolButton(self)
        self.last_import.setObjectName("lastImport")
        self.last_import.setCheckable(True)
        self.last_import.setEnabled(False)
        self.last_import.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._last_import_id: int | None = None
        self.clear_button = QToolButton(self)
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._date_label = QLabel(self)
        self._dash = QLabel("–", self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.search, 3)
        layout.addWidget(self._date_label)
        layout.addWidget(self.date_from)
        layout.addWidget(self._dash)
        layout.addWidget(self.date_to)
        layout.addWidget(self.author, 1)
        layout.addWidget(self.source, 1)
        layout.addWidget(self.tag, 1)
        layout.addWidget(self.last_import)
        layout.addWidget(self.clear_button)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self._last: ArticleFilter | None = None

        # textChanged, not textEdited: input methods and pasted text count as typing too.
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._emit)
        for field in (self.date_from, self.date_to):
            field.textChanged.connect(self._date_edited)
        for picker in (self.author, self.source, self.tag):
            picker.currentTextChanged.connect(self._debounce.start)
        self.last_import.toggled.connect(lambda _checked: self._emit())
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the visible texts in the current language."""
        self.search.setPlaceholderText(self.tr("Search titles and text (Ctrl+F)"))
        self._date_label.setText(self.tr("Date:"))
        self.date_from.setPlaceholderText(self.tr("from"))
        self.date_to.setPlaceholderText(self.tr("to"))
        self.date_from.setToolTip(self.tr("A year (2023) or a year and month (2023-12)"))
        self.date_to.setToolTip(self.date_from.toolTip())
        self.author.set_placeholder(self.tr("Author"))
        self.source.set_placeholder(self.tr("Source"))
        self.tag.set_placeholder(self.tr("Tag"))
        self.last_import.setText(self.tr("Last import"))
        self.last_import.setToolTip(self.tr("Only the articles of the latest import"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every article again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_names(self, authors: list[str], sources: list[str], tags: list[str]) -> None:
        """Offer these names for completion in the pickers."""
        self.author.set_names(authors)
        self.source.set_names(sources)
        self.tag.set_names(tags)

    def current_filter(self, *, prefix_last: bool = True) -> ArticleFilter:
        """The filter the fields describe now (incomplete dates are ignored)."""
        tag = self.tag.value()
        return ArticleFilter(
            query=self.search.text().strip() or None,
            prefix_last=prefix_last,
            date_from=_date(self.date_from.text()),
            date_to=_date(self.date_to.text()),
            author=self.author.value(),
            source=self.source.value(),
            tags=(tag,) if tag else (),
            import_id=self._last_import_id if self.last_import.isChecked() else None,
        )

    def set_last_import(self, import_id: int | None, *, show: bool = False) -> None:
        """The latest import run (None: none yet); ``show`` lists only its articles now."""
        self._last_import_id = import_id
        self.last_import.blockSignals(True)
        if import_id is None:
            self.last_import.setChecked(False)
        elif show:
            self.last_import.setChecked(True)
        self.last_import.blockSignals(False)
        self.last_import.setEnabled(import_id is not None)
        self._emit()

    def set_date_range(self, date_from: str | None, date_to: str | None) -> None:
        """Put a date range in the from/to fields (None empties one) and list at once."""
        for field, value in ((self.date_from, date_from), (self.date_to, date_to)):
            field.blockSignals(True)
            field.setText(value or "")
            field.blockSignals(False)
        self._emit()

    def is_filtering(self) -> bool:
        """Whether any field narrows the list."""
        return self.current_filter() != ArticleFilter(prefix_last=True)

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_search(self) -> None:
        """Empty the search box (Esc)."""
        if self.search.text():
            self.search.clear()
            self._emit()

    def clear(self) -> None:
        """Empty every field and list everything."""
        for field in (self.search, self.date_from, self.date_to):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        for picker in (self.author, self.source, self.tag):
            picker.blockSignals(True)
            picker.setCurrentIndex(-1)
            picker.setEditText("")
            picker.blockSignals(False)
        self.last_import.blockSignals(True)
        self.last_import.setChecked(False)
        self.last_import.blockSignals(False)
        self._emit()

    def _date_edited(self, text: str) -> None:
        if not text or _PARTIAL_DATE.match(text):
            self._debounce.start()

    def _emit(self) -> None:
        self._debounce.stop()
        current = self.current_filter()
        if current != self._last:
            self._last = current
            self.filter_changed.emit(current)


def _date(text: str) -> str | None:
    value = text.strip()
    return value if _PARTIAL_DATE.match(value) else None
