"""The words a user sees in a window or a menu: texts, titles, tooltips, placeholders.

Left out, as data rather than the program's words: the items of item views (article
titles, names in the pickers, file names in a file dialog) and the text typed in
editable fields. Read-only text views (the reading pane, the history's comparison) are
read whole: the tour writes its articles in words that neither language's check flags
(see ``program_tour.NEUTRAL_ARTICLES``), so what is judged there is the program's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)


@dataclass(frozen=True)
class Seen:
    """One text on the screen, and where: ``Export dialog › QPushButton 'browse'``."""

    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def plain(text: str) -> str:
    """A label's text as shown: rich text reduced to its words, mnemonics removed."""
    if GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(widget: QWidget | QAction) -> str:
    name = widget.objectName()
    kind = type(widget).__name__
    return f"{kind} {name!r}" if name else kind


def action_texts(action: QAction, where: str) -> list[Seen]:
    """An action as a menu or a toolbar shows it: text, shortcut, tooltip, status tip."""
    if not action.isVisible() or action.isSeparator():
        return []
    here = f"{where} › {plain(action.text()) or _name(action)}"
    seen = [Seen(here, plain(action.text()))]
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if keys:
        seen.append(Seen(here + " (shortcut)", keys))
    for kind, text in (("tooltip", action.toolTip()), ("status tip", action.statusTip())):
        if text and plain(text) != plain(action.text()):
            seen.append(Seen(f"{here} ({kind})", plain(text)))
    submenu = action.menu()
    if isinstance(submenu, QMenu):
        seen += menu_texts(submenu, here)
    return seen


def menu_texts(menu: QMenu, where: str) -> list[Seen]:
    """Every entry of a menu and of its submenus (before they are opened: their actions)."""
    seen = [Seen(where, plain(menu.title()))] if menu.title() else []
    for action in menu.actions():
        seen += action_texts(action, where)
    return seen


def _header_texts(header: QHeaderView, where: str) -> list[Seen]:
    model = header.model()
    if model is None:
        return []
    seen = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if text:
            seen.append(Seen(f"{where} › header", str(text)))
    return seen


def _combo_texts(combo: QComboBox, where: str) -> list[Seen]:
    """The choices of a fixed list (an editable combo holds data: only its placeholder)."""
    if combo.isEditable():
        line = combo.lineEdit()
        return [Seen(where + " (placeholder)", line.placeholderText())] if line else []
    return [
        Seen(f"{where} › item", combo.itemText(index))
        for index in range(combo.count())
        if combo.itemText(index)
    ]


def _own_texts(widget: QWidget, where: str) -> list[Seen]:
    seen: list[Seen] = []
    tip = widget.toolTip()
    if tip:
        seen.append(Seen(where + " (tooltip)", plain(tip)))
    if isinstance(widget, QLabel):
        if widget.text():
            seen.append(Seen(where, plain(widget.text())))
    elif isinstance(widget, QAbstractButton):
        if widget.text():
            seen.append(Seen(where, plain(widget.text())))
    elif isinstance(widget, QGroupBox):
        if widget.title():
            seen.append(Seen(where, plain(widget.title())))
    elif isinstance(widget, QLineEdit):
        if widget.placeholderText():
            seen.append(Seen(where + " (placeholder)", widget.placeholderText()))
        if widget.isReadOnly() and widget.text():
            seen.append(Seen(where, widget.text()))
    elif isinstance(widget, QComboBox):
        seen += _combo_texts(widget, where)
    elif isinstance(widget, QAbstractSpinBox):
        if widget.specialValueText():
            seen.append(Seen(where, widget.specialValueText()))
        for part in ("prefix", "suffix"):
            text = getattr(widget, part, lambda: "")()
            if text.strip():
                seen.append(Seen(f"{where} ({part})", text.strip()))
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            seen.append(Seen(f"{where} › tab", plain(widget.tabText(index))))
            if widget.tabToolTip(index):
                seen.append(Seen(f"{where} › tab (tooltip)", plain(widget.tabToolTip(index))))
    elif isinstance(widget, QHeaderView):
        seen += _header_texts(widget, where)
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        placeholder = widget.placeholderText()
        if placeholder:
            seen.append(Seen(where + " (placeholder)", placeholder))
        if widget.isReadOnly():
            seen.append(Seen(where, widget.toPlainText()))
    elif isinstance(widget, QProgressBar):
        if widget.isTextVisible() and widget.text():
            seen.append(Seen(where, widget.text()))
    elif isinstance(widget, QStatusBar):
        if widget.currentMessage():
            seen.append(Seen(where, widget.currentMessage()))
    elif isinstance(widget, QMenuBar | QToolBar):
        for action in widget.actions():
            seen += action_texts(action, where)
    elif isinstance(widget, QMenu):
        seen += menu_texts(widget, where)
    return seen


def widget_texts(top: QWidget, where: str) -> list[Seen]:
    """Every text shown by ``top`` and its visible children (item views' items excepted)."""
    seen: list[Seen] = []
    if top.isWindow() and top.windowTitle():
        seen.append(Seen(where + " (title)", top.windowTitle()))
    stack = [top]
    while stack:
        widget = stack.pop()
        if widget is not top and (widget.isWindow() or not widget.isVisibleTo(top)):
            continue
        here = f"{where} › {_name(widget)}"
        seen += _own_texts(widget, here)
        # An item view's items are never read (data); its headers are children.
        stack.extend(
            widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        )
    return [s for s in seen if s.text.strip()]
