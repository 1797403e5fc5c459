"""The dialog that edits one article, or writes a new one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.archive import Archive
from db.article_fields import MAX_NUMBER_CHARS
from db.errors import ArchiveError, VersionConflictError
from db.models import Article, ArticleFields
from desktop.editing.date_check import DateProblem, check_date
from desktop.editing.edit_questions import (
    ConflictChoice,
    UnsavedChoice,
    ask_conflict,
    ask_unsaved,
)
from desktop.editing.name_completer import NameCompleter
from desktop.editing.names_in_use import NamesInUse
from desktop.editing.preview import ArticlePreview, ui_language
from desktop.editing.tag_line_edit import TagLineEdit
from desktop.rendering.dates import format_partial_date

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #666666;"


@dataclass(frozen=True)
class _Snapshot:
    title: str
    number: str
    date: str
    author: str
    source: str
    tags: tuple[str, ...]
    body: str


class EditDialog(QDialog):
    """Edits an article (``article_id``) or writes a new one (``article_id=None``).

    Save stores a new version with ``expected_version``; if the article changed in the
    archive meanwhile, the user chooses to reload it or to save anyway (the other
    version stays in the history). Closing with changes asks first.

    ``names`` are the names in use the fields offer (the window's cache); without them
    they are read here, which is slow on a big archive.

    Signals:
        saved(int): the id of the article just saved (new or changed).
    """

    saved = Signal(int)

    def __init__(
        self,
        archive: Archive,
        article_id: int | None,
        parent: QWidget | None = None,
        *,
        names: NamesInUse | None = None,
    ) -> None:
        super().__init__(parent)
        self._archive = archive
        self._names_in_use = names
        self._article_id = article_id
        self._version: int | None = None
        self._snapshot: _Snapshot | None = None
        self.setObjectName("editDialog")
        self.setWindowTitle(
            self.tr("New article") if article_id is None else self.tr("Edit article")
        )
        self.resize(1100, 720)
        self._build()
        self.load()

    # --- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("Title of the article"))
        self.title_error = _message_label("titleError", ERROR_STYLE)

        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("numberEdit")
        self.number_edit.setPlaceholderText(self.tr("Number and symbol, like 256/2004/QĐ-UB"))
        self.number_edit.setMaxLength(MAX_NUMBER_CHARS)
        self.number_edit.setMaximumWidth(320)

        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setPlaceholderText(self.tr("2023, 2023-12 or 2023-12-25"))
        self.date_edit.setMaximumWidth(220)
        self.date_message = _message_label("dateMessage", ERROR_STYLE)

        self.author_edit = QLineEdit()
        self.author_edit.setObjectName("authorEdit")
        self.author_edit.setCompleter(NameCompleter(self._names("author"), self.author_edit))
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("sourceEdit")
        self.source_edit.setCompleter(NameCompleter(self._names("source"), self.source_edit))
        self.tags_edit = TagLineEdit(self._names("tag"))
        self.tags_edit.setObjectName("tagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("Separate tags with commas"))

        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setPlaceholderText(self.tr("The text, in Markdown"))
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setStyleHint(QFont.StyleHint.Monospace)
        self.body_edit.setFont(fixed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), _stacked(self.title_edit, self.title_error))
        form.addRow(self.tr("&Number:"), self.number_edit)
        form.addRow(self.tr("&Date:"), _stacked(self.date_edit, self.date_message))
        form.addRow(self.tr("&Author:"), self.author_edit)
        form.addRow(self.tr("&Source:"), self.source_edit)
        form.addRow(self.tr("Ta&gs:"), self.tags_edit)
        body_label = QLabel(self.tr("&Body (Markdown):"))
        body_label.setBuddy(self.body_edit)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(body_label)
        editor_layout.addWidget(self.body_edit, 1)

        self.preview = ArticlePreview(self._archive)
        self.preview.setObjectName("preview")
        self.preview.set_article_id(self._article_id)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("Preview")))
        preview_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor)
        splitter.addWidget(preview_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 540])

        self.read_only_label = _message_label("readOnlyMessage", ERROR_STYLE)
        self.read_only_label.setText(
            self.tr("The archive is open read-only: changes cannot be saved.")
        )
        self.read_only_label.setVisible(self._archive.read_only)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.buttons)

        for line_edit in (
            self.title_edit,
            self.number_edit,
            self.date_edit,
            self.author_edit,
            self.source_edit,
            self.tags_edit,
        ):
            line_edit.textChanged.connect(self._on_changed)
        self.body_edit.textChanged.connect(self._on_changed)

    def _names(self, kind: str) -> list[str]:
        if self._names_in_use is not None:
            return self._names_in_use.names(kind)
        return [name for name, _count in self._archive.names(kind)]

    # --- loading and reading the fields ----------------------------------------------

    @property
    def article_id(self) -> int | None:
        """The article being edited (None until a new one is saved)."""
        return self._article_id

    @property
    def loaded_version(self) -> int | None:
        """The version the fields were loaded from; Save expects it to be current."""
        return self._version

    def load(self) -> None:
        """Fill the fields from the archive (empty for a new article); forgets changes."""
        if self._article_id is None:
            fields = ArticleFields(title="")
        else:
            article = self._archive.get(self._article_id)
            self._version = article.version
            fields = article
            self.setWindowTitle(self.tr("Edit article — {title}").format(title=article.title))
        self.title_edit.setText(fields.title)
        self.number_edit.setText(fields.number or "")
        self.date_edit.setText(fields.date or "")
        self.author_edit.setText(fields.author or "")
        self.source_edit.setText(fields.source or "")
        self.tags_edit.set_tags(fields.tags)
        self.body_edit.setPlainText(fields.body)
        for line_edit in (
            self.title_edit,
            self.number_edit,
            self.date_edit,
            self.author_edit,
            self.source_edit,
        ):
            line_edit.setCursorPosition(0)  # show the start of a long title
        self._snapshot = self._take_snapshot()
        self._validate()
        self.preview.render_now(self.fields())

    def fields(self) -> ArticleFields:
        """The fields as typed (the date as stored when it is valid)."""
        check = check_date(self.date_edit.text())
        return ArticleFields(
            title=self.title_edit.text().strip(),
            body=self.body_edit.toPlainText(),
            date=check.date if check.ok else None,
            author=self.author_edit.text().strip() or None,
            source=self.source_edit.text().strip() or None,
            tags=self.tags_edit.tags(),
            number=self.number_edit.text().strip() or None,
        )

    def _take_snapshot(self) -> _Snapshot:
        return _Snapshot(
            title=" ".join(self.title_edit.text().split()),
            number=" ".join(self.number_edit.text().split()),
            date=self.date_edit.text().strip(),
            author=" ".join(self.author_edit.text().split()),
            source=" ".join(self.source_edit.text().split()),
            tags=tuple(self.tags_edit.tags()),
            body=self.body_edit.toPlainText(),
        )

    def has_changes(self) -> bool:
        """Whether anything differs from what was loaded or last saved."""
        return self._take_snapshot() != self._snapshot

    # --- validation --------------------------------------------------------------------

    def is_valid(self) -> bool:
        """Whether every field can be stored as typed."""
        return bool(self.title_edit.text().strip()) and check_date(self.date_edit.text()).ok

    def date_error_text(self, text: str) -> str | None:
        """What is wrong with a typed date, in the UI's language (None when fine)."""
        check = check_date(text)
        if check.problem is None:
            return None
        if check.problem is DateProblem.SHAPE:
            return self.tr(
                "Write a year (2023), a year and month (2023-12) or a full date (2023-12-25)."
            )
        if check.problem is DateProblem.YEAR:
            return self.tr("The year must be 0001 or later.")
        if check.problem is DateProblem.MONTH:
            return self.tr("The month must be between 1 and 12.")
        return self.tr("{year}-{month:02d} has no day {day}.").format(
            year=check.year, month=check.month, day=check.day
        )

    def _validate(self) -> None:
        title_missing = not self.title_edit.text().strip()
        # A new article starts without a title: say so calmly until the user has typed.
        calm = self._article_id is None and not self.title_edit.isModified()
        self.title_error.setStyleSheet(HINT_STYLE if calm else ERROR_STYLE)
        self.title_error.setText(self.tr("An article needs a title.") if title_missing else "")
        self.title_error.setVisible(title_missing)

        date_error = self.date_error_text(self.date_edit.text())
        check = check_date(self.date_edit.text())
        if date_error:
            self.date_message.setStyleSheet(ERROR_STYLE)
            self.date_message.setText(date_error)
        elif check.date:
            # Say how the date will read, so "2023-1" visibly means January 2023.
            self.date_message.setStyleSheet(HINT_STYLE)
            self.date_message.setText(format_partial_date(check.date, ui_language()))
        else:
            self.date_message.setText("")
        self.date_message.setVisible(bool(self.date_message.text()))
        self.save_button.setEnabled(self.is_valid() and not self._archive.read_only)

    def _on_changed(self) -> None:
        self._validate()
        self.preview.schedule(self.fields())

    # --- saving ------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the fields; returns True when saved (the dialog then closes)."""
        if not self.is_valid() or self._archive.read_only:
            return False
        if self._article_id is not None and not self.has_changes():
            self.accept()
            return True
        fields = self.fields()
        try:
            if self._article_id is None:
                article = self._archive.insert(fields)
            else:
                try:
                    article = self._update(fields, expected_version=self._version)
                except VersionConflictError as conflict:
                    choice = self.ask_conflict(conflict)
                    if choice is ConflictChoice.RELOAD:
                        self.load()
                        return False
                    if choice is ConflictChoice.CANCEL:
                        return False
                    article = self._update(fields, expected_version=None)
        except ArchiveError as error:
            self.show_error(str(error))
            return False
        self._article_id = article.id
        self._version = article.version
        self._snapshot = self._take_snapshot()
        self.saved.emit(article.id)
        self.accept()
        return True

    def _update(self, fields: ArticleFields, *, expected_version: int | None) -> Article:
        assert self._article_id is not None
        return self._archive.update(
            self._article_id,
            title=fields.title,
            body=fields.body,
            date=fields.date,
            author=fields.author,
            source=fields.source,
            tags=fields.tags,
            number=fields.number,
            expected_version=expected_version,
        )

    # --- questions (methods so tests can answer them) ------------------------------------

    def ask_conflict(self, conflict: VersionConflictError) -> ConflictChoice:
        """Ask what to do about a change made elsewhere since the dialog opened."""
        return ask_conflict(self, conflict)

    def ask_unsaved(self) -> UnsavedChoice:
        """Ask whether to save, discard or keep editing the changes."""
        return ask_unsaved(self)

    def show_error(self, message: str) -> None:
        """Tell the user why saving failed."""
        QMessageBox.warning(self, self.tr("Cannot save"), message)

    # --- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: ask first when there are changes."""
        if self.has_changes():
            choice = self.ask_unsaved()
            if choice is UnsavedChoice.KEEP_EDITING:
                return
            if choice is UnsavedChoice.SAVE:
                self.save()  # closes the dialog when it succeeds
                return
        super().reject()


def _message_label(name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _stacked(field: QWidget, message: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return box
