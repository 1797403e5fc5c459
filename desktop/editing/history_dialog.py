"""The History of one article: its versions, each viewable, compared and revertible."""

from __future__ import annotations

import html
import re
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.archive import Archive
from db.errors import ArchiveError
from db.models import ArticleFields, ArticleVersion
from desktop.editing.preview import ArticlePreview, ui_language
from desktop.editing.text_diff import (
    ADDED_STYLE,
    REMOVED_STYLE,
    FieldChange,
    body_diff_html,
    fields_table_html,
)
from desktop.rendering.dates import format_partial_date

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1
_REVERT = re.compile(r"^revert to version (\d+)$")
_REDECODE = re.compile(r"^re-decoded as (.+)$")


def local_time(saved: str) -> str:
    """A stored UTC time as local "YYYY-MM-DD HH:MM"."""
    try:
        moment = datetime.fromisoformat(saved)
    except ValueError:
        return saved
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class HistoryDialog(QDialog):
    """Lists the versions of an article (newest first), shows one, diffs it, reverts to it.

    Signals:
        reverted(int): the article id, after a revert stored a new version.
    """

    reverted = Signal(int)

    def __init__(self, archive: Archive, article_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._article_id = article_id
        self._versions: list[ArticleVersion] = []
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History"))
        # Large, but within a small screen (1024×600): its buttons must stay on it.
        available = self.screen().availableGeometry()
        self.resize(min(1100, available.width() - 48), min(700, available.height() - 48))
        self._build()
        self.reload()

    def _build(self) -> None:
        self.versions_view = QTreeWidget()
        self.versions_view.setObjectName("versionsView")
        self.versions_view.setRootIsDecorated(False)
        self.versions_view.setAlternatingRowColors(True)
        self.versions_view.setHeaderLabels(
            [self.tr("Version"), self.tr("Saved"), self.tr("Change"), self.tr("Title")]
        )
        self.versions_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.versions_view.header()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        for column in range(2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 170)
        self.versions_view.currentItemChanged.connect(self._show_selected)

        self.version_view = ArticlePreview(self._archive)
        self.version_view.setObjectName("versionView")
        self.version_view.set_article_id(self._article_id)
        self.diff_view = QTextBrowser()
        self.diff_view.setObjectName("diffView")
        self.diff_view.setOpenLinks(False)
        # The comparison comes first: "what changed?" is why History is opened.
        self.tabs = QTabWidget()
        self.tabs.addTab(self.diff_view, self.tr("Changes since this version"))
        self.tabs.addTab(self.version_view, self.tr("This version"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.versions_view)
        splitter.addWidget(self.tabs)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([460, 640])

        hint = QLabel(
            self.tr(
                "Every change keeps the previous version. Reverting stores the chosen "
                "version as a new one; nothing is lost."
            )
        )
        hint.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.revert_button = QPushButton(self.tr("&Revert to this version"))
        self.revert_button.setObjectName("revertButton")
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.revert_button.clicked.connect(self.revert_selected)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    # --- data ------------------------------------------------------------------------

    def versions(self) -> list[ArticleVersion]:
        """The versions shown, newest (current) first."""
        return list(self._versions)

    def reload(self) -> None:
        """Read the versions again; keeps the selected version when it still exists."""
        selected = self.selected_version()
        self._versions = self._archive.history(self._article_id)
        current = self._versions[0]
        self.setWindowTitle(self.tr("History — {title}").format(title=current.title))
        self.versions_view.clear()
        for version in self._versions:
            change = self.change_text(version.change)
            if version.current:
                change = self.tr("{change} (current)").format(change=change)
            item = QTreeWidgetItem(
                [str(version.version), local_time(version.saved), change, version.title]
            )
            item.setData(0, VERSION_ROLE, version.version)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(1, version.saved)
            item.setToolTip(2, change)
            item.setToolTip(3, version.title)
            if version.current:
                for column in range(4):
                    font = item.font(column)
                    font.setBold(True)
                    item.setFont(column, font)
            self.versions_view.addTopLevelItem(item)
        # The previous version is the usual thing to look at; the current one when alone.
        wanted = selected if selected is not None else self._default_version()
        self.select_version(wanted)

    def _default_version(self) -> int:
        return self._versions[1 if len(self._versions) > 1 else 0].version

    def select_version(self, version: int) -> None:
        """Select a version in the list (and show it)."""
        for row in range(self.versions_view.topLevelItemCount()):
            item = self.versions_view.topLevelItem(row)
            if item is not None and item.data(0, VERSION_ROLE) == version:
                self.versions_view.setCurrentItem(item)
                return

    def selected_version(self) -> int | None:
        """The version number selected, if any."""
        item = self.versions_view.currentItem()
        return int(item.data(0, VERSION_ROLE)) if item is not None else None

    def _version(self, number: int | None) -> ArticleVersion | None:
        return next((v for v in self._versions if v.version == number), None)

    def change_text(self, change: str) -> str:
        """A stored change kind ("edit", "bulk: add tags", ...) in the UI's language."""
        known = {
            "create": self.tr("created"),
            "import": self.tr("imported"),
            "edit": self.tr("edited"),
            "bulk: add tags": self.tr("tags added"),
            "bulk: remove tags": self.tr("tags removed"),
            "bulk: set source": self.tr("source set"),
            "bulk edit": self.tr("bulk edit"),
            "rename author": self.tr("author renamed"),
            "rename source": self.tr("source renamed"),
            "rename tag": self.tr("tag renamed"),
            # Written by a merge (db.exchange) when both workstations had changed it.
            "merge: both changed, the newer version is kept": self.tr(
                "merged: changed at both workstations, the later version is current"
            ),
        }
        if change in known:
            return known[change]
        if match := _REVERT.match(change):
            return self.tr("reverted to version {version}").format(version=match.group(1))
        if match := _REDECODE.match(change):
            return self.tr("decoded again as {encoding}").format(encoding=match.group(1))
        return change

    # --- showing -----------------------------------------------------------------------

    def _show_selected(self) -> None:
        version = self._version(self.selected_version())
        self.revert_button.setEnabled(
            version is not None and not version.current and not self._archive.read_only
        )
        if version is None:
            self.version_view.clear()
            self.diff_view.clear()
            return
        self.version_view.render_now(
            ArticleFields(
                title=version.title,
                body=version.body,
                date=version.date,
                author=version.author,
                source=version.source,
                tags=list(version.tags),
                number=version.number,
            )
        )
        self.diff_view.setHtml(self.diff_html(version))

    def diff_html(self, version: ArticleVersion) -> str:
        """What changed between ``version`` and the current one, as HTML."""
        current = self._versions[0]
        if version.current:
            return _paragraph(self.tr("This is the current version."))
        legend = self.tr(
            '<span style="{removed}">Struck through</span>: only in version {version}. '
            '<span style="{added}">Highlighted</span>: only in the current version '
            "({current})."
        ).format(
            removed=REMOVED_STYLE,
            added=ADDED_STYLE,
            version=version.version,
            current=current.version,
        )
        changes = [
            FieldChange(label, old, new)
            for label, old, new in (
                (self.tr("Title"), version.title, current.title),
                (self.tr("Number"), version.number or "", current.number or ""),
                (self.tr("Date"), self._date(version.date), self._date(current.date)),
                (self.tr("Author"), version.author or "", current.author or ""),
                (self.tr("Source"), version.source or "", current.source or ""),
                (self.tr("Tags"), ", ".join(version.tags), ", ".join(current.tags)),
            )
            if old != new
        ]
        body = body_diff_html(version.body, current.body)
        parts = [f'<p style="color: #444444;">{legend}</p>']
        if changes:
            parts.append(fields_table_html(changes))
        if body:
            heading = html.escape(self.tr("Text"))
            parts.append(f"<h3>{heading}</h3>{body}")
        if not changes and not body:
            parts.append(_paragraph(self.tr("This version is the same as the current one.")))
        return "".join(parts)

    @staticmethod
    def _date(date: str | None) -> str:
        return format_partial_date(date, ui_language()) if date else ""

    # --- reverting ---------------------------------------------------------------------

    def revert_selected(self) -> bool:
        """Make the selected version current again (as a new version)."""
        number = self.selected_version()
        version = self._version(number)
        if number is None or version is None or version.current:
            return False
        try:
            article = self._archive.revert(self._article_id, number)
        except ArchiveError as error:
            QMessageBox.warning(self, self.tr("Cannot revert"), str(error))
            return False
        self.reload()
        self.select_version(article.version)
        self.reverted.emit(article.id)
        return True


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"
